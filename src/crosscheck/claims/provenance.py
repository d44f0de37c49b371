"""Provenance chains: the wire agency behind an article or a sentence, the media outlet cited,
and the named, anonymous or official source a claim is attributed to, each with a normalised
key so that two outlets relaying one agency or one source get equal keys."""

from __future__ import annotations

import re
from collections.abc import Sequence

from crosscheck.claims.documents import (
    FRENCH_ACCORDING,
    body_phrase,
    document_noun,
    is_document,
    issued_by,
    opens_with_document,
    without_modifiers,
)
from crosscheck.claims.lexicon import (
    ANONYMOUS_HEADS,
    BODY_HEADS,
    MEDIA_HEADS,
    PRONOUNS,
    REPORTED_ADVERBS,
)
from crosscheck.claims.source_names import (
    AGENCY,
    AGENCY_KEY,
    POST_SIGNATURE,
    agency_key,
    agency_link,
    article_credits,
    fold,
    is_media_name,
)
from crosscheck.records import Mention, SourceLink

_ANON = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal)\s+((?:[\w-]+\s+){0,3}?(?:source|official|diplomat)s?\b"
    r"(?:\s+(?:based\s+)?(?:in|at|from|close to|familiar with)\s+(?:the\s+)?"
    r"[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*)?)",
)
# "said in a statement", "issued a communiqué": a body's statement the article goes on to cite
_STATEMENT_WORD = re.compile(r"\b(?:statement|communiqu[ée]|press release)\b", re.IGNORECASE)
# "The statement added", "according to the communiqué": the statement named before
_THE_STATEMENT = re.compile(
    r"(?:the|this|that|its)\s+(?:\w+\s+)?(?:statement|communiqu[ée]|press release)",
    re.IGNORECASE,
)


class Provenance:
    """Builds claims' chains for one article; reads the article in order (a later "the
    source" or "the paper" refers back to the last one introduced)."""

    def __init__(self, text: str, mentions: Sequence[Mention], article: str = "") -> None:
        self.text = text
        self.article = article
        self.mentions = mentions
        self.credits = article_credits(text)
        self.anonymous = [(m.start(1), m.group(1)) for m in _ANON.finditer(text)]
        self.last_media: SourceLink | None = None
        self.surnames = {
            m.text.split()[-1] for m in mentions if m.type == "PERSON" and " " in m.text
        }
        # The agency that first carried each anonymous source: "the source" later in the
        # article is still that agency's source.
        self.carriers: dict[str, SourceLink | None] = {}
        # The chain of the last sentence with a cited speaker, and where that sentence ended.
        self.last_cited: tuple[int, list[SourceLink]] | None = None
        self.posts = self._embedded_posts()
        # Who issued the last statement the article named: "the statement" later is theirs.
        self.last_statement: SourceLink | None = None
        # Who issued the last toll, report, figures... the article named, by document noun:
        # "the latest toll" later is theirs (a "figures" issuer says nothing of "the toll").
        self.issuers: dict[str, SourceLink] = {}

    def _embedded_posts(self) -> list[tuple[int, int, SourceLink]]:
        """Each embedded post's text span (the line above its signature) and its author."""
        posts = []
        for signature in POST_SIGNATURE.finditer(self.text):
            body_end = len(self.text[: signature.start()].rstrip())
            body_start = self.text.rfind("\n", 0, body_end) + 1
            # "Badr Albusaidi - بدر البوسعيدي": the name before a second spelling
            name = re.split(r"\s+[-|–]\s+", signature.group(1).strip())[0]
            if body_end <= body_start or not re.search(r"[^\W\d_]", name):
                continue
            at = signature.start(1)
            mention = next((i for i, m in enumerate(self.mentions)
                            if at <= m.start and m.end <= signature.end(1)), None)  # fmt: skip
            link = SourceLink(kind="named_source", name=name, key=f"named:{fold(name)}",
                              mention=mention)  # fmt: skip
            posts.append((body_start, body_end, link))
        return posts

    def _post_author(self, start: int, end: int) -> SourceLink | None:
        """The author of the embedded post the sentence [start, end) belongs to, if any."""
        return next((link for s, e, link in self.posts if s <= start and end <= e + 1), None)

    def _sentence_links(self, start: int, end: int) -> list[SourceLink]:
        links = [agency_link(f"agency:{AGENCY_KEY[m.group(1).lower()]}")
                 for m in AGENCY.finditer(self.text, start, end)]  # fmt: skip
        media = self._cited_media(start, end)
        if media is not None:
            links.append(media)
        return links

    def _cited_media(self, start: int, end: int) -> SourceLink | None:
        """A media outlet the sentence cites by name ("Israeli newspaper Yedioth Ahronoth
        revealed", "according to The New York Times")."""
        sentence = self.text[start:end]
        for m in self.mentions:
            if not (start <= m.start < end) or m.type not in ("ORG", "PERSON", "FAC"):
                continue
            before = self.text[max(start, m.start - 40) : m.start].lower()
            last = re.search(r"([a-z]+)\W{0,3}$", before)  # "newspaper Yedioth", not "website, X"
            headed = last is not None and last.group(1) in MEDIA_HEADS and "," not in last.group(0)
            if agency_key(m.text) is None and (headed or is_media_name(m.text)):
                return self._media(m.text)
        if re.search(r"\baccording to the (?:report|paper|newspaper)\b", sentence, re.I):
            return self.last_media
        return None

    def _media(self, name: str) -> SourceLink:
        name = re.sub(r"^(?:the|The)\s+", "", name.strip("\"“”' "))
        self.last_media = SourceLink(kind="media", name=name, key=f"media:{fold(name)}")
        return self.last_media

    def _speaker_link(self, span: tuple[int, int], head: int | None) -> SourceLink | None:
        written = self.text[span[0] : span[1]]
        if written.lower() in ("it", "they"):  # "It added that": the outlet cited last
            return self.last_media
        if _THE_STATEMENT.fullmatch(written.strip()):
            return self.last_statement
        agency = agency_key(written)
        if agency is not None:
            return agency_link(agency)
        raw_head = re.match(r"[\w-]+", self.text[head:]) if head is not None else None
        if is_document(written, raw_head.group(0) if raw_head else ""):
            return self._document_issuer(span, written)
        inside = [(i, m) for i, m in enumerate(self.mentions)
                  if span[0] <= m.start and m.end <= span[1]]  # fmt: skip
        # "Putin's press secretary Dmitry Peskov": the secretary speaks, not the one before
        people = [(i, m) for i, m in inside if m.kind == "name" and self._is_person(m)]
        owner = [
            re.match(r"\s*['’]s\b", self.text[m.end : m.end + 3]) is not None for _, m in people
        ]
        person = next((p for p, owns in zip(people, owner, strict=True) if not owns), None)
        person = person or next(iter(people), None)
        head_word = re.match(r"[\w-]+", self.text[head:]) if head is not None else None
        head_text = head_word.group(0).lower() if head_word else ""
        if person is not None:
            i, m = person
            return SourceLink(kind="named_source", name=m.text, key=f"named:{fold(m.text)}",
                              mention=i)  # fmt: skip
        named_media = next((m for _, m in inside if is_media_name(m.text)), None)
        if named_media is not None and agency_key(named_media.text) is None:
            return self._media(named_media.text)
        if head_text == "agency" and not re.search(r"\b(?:news|press)\b", written, re.I):
            # "the UN agency": a body, not a news agency ("the official MAP agency" is one)
            from crosscheck.claims.credits import agency_origin  # credits reads this module

            body_at = next((i for i, m in inside if m.type in ("ORG", "GPE")), None)
            if body_at is not None and agency_origin(self.mentions[body_at].text) is None:
                body = self.mentions[body_at].text
                return SourceLink(kind="official_body", name=body, key=f"body:{fold(body)}",
                                  mention=body_at)  # fmt: skip
        if head_text in MEDIA_HEADS or any(w in MEDIA_HEADS for w in fold(written).split()[:3]):
            named = next(
                (m for _, m in inside if m.type in ("ORG", "PERSON", "FAC") and m.kind == "name"),
                None,
            )
            if named is not None:
                name = named.text.strip("\"“”'")
                self.last_media = SourceLink(kind="media", name=name, key=f"media:{fold(name)}")
                return self.last_media
            if self.last_media is not None:
                return self.last_media
            quoted = re.search(r"[\"“«]([^\"”»]+)[\"”»]", written)
            norp = [m for _, m in inside if m.type == "NORP"]
            name = written[norp[0].end - span[0] :] if norp else written
            name = (quoted.group(1) if quoted else name).strip(" \"“”'")
            self.last_media = SourceLink(kind="media", name=name, key=f"media:{fold(name)}")
            return self.last_media
        if head_text in ANONYMOUS_HEADS:
            return self._anonymous(written, span[0])
        if head_text in BODY_HEADS or (inside and inside[0][1].type in ("ORG", "GPE")):
            name = inside[0][1].text if inside and head_text not in BODY_HEADS else written
            name = without_modifiers(name)
            return SourceLink(kind="official_body", name=name, key=f"body:{fold(name)}",
                              mention=inside[0][0] if inside else None)  # fmt: skip
        return None

    def _document_issuer(self, span: tuple[int, int], written: str) -> SourceLink | None:
        """The issuer of the toll, report or figures a claim is attributed to: named in the
        phrase ("the ministry's toll", "a WHO report"), right after it ("the report,
        communicated by the Ministry of Interior"), or, for "the toll", the issuer of the last
        document the article named; else None: a document without an issuer is no source."""
        after = self.text[span[1] : span[1] + 120].split("\n")[0]
        # the parser may cut "an updated tally of the Ministry of the Interior" short: read
        # the phrase on to the end of its clause
        clause = re.match(r"[^,.;:\n]*", after)
        issuer = self._issuer_in(span[0], span[1] + (clause.end() if clause else 0))
        by = issued_by(after)
        if issuer is None and by is not None:
            at = span[1] + after.index(by)
            issuer = self._issuer_in(at, at + len(by))
        noun = document_noun(written)
        if issuer is not None:
            self.issuers[noun] = issuer
            return issuer
        if re.match(r"(?:the|this|its|that|le|la|ce|cette)\s", written, re.IGNORECASE):
            return self.issuers.get(noun)
        return None

    def _french_document(self, start: int, end: int) -> SourceLink | None:
        """The issuer of the document a French sentence cites ("selon le dernier bilan du
        ministère de l'Intérieur"); None for a document without one ("selon les chiffres")."""
        found = FRENCH_ACCORDING.search(self.text, start, end)
        if found is None or not opens_with_document(found.group(1)):
            return None
        return self._document_issuer(found.span(1), found.group(1))

    def _issuer_in(self, start: int, end: int) -> SourceLink | None:
        """The person, official body, agency or medium named in text[start:end]."""
        inside = [(i, m) for i, m in enumerate(self.mentions)
                  if start <= m.start and m.end <= end and m.kind == "name"]  # fmt: skip
        person = next(((i, m) for i, m in inside if m.type == "PERSON"), None)
        if person is not None:
            i, m = person
            return SourceLink(kind="named_source", name=m.text, key=f"named:{fold(m.text)}",
                              mention=i)  # fmt: skip
        org = next(((i, m) for i, m in inside if m.type == "ORG"), None)
        if org is not None and agency_key(org[1].text) is not None:
            return agency_link(agency_key(org[1].text) or "")
        if org is not None and is_media_name(org[1].text):
            return self._media(org[1].text)
        body = body_phrase(self.text[start:end])
        named = org or next(((i, m) for i, m in inside if m.type == "GPE"), None)
        if body is None and named is None:
            return None
        name = body if body is not None else named[1].text if named else ""
        return SourceLink(kind="official_body", name=name, key=f"body:{fold(name)}",
                          mention=named[0] if named else None)  # fmt: skip

    def _is_person(self, m: Mention) -> bool:
        """A person mention, or a one-word name the tagger typed otherwise that is a known
        person's surname ("Jobs said" after "Steve Jobs")."""
        if m.type == "PERSON":
            return True
        return " " not in m.text and m.text in self.surnames

    def _anonymous(self, written: str, at: int) -> SourceLink:
        """An anonymous source; "the source" is the last one introduced before it."""
        desc = written
        if written.lower().startswith(("the ", "this ")):
            earlier = [d for s, d in self.anonymous if s < at]
            head = fold(written).split()[:1]
            match = [d for d in earlier if head and head[0].rstrip("s") in fold(d)]
            if match:
                desc = match[-1]
        key = fold(re.sub(r"\bbased\s+", "", desc))
        key = re.split(r"\s+(?:who|which|that|speaking)\b", key)[0]
        return SourceLink(kind="anonymous_source", name=desc, key=f"anon:{key}")

    def _carried(self, link: SourceLink, links: list[SourceLink]) -> SourceLink:
        """Key a generic anonymous source ("officials", "a source") with the agency that
        carries it, or with the article: two outlets' "officials said" are not one origin,
        while "a diplomatic source in Damascus" is one source whoever relays it."""
        agency = next((x for x in links if x.kind == "agency"), None)
        if agency is not None:
            self.carriers.setdefault(link.key, agency)
        carrier = self.carriers.get(link.key)
        if carrier is not None and carrier.key not in {x.key for x in links}:
            links.append(carrier)
        if len(link.key.split()) >= 3:
            return link
        suffix = carrier.key.split(":", 1)[1] if carrier is not None else self.article
        return link.model_copy(update={"key": f"{link.key}@{suffix}"})

    def chain(
        self,
        start: int,
        end: int,
        speaker: tuple[int, int] | None,
        head: int | None,
        mention: int | None = None,
    ) -> list[SourceLink]:
        """The chain of a claim read from the sentence [start, end) and attributed to
        `speaker`: article credits, agencies and media cited in the sentence, then the
        speaker; anonymous sources carried by an agency are keyed with it."""
        links = [*self.credits, *self._sentence_links(start, end)]
        written = self.text[speaker[0] : speaker[1]].lower() if speaker else ""
        if written in ("he", "she") and mention is not None:  # resolved to its person
            m = self.mentions[mention]
            speaker, head, written = (m.start, m.end), m.start, m.text.lower()
        if speaker is not None and written not in PRONOUNS - {"it", "they"}:
            link = self._speaker_link(speaker, head)
            if link is not None and link.kind == "anonymous_source":
                link = self._carried(link, links)
            if link is not None:
                links.append(link)
                self.last_cited = (end, links)
                self._note_statement(start, end, link)
        elif speaker is None:
            self._note_statement(start, end, self._issuer(start, end))
            document = self._french_document(start, end)
            links = [*links, document] if document else links
            author = self._post_author(start, end)
            links = [*links, author] if author else self._reported_on(start, end, links)
        return list({link.key: link for link in links}.values())

    def _note_statement(self, start: int, end: int, link: SourceLink | None) -> None:
        """Remember who issued the statement the sentence [start, end) names, if it names one
        and a named person or body speaks it."""
        if link is None or link.kind not in ("official_body", "named_source"):
            return
        if _STATEMENT_WORD.search(self.text, start, end):
            self.last_statement = link

    def _issuer(self, start: int, end: int) -> SourceLink | None:
        """The body or person a sentence without a speaker names before the statement it
        mentions ("The Interior Ministry issued a statement on Saturday")."""
        word = _STATEMENT_WORD.search(self.text, start, end)
        if word is None:
            return None
        for index, m in enumerate(self.mentions):
            if start <= m.start and m.end <= word.start() and m.kind == "name":
                if m.type == "PERSON":
                    return SourceLink(kind="named_source", name=m.text,
                                      key=f"named:{fold(m.text)}", mention=index)  # fmt: skip
                if m.type == "ORG" and agency_key(m.text) is None and not is_media_name(m.text):
                    return SourceLink(kind="official_body", name=m.text,
                                      key=f"body:{fold(m.text)}", mention=index)  # fmt: skip
        return None

    def _reported_on(self, start: int, end: int, links: list[SourceLink]) -> list[SourceLink]:
        """ "The dialogue reportedly focused on ...", right after a cited source in the same
        paragraph: the outlet is still reporting what that source said."""
        words = set(re.findall(r"[a-z]+", self.text[start:end].lower()))
        if self.last_cited is None or not words & REPORTED_ADVERBS:
            return links
        cited_end, cited = self.last_cited
        if cited_end > start or "\n" in self.text[cited_end:start]:
            return links
        return [*links, *cited]
