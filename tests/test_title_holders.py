"""Who holds a title: a person's name right after the title or in apposition, never the words
of a clause that follows the title ("the Russian president defines X as ...")."""

from __future__ import annotations

from claims_helpers import annotate_text
from crosscheck.records import AnnotatedArticle
from text_builders import dossier_of

DEFINES = (
    "Putin sent a letter of condolences. In the letter, according to Interfax, the Russian "
    "president defines Utkin, whom he knew for decades, as a man of courage."
)


def _holders(annotated: AnnotatedArticle) -> dict[str, str]:
    return {annotated.mentions[r.mention].text: r.office for r in annotated.roles}


def test_the_object_of_a_verb_after_the_title_is_not_its_holder(nlp) -> None:  # type: ignore[no-untyped-def]
    holders = _holders(annotate_text(nlp, DEFINES))
    assert not any(name.startswith("defines") or "Utkin" in name for name in holders)


def test_a_name_after_the_title_or_in_apposition_still_holds_it(nlp) -> None:  # type: ignore[no-untyped-def]
    holders = _holders(
        annotate_text(
            nlp,
            "Russian President Vladimir Putin met the governor on Monday. Dmitry Peskov, the "
            "Kremlin spokesman, said the talks lasted three hours. Syrian President Bashar "
            "al-Assad did not attend.",
        )
    )
    assert holders["Vladimir Putin"] == "president"
    assert holders["Dmitry Peskov"].endswith("spokesman")
    assert holders["Bashar al-Assad"] == "president"


def test_a_verb_after_the_title_is_no_rival_holder_of_the_office(nlp) -> None:  # type: ignore[no-untyped-def]
    dossier = dossier_of(
        nlp,
        {
            "a.txt": (
                "Outlet A",
                "Putin mourns Utkin\nRussian President Vladimir Putin sent his condolences to "
                "the family of Dmitry Utkin on Thursday.",
            ),
            "b.txt": ("Outlet B", "Kremlin letter\n" + DEFINES),
        },
        published="2023-08-24",
    )
    conflicts = [
        f
        for f in dossier.findings
        if f.kind in ("office_conflict", "identity_conflict", "internal_inconsistency")
    ]
    assert conflicts == []
