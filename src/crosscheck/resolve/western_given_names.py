"""One given name in the Western European languages, and the well-known short forms of
Spanish and Portuguese given names (data, hand-written from general knowledge of given names;
not a list of names seen in any story).

A Spanish or French outlet writes a foreign leader's given name in its own language as often
as in the original ("Nicolás", "Nicolas", "Nicholas"), and Spanish speakers commonly go by a
short form of one or two given names ("Pepe" for "José", "Maribel" for "María Isabel"). The
surname must agree as well before two full names are joined (`names.full_names_compatible`),
so "Nicholas Maduro" joins "Nicolás Maduro", never "Nicolás Sánchez".
"""

from __future__ import annotations

# the English form of a given name, and its Spanish, Portuguese, Catalan, French, Italian and
# German forms (folded: lower case, accents removed)
_NAME_FORMS: dict[str, tuple[str, ...]] = {
    "nicholas": ("nicolas", "nicolau", "nicola", "nicolo", "nikolaus", "niklas"),
    "joseph": ("jose", "josep", "giuseppe"),
    "john": ("juan", "joao", "joan", "jean", "giovanni", "johann", "johannes"),
    "peter": ("pedro", "pere", "pierre", "pietro", "petrus"),
    "paul": ("pablo", "paulo", "pau", "paolo"),
    "michael": ("miguel", "michel", "michele", "miquel"),
    "charles": ("carlos", "carles", "carlo", "karl"),
    "george": ("jorge", "georges", "giorgio", "jordi"),
    "william": ("guillermo", "guilherme", "guillaume", "guglielmo", "wilhelm"),
    "henry": ("enrique", "henrique", "henri", "enrico", "heinrich", "enric"),
    "francis": ("francisco", "francesc", "francois", "francesco", "franz"),
    "anthony": ("antonio", "antoni", "antoine", "anton"),
    "andrew": ("andres", "andre", "andreu", "andreas"),
    "matthew": ("mateo", "mateus", "matthieu", "matteo", "matthias"),
    "thomas": ("tomas", "tomaso", "tommaso"),
    "louis": ("luis", "luiz", "lluis", "luigi", "ludwig"),
    "alexander": ("alejandro", "alessandro"),
    "philip": ("felipe", "filipe", "felip", "philippe", "filippo", "philipp"),
    "stephen": ("esteban", "estevao", "esteve", "etienne", "stefano", "stephan", "steven"),
    "frederick": ("federico", "frederico", "frederic", "friedrich"),
    "edward": ("eduardo", "eduard", "edouard", "edoardo"),
    "richard": ("ricardo", "ricard", "riccardo"),
    "robert": ("roberto",),
    "albert": ("alberto",),
    "gregory": ("gregorio", "gregoire", "gregor"),
    "mark": ("marcos", "marc", "marco", "markus"),
    "luke": ("lucas", "luc", "luca", "lukas"),
    "raphael": ("rafael", "raffaele"),
    "ignatius": ("ignacio", "ignasi", "ignace", "ignazio"),
    "emmanuel": ("manuel", "emanuel", "emanuele"),
    "mary": ("maria", "marie"),
    "elizabeth": ("isabel", "elisabeth", "elisabetta", "isabelle"),
    "catherine": ("catalina", "catarina", "caterina", "katharina"),
    "margaret": ("margarita", "margarida", "marguerite", "margherita"),
    "theresa": ("teresa", "therese"),
    "jane": ("juana", "joana", "jeanne", "giovanna", "johanna"),
}  # fmt: skip

# a well-known short form of one Spanish, Portuguese or Catalan given name -> the name
_SHORT_FORMS: dict[str, str] = {
    "pepe": "jose", "paco": "francisco", "pancho": "francisco", "quico": "francisco",
    "manolo": "manuel", "nacho": "ignacio", "quique": "enrique", "rafa": "rafael",
    "lola": "dolores", "concha": "concepcion", "charo": "rosario", "lupe": "guadalupe",
    "chus": "jesus", "chucho": "jesus", "toni": "antonio", "xavi": "javier", "fito": "adolfo",
}  # fmt: skip

# a short form of two given names written as one (Spanish): "Maribel" for "María Isabel"
COMPOUND_SHORT_FORMS: dict[str, tuple[str, str]] = {
    "maribel": ("maria", "isabel"), "marisol": ("maria", "soledad"),
    "maite": ("maria", "teresa"), "mayte": ("maria", "teresa"),
    "marijose": ("maria", "jose"), "mariluz": ("maria", "luz"),
    "maricarmen": ("maria", "carmen"), "marilo": ("maria", "dolores"),
    "chema": ("jose", "maria"), "josema": ("jose", "maria"), "juanma": ("juan", "manuel"),
    "juanra": ("juan", "ramon"),
}  # fmt: skip

# written form (folded) -> the English form shared by all of the name's forms
WESTERN_GIVEN_NAMES: dict[str, str] = {
    form: english for english, forms in _NAME_FORMS.items() for form in (english, *forms)
}
for _short, _name in _SHORT_FORMS.items():
    WESTERN_GIVEN_NAMES[_short] = WESTERN_GIVEN_NAMES.get(_name, _name)
