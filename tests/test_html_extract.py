"""Tests for crosscheck.ingest.html_extract on small hand-written pages."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from crosscheck.errors import ExtractionError
from crosscheck.ingest.decode import decode_html
from crosscheck.ingest.html_extract import extract_html

INGESTED = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)

BODY = [
    "The city council voted on Tuesday to rebuild the old harbour bridge, ending a debate "
    "that had divided residents for more than a decade and stalled every budget since 2013.",
    "Engineers told the council that the current structure, opened in 1961, can no longer "
    "carry buses safely and would need a full closure within three years without repairs.",
    "The mayor said construction would start next spring and last about two years, with a "
    "temporary ferry service running between the two districts during the works.",
    "Opponents of the plan argued that a tunnel would have cost less over fifty years, but "
    "their amendment was rejected by nineteen votes to twelve after a four-hour session.",
]


def page(
    head: str = "",
    body: str | None = None,
    *,
    lang: str = "en",
    charset: str = "utf-8",
) -> str:
    """A news page: navigation, headline, paragraphs, share links, comments and a footer."""
    paragraphs = "".join(f"<p>{text}</p>" for text in BODY)
    article = body if body is not None else f"<h1>Council approves bridge</h1>{paragraphs}"
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="{charset}"><title>Council approves bridge</title>
{head}</head>
<body>
<nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/politics">Politics</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/weather">Weather forecast</a></li></ul></nav>
<article class="story">{article}
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a></div>
</article>
<section id="comments" class="comments"><h3>Comments</h3>
<div class="comment"><p>Reader123: This bridge is a waste of money and nobody asked us.</p></div>
<div class="comment"><p>HarbourFan: Finally some good news for the east side!</p></div>
</section>
<footer class="site-footer"><p>Copyright 2024 Harbour Gazette Media Group. All rights reserved.</p>
<a href="/privacy">Privacy policy</a> <a href="/imprint">Imprint</a></footer>
</body></html>"""


def test_article_text_keeps_paragraphs_and_drops_chrome() -> None:
    html = page(
        '<meta property="og:site_name" content="Harbour Gazette">'
        '<meta name="author" content="Jane Doe">'
        '<meta property="article:published_time" content="2024-04-02T09:30:00+02:00">'
        '<link rel="canonical" href="https://gazette.example/news/bridge">'
    )
    result = extract_html(
        html, url="https://gazette.example/news/bridge?utm=x", ingested_at=INGESTED
    )

    assert result.text.split("\n") == BODY
    for chrome in ("Home", "Share on", "Reader123", "HarbourFan", "Copyright", "Privacy"):
        assert chrome not in result.text
    assert result.title == "Council approves bridge"
    assert result.author == "Jane Doe"
    assert result.site_name == "Harbour Gazette"
    assert result.url == "https://gazette.example/news/bridge"
    assert result.language == "en"
    assert result.published == date(2024, 4, 2)
    assert result.published_source == "html-meta:article:published_time"


def test_headline_is_not_repeated_in_text() -> None:
    result = extract_html(page(), ingested_at=INGESTED)
    assert not result.text.startswith("Council approves bridge")
    assert result.text.startswith(BODY[0])


def test_url_argument_when_page_has_no_canonical_and_relative_canonical_resolved() -> None:
    plain = extract_html(page(), url="https://a.example/x", ingested_at=INGESTED)
    assert plain.url == "https://a.example/x"
    relative = extract_html(
        page('<link rel="canonical" href="/story/7">'), url="https://a.example/x?p=1"
    )
    assert relative.url == "https://a.example/story/7"


def test_json_ld_date_and_provenance() -> None:
    head = """<script type="application/ld+json">
    {"@context": "https://schema.org", "@graph": [
      {"@type": "WebSite", "name": "Gazette"},
      {"@type": "NewsArticle", "headline": "Council approves bridge",
       "datePublished": "2024-03-15T08:00:00Z", "dateModified": "2024-04-20T08:00:00Z",
       "video": {"@type": "VideoObject", "datePublished": "2019-01-01"}}]}
    </script>"""
    result = extract_html(page(head), ingested_at=INGESTED)
    assert result.published == date(2024, 3, 15)
    assert result.published_source == "json-ld:datePublished"


def test_date_from_url_when_page_declares_none() -> None:
    result = extract_html(
        page(), url="https://gazette.example/2024/02/29/bridge-vote", ingested_at=INGESTED
    )
    assert result.published == date(2024, 2, 29)
    assert result.published_source == "url"


def test_date_from_htmldate_markup_analysis() -> None:
    body = (
        '<h1>Council approves bridge</h1><time class="entry-date published" '
        'datetime="2024-01-09T10:00">9 January</time>' + "".join(f"<p>{p}</p>" for p in BODY)
    )
    result = extract_html(page(body=body), ingested_at=INGESTED)
    assert result.published == date(2024, 1, 9)
    assert result.published_source == "htmldate:original"


def test_no_date_is_guessed_from_free_text() -> None:
    body = "<p>The plan was first proposed on 3 March 2011 by the harbour authority.</p>" + "".join(
        f"<p>{p}</p>" for p in BODY
    )
    result = extract_html(page(body=body), ingested_at=INGESTED)
    assert result.published is None
    assert result.published_source is None


def test_future_date_is_rejected() -> None:
    head = '<meta property="article:published_time" content="2024-06-30T10:00:00Z">'
    result = extract_html(page(head), ingested_at=INGESTED)
    assert result.published is None
    assert result.published_source is None
    assert result.text.split("\n") == BODY


def test_future_date_in_url_is_rejected_and_exact_timestamp_compared() -> None:
    in_url = extract_html(page(), url="https://g.example/2024/05/20/x", ingested_at=INGESTED)
    assert (in_url.published, in_url.published_source) == (None, None)
    # one hour after ingestion, on the same calendar day: still in the future
    later = page('<meta property="article:published_time" content="2024-05-01T13:00:00+00:00">')
    assert extract_html(later, ingested_at=INGESTED).published is None
    # same day in a zone ahead of UTC, already past: kept
    earlier = page('<meta property="article:published_time" content="2024-05-01T20:00:00+10:00">')
    assert extract_html(earlier, ingested_at=INGESTED).published == date(2024, 5, 1)


def test_page_without_article_raises() -> None:
    html = """<html><head><title>Gazette</title></head><body>
    <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
    <footer>Copyright 2024 Harbour Gazette</footer></body></html>"""
    with pytest.raises(ExtractionError) as info:
        extract_html(html, item="front-page.html")
    assert info.value.item == "front-page.html"
    assert "no article" in info.value.reason


@pytest.mark.parametrize("html", ["", "   \n ", b"", b"\x00\x01\x02\xff\xfe\x00binary"])
def test_empty_or_binary_input_raises(html: str | bytes) -> None:
    with pytest.raises(ExtractionError):
        extract_html(html, item="x")


@pytest.mark.parametrize("cut", [150, 400, 700, 1000, 1300])
def test_truncated_html_gives_text_or_extraction_error(cut: int) -> None:
    html = page()
    assert len(html) > cut
    try:
        result = extract_html(html[:cut], ingested_at=INGESTED)
    except ExtractionError as error:
        assert error.reason
    else:
        assert result.text


def test_broken_markup_still_yields_the_article() -> None:
    body = "<h1>Council approves bridge<div><p>" + "<p><b><i>".join(BODY) + "</span></td></tr>"
    html = page(body=body).replace("</body></html>", "<div><div><table><tr><td>")
    result = extract_html(html, ingested_at=INGESTED)
    for paragraph in BODY:
        assert paragraph in result.text


ARABIC = [
    "قرر مجلس المدينة يوم الثلاثاء إعادة بناء جسر الميناء القديم بعد نقاش طويل بين السكان "
    "استمر أكثر من عشر سنوات وعطل الميزانيات المتعاقبة.",
    "وقال المهندسون إن الجسر الحالي الذي افتتح عام ألف وتسعمئة وواحد وستين لم يعد قادرا "
    "على حمل الحافلات بأمان ويحتاج إلى إغلاق كامل خلال ثلاث سنوات.",
    "وأوضح رئيس البلدية أن أعمال البناء ستبدأ في الربيع المقبل وتستمر نحو عامين مع تشغيل "
    "خدمة عبارات مؤقتة بين الحيين خلال فترة الأشغال.",
]


def arabic_page(charset_declaration: str) -> str:
    paragraphs = "".join(f"<p>{text}</p>" for text in ARABIC)
    return f"""<html lang="ar" dir="rtl"><head>{charset_declaration}
<title>المجلس يوافق على الجسر</title></head><body>
<nav><a href="/">الرئيسية</a> <a href="/sport">رياضة</a></nav>
<article><h1>المجلس يوافق على الجسر</h1>{paragraphs}</article>
<footer>جميع الحقوق محفوظة</footer></body></html>"""


@pytest.mark.parametrize(
    "declaration",
    [
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">',
        '<meta charset="windows-1256">',
        "",
    ],
)
def test_cp1256_arabic_bytes_decode(declaration: str) -> None:
    data = arabic_page(declaration).encode("cp1256")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    result = extract_html(data, ingested_at=INGESTED)
    assert result.text.split("\n") == ARABIC
    assert result.title == "المجلس يوافق على الجسر"
    assert result.language == "ar"


def test_latin1_declared_page_decodes_with_windows_1252_quotes() -> None:
    text = (
        "Le conseil municipal a voté mardi la reconstruction du vieux pont du port, "
        "mettant fin à un débat qui divisait les habitants depuis plus d’une décennie."
    )
    html = page(body=f"<h1>Pont</h1><p>{text}</p><p>{text} Encore.</p>", charset="iso-8859-1")
    data = html.encode("cp1252")
    assert "Le conseil municipal a voté mardi" in decode_html(data)
    result = extract_html(data, ingested_at=INGESTED)
    assert text in result.text


def test_decode_prefers_utf8_with_a_stray_legacy_byte_and_honours_bom() -> None:
    greeting = "<p>Grüße aus Köln, schöne Straße, Bücher über Äpfel und Öl</p>"
    mostly_utf8 = (greeting * 3).encode() + b"<!-- M\xe4scot -->"
    decoded = decode_html(b'<meta charset="iso-8859-2">' + mostly_utf8)
    assert greeting in decoded
    # str.encode("utf-16") and "utf-8-sig" write a byte-order mark
    assert decode_html("<p>Ünïcode</p>".encode("utf-16")) == "<p>Ünïcode</p>"
    assert decode_html("<p>Ünïcode</p>".encode("utf-8-sig")) == "<p>Ünïcode</p>"


def test_declared_language_subtag_and_missing_language() -> None:
    assert extract_html(page(lang="pt-BR"), ingested_at=INGESTED).language == "pt"
    assert extract_html(page(lang=""), ingested_at=INGESTED).language is None


def test_site_name_is_not_invented_from_the_host_name() -> None:
    result = extract_html(page(), url="https://www.gazette.example/a", ingested_at=INGESTED)
    assert result.site_name is None
