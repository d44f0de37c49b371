"""General features of a scraped line for the learned junk-line model (`junk_model`).

Each feature describes a line's shape, its place on the page and its neighbours, never its
exact words: length and word count, closing punctuation, capitalised and upper-case words,
digits, dates and clock times, links, handles and separators, whether it comes before the
first paragraph of prose or after the last, whether its neighbours are short or already
found to be chrome, whether it repeats on the page, how many of its words the rest of the page
uses, and how many words of a small chrome vocabulary (`CUE_WORDS`, English, French, Arabic,
Spanish, Portuguese, German and Italian: share, subscribe, photo, credit, read more,
advertisement...) it holds; whether it speaks like a photo caption (people placed in the
frame, "looks on", "a view of", a closing date) or like a source credit ("Source: ...", a
news agency), whether its neighbours read as prose, and how many of its words the headline
uses; and the line's place and neighbourhood (`junk_context`: distance to the prose, runs of
title-like lines, a closing source credit above, another script, bracketed markup, the
headline named by the page's address, a cut last line). The model judges a line with a mark
of chrome or one that sits outside the article's prose; never a source credit. The model's
weights are fitted offline (`benchmarks/train_junk_model.py`) on labelled pages.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from crosscheck.ingest.junk_context import CONTEXT_NAMES, context_features, outside_body
from crosscheck.ingest.junk_dates_intl import MONTH_NAMES

# Words and phrases of page chrome (share widgets, subscriptions, ads, media credits, links
# to other stories, players, consent and account prompts, copyright), in the three languages
# the news comes in. Matched as whole words on the folded line; general, not any site's.
# Words news headlines also use ("search" and rescue, "live", "latest", "watch", "update",
# Arabic "إعلان", which is also "announcement") are left out.
CUE_WORDS = (
    # English
    "share", "shares", "tweet", "facebook", "twitter", "whatsapp", "linkedin", "telegram",
    "instagram", "youtube", "subscribe", "subscription", "subscribers", "newsletter",
    "follow us", "sign in", "sign up", "log in", "login", "register", "advertisement",
    "sponsored", "advertise", "photo", "photos", "image", "images", "picture", "pictures",
    "credit", "credits", "getty", "afp photo", "file photo", "shutterstock", "handout",
    "read more", "read also", "also read", "see also", "related", "recommended", "more from",
    "videos", "listen", "podcast", "audio", "cookies", "cookie", "privacy", "copyright",
    "all rights reserved", "download", "click", "min read", "trending", "most read",
    "next story", "previous story", "tags", "topics", "menu", "story continues",
    # French
    "partager", "partagez", "abonnez", "abonnez-vous", "abonnement", "abonné", "abonnés",
    "suivez-nous", "connexion", "se connecter", "publicité", "lire aussi", "lire la suite",
    "voir aussi", "à lire", "sur le même sujet", "vidéos", "écouter", "droits réservés",
    "crédit", "mis à jour", "publié le", "télécharger", "les plus lus", "à la une",
    # Spanish, Portuguese, German, Italian
    "compartir", "suscríbete", "suscribirse", "publicidad", "lee también", "leer más",
    "ver también", "noticias relacionadas", "foto", "fotos", "imagen", "síguenos",
    "derechos reservados", "lo más leído", "compartilhar", "compartilhe", "partilhar",
    "assine", "publicidade", "leia também", "leia mais", "veja também", "imagem",
    "direitos reservados", "siga-nos", "mais lidas", "teilen", "abonnieren", "werbung",
    "lesen sie auch", "mehr zum thema", "weiterlesen", "rechte vorbehalten", "meistgelesen",
    "condividi", "iscriviti", "abbonati", "pubblicità", "leggi anche", "articoli correlati",
    "immagine", "diritti riservati", "più letti",
    # Arabic
    "شارك", "مشاركة", "اشترك", "اشتراك", "النشرة البريدية", "تابعونا", "تابعنا", "صورة",
    "الصورة", "أرشيفية", "ارشيفية", "اقرأ", "إقرأ", "ذات صلة", "استمع", "التعليقات",
    "جميع الحقوق محفوظة", "تسجيل الدخول", "تحميل التطبيق", "الأكثر قراءة", "تاريخ النشر",
    "آخر تحديث",
    # Turkish, Russian
    "paylaş", "yorum yaz", "yorumlar", "fotoğraf", "foto galeri", "abone ol", "ilgili haberler",
    "son güncelleme", "поделиться", "комментарии", "подписаться", "читайте также",
    "фото", "реклама",
)  # fmt: skip
SHORT_LINE_WORDS = 6
PROSE_WORDS = 10
MAX_JUDGED_WORDS = 40

_ARABIC_MARKS = re.compile(r"[\u064b-\u065f\u0670]")
_CUES = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in sorted(CUE_WORDS, key=len, reverse=True))
    + r")(?![\w-])"
)  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?…؟][\"'”’»)]*\s*$")
_TIME = re.compile(
    r"\b\d{1,2}[:h.]\d{2}\b|\d\s*(?:am|pm|a\.m\.|p\.m\.)|\b(?:GMT|UTC|IST|EST|EDT|CET)\b"
)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_DATE = re.compile(
    r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|janv|févr|mars|avr|mai|juin|"
    r"juil|août|sept|déc)[a-zéû]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|"
    r"sep|oct|nov|dec|janv|févr|avr|mai|juin|juil|août|déc)[a-zéû]*\b|"
    r"يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر|"
    # a day and a month name in the other languages of the news (`junk_dates_intl`)
    r"\b\d{1,2}\.?\s+(?:de\s+)?(?:" + "|".join(sorted(MONTH_NAMES, key=len, reverse=True)) + r")\b",
    re.I,
)
_LINK = re.compile(r"https?://|www\.|\b[\w-]+\.(?:com|org|net|in|fr|co|uk|ae|news|tv|info)\b", re.I)
_HANDLE = re.compile(r"(?<!\w)[@#]\w+")
# A post's signature "— Name (@handle) May 23, 2025" or its picture link.
_EMBEDDED_POST = re.compile(r"\(@\w{1,30}\)|pic\.twitter\.com/|\bt\.co/", re.IGNORECASE)
_SEPARATOR = re.compile(r"[|•·›>/▶►◄]")
# How a photo caption speaks: people placed in the frame ("(L)", ", left,", "au centre"), a
# present-tense verb of a picture ("is seen", "poses", "looks on", "gestures"), "a view of".
_CAPTION_MARKS = re.compile(
    r"[(,]\s*(?:left|right|cent(?:er|re)|l|r|c|\d(?:st|nd|rd|th)\s+[lr]|à gauche|à droite|"
    r"au centre)\s*[),]|\bpictured\b|\blooks on\b|"
    r"\bpose[s]? for\b|\bgestures\b|\ba view (?:of|shows)\b|\bin this (?:photo|image|picture|"
    r"handout|file)\b|\bphoto (?:taken|released|provided|shows)\b|\bsur cette (?:photo|image)\b|"
    r"\bphoto d'archives?\b",
    re.IGNORECASE,
)
# A caption's closing date ("..., Morocco, September 11, 2023.", "le 9 septembre 2023").
_ENDS_WITH_DATE = re.compile(r"(?:\b\d{1,2},?\s+(?:19|20)\d{2}|\b(?:19|20)\d{2})\W{0,3}$")
# A source or agency credit: the article's, not the page's ("Source: QNA", "Reuters", "EFE").
_CREDIT = re.compile(
    r"^\W*(?:source|sources|المصدر|selon|via|from|avec|with|kaynak|quelle|fuente|fonte|sumber|"
    r"źródło|bron|источник|джерело)\b|\b(?:reuters|afp|ap|efe|pti|ani|"
    r"ians|xinhua|anadolu|tass|qna|wam|spa|mena|irna|map|dpa|ansa|news agency|agence|agences|"
    r"agencias|agencies|presse|"
    r"press association|associated press|وكالة|واس|وام|قنا)\b",
    re.IGNORECASE,
)
CREDIT_WORDS = 6
_ARABIC = re.compile(r"[\u0600-\u06ff]")

FEATURE_NAMES = (
    "log_chars", "log_words", "short", "very_short", "prose_length", "sentence_end",
    "ends_colon", "reads_as_prose", "capitalised", "upper_case", "digit_share", "has_time",
    "has_year", "has_date", "has_link", "has_handle", "separators", "arabic", "cues",
    "cue_start", "whole_cue", "position", "first_line", "before_prose", "after_prose",
    "prev_short", "next_short", "prev_junk", "next_junk", "short_run", "repeated",
    "cohesion", "no_content_words", "page_prose_share", "caption_marks", "ends_with_date",
    "credit_like", "prev_prose", "next_prose", "headline_overlap", *CONTEXT_NAMES,
)  # fmt: skip


_SIGNALS = (
    "cues", "has_time", "has_date", "has_link", "has_handle", "separators", "caption_marks",
)  # fmt: skip
MAX_JUDGED_CAPTION_WORDS = 60
_SIGNAL_INDEXES = tuple(FEATURE_NAMES.index(name) for name in _SIGNALS)
_PLACE_NAMES = ("first_line", *CONTEXT_NAMES)
_CREDIT_INDEX = FEATURE_NAMES.index("credit_like")
# "Source" alone is a link's label (chrome); "Source: Time" and "Reuters" are credits.
_BARE_SOURCE_LABEL = re.compile(
    r"^\W*(?:source|sources|sumber|kaynak|fuente|fonte|quelle|المصدر|источник)\W*$", re.I
)
_PLACE_INDEXES = tuple(FEATURE_NAMES.index(name) for name in _PLACE_NAMES)


def has_chrome_signal(vector: Sequence[float]) -> bool:
    """Whether a line shows a mark of page chrome: a chrome word, a date or clock time, a
    link or handle, a separator. Short lines without one (a byline, a source credit, a
    sub-heading) look alike on any page; the model leaves them to the rules."""
    return any(vector[i] > 0 for i in _SIGNAL_INDEXES)


def judged(line: str, vector: Sequence[float]) -> bool:
    """Whether the model may judge a line: not long (a paragraph without a closing stop is
    still the article's), not part of an embedded social post (an official's post quoted in
    a report is a primary source, as `junk_shapes` keeps it), with a mark of chrome; a line
    that reads as prose only when it speaks like a photo caption (`reads_as_caption`), and
    then at a higher threshold (`junk_model`)."""
    words = len(line.split())
    if _EMBEDDED_POST.search(line):
        return False
    if reads_as_prose(line):
        return words <= MAX_JUDGED_CAPTION_WORDS and reads_as_caption(line)
    if vector[_CREDIT_INDEX] > 0 and not _BARE_SOURCE_LABEL.match(line):
        return False  # a source or agency credit is the article's
    return words <= MAX_JUDGED_WORDS and (has_chrome_signal(vector) or sits_outside(vector))


def sits_outside(vector: Sequence[float]) -> bool:
    """Whether a line sits where chrome sits, by its place alone (`junk_context.outside_body`):
    the model may judge it even without a word of chrome."""
    return outside_body(
        {name: vector[i] for name, i in zip(_PLACE_NAMES, _PLACE_INDEXES, strict=True)}
    )


def reads_as_caption(line: str) -> bool:
    """Whether a line places people in a picture or speaks of one ("(L)", ", right,",
    "au centre", "pictured", "looks on", "a view of", "in this photo")."""
    return _CAPTION_MARKS.search(line) is not None


def fold(line: str) -> str:
    """Lower case, Arabic short vowels dropped, spaces collapsed: the form cues match on."""
    return " ".join(_ARABIC_MARKS.sub("", line.casefold()).split())


def reads_as_prose(line: str) -> bool:
    """A sentence of ten words or more that ends like one."""
    return len(line.split()) >= PROSE_WORDS and _SENTENCE_END.search(line.strip()) is not None


def _shape(line: str) -> list[float]:
    """Features of the line alone."""
    text = line.strip()
    words = text.split()
    letters = _WORD.findall(text)
    folded = fold(text)
    cues = _CUES.findall(folded)
    cue_chars = sum(len(c) for c in cues)
    digits = sum(ch.isdigit() for ch in text)
    return [
        math.log1p(len(text)),
        math.log1p(len(words)),
        float(len(words) <= SHORT_LINE_WORDS),
        float(len(words) <= 2),
        float(len(words) >= 25),
        float(_SENTENCE_END.search(text) is not None),
        float(text.endswith(":")),
        float(reads_as_prose(text)),
        sum(w[:1].isupper() for w in letters) / len(letters) if letters else 0.0,
        sum(w.isupper() and len(w) > 1 for w in letters) / len(letters) if letters else 0.0,
        digits / max(1, len(text)),
        float(_TIME.search(text) is not None),
        float(_YEAR.search(text) is not None),
        float(_DATE.search(text) is not None),
        float(_LINK.search(text) is not None),
        float(_HANDLE.search(text) is not None),
        min(3.0, float(len(_SEPARATOR.findall(text)))),
        float(_ARABIC.search(text) is not None),
        min(3.0, float(len(cues))),
        float(bool(cues) and folded.startswith(cues[0])),
        float(bool(cues) and cue_chars >= 0.6 * len(folded.replace(" ", ""))),
    ]


def _voice(line: str) -> list[float]:
    """Whether the line speaks like a photo caption or like a source credit."""
    text = line.strip()
    return [
        min(2.0, float(len(_CAPTION_MARKS.findall(text)))),
        float(_ENDS_WITH_DATE.search(text) is not None),
        float(len(text.split()) <= CREDIT_WORDS and _CREDIT.search(text) is not None),
    ]


def _prose_bounds(lines: Sequence[str]) -> tuple[int, int]:
    """Index of the first and the last line that reads as prose (-1, -1 when none does)."""
    prose = [i for i, line in enumerate(lines) if reads_as_prose(line)]
    return (prose[0], prose[-1]) if prose else (-1, -1)


def _short_run(nonblank: list[int], k: int, lines: Sequence[str]) -> int:
    """How many short lines in a row (this one included) the line sits in."""
    if len(lines[nonblank[k]].split()) > SHORT_LINE_WORDS:
        return 0
    run = 1
    for step in (-1, 1):
        j = k + step
        while 0 <= j < len(nonblank) and len(lines[nonblank[j]].split()) <= SHORT_LINE_WORDS:
            run, j = run + 1, j + step
    return run


def line_features(
    lines: Sequence[str], reasons: Sequence[str | None], url: str | None = None
) -> list[list[float] | None]:
    """A feature vector (in FEATURE_NAMES order) per non-blank line, None for blank ones.
    `reasons` are the rules' verdicts so far (a neighbour already found to be chrome); `url`
    is the page's address (its words name the headline), when known."""
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    first, last = _prose_bounds(lines)
    texts = [" ".join(line.split()) for line in lines]
    counts = Counter(texts[i].casefold() for i in nonblank)
    vocabulary: Counter[str] = Counter()
    for i in nonblank:
        vocabulary.update(w.casefold() for w in _CONTENT_WORD.findall(lines[i]))
    prose_share = sum(reads_as_prose(lines[i]) for i in nonblank) / max(1, len(nonblank))
    headline = (
        {w.casefold() for w in _CONTENT_WORD.findall(lines[nonblank[0]])} if nonblank else set()
    )
    context = context_features(lines, nonblank, reasons, url)
    vectors: list[list[float] | None] = [None] * len(lines)
    for k, i in enumerate(nonblank):
        prev_i = nonblank[k - 1] if k > 0 else None
        next_i = nonblank[k + 1] if k + 1 < len(nonblank) else None
        own = Counter(w.casefold() for w in _CONTENT_WORD.findall(lines[i]))
        shared = sum(1 for w in own.elements() if vocabulary[w] - own[w] > 0)
        vectors[i] = [
            *_shape(lines[i]),
            k / max(1, len(nonblank) - 1),
            float(k == 0),
            float(first >= 0 and i < first),
            float(last >= 0 and i > last),
            float(prev_i is not None and len(lines[prev_i].split()) <= SHORT_LINE_WORDS),
            float(next_i is not None and len(lines[next_i].split()) <= SHORT_LINE_WORDS),
            float(prev_i is not None and reasons[prev_i] is not None),
            float(next_i is not None and reasons[next_i] is not None),
            min(5.0, float(_short_run(nonblank, k, lines))),
            float(counts[texts[i].casefold()] > 1),
            shared / sum(own.values()) if own else 0.0,
            float(not own),
            prose_share,
            *_voice(lines[i]),
            float(prev_i is not None and reads_as_prose(lines[prev_i])),
            float(next_i is not None and reads_as_prose(lines[next_i])),
            len(own.keys() & headline) / len(own) if own and k > 0 else 0.0,
            *context[k],
        ]
    return vectors
