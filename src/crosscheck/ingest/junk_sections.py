"""Section labels: the name of a news site's section alone on a line outside the article
("Environment", "World News", "Politique", "عالميات"), above its first paragraph of prose or
below its last. Inside the article a sub-heading may be one of these words, so lines between
paragraphs of prose stay.

`SECTION_WORDS` is data: the usual section names of news sites in English, French, Arabic,
Spanish, Portuguese, German and Italian, not any site's menu.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

SECTION_LABEL = "section label"
MAX_LABEL_WORDS = 4

SECTION_WORDS = frozenset(
    {
        # English
        "world", "politics", "business", "economy", "environment", "climate", "science",
        "health", "technology", "tech", "sport", "sports", "culture", "arts", "entertainment",
        "lifestyle", "opinion", "opinions", "analysis", "national", "international", "local",
        "nation", "metro", "education", "travel", "weather", "crime", "society", "media",
        "markets", "finance", "money", "energy", "religion", "features", "editorial",
        "editorials", "columns", "blogs", "podcasts", "regional", "domestic", "global",
        # French
        "monde", "politique", "économie", "société", "santé", "environnement", "planète",
        "sciences", "régions", "idées", "éditorial", "médias", "faits divers",
        "actualité", "actualités",
        # Arabic
        "عالميات", "دوليات", "عربي", "محليات", "سياسة", "اقتصاد", "رياضة", "ثقافة", "منوعات",
        "صحة", "علوم", "تكنولوجيا", "مجتمع", "حوادث", "تقارير", "مقالات", "رأي", "العالم",
        "الاقتصاد", "السياسة", "الرياضة", "عربي ودولي", "عرب وعالم", "أخبار", "اخبار",
        # Spanish, Portuguese, German, Italian
        "mundo", "política", "economía", "sociedad", "deportes", "ciencia", "salud",
        "internacional", "nacional", "opinión", "tecnología", "economia", "sociedade",
        "esportes", "desporto", "ciência", "saúde", "opinião", "tecnologia", "welt", "politik",
        "wirtschaft", "gesellschaft", "kultur", "wissenschaft", "gesundheit", "ausland",
        "inland", "meinung", "panorama", "mondo", "politica", "società", "scienza", "salute",
        "esteri", "cronaca", "opinioni", "social",
        # Turkish, Russian
        "gündem", "güncel", "politika", "siyaset", "ekonomi", "dünya", "spor", "magazin",
        "sağlık", "teknoloji", "kültür", "eğitim", "yaşam", "yerel", "политика", "экономика",
        "общество", "в мире", "мир", "происшествия", "спорт", "культура", "наука", "здоровье",
        "технологии",
        # Dutch, Polish, Indonesian, Ukrainian, Hindi
        "binnenland", "buitenland", "politiek", "economie", "cultuur", "wetenschap", "opinie",
        "świat", "polityka", "gospodarka", "kultura", "nauka", "zdrowie", "nasional",
        "internasional", "olahraga", "hiburan", "kesehatan", "gaya hidup", "політика",
        "економіка", "суспільство", "світ", "देश", "विदेश", "राजनीति", "खेल", "मनोरंजन",
        "व्यापार",
    }
)  # fmt: skip
# Words that join section names or name a news section in general ("World News", "Arts &
# Culture", "Latest Politics").
_JOINERS = frozenset(
    {"news", "latest", "top", "and", "&", "et", "y", "e", "und", "و", "|", "-", "/", "·",
     "nouvelles", "noticias", "notícias", "nachrichten", "notizie", "infos", "info"}
)  # fmt: skip
_DIGIT_OR_STOP = re.compile(r"[\d.!?:;؟]")
# The word "news" in the languages the news comes in: a short capitalised line naming it
# over the article is a masthead or a section ("UK News", "Watch Example News").
_NEWS_WORDS = frozenset(
    {"news", "actualités", "actualité", "nouvelles", "noticias", "notícias", "nachrichten",
     "notizie", "أخبار", "اخبار"}
)  # fmt: skip
_CREDIT_OPENER = re.compile(
    r"^\W*(?:by|from|source|via|with|par|de|avec|selon|por|von|di|da|بقلم|المصدر|عن)\b",
    re.IGNORECASE,
)
MAX_NEWS_LABEL_WORDS = 3


def is_section_label(line: str) -> bool:
    """A short line made only of section names and their joiners, one section name at least."""
    text = " ".join(line.casefold().split())
    if not text or _DIGIT_OR_STOP.search(text):
        return False
    if text in SECTION_WORDS:
        return True
    words = text.replace("&", " & ").split()
    if len(words) > MAX_LABEL_WORDS:
        return False
    return all(w in SECTION_WORDS or w in _JOINERS for w in words) and any(
        w in SECTION_WORDS for w in words
    )


def is_news_label(line: str) -> bool:
    """Up to three capitalised words, one of them "News" (or its translation), no stop and
    no credit's opener ("From Example News" is the article's credit)."""
    words = line.split()
    if not 0 < len(words) <= MAX_NEWS_LABEL_WORDS or _DIGIT_OR_STOP.search(line):
        return False
    if _CREDIT_OPENER.match(line):
        return False
    capitalised = not any(w[:1].islower() for w in words)  # Arabic has no case: it passes
    return capitalised and any(w.casefold() in _NEWS_WORDS for w in words)


def mark_section_labels(
    lines: Sequence[str], reasons: list[str | None], prose: Callable[[str], bool]
) -> None:
    """A section label above the first paragraph of prose or below the last; a news label
    ("UK News") above the first."""
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    paragraphs = [i for i in nonblank if prose(lines[i])]
    if not paragraphs:
        return
    for i in nonblank:
        if reasons[i] is not None:
            continue
        above = i < paragraphs[0]
        outside = above or i > paragraphs[-1]
        if (outside and is_section_label(lines[i])) or (above and is_news_label(lines[i])):
            reasons[i] = SECTION_LABEL
