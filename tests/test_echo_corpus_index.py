"""The echo test over a whole corpus (`QuotedWording`, each word pair looked up once) answers as
the one-off test (`echoes_speaker`) does, on text written for the test: the article asking is
left out, and words written in any case (or with the characters `re` folds to ASCII letters)
are found."""

from __future__ import annotations

from crosscheck.claims.echo import QuotedWording, echoes_speaker

POST_PAGE = (
    "Gulf Wire/ The talks ended on Friday. The mediator said they made “some but not "
    "decisive headway.”\n"
    "The talks have ended today in Geneva with some but not decisive headway.\n"
    "— Karim Haddad (@karimhaddad) May 23, 2025\n"
)
QUOTED_ONLY = "The envoy spoke of “Decisive Headway” when he left Geneva on Friday."
UNQUOTED = "Diplomats saw decisive headway as unlikely before the summer."
# a dotless i, a long s and a Kelvin sign: `re.IGNORECASE` reads them as i, s and k
ODD_LETTERS = "Analysts expect deci\u017five headway at the wee\u212aend talks in L\u0131sbon."
OWN_VOICE = "The two sides ended their talks in Geneva yesterday without decisive headway."
SPEAKER = "The talks have ended today with some but not decisive headway."
CORPUS = {
    "post": POST_PAGE,
    "quoted": QUOTED_ONLY,
    "unquoted": UNQUOTED,
    "odd": ODD_LETTERS,
    "own": OWN_VOICE,
}


def _one_off(excluded: str, texts: dict[str, str]) -> bool:
    others = [text for name, text in texts.items() if name != excluded]
    return echoes_speaker(OWN_VOICE, SPEAKER, others)


def test_the_corpus_index_answers_as_the_one_off_test_for_every_article_left_out() -> None:
    for texts in (
        CORPUS,
        {k: v for k, v in CORPUS.items() if k != "unquoted"},
        {k: v for k, v in CORPUS.items() if k not in ("unquoted", "odd")},
    ):
        wording = QuotedWording(texts)
        for excluded in [*texts, "nobody"]:
            assert wording.echoes_speaker(OWN_VOICE, SPEAKER, excluded) == _one_off(
                excluded, texts
            ), (sorted(texts), excluded)


def test_a_pair_written_unquoted_elsewhere_is_no_echo_unless_that_article_asks() -> None:
    texts = {"post": POST_PAGE, "unquoted": UNQUOTED}
    wording = QuotedWording(texts)
    assert not wording.echoes_speaker(OWN_VOICE, SPEAKER, "post")
    # the article that writes it unquoted is the one asking: only the post is read
    assert wording.echoes_speaker(OWN_VOICE, SPEAKER, "unquoted")


def test_letters_re_folds_to_ascii_are_found_by_the_index() -> None:
    texts = {"post": POST_PAGE, "odd": ODD_LETTERS}
    wording = QuotedWording(texts)
    # "deciſive headway" is the pair written unquoted: the index must not skip that article
    assert echoes_speaker(OWN_VOICE, SPEAKER, [POST_PAGE, ODD_LETTERS]) is False
    assert wording.echoes_speaker(OWN_VOICE, SPEAKER, "own") is False
