"""Page chrome words in Spanish, Portuguese, German and Italian (data, not rules).

The English, French and Arabic lists are in `junk_lexicon`, which adds these to its own.
Whole lines only (a line that is exactly one of these, after folding), except
`BLOCK_HEADERS`, which open a block of links or one link ("Lee también: ..."). Words that
news text also uses alone ("anuncio", an announcement; "Bild", a newspaper; "actualizado")
are left out.
"""

from __future__ import annotations

CHROME_LINES = frozenset(
    {
        # Spanish
        "publicidad", "suscríbete", "suscribirse", "iniciar sesión", "regístrate", "menú",
        "buscar", "portada", "boletín", "contenido patrocinado", "cerrar", "volver arriba",
        "ir al contenido", "escuchar", "escuchar noticia", "galería de fotos", "ver video",
        "todos los derechos reservados", "aviso legal", "política de privacidad",
        # Portuguese
        "publicidade", "assine", "assine já", "iniciar sessão", "pesquisar",
        "fechar", "voltar ao topo", "ouvir", "ouvir notícia", "galeria de fotos",
        "todos os direitos reservados", "política de privacidade", "conteúdo patrocinado",
        # German
        "werbung", "abonnieren", "jetzt abonnieren", "anmelden", "abmelden", "suche",
        "schließen", "nach oben", "zum inhalt springen", "vorlesen", "artikel anhören",
        "bildergalerie", "alle rechte vorbehalten", "datenschutz", "impressum",
        # Italian
        "pubblicità", "iscriviti", "abbonati", "accedi", "cerca", "chiudi", "torna su",
        "vai al contenuto", "ascolta", "ascolta l'articolo", "fotogallery",
        "tutti i diritti riservati", "contenuto sponsorizzato",
    }
)  # fmt: skip
SHARE_LINES = frozenset(
    {
        "compartir", "compartir en facebook", "compartir en twitter", "compartir en whatsapp",
        "compartilhar", "compartilhe", "partilhar", "compartilhar no facebook",
        "compartilhar no whatsapp", "teilen", "auf facebook teilen", "auf x teilen",
        "per whatsapp teilen", "link kopieren", "condividi", "condividi su facebook",
        "condividi su whatsapp", "copia link", "copiar enlace", "copiar link", "síguenos",
        "siga-nos", "folgen sie uns", "seguici",
    }
)  # fmt: skip
BLOCK_HEADERS = (
    "lee también", "lea también", "leer más", "te puede interesar", "noticias relacionadas",
    "ver también", "lo más leído", "más noticias", "leia também", "leia mais", "veja também",
    "mais lidas", "notícias relacionadas", "saiba mais", "lesen sie auch", "mehr zum thema",
    "weiterlesen", "das könnte sie auch interessieren", "meistgelesen", "leggi anche",
    "leggi di più", "articoli correlati", "potrebbe interessarti", "i più letti",
    "comentarios", "comentários", "kommentare", "commenti",
)  # fmt: skip
