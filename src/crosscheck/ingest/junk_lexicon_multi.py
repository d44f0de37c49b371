"""Page chrome words by what they do, in many languages (data, not rules).

`junk_lexicon` holds English, French and Arabic, `junk_lexicon_intl` Spanish, Portuguese,
German and Italian; this adds Dutch, Polish, Indonesian, Turkish, Russian, Ukrainian and
Hindi, and the concepts the others lack in every language: "latest news" and "breaking"
labels, "comments are closed", "learn more", contact and advertising links, read-also
headers, and the names of a page's meta fields (author, categories, tags, keywords).

Written from what news platforms print around an article in each language, not from the
lines of any one page. Whole lines only (after folding), except `BLOCK_HEADERS`, which open
a block of links or one link ("Baca juga: ..."), `READ_ALSO_WORDS`, which open one link
only after a separator ("طالع | ..."), and the field labels, which open a "label: value"
line. Words that news text also prints alone as a sub-heading are left out.
"""

from __future__ import annotations

import re


def fold(text: str) -> str:
    """A lexicon entry folded as `junk_line_rules.line_key` folds a line."""
    text = re.sub(r"[\u064b-\u065f\u0670]", "", text.lower())
    return re.sub(r"[^\w' ]+", " ", text).strip().replace("  ", " ")


_CHROME_WORDS = frozenset(
    {
        # comments closed, learn more, contact, advertise, breaking and latest labels
        "comments are closed", "comments closed", "comments are closed.", "learn more",
        "read the latest", "contact", "contact us", "advertise", "advertise with us",
        "breaking news", "latest news", "top headlines",
        "commentaires fermés", "les commentaires sont fermés", "en savoir plus",
        "dernière minute", "dernières actualités", "contactez nous", "publicité",
        "comentarios cerrados", "saber más", "más información", "contacto", "último minuto",
        "últimas noticias", "comentários encerrados", "contato", "últimas notícias",
        "commenti chiusi", "scopri di più", "contatti", "ultim'ora", "ultime notizie",
        "kommentare geschlossen", "mehr erfahren", "kontakt", "eilmeldung", "nachrichten",
        # Dutch
        "reacties", "reageer", "reacties gesloten", "meer lezen", "lees verder",
        "adverteren", "laatste nieuws", "net binnen", "delen", "deel dit artikel", "volg ons",
        "zoeken", "inloggen", "abonneren", "advertentie",
        # Polish
        "komentarze", "skomentuj", "komentarze zamknięte", "czytaj dalej",
        "reklama", "pilne", "najnowsze", "udostępnij", "obserwuj", "szukaj", "zaloguj się",
        "subskrybuj", "najważniejsze",
        # Indonesian
        "komentar", "tulis komentar", "selengkapnya", "baca selengkapnya", "hubungi kami",
        "iklan", "terkini", "berita terkini", "bagikan", "ikuti kami", "cari", "masuk",
        "berlangganan", "terpopuler",
        # Turkish
        "yorum yap", "yorumlar kapalı", "devamı", "devamını oku", "iletişim", "reklam",
        "son dakika", "son haberler", "bizi takip edin", "giriş yap", "abone ol", "ara",
        "künye", "gizlilik politikası",
        # Russian and Ukrainian
        "комментарии", "комментарии закрыты", "подробнее", "далее", "контакты", "реклама",
        "срочно", "последние новости", "все новости", "подписаться", "войти", "поиск",
        "коментарі", "детальніше", "контакти", "терміново", "останні новини", "усі новини",
        "поширити", "підписатися", "пошук",
        # Hindi
        "टिप्पणियाँ", "टिप्पणी करें", "और पढ़ें", "संपर्क करें", "विज्ञापन", "ब्रेकिंग न्यूज़",
        "ताज़ा खबरें", "ताजा खबरें", "शेयर करें", "फॉलो करें", "सब्सक्राइब करें", "होम",
        # Arabic: latest news, comments, contact, advertise with us
        "أحدث الأخبار", "آخر الأخبار", "اخر الاخبار", "أخبار عاجلة", "التعليقات", "تعليقات",
        "إتصال بنا", "اتصال بنا", "أعلن معنا", "اعلن معنا", "إعلانات", "اعلانات",
        "مصدر الخبر", "رابط الخبر", "رابط مختصر",
    }
)  # fmt: skip

_HEADER_WORDS: tuple[str, ...] = (
    # English, French, Spanish, Portuguese, Italian, German: the headers the others lack
    "read the latest", "latest news", "more to explore", "what to read next",
    "dernières actualités", "à découvrir aussi", "les dernières infos", "últimas noticias",
    "te recomendamos", "también te puede interesar", "últimas notícias", "veja mais",
    "ultime notizie", "leggi pure", "auch interessant", "mehr nachrichten",
    # Dutch
    "lees ook", "lees meer", "bekijk ook", "gerelateerde artikelen", "meer nieuws",
    "meest gelezen", "ook interessant",
    # Polish
    "czytaj także", "czytaj też", "czytaj więcej", "zobacz też", "zobacz także",
    "polecamy", "najczęściej czytane", "powiązane artykuły",
    # Indonesian
    "baca juga", "lihat juga", "berita terkait", "artikel terkait", "berita lainnya",
    "baca artikel lainnya",
    # Turkish
    "ayrıca okuyun", "ayrıca bakınız", "bunlar da ilginizi çekebilir", "en çok okunanlar",
    "benzer haberler", "son haberler",
    # Russian and Ukrainian
    "смотрите также", "по теме", "похожие новости", "другие новости", "самое читаемое",
    "последние новости", "читайте також", "дивіться також", "також читайте", "за темою",
    "останні новини",
    # Hindi
    "ये भी पढ़ें", "यह भी पढ़ें", "इसे भी पढ़ें", "संबंधित खबरें", "ताज़ा खबरें",
    # Arabic
    "طالع أيضا", "إقرأ أيضا", "أحدث الأخبار", "آخر الأخبار", "اخر الاخبار",
    "الأخبار ذات الصلة", "اقرأ المزيد",
)  # fmt: skip

CHROME_LINES = frozenset(fold(word) for word in _CHROME_WORDS)
BLOCK_HEADERS = tuple(fold(word) for word in _HEADER_WORDS)

# A word that opens one link only when a separator follows it ("طالع | <headline>", "Lees
# ook: <headline>"); alone or in a sentence it is the article's verb.
READ_ALSO_WORDS: tuple[str, ...] = (
    "read", "see", "watch", "lire", "voir", "lee", "leia", "veja", "leggi", "lies",
    "lees", "czytaj", "zobacz", "baca", "oku", "okuyun", "izle", "читайте", "смотрите",
    "читайте", "дивіться", "पढ़ें", "देखें", "طالع", "اقرأ", "إقرأ", "شاهد",
)  # fmt: skip

# The names of a page's meta fields, opening a "label: value" line.
AUTHOR_LABELS: tuple[str, ...] = (
    "author", "auteur", "autor", "autore", "yazar", "penulis", "автор", "लेखक",
    "الكاتب", "كاتب", "المحرر", "redacteur", "redaktor",
)  # fmt: skip
FIELD_LABELS: tuple[str, ...] = (
    "rubriques", "rubrique", "rubrik", "rubriek", "рубрики", "рубрика", "kategori",
    "kategoria", "kategorie", "categoria", "categorias", "categoría", "categorie",
    "категория", "категорія", "श्रेणी", "التصنيف", "etiketler", "etiket", "tagi",
    "schlagwörter", "etiquetas", "теги", "мітки", "टैग", "الوسوم", "وسوم",
    "كلمات دلالية", "كلمات مفتاحية", "mots-clés", "mots clés", "palabras clave",
    "palavras-chave", "parole chiave", "anahtar kelimeler", "ключевые слова",
    "ключові слова", "kata kunci", "trefwoorden", "słowa kluczowe",
)  # fmt: skip
