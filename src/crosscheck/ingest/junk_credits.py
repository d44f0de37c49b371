"""One-line chrome of media credits, page dates, placeholders, read-also links, ad slots and
prompts to comment or share (en, fr, ar).

Each detector names a class by its form, across outlets:

- a photo caption that ends with its photographer's credit ("... (Jane Doe/AP)", "... [Name
  Surname/AFP]", "... Photo by Name/UPI", "... Pic/AFP"), opens with one ("© /Agency ...") or
  ends by placing its photo ("..., in this handout photo released by ..."); a gallery counter
  ("1 of 3 | ..."), a short media credit ("Associated Press photo") or a row of bracketed
  media buttons ("(Full-size photo)(All photos)");
- a page's publication or update date under its label ("تاريخ النشر: ...", "Publié le ...",
  "Posted on ...", "Postado ...") with a digit in it;
- an archive's label ("Posts Tagged 'Earthquake'"), a template placeholder left unfilled
  ("{title}"), an image's file name or an id alone on its line ("rotbg4oionjia8u4gojd"), a
  page counter ("المشاهدات : 159", "1 250 vues");
- one read-also link: a read-more phrase followed by a headline, with no separator
  ("À lire aussi Que faire en cas d'inondations ?"). A line that reads as prose never is;
- an ad slot's label ("Similar Ads", "ads header"), a prompt to comment ("Be the first to
  comment", "Please enter your name here") or to share ("Email this link");
- a relative time under a section's name ("world3 days ago").

`credit_reason` returns the reason of the first detector that fires, or None.
"""

from __future__ import annotations

import re

CAPTION = "photo caption"
CHROME = "site chrome"
TIMESTAMP = "timestamp line"
MARKUP = "markup or script"
RELATED = "related-links block"
PROMO = "promo or spam"
TAGS = "tag line"
SHARE = "share buttons"
COMMENT_FORM = "comment form"
MAX_CAPTION_CHARS = 400
MAX_LINK_WORDS = 25

_AGENCIES = (
    r"AP|AFP|Reuters|Getty(?:\s+Images)?|EPA(?:-EFE)?|UPI|Xinhua|Anadolu(?:\s+Agency)?|ANI|PTI|"
    r"IANS|Bloomberg|SIPA|Shutterstock|NurPhoto|dpa|SOPA Images|Pool|Handout|WANA|IRNA|SANA|MAP"
)
# "(Ali Ihsan Ozturk/AP)", "[Arun Sankar/AFP]", "(Photo: Jane Doe)", "Photo by Name/UPI".
_CREDIT_TAIL = re.compile(
    rf"[(\[]\s*[^()\[\]]{{2,60}}\s*/\s*(?:{_AGENCIES})(?:\s+(?:via\s+)?[^()\[\]]{{0,30}})?"
    r"\s*[)\]]\s*$|"
    r"[(\[]\s*(?:photo|picture|image|pic|crédit|credit)s?\s*(?:by|:)\s*[^()\[\]]{2,60}[)\]]\s*$|"
    rf"\b(?:photo|picture|image|pic)s?\s*(?:by\s+[^./]{{2,60}}|:\s*[^./]{{2,60}})?\s*/\s*"
    rf"(?:{_AGENCIES}|[A-Z][\w.&-]{{1,30}})\s*(?:\|\s*license photo)?\s*$|"
    r"[(\[]\s*(?:pixabay|unsplash|istock(?:photo)?|pexels|shutterstock|getty images|file photo|"
    r"representational image|representative image|file image|image for representation)\s*[)\]]\s*$|"
    rf"(?:handout|pool|file)\s*[,/]\s*(?:via\s+)?(?:{_AGENCIES})\s*$",
    re.IGNORECASE,
)
# Wire captions end by placing their photo: "..., in this September 9, 2017 still image taken
# from social media video", "... in this handout photo released by ...". A sentence that goes
# on after the photo ("seen in this photo from 2019, collapsed on Monday") is the article's.
_WIRE_CAPTION = re.compile(
    r"\bin this (?:[\w,]+ ){0,4}(?:photo|picture|image|still image|file photo|handout photo|"
    r"photograph|video grab|screen grab|screengrab|combination photo)"
    r"(?:\s+(?:taken|released|provided|obtained|distributed|made available|issued|posted|shared)"
    r"\b[^.]{0,80})?\.?\s*$",
    re.IGNORECASE,
)
# A photo credit opening the caption: "© /Radio-Canada The quake was felt ...", "© Jane
# Doe/AFP Rescuers ...". A source credit alone ("© Reuters") is the article's.
_RIGHTS_OPENER = re.compile(r"^\s*(?:©|\(c\))\s*[^/\s]{0,30}\s*/\s*\S+\s+\S+", re.IGNORECASE)
_TAGGED = re.compile(
    r"^\W*(?:posts?|articles?|stories|entries) (?:tagged|filed under)\b|"
    r"^\W*(?:articles? (?:avec|sous) le tag|archives? (?:du|de la) (?:tag|catégorie))\b",
    re.IGNORECASE,
)
_GALLERY_COUNTER = re.compile(r"^\W*\d{1,3}\s+(?:of|sur|/|من)\s+\d{1,3}\s*[|:–—-]")
_SHORT_MEDIA_CREDIT = re.compile(
    r"^(?:[A-Z][\w.&'’-]*\s+){1,3}(?:photos?|pictures?|images?|video|graphic)$"
)
_MEDIA_BUTTONS = re.compile(r"^(?:\s*[(\[][^()\[\]]{1,30}[)\]]\s*)+$")
_MEDIA_WORDS = re.compile(
    r"\b(?:photos?|images?|video|gallery|enlarge|full[- ]size|slideshow|zoom|vidéo|صور|فيديو)\b",
    re.IGNORECASE,
)
_DATE_LABEL = re.compile(
    r"^\W*(?:تاريخ النشر|تاريخ التحديث|آخر تحديث|تم النشر|نشر في|نُشر في|نشر بتاريخ|"
    r"publié le|publié à|mis à jour le|date de publication|published on|posted on|posted at|"
    r"postado(?: em)?|publicado(?: em| el)?|actualizado|publicada)\b",
    re.IGNORECASE,
)
_PLACEHOLDER = re.compile(r"^\{\{?\s*[\w.-]{1,40}\s*\}\}?$")
# A read-also phrase opening a line of its own, with a linked headline of three words or more
# after it (a header alone, "Related News", opens a block: `junk_blocks.mark_blocks`).
_READ_ALSO = re.compile(
    r"^\W*(?:read also|also read|read more|see also|also see|related|à lire aussi|a lire aussi|"
    r"lire aussi|voir aussi|à voir aussi|à lire|اقرأ أيضا|اقرأ ايضا|إقرأ أيضا|اقرأ أيضاً|"
    r"إقرأ أيضاً|اقرأ المزيد|شاهد أيضا|شاهد أيضاً|leia também|leia mais|leggi anche|"
    r"lee también|lesen sie auch|(?:read|lire|leia|leggi|lee|lesen)\s*:)(?:\s+\S+){3}",
    re.IGNORECASE,
)
# Arabic "إعلان" is also "announcement", "declaration": not taken here.
_AD_SLOT = re.compile(
    r"^(?:[\w'-]+\s+)?(?:ads?|adverts?|advertisements?|sponsored|publicités?)(?:\s+[\w'-]+)?$",
    re.IGNORECASE,
)
_COMMENT_PROMPT = re.compile(
    r"^\W*(?:be the first to comment|no comments(?: yet)?|\d+\s+comments?|comments?\s*\(\d+\)|"
    r"leave (?:a|your) (?:comment|reply)|please enter your (?:comment|name|e-?mail)(?: here)?|"
    r"soyez le premier à commenter|aucun commentaire|\d+\s+commentaires?|"
    r"لا توجد تعليقات|كن أول من يعلق|أضف تعليق[اًا]?)\W*$",
    re.IGNORECASE,
)
# A call to join the site's channel or group: "Join our WhatsApp channel", "Rejoignez-nous".
_JOIN_PROMPT = re.compile(
    r"^\W*(?:join (?:us|our)\b.{0,40}\b(?:channel|community|group|whatsapp|telegram)|"
    r"rejoignez(?:-nous| notre)\b.{0,40}\b(?:chaîne|canal|groupe|communauté|whatsapp|telegram)|"
    r"انضم(?:وا)? إلى (?:قناتنا|قناة|مجموعة))",
    re.IGNORECASE,
)
_SHARE_PROMPT = re.compile(
    r"^\W*(?:e-?mail|share|send|print|copy) this(?: link| article| story| page| post)?\W*$",
    re.IGNORECASE,
)
# A relative time under a section's name: "world3 days ago", "India 2 hours ago".
_AGO = re.compile(
    r"^\W*[^\W\d]{0,20}\s*\d{1,3}\s+(?:years?|months?|weeks?|days?|hours?|hrs?|mins?|minutes?)"
    r"\s+ago\W*$",
    re.IGNORECASE,
)
# Page counters in French and Arabic ("المشاهدات : 159", "1 250 vues"); English ones are
# junk_line_rules._COUNTER's.
_COUNTER = re.compile(
    r"^\W*(?:المشاهدات|عدد المشاهدات|المشاهدة|القراءات|عدد القراءات|vues|lectures)"
    r"\s*:?\s*[\d,. ]+$|"
    r"^[\d,. ]+\s*(?:vues|lectures|مشاهدة|قراءة)$",
    re.IGNORECASE,
)
# One token of letters and digits mixed, alone on its line: an image's file name or an id.
_TOKEN_ID = re.compile(r"^(?=[^\s]*\d)(?=[^\s]*[a-z])[a-z0-9_-]{12,}$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!…][\"'”’»)]*\s*$")


def _is_caption(line: str) -> bool:
    if len(line) <= MAX_CAPTION_CHARS and (
        _CREDIT_TAIL.search(line) or _WIRE_CAPTION.search(line) or _RIGHTS_OPENER.match(line)
    ):
        return True
    if _GALLERY_COUNTER.match(line) or _SHORT_MEDIA_CREDIT.match(line):
        return True
    return _MEDIA_BUTTONS.match(line) is not None and _MEDIA_WORDS.search(line) is not None


def _is_read_also_link(line: str) -> bool:
    """One linked headline after a read-also phrase; a sentence of prose is not one."""
    words = line.split()
    if not _READ_ALSO.match(line) or len(words) > MAX_LINK_WORDS:
        return False
    return not (len(words) >= 10 and _SENTENCE_END.search(line))


def credit_reason(line: str) -> str | None:
    """The reason a line is a media credit, a page date, a placeholder or one read-also
    link by its form alone, or None."""
    stripped = line.strip()
    if _is_caption(stripped):
        return CAPTION
    if len(stripped) < 120 and _DATE_LABEL.match(stripped) and re.search(r"\d", stripped):
        return TIMESTAMP
    if _TAGGED.match(stripped):
        return TAGS
    if _PLACEHOLDER.match(stripped) or _TOKEN_ID.match(stripped):
        return MARKUP
    if _COUNTER.match(stripped):
        return CHROME
    if _is_read_also_link(stripped):
        return RELATED
    if _AD_SLOT.match(stripped):
        return PROMO
    if _COMMENT_PROMPT.match(stripped):
        return COMMENT_FORM
    if len(stripped) < 120 and _JOIN_PROMPT.match(stripped):
        return PROMO
    if _SHARE_PROMPT.match(stripped):
        return SHARE
    if _AGO.match(stripped):
        return TIMESTAMP
    return None
