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
