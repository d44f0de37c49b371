"""Labels of a news page's widgets in English, French and Arabic (data, not rules): the
buttons and links of saving, following, sharing, printing, font size, comments, players
and galleries, and the headers of "read next" lists, as the common publishing platforms
print them (share buttons and comment headers are `junk_lexicon`'s). Whole lines only (a
line that is exactly one of these, after folding), except `BLOCK_HEADERS`, which open a
block of links ("Up Next" is left out: AP's game stories print their next games under
it). A word that news text uses alone as a sub-heading ("Analysis",
"Background") is left out.
"""

from __future__ import annotations

CHROME_LINES = frozenset(
    {
        # English: saving, following, sharing, comments, players, galleries, navigation
        "save", "saved", "save article", "save story", "add to your saved stories",
        "follow", "unfollow", "add topic", "link copied", "copied",
        "gift this article", "share full article", "report an error",
        "report a correction", "send us your feedback", "feedback", "view comments",
        "show comments", "hide comments", "listen to this story",
        "listen to this article", "enlarge this image", "toggle caption", "expand",
        "collapse", "supported by", "back to article", "return to homepage",
        "go to homepage", "back to homepage", "opens in new window", "open in new window",
        "continue reading the main story", "keep reading", "skip advertisement",
        "close ad", "ad feedback", "ad choices", "terms of service", "terms and conditions",
        "terms conditions", "sitemap", "site map", "accessibility", "careers", "imprint",
        "impressum", "jump to navigation", "jump to search", "skip to content",
        "skip to main content", "back to top", "back to top button", "header ads widget",
        "view author archive", "get author rss feed", "email the author",
        # a list of recommended links' header, in the page's language
        "recommendations", "recommandations", "raccomandazioni", "recomendações",
        "recomendaciones",
        # French
        "lire plus tard", "ajouter à mes favoris", "réagir", "commenter", "écouter cet article",
        "écouter l'article", "copier le lien", "lien copié", "envoyer par e mail",
        "envoyer par email", "imprimer", "voir les commentaires", "offrir cet article",
        "suivre", "accueil", "lire la suite de l'article", "taille du texte",
        "mentions légales", "conditions générales d'utilisation", "politique de confidentialité",
        "nous contacter", "plan du site", "en direct", "ce direct est terminé",
        # Spanish, Turkish, Russian: comment, share, more
        "comentar", "yorum yaz", "yorumlar", "paylaş", "комментировать", "поделиться",
        # Arabic: share the news, print, copy the link, font size, home, urgent, send to a
        # friend, like
        "شارك الخبر", "مشاركة الخبر", "طباعة", "طباعة الخبر", "نسخ الرابط", "تم نسخ الرابط",
        "أضف تعليقك", "حجم الخط", "تكبير الخط", "تصغير الخط", "الرئيسية", "عاجل",
        "أرسل لصديق", "إعجاب", "مشاهدة المزيد", "تابع آخر الأخبار", "إقرأ المزيد",
        "سياسة الخصوصية", "اتصل بنا", "من نحن", "شروط الاستخدام", "خريطة الموقع", "المزيد",
    }
)  # fmt: skip

BLOCK_HEADERS: tuple[str, ...] = (
    "watch next", "read next", "most shared", "paid content",
    "sponsored stories", "à lire également", "a lire également", "lire également",
    "читайте также", "что люди читают", "ilgili haberler", "latest in",
)  # fmt: skip
