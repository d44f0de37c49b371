"""Word lists for claim extraction: reporting verbs, modality cues, stances, wire agencies."""

from __future__ import annotations

REPORTING_VERBS = frozenset(
    """say state tell report reveal confirm announce claim quote add note explain indicate
    affirm acknowledge stress emphasize emphasise clarify insist assert allege describe warn
    suggest argue write disclose cite believe mention reiterate declare tweet post admit
    testify predict estimate maintain comment""".split()
)
# Verbs that introduce quoted words: "called podcasting "Wayne's World for radio"".
QUOTE_VERBS = REPORTING_VERBS | {"call", "dub", "term", "label", "brand"}
# Head nouns of a phrase that can speak: "a statement", "the company", "analysts".
SPEAKER_NOUNS = frozenset(
    """statement spokesman spokeswoman spokesperson company firm group analyst analysts
    expert experts executive executives chief head leader leaders minister president
    envoy ambassador representative senator governor director officer adviser advisor
    doctor lawyer witness witnesses resident residents union""".split()
)
DENIAL_VERBS = frozenset({"deny", "refute", "dismiss"})
# "X demands that P", "X calls for P": P is demanded, not asserted.
DEMAND_VERBS = frozenset({"demand", "urge", "call", "insist", "require", "ask", "press"})
EXPECT_VERBS = frozenset({"expect", "plan", "intend", "schedule", "set", "aim", "prepare"})
HYPOTHETICAL_MODALS = frozenset({"could", "may", "might", "would", "should"})
FUTURE_MODALS = frozenset({"will", "shall", "'ll"})
NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without"})
# "Syria and Israel reportedly met": reported by the outlet without a named source.
REPORTED_ADVERBS = frozenset({"reportedly", "allegedly", "purportedly", "supposedly"})

# Verbs and nouns that state a party's position, with the stance they state.
STANCE_VERBS: dict[str, str] = {
    "demand": "demand",
    "call": "demand",  # only with "for" / "on X to"
    "urge": "demand",
    "insist": "demand",
    "seek": "demand",
    "press": "demand",
    "offer": "offer",
    "propose": "propose",
    "suggest": "propose",
    "reject": "reject",
    "refuse": "reject",
    "dismiss": "reject",
    "deny": "deny",
    "support": "support",
    "back": "support",
    "endorse": "support",
    "welcome": "support",
    "oppose": "oppose",
    "condemn": "oppose",
    "warn": "warn",
    "condition": "condition",
    "link": "condition",
}
STANCE_NOUNS: dict[str, str] = {
    "demand": "demand",
    "call": "demand",
    "proposal": "offer",
    "offer": "offer",
    "counter-proposal": "propose",
    "counterproposal": "propose",
    "rejection": "reject",
    "refusal": "reject",
    "denial": "deny",
    "support": "support",
    "opposition": "oppose",
    "condition": "condition",
    "warning": "warn",
    "readiness": "offer",
    "willingness": "offer",
    "insistence": "demand",
}
# "expressed interest in X": the noun says the stance.
EXPRESSED_STANCE: dict[str, str] = {
    "interest": "support",
    "support": "support",
    "readiness": "offer",
    "willingness": "offer",
    "opposition": "oppose",
    "rejection": "reject",
    "reservation": "oppose",
}
# "Damascus considered talk of a peace agreement premature": a rejection.
DISMISSIVE = frozenset(
    """premature unacceptable illegal illegitimate baseless unrealistic unfounded null void
    meaningless absurd""".split()
)
# Heads of a phrase that can stand for a party: "Sharaa's government", "Syrian officials".
PARTY_NOUNS = frozenset(
    """government administration authorities authority leadership presidency ministry army
    military officials official delegation leaders leader regime cabinet side forces
    president minister""".split()
)
CONDITION_MARKERS = ("only if", "on condition that", "provided that", "as long as", "unless")

# Wire agencies: key -> (display name, variants as written; matched case-sensitively for
# short acronyms, case-insensitively otherwise).
AGENCIES: dict[str, tuple[str, tuple[str, ...]]] = {
    "afp": (
        "AFP",
        (
            "AFP",
            "Agence France-Presse",
            "Agence France Presse",
            "the French news agency",
            "French news agency",
            "the French Press Agency",
            "French Press Agency",
        ),
    ),
    "reuters": ("Reuters", ("Reuters",)),
    "ap": ("AP", ("AP", "Associated Press", "the Associated Press")),
    "dpa": ("dpa", ("dpa", "DPA", "Deutsche Presse-Agentur", "the German news agency")),
    "xinhua": ("Xinhua", ("Xinhua",)),
    "anadolu": ("Anadolu", ("Anadolu Agency", "Anadolu")),
    "sana": ("SANA", ("SANA", "Syrian Arab News Agency", "the Syrian state news agency")),
    "wafa": ("WAFA", ("WAFA", "Wafa")),
    "ani": ("ANI", ("ANI", "Asian News International")),
    "pti": ("PTI", ("PTI", "Press Trust of India")),
    "efe": ("EFE", ("EFE",)),
    "ansa": ("ANSA", ("ANSA",)),
    "kyodo": ("Kyodo", ("Kyodo", "Kyodo News")),
    "tass": ("TASS", ("TASS", "Tass")),
    "ria": ("RIA Novosti", ("RIA Novosti", "RIA")),
    "interfax": ("Interfax", ("Interfax",)),
    "upi": ("UPI", ("UPI", "United Press International")),
    "ians": ("IANS", ("IANS",)),
    "bernama": ("Bernama", ("Bernama",)),
    "yonhap": ("Yonhap", ("Yonhap",)),
    "irna": ("IRNA", ("IRNA",)),
}

# Head nouns of anonymous sources: "a diplomatic source", "officials", "informed sources".
ANONYMOUS_HEADS = frozenset(
    """source sources official officials diplomat diplomats insider insiders person people
    aide aides analyst analysts witness witnesses resident residents""".split()
)
# Nouns of official bodies: "the ministry said".
BODY_HEADS = frozenset(
    """ministry government presidency office department army military police committee
    council commission embassy spokesman spokeswoman spokesperson cabinet authorities
    administration""".split()
)
# Nouns of media outlets: "Israeli Channel Kan reported", "the paper clarified".
MEDIA_HEADS = frozenset(
    """newspaper paper daily channel television tv radio broadcaster website outlet magazine
    media agency report""".split()
)
# Words that make a name a media outlet's: "The New York Times", "Yedioth Ahronoth".
MEDIA_NAME_WORDS = frozenset(
    """times journal post news herald tribune gazette telegraph guardian chronicle daily
    channel television tv radio broadcasting broadcaster newspaper magazine ahronoth haaretz
    maariv jazeera arabiya asharq watan cnn bbc fox nbc cbs abc msnbc""".split()
)
HONORIFICS = frozenset(
    """mr mrs ms dr prof president minister general gen sir sheikh lord lady king queen
    prince envoy ambassador senator rep secretary us u.s. special""".split()
)
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "this", "that"})
