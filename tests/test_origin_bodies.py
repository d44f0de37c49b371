"""Sources that name one institution in different words are one origin: a country's state
media however described, a ministry and its officials, one statement relayed by two outlets;
near misses that are two origins: two agencies' own reporters, two named media."""

from __future__ import annotations

from tests.test_origin_count import _count


def _two(first: str, second: str) -> dict[str, tuple[str, str]]:
    return {"a.txt": ("Outlet A", f"News\n{first}"), "b.txt": ("Outlet B", f"Report\n{second}")}


def test_state_tv_and_state_media_of_one_country_are_one_origin(nlp) -> None:  # type: ignore[no-untyped-def]
    count = _count(
        nlp,
        _two(
            "The general was sworn in as head of the transitional council on Friday, state "
            "TV reported.",
            "On Friday the general was sworn in to lead the transitional council, state media "
            "said.",
        ),
        "sworn in",
    )
    assert len(count.certain) == 1


def test_two_named_newspapers_are_two_origins(nlp) -> None:  # type: ignore[no-untyped-def]
    # near miss: two media each named by its own title
    count = _count(
        nlp,
        _two(
            "The general was sworn in as head of the transitional council on Friday, the "
            "Daily Telegraph reported.",
            "On Friday the general was sworn in to lead the transitional council, the Boston "
            "Globe newspaper said.",
        ),
        "sworn in",
    )
    assert len(count.certain) == 2


def test_the_ministry_and_ministry_officials_are_one_origin(nlp) -> None:  # type: ignore[no-untyped-def]
    count = _count(
        nlp,
        _two(
            "Forty schools in the province were damaged beyond repair, the ministry said on "
            "Tuesday.",
            "On Tuesday ministry officials said forty schools across the province could not be "
            "repaired.",
        ),
        "schools",
    )
    assert len(count.certain) == 1


def test_two_outlets_quoting_one_ministry_statement_are_one_origin(nlp) -> None:  # type: ignore[no-untyped-def]
    count = _count(
        nlp,
        _two(
            "The Foreign Ministry said in a statement that the ambassador had been summoned "
            "over the remarks.",
            "The ambassador was summoned over the remarks, according to a statement from the "
            "Foreign Ministry.",
        ),
        "summoned",
    )
    assert len(count.certain) == 1


def test_a_minister_and_his_deputy_of_one_ministry_are_one_origin(nlp) -> None:  # type: ignore[no-untyped-def]
    # decided: two named officials of one body of one government speak for that body
    count = _count(
        nlp,
        _two(
            "Negotiators will meet again in Rome on Friday for a fifth round, Iran's Foreign "
            "Minister Abbas Araghchi told reporters.",
            "Negotiators are due to meet again in the Italian capital at the end of the week, "
            "Iran's Deputy Foreign Minister Kazem Gharibabadi said.",
        ),
        "meet again",
    )
    assert len(count.certain) == 1


def test_the_foreign_ministers_of_two_countries_are_two_origins(nlp) -> None:  # type: ignore[no-untyped-def]
    # near miss: one office, two governments
    count = _count(
        nlp,
        _two(
            "Negotiators will meet again in Rome on Friday for a fifth round, Iran's Foreign "
            "Minister Abbas Araghchi told reporters.",
            "Negotiators are due to meet again in the Italian capital at the end of the week, "
            "said Badr Albusaidi, Oman's foreign minister.",
        ),
        "meet again",
    )
    assert len(count.certain) == 2
