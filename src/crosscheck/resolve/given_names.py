"""One given name in its Ukrainian, Russian and English romanisations (data, hand-written
from general knowledge of East Slavic names and the national romanisation systems).

Ukrainian and Russian forms of one name differ in more than spelling ("Volodymyr" /
"Vladimir", "Oleksandr" / "Aleksandr" / "Alexander"), and Russian-language outlets write a
Ukrainian official's given name in its Russian form, so the forms are mapped to one. Forms
that only differ in spelling ("Dmytro" / "Dmitry", "Andriy" / "Andrei") need no entry: the
name skeleton joins them.
"""

from __future__ import annotations

# written form -> the form shared by all of a name's romanisations
EAST_SLAVIC_GIVEN_NAMES: dict[str, str] = {
    "volodymyr": "vladimir", "wolodymyr": "vladimir", "wladimir": "vladimir",
    "oleksandr": "alexander", "aleksandr": "alexander", "alexandr": "alexander",
    "oleksiy": "alexei", "oleksii": "alexei", "oleksij": "alexei", "aleksei": "alexei",
    "alexey": "alexei", "aleksey": "alexei", "alexei": "alexei",
    "mykola": "nikolai", "nikolay": "nikolai", "nicolai": "nikolai",
    "mykhailo": "mikhail", "mykhaylo": "mikhail", "mychajlo": "mikhail",
    "serhiy": "sergei", "serhii": "sergei", "sergiy": "sergei", "sergii": "sergei",
    "petro": "pyotr", "pavlo": "pavel", "vasyl": "vasily", "hryhoriy": "grigory",
    "hryhorii": "grigory", "heorhiy": "georgy", "heorhii": "georgy", "oleh": "oleg",
    "ihor": "igor", "yevhen": "yevgeny", "yevhenii": "yevgeny", "kyrylo": "kirill",
    "hennadiy": "gennady", "hennadii": "gennady", "yakiv": "yakov", "fedir": "fyodor",
    "stepan": "stepan", "illia": "ilya", "ilia": "ilya", "danylo": "daniil",
}  # fmt: skip


# Given names that other languages write as their own name, not as a respelling (data,
# hand-written from general knowledge): French "Eugène" and German "Eugen" for "Yevgeny",
# "Joseph" for "Iosif", "Serge" for "Sergei", "Dimitri" for "Dmitry". A table, so that only
# these known equivalents join; the surname must agree as well (`names.full_names_compatible`).
# written form (folded) -> the form shared with the keys of `slavic_romanisation.slavic_key`
CROSS_LANGUAGE_GIVEN_NAMES: dict[str, str] = {
    "eugene": "evgeni", "eugen": "evgeni", "eugeniu": "evgeni", "evgenij": "evgeni",
    "joseph": "iosif", "josef": "iosif", "osip": "iosif",
    "serge": "sergei", "sergej": "sergei", "serguei": "sergei", "sergiu": "sergei",
    "dimitri": "dmitri", "dimitry": "dmitri", "dmitrij": "dmitri", "dmitrii": "dmitri",
    "dmytro": "dmitri",
    "alexandre": "alexander", "alexandru": "alexander", "aleksander": "alexander",
    "mijail": "mikhail", "michail": "mikhail",
    "gueorgui": "georgi", "georgiy": "georgi", "georgy": "georgi",
    "fiodor": "fedor", "fyodor": "fedor", "fjodor": "fedor",
}  # fmt: skip
