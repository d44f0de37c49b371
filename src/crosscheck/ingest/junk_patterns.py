"""One-line page-chrome patterns that hold across outlets and languages (en, fr, ar).

Each detector looks at one line alone and names a class of chrome by its form, not by the
words of a site: a time stamp (a date and a clock time with few other words), a call to
subscribe, follow or download an app, a rights notice, a photo credit, markup or script left
in the text, a breadcrumb trail, a line of hashtags, a language switcher; then the media
credits, page dates, placeholders and read-also links of `junk_credits`.
`chrome_reason` returns the reason for the first detector that fires, or None.
"""

from __future__ import annotations

import re

from crosscheck.ingest.junk_credits import credit_reason
from crosscheck.ingest.junk_notices import notice_reason

TIMESTAMP = "timestamp line"
PROMO = "promo or spam"
CAPTION = "photo caption"
MARKUP = "markup or script"
NAVIGATION = "navigation menu"
TAGS = "tag line"
RIGHTS = "rights notice"
LINK = "bare link"
RELATED = "related-links block"
SHARE = "share buttons"
COMMENT_FORM = "comment form"
COOKIES = "cookie notice"

_MONTHS = (
    r"jan(?:uary|vier)?|feb(?:ruary)?|f[ée]v(?:rier)?|mar(?:ch|s)?|apr(?:il)?|avr(?:il)?|"
    r"may|mai|june?|juin|july?|juil(?:let)?|aug(?:ust)?|ao[uû]t|sept?(?:ember)?|"
    r"septembre|oct(?:ober|obre)?|nov(?:ember|embre)?|dec(?:ember)?|d[ée]c(?:embre)?|"
    r"يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|"
    r"نوفمبر|ديسمبر|كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين"
)
_DATE = re.compile(
    rf"\b(?:19|20)\d\d\b|\b\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}\b|(?<!\w)(?:{_MONTHS})(?!\w)",
    re.IGNORECASE,
)
_WEEKDAYS = re.compile(
    r"(?<!\w)(?:mon|tues|wednes|thurs|fri|satur|sun)day(?!\w)|(?<!\w)(?:lundi|mardi|mercredi|"
    r"jeudi|vendredi|samedi|dimanche|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|"
    r"السبت|الأحد|الاحد)(?!\w)",
    re.IGNORECASE,
)
_CLOCK = re.compile(r"(?<!\d)\d{1,2}[:h]\d{2}(?::\d{2})?(?!\d)")
_SENTENCE_END = re.compile(r"[.!?؟…]['\"”’)]*\s*$")
# "Updated", "آخر تحديث" (last update), "il y a 4 ans", "3 hours ago", "منذ ساعتين".
_UPDATE_WORDS = re.compile(
    r"^\W*(?:last\s+)?updated?\b|^\W*آخر تحديث|\bmis à jour\b", re.IGNORECASE
)
_RELATIVE_TIME = re.compile(
    r"^\W*(?:il y a|depuis)\s+\d+\s+(?:ans?|mois|semaines?|jours?|heures?|minutes?)\W*$|"
    r"^\W*\d+\s*(?:years?|months?|weeks?|days?|hours?|mins?|minutes?|h|hrs?|m|d)\s+ago\W*$|"
    r"^\W*منذ\s+\S+(?:\s+\S+)?\W*$",
    re.IGNORECASE,
)
# A call to act on the page, not a report: subscribe, follow, download the app, donate.
_PROMO = re.compile(
    r"^\W*subscribe\b|\bsubscribe (?:to our|here|now|today|for free)\b|"
    r"\bsubscribe\b.{0,40}\b(?:newsletter|channel)\b|"
    r"\bsign up\b.{0,40}\bnewsletter\b|\bnewsletter\b.{0,30}\b(?:sign up|subscribe)\b|"
    r"\bfollow us (?:on|at|via|for)\b|^\W*follow us\b|"
    r"\bdownload (?:the|our)\b.{0,50}\bapps?\b|\bnews app\b|"
    r"^\W*(?:support|fund|donate to)\s+(?:our|independent|quality)\s+journalism|"
    r"\byour (?:contribution|donation|support) (?:supports|helps|keeps)\b.{0,40}journalism|"
    r"\bfor more (?:news|stories|updates|videos)\b.{0,60}\b(?:visit|follow|see|go to)\b|"
    r"^\W*\(?(?:catch|get) all the (?:latest )?(?:\w+ )?(?:news|updates)\b|"
    r"^\W*skip to (?:main )?content|\bprint friendly\b|^\W*redirecting to\b|"
    r"\binterested in licensing\b|\bget in touch\b.{0,20}(?:https?://|www\.)|"
    r"\bréservée? aux abonnés\b|\babonnez-vous\b|\bje m'abonne\b|\bvidéo suivante\b|"
    r"\bvos réactions doivent\b|\bsuivez-nous\b|\btéléchargez (?:l'|notre )appli|"
    r"\bgift a subscription\b|\binscrivez-vous\b|\brecevez (?:notre|nos|gratuitement)\b|"
    # paywalls and the sale of advertising space
    r"\bpour lire la suite\b|\bla suite est réservée\b|\bsubscribers? only\b|"
    r"\bto continue reading\b.{0,40}\b(?:subscribe|sign in|log in)\b|"
    r"\b(?:available|reserved) (?:only )?(?:to|for) (?:our )?subscribers\b|"
    r"\badvertise with us\b|\bafficher votre publicité\b|\bannoncez chez nous\b|أعلن معنا",
    re.IGNORECASE,
)
# A reading time or a player's clock: "1 min", "3 min read", "5 min de lecture", "0:00min".
_READING_TIME = re.compile(
    r"^\W*(?:\d+\s*min(?:ute)?s?(?:\s+(?:read|de lecture))?|\d{1,2}:\d{2}\s*min|"
    r"(?:temps de )?lecture\s*:?\s*\d+\s*min)\W*$",
    re.IGNORECASE,
)
# What an image leaves in the text: "See image caption", "Article cover".
_IMAGE_PLACEHOLDER = re.compile(
    r"^\W*(?:(?:see|view|show|hide|expand) (?:image )?caption|article cover|cover image)\W*$",
    re.IGNORECASE,
)
_SHARE = re.compile(r"^\W*click to share\b|\(opens in (?:a )?new window\)", re.IGNORECASE)
# Comment forms and counters as WordPress and others print them in French and Arabic too.
_COMMENT_FORM = re.compile(
    r"^\W*(?:log|sign) in to (?:comment|reply)\b|^\W*(?:comments?|commentaires?|تعليقات|"
    r"التعليقات)\s*\(\d+\)\W*$|\bpour (?:pouvoir )?commenter\b|\bespace des commentaires\b|"
    r"\b(?:log|sign) in (?:or register )?to (?:post a )?comment\b|"
    r"\bvotre adresse (?:e-?mail|de messagerie|courriel) ne sera "
    r"pas publiée\b|\bles champs obligatoires sont indiqués\b|لن يتم نشر عنوان بريدك|"
    r"الحقول الإلزامية مشار إليها",
    re.IGNORECASE,
)
_COOKIES = re.compile(
    r"\b(?:nous utilisons|ce site utilise|utilise des) (?:des )?cookies\b|"
    r"ملفات تعريف الارتباط|ملفات الكوكيز|نستخدم (?:ال)?كوكيز",
    re.IGNORECASE,
)
# One link to another page: "Next Story ...", "Watch | ...", "Follow the latest updates on X".
_LINK_LINE = re.compile(
    r"^\W*(?:(?:next|previous|prev)\s+(?:story|article|post)\b|"
    r"(?:watch|video|listen|photos|gallery|vidéo|regarder)\s*[|:]|"
    r"follow (?:the|our) (?:latest|live)\b)",
    re.IGNORECASE,
)
# An editor's note that the page changes: "This article is being updated", "L'article est
# régulièrement mis à jour avec les derniers chiffres".
_UPDATE_NOTICE = re.compile(
    r"^\W*(?:this|the) (?:article|story|page|post) (?:is being|will be|has been|is) "
    r"(?:regularly |continuously |constantly )?updated\b|"
    r"^\W*(?:l'|cet )article (?:est|sera) (?:régulièrement |continuellement )?mis à jour\b",
    re.IGNORECASE,
)
# "Topic | India", "Rubrique : Monde", "الوسوم: ...": a page's filing labels.
_FILED_UNDER = re.compile(
    r"^\W*(?:topics?|tags?|sections?|categor(?:y|ies)|rubriques?|mots-clés|thèmes?|"
    r"الوسوم|وسوم|كلمات مفتاحية|الكلمات المفتاحية|تصنيف|القسم)\s*[:|]",
    re.IGNORECASE,
)
# A site's section name over the headline: "أخبار مصر" (news of Egypt), "أخبار العالم".
_SECTION_LABEL = re.compile(r"^\W*(?:أخبار|اخبار)(?:\s+\S+){1,2}\W*$")
# Several headlines on one line, set apart by wide gaps or bars, no sentence in them.
_GAP = re.compile(r"\s{3,}|\s+\|\s+")
# Arabic calls to act, only on short lines: "اشترك" alone also means "took part".
_PROMO_SHORT = re.compile(
    r"اشترك (?:و|في النشرة|في قناة|الآن)|تابعنا على|حمل(?:وا)? تطبيق|حصري[اًا]? على|"
    r"^\W*النشرة ال[إا]خبارية\W*$|البريد ال[إا]لكتروني الخاص بك"
)
# A wire service's licensing notice; a plain copyright line is the article's credit.
_RIGHTS = re.compile(r"\bfor professional use only\b|\breproduction interdite\b", re.I)
_CREDIT = re.compile(
    r"\b(?:image|photo|picture|pic)s?\s*(?:courtesy|credits?)\b|"
    r"\bfor representation(?:al)?(?: purposes?)?(?: only)?\b|"
    r"^\W*(?:جانب من|صورة|الصورة|صور)\s+\S+(?:\s+\S+)?\s*$|أرشيفية\s*\)?\s*$|"
    r"^\[(?:file|photo|image|picture)s?\s*:[^\]]{0,150}\]$|"
    r"[.)]\s*\|\s*(?:reuters|afp|ap|epa|getty images|anadolu|xinhua|afp via getty images)\s*$",
    re.IGNORECASE,
)
_MARKUP = re.compile(
    r"</?(?:img|image|div|span|p|a|br|script|iframe|figure|figcaption|source|video|picture|"
    r"svg|meta|link|style)\b[^<>]*/?>|^\W*\]\]>|=>|\bfunction\s*\(|\bdata:image/|"
    r"\|\|\s*\[\]|^\s*[({]\s*self\.",
    re.IGNORECASE,
)
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_BREADCRUMB = re.compile(r"\s*[❯›»>]\s*")
# A trail that starts at the home page may end in the full headline: "Home » World – ...".
_HOME_TRAIL = re.compile(
    r"^(?:home|accueil|inicio|início|startseite|الرئيسية|anasayfa|ana sayfa)"
    r"(?:\s*[❯›»]\s*|\s+[>/]\s+)\S",
    re.IGNORECASE,
)
_AVATAR_LINKS = frozenset({"de", "di", "do", "da", "von", "of"})
_HASHTAG = re.compile(r"#[^\s#]+")
_WORDS = re.compile(r"[^\W\d_]+")
# "14:31Sports - PSG : ...": a ticker's time glued to the headline it stamps.
_TIMED_HEADLINE = re.compile(r"^\d{1,2}[:h]\d{2}(?=[^\W\d_])")
# A language switcher: nothing but names or codes of languages.
_LANGUAGE_NAMES = frozenset(
    "english en français francais fr arabic ar العربية عربي deutsch de español es русский "
    "ru türkçe tr فارسی اردو português pt italiano it".split()
)


def _words_besides_dates(line: str) -> int:
    rest = _CLOCK.sub(" ", _WEEKDAYS.sub(" ", _DATE.sub(" ", line)))
    return len(_WORDS.findall(rest))


def is_timestamp(line: str) -> bool:
    """A time stamp: a date and a clock time with a few words of page credit around them
    ("Feb 01, 2019 22:11 (IST)", "By: || Updated: 16 Jan 2018 11:05 AM"), an update or
    relative time ("آخر تحديث GMT17:14:46", "il y a 4 ans"). A date with a source
    ("AFP, 18 Jan 2022") is the article's credit and stays; a sentence ends like one."""
    if len(line) > 120 or _SENTENCE_END.search(line):
        return False
    if _RELATIVE_TIME.match(line):
        return True
    dates = len(_DATE.findall(line))
    if len(line) < 50 and 0 < dates <= 2 and _words_besides_dates(line) == 0:
        return True  # one date alone: "25 février 2019", "Tuesday, Mar 19, 2024"
    dated = _DATE.search(line) is not None or _UPDATE_WORDS.search(line) is not None
    # more words than a credit's make a live entry's title ("10:30, 3 March: Minister ...")
    return _CLOCK.search(line) is not None and dated and _words_besides_dates(line) <= 7


def _title_case_name(part: str) -> bool:
    words = part.split()
    return 0 < len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words)


def _is_breadcrumb(line: str) -> bool:
    """'Society ❯ Community Safety ❯ Evacuations', 'A | B | C | D': short named parts."""
    if line.lstrip().startswith("|"):
        return False  # a table row
    if _HOME_TRAIL.match(line):
        return not _SENTENCE_END.search(line)
    slashed = [p.strip() for p in line.split(" / ")]
    if len(slashed) >= 2 and all(_title_case_name(p) for p in slashed):
        return True
    # three parts or more in a script without case ("الرئيسية / أخبار / عربي ودولي")
    if len(slashed) >= 3 and all(0 < len(p.split()) <= 3 for p in slashed):
        return not _SENTENCE_END.search(line) and not any(ch.isdigit() for ch in line)
    for separator in (_BREADCRUMB, re.compile(r"\s+\|\s+")):
        parts = [p for p in separator.split(line) if p.strip()]
        needed = 3 if separator is _BREADCRUMB else 4
        if len(parts) >= needed and all(len(p.split()) <= 3 for p in parts):
            return not _SENTENCE_END.search(line)
    return False


def _is_avatar(line: str) -> bool:
    """An author's picture's alt text: 'John Walker Avatar', 'Avatar de Jean Dupont'."""
    words = line.split()
    if len(words) < 2 or len(words) > 5:
        return False
    if words[-1].casefold() == "avatar":
        name = words[:-1]
    elif words[0].casefold() == "avatar" and words[1].casefold() in _AVATAR_LINKS:
        name = words[2:]
    else:
        return False
    return _title_case_name(" ".join(name))


def _is_link_dump(line: str) -> bool:
    """A line that is mostly URLs (a feed's header). A URL alone may be the article's own
    reference: it stays (a bare domain is taken by the site-name rule)."""
    urls = _URL.findall(line)
    if not urls:
        return False
    return len(urls) >= 2 and sum(map(len, urls)) >= 0.3 * len(line)


def _is_ticker(line: str) -> bool:
    """A long line of headlines joined by wide gaps, with no sentence punctuation in it."""
    parts = [p for p in _GAP.split(line) if p.strip()]
    return (
        len(line) > 150
        and len(parts) >= 4
        and all(len(p.split()) <= 15 for p in parts)
        and not any(_SENTENCE_END.search(p) for p in parts)
    )


def chrome_reason(line: str) -> str | None:
    """The reason a line is page chrome by its form alone, or None."""
    stripped = line.strip()
    if _MARKUP.search(stripped):
        return MARKUP
    if _is_link_dump(stripped):
        return LINK
    if len(stripped) < 300 and _COMMENT_FORM.search(stripped):
        return COMMENT_FORM
    if len(stripped) < 400 and _COOKIES.search(stripped):
        return COOKIES
    if len(stripped) < 200 and _SHARE.search(stripped):
        return SHARE
    if len(stripped) < 250 and _PROMO.search(stripped):
        return PROMO
    if _PROMO_SHORT.search(stripped) and (
        len(stripped) < 90 or (len(stripped) < 250 and not _SENTENCE_END.search(stripped))
    ):
        return PROMO
    if len(stripped) < 200 and not _SENTENCE_END.search(stripped):
        if _FILED_UNDER.match(stripped):
            return TAGS
        if _LINK_LINE.match(stripped):
            return RELATED
        if _SECTION_LABEL.match(stripped):
            return NAVIGATION
    if len(stripped) < 250 and _UPDATE_NOTICE.match(stripped):
        return TIMESTAMP
    if _is_ticker(stripped):
        return RELATED
    if len(stripped) < 200 and _RIGHTS.search(stripped):
        return RIGHTS
    if len(stripped) < 200 and _CREDIT.search(stripped):
        return CAPTION
    if is_timestamp(stripped):
        return TIMESTAMP
    if _is_breadcrumb(stripped):
        return NAVIGATION
    if _READING_TIME.match(stripped):
        return TIMESTAMP
    if _is_avatar(stripped):
        return CAPTION  # an image's alt text
    if _IMAGE_PLACEHOLDER.match(stripped):
        return CAPTION
    if _TIMED_HEADLINE.match(stripped):
        return TIMESTAMP
    words = stripped.casefold().split()
    names = [w.strip("|/·-") for w in words if w.strip("|/·-")]
    if 0 < len(names) <= 5 and all(name in _LANGUAGE_NAMES for name in names):
        return NAVIGATION
    tags = _HASHTAG.findall(stripped)
    if len(tags) >= 2 and len(" ".join(tags)) >= 0.8 * len(stripped):
        return TAGS
    return credit_reason(stripped) or notice_reason(stripped)
