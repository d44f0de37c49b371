"""Notices a page prints about itself, recognised by their form in any outlet's page.

A licensing notice ("This material may not be published, broadcast, rewritten or
redistributed"), a live page's status ("This breaking news story is being updated", "More to
follow", "Please refresh the page"), a reading time written as a field ("Read Time = 1 min"),
a font-size widget ("+ ↺ − 16 px"), a date or update label left without its value
("- Published"), and a photo credit in capitals that opens a caption ("PHOTO X, AGENCE
FRANCE-PRESSE Vue sur ..."). `notice_reason` returns the reason, or None. None of them is a
report: an agency's credit ("Reuters", "(AFP)", "Source: QNA") and a plain copyright line
are the article's and stay.
"""

from __future__ import annotations

import re

RIGHTS = "rights notice"
STATUS = "live page status"
TIMESTAMP = "timestamp line"
WIDGET = "site chrome"
CAPTION = "photo caption"
RELATED = "related-links block"
MAX_NOTE_WORDS = 12

# The licence's clause, not the copyright holder's name: a credit line stays. The clause
# counts only beside a rights word, except AP's own standard wording.
_LICENSING = re.compile(
    r"\bthis material may not be published, broadcast, rewritten,? or redistributed\b|"
    r"\b(?:may|must|shall) not be (?:\w+,?\s+(?:or\s+)?){0,4}(?:published|reproduced|"
    r"broadcast|rewritten|redistributed|copied)\b|\btoute reproduction(?: même partielle)?"
    r"(?: est)? (?:interdite|strictement interdite)\b|\bne (?:peut|peuvent) (?:pas )?être "
    r"(?:reproduite?s?|republiée?s?)\b|"
    r"يمنع (?:إعادة )?(?:النشر|نشر)|لا يجوز (?:إعادة )?(?:النشر|نشر)",
    re.IGNORECASE,
)
_RIGHTS_WORD = re.compile(
    r"©|\bcopyright\b|\ball rights reserved\b|\bdroits réservés\b|\bthis material\b|"
    r"الحقوق محفوظة|حقوق (?:النشر|الطبع)",
    re.IGNORECASE,
)
# A live page's own status, whole or as the page says it, never a report's sentence about
# what an official will publish ("More details will be released soon, the ministry said").
_STATUS = re.compile(
    r"^\W*this (?:breaking )?(?:news )?(?:story|article|report|page) is (?:being|still "
    r"being) (?:updated|developed)\b(?!\s+by\b)|"
    r"^\W*(?:this|it) is a (?:breaking|developing) (?:news )?(?:story|situation)\W*$|"
    r"^\W*this (?:news|story) is (?:breaking|developing)\b|"
    r"^\W*this (?:post|story|article|page) will be updated\b|"
    # a live page's sign-off ("Merci de nous avoir suivis", "Thanks for following our live")
    r"^\W*(?:merci de nous avoir suivis|thanks? (?:you )?for following (?:our|this|the) live|"
    r"gracias por seguirnos)\b|"
    r"\bplease refresh (?:the|this) page\b|"
    r"^\W*(?:more to follow|plus de détails à venir|informations? en cours d'actualisation|"
    r"يتبع)\W*$",
    re.IGNORECASE,
)
_FIELD_TIME = re.compile(
    r"^\W*(?:(?:estimated\s+)?read(?:ing)?\s+time|temps de lecture|durée de lecture|"
    r"tiempo de lectura|مدة القراءة|وقت القراءة)\s*[:=]?\s*\d+\s*"
    r"(?:min(?:ute)?s?|دقائق|دقيقة|د)\.?\W*$",
    re.IGNORECASE,
)
# A widget's symbols and a size: "+ ↺ − 16 px", "A- A A+ 14pt".
_FONT_WIDGET = re.compile(r"^(?:[^\w\s]|\s|A|\d)*\d+\s*(?:px|pt)\W*$")
_BARE_LABEL = re.compile(
    r"^\W*(?:published|updated|last updated|posted|modified|publié|mis à jour|"
    r"تاريخ النشر|آخر تحديث|نشر في)\W*$",
    re.IGNORECASE,
)
# "PHOTO PRAKASH MATHEMA, AGENCE FRANCE-PRESSE Vue sur ...": a credit in capitals, a
# comma, a second name in capitals, then the caption in mixed case (case-sensitive on
# purpose: a headline in capitals has no caption after it).
_CAPS_PHOTO_CREDIT = re.compile(
    r"^(?:PHOTOS?|IMAGES?|ILLUSTRATION|FOTO|PHOTOGRAPHIE)\s+[A-ZÀ-Ý][A-ZÀ-Ý.'’ -]{2,50},"
    r"\s*[A-ZÀ-Ý][A-ZÀ-Ý.'’ -]{2,50}(?=\s+[A-ZÀ-Ý][a-zà-ÿ])"
)


# A player's or an ad slot's note to the reader, and a newsletter's pitch.
_PAGE_NOTE = re.compile(
    r"^\W*(?:advertisement\W+)?(?:(?:the\s+)?(?:story|article|text|content) continues|"
    r"continue reading) (?:below|after)\b|\benable javascript\b|"
    r"\byour browser does not support\b|\bdelivered (?:straight |directly )?to your inbox\b|"
    r"^\W*(?:l'article|la suite) (?:continue|se poursuit) (?:ci-)?(?:dessous|après)\b|"
    r"\bactivez (?:le )?javascript\b|\bvotre navigateur ne (?:supporte|prend) pas\b",
    re.IGNORECASE,
)


# A link to another story glued inside a line ("... neighbors See also <headline>"): the
# line is no sentence (no closing stop), so it is a caption or a teaser with its link.
# Case-sensitive: a label is capitalised ("See also"), a clause is not ("people read more
# news in a crisis").
_GLUED_LINK = re.compile(
    r"\s(?:See also|SEE ALSO|Read also|READ ALSO|Also read|ALSO READ|Read more|READ MORE|"
    r"Lire aussi|LIRE AUSSI|Voir aussi|À lire aussi|"
    r"اقرأ أيضا|اقرأ أيضاً|إقرأ أيضا|إقرأ أيضاً|اقرأ ايضا)\s*:?\s+\S"
)
_CLOSING_STOP = re.compile(r"[.!?؟…][\"'”’»)]*\s*$")


# A page date signed by the site's user ("September 9, 2023 by admin"), a wire photo's
# credit alone ("AFP/File", "EPA/STR"), an Arabic photo credit ("الصورة: رويترز").
_DATED_BY = re.compile(
    r"^\W*(?:\w+\.? \d{1,2},? \d{4}|\d{1,2} \w+\.? \d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})"
    r"\s*[-|–]?\s*(?i:by)\s+(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}|[a-z0-9_]{2,20})$"
)
_WIRE_PHOTO = re.compile(
    r"^\W*(?:afp|ap|epa|reuters|getty|efe|xinhua|anadolu|dpa|ansa|sipa|anp|aa)\s*/\s*"
    r"[\w .'’-]{2,40}$",
    re.IGNORECASE,
)
_ARABIC_PHOTO = re.compile(r"^\W*(?:الصورة|صورة|تصوير|الصور)\s*[:|]\s*\S.{0,40}$")


def _is_short_note(line: str) -> bool:
    """A note of a few words with no clause after a comma ("..., he joked" is a report)."""
    return len(line.split()) <= MAX_NOTE_WORDS and "," not in line and "،" not in line


def notice_reason(line: str) -> str | None:
    """The reason a line is one of the page's notices about itself, or None."""
    stripped = line.strip()
    if len(stripped) < 300 and _LICENSING.search(stripped) and _RIGHTS_WORD.search(stripped):
        return RIGHTS
    if len(stripped) < 250 and _STATUS.search(stripped):
        return STATUS
    if len(stripped) < 60 and (_FIELD_TIME.match(stripped) or _FONT_WIDGET.match(stripped)):
        return TIMESTAMP if _FIELD_TIME.match(stripped) else WIDGET
    if _BARE_LABEL.match(stripped) or _DATED_BY.match(stripped):
        return TIMESTAMP
    if _WIRE_PHOTO.match(stripped) or _ARABIC_PHOTO.match(stripped):
        return CAPTION
    if len(stripped) < 250 and _GLUED_LINK.search(stripped) and not _CLOSING_STOP.search(stripped):
        return RELATED
    if _is_short_note(stripped) and _PAGE_NOTE.search(stripped):
        return WIDGET
    if len(stripped) < 400 and _CAPS_PHOTO_CREDIT.match(stripped):
        return CAPTION
    return None
