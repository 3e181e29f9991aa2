"""Titles: "Assistant Attorney General", "director", "Minister of Environment and Sustainable
Development", with the organization or jurisdiction the same phrase attaches to them.

A title is built around a head word (`patterns/title_heads.jsonl`): left over modifiers and
capitalized compounds ("Chief Corporate Affairs Officer"), right over suffixes ("General", "ad
interim") and over "of/for/to" complements that name no body ("Secretary of State"). A
complement that names a body or a country ends the title and becomes its organization
("director of the ILO's ... Department", "Vice President of the United States"), as do
"at/in ORG" and a pre-modifier ("ILO Director-General", "Ohio Governor", "Costa Rica's
Permanent Representative", "Tunisian State Secretary").

Records: Title, Attachment. news_titles reads the acronym spans, `person_mentions` and
news_org_clusters' `candidate_org_mentions`, `candidate_org_of_mention`, `candidate_orgs`;
writes `titles`, TITLE_ACRONYMS, and the bodies titles name that are no candidate
mention: TITLE_ORG_SPANS (kb_id = the organization's name) and `title_orgs` (the organizations
only titles name), which news_org_final adds to the organizations.

README architecture table row: Role (the title and what it attaches to); Organization (bodies titles name, the title-word veto's input).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Optional

from spacy.lang.lex_attrs import _tlds as TOP_LEVEL_DOMAINS, like_url
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pipeline.extraction.contract import Attachment, OrgCluster, OrgMention, PersonMention, TITLE, TITLE_ACRONYMS, TITLE_ORG_SPANS, Title, acronym_definitions, candidate_organizations
from pipeline.extraction import lexicon
from pipeline.extraction.components.organizations import CORPORATE_SUFFIXES, country_prefix_start, form_key, suffix_stems
from pipeline.extraction.components.given_names import is_english_word, is_first_name, is_surname
from pipeline.extraction.components.places import jurisdiction
from pipeline.extraction.components.source_damage import lost_possessive, possessive_stem
from pipeline.extraction.components.tokens import POSSESSIVE, clean_text, doc_tokens, is_capitalized, is_honorific
from pipeline.extraction.components.tokens import sentence_bounds, spaced_dash, with_lower, with_text

ORG_PREPOSITIONS = frozenset({"of", "for", "at", "in", "with"})
TITLE_PREPOSITIONS = frozenset({"of", "for", "to"})
PLACE_ENTS = frozenset({"GPE", "NORP", "LOC"})




@dataclass
class OrgBook:
    """The organizations a stage starts from (what earlier stages wrote) and the bodies it names:
    `adopt` appends to `orgs`, `mentions` and `owner`, so org indices stay valid; `first_new`
    is where this stage's own organizations begin and `adopted` holds one span per body named
    (kb_id = the organization's name). Shared by every MentionIndex of one stage."""

    orgs: list[OrgCluster]
    mentions: list[OrgMention]
    owner: list[int]
    first_new: int
    adopted: list[Span] = field(default_factory=list)

    @classmethod
    def starting_from(cls, orgs: list[OrgCluster], mentions: list[OrgMention], owner: list[int]) -> "OrgBook":
        return cls(list(orgs), list(mentions), list(owner), len(orgs))


class MentionIndex:
    """Which organization or person mention (if any) covers each token, over an OrgBook: a body
    adopted (named by a title or a role) joins the book, and an index built again over the same
    book sees it."""

    def __init__(self, doc: Doc, book: OrgBook, person_mentions: list[PersonMention]):
        self.book = book
        self.orgs = book.orgs
        self.person_mentions = person_mentions
        self.org_at: dict[int, int] = {}
        self.org_start: dict[int, tuple[int, int]] = {}
        self.org_end: dict[int, tuple[int, int]] = {}
        self.weak_org: set[int] = set()
        self.parent_of_start: dict[int, Optional[str]] = {}
        for m, c in zip(book.mentions, book.owner):
            weak = m.source == "ner" and not any(t.text in lexicon.words("org_heads") for t in doc[m.start : m.end])  # once a mention
            for i in range(m.start, m.end):
                self.org_at[i] = c
                if weak:
                    self.weak_org.add(i)
            self.org_start.setdefault(m.start, (m.end, c))
            self.org_end.setdefault(m.end, (m.start, c))
            self.parent_of_start[m.start] = m.parent
        self.person_at = {i for m in person_mentions for i in range(m.start, m.end)}
        self.person_start = {m.start for m in person_mentions}
        self.person_span = {m.start: m.end for m in person_mentions}
        self.person_ending = {m.end: m.start for m in person_mentions}
        self.surname_at = {m.start for m in person_mentions if m.end - m.start == 1}  # "Bravo" of "Thoma Bravo"
        self.forms: dict[str, int] = {}
        for c, org in enumerate(self.orgs):
            stems = {f for f in suffix_stems(names_of(org)) if not doc.vocab[f.lower()].is_stop}  # not "About" of "About Acme Inc."
            for form in names_of(org) | stems:
                self.forms.setdefault(form_key(form), c)
        for c, org in enumerate(self.orgs):
            short = initials(org.name)
            if short and not org.acronym:
                self.forms.setdefault(form_key(short), c)

    def adopt(self, doc: Doc, start: int, end: int) -> int:
        """Cluster of the body named by tokens [start, end): an organization of the release
        known by that form ("Protocase" for "Protocase Inc."), else a new organization."""
        name = clean_text(doc[start:end].text)
        cluster = self.forms.get(form_key(name))
        if cluster is None:
            cluster = len(self.orgs)
            self.orgs.append(OrgCluster(name=name))
            self.forms[form_key(name)] = cluster
        self.book.mentions.append(OrgMention(start, end, name, "title"))
        self.book.owner.append(cluster)
        self.book.adopted.append(Span(doc, start, end, label="ORG", kb_id=self.orgs[cluster].name))
        for i in range(start, end):
            self.org_at[i] = cluster
        self.org_start.setdefault(start, (end, cluster))
        self.org_end.setdefault(end, (start, cluster))
        self.parent_of_start[start] = None
        return cluster


def initials(name: str) -> Optional[str]:
    """"VIPC" for "Virginia Innovation Partnership Corp.": the capitals of a name of three or more
    capitalized words (small words skipped), by which a release may write it undefined; else None."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isalpha()]
    if len(words) < 3 or any(not w[0].isupper() and w not in {"of", "and", "for", "the", "on", "in", "&"} for w in words):
        return None
    return "".join(w[0] for w in words if w[0].isupper())


def is_head(token: Token) -> bool:
    """A title head word; a capitalized one, or a lower-case one that is a noun; or a short
    form the release defines for a title ("ALJ")."""
    if token.lower_ in lexicon.lower_words("title_heads") and (token.text[0].isupper() or token.pos_ in {"NOUN", "PROPN"}):
        return True  # tested first: most words are no head, and the release's short forms sit in the Doc
    return token.text in token.doc.user_data.get(TITLE_ACRONYMS, ())


def is_plural_head(token: Token) -> bool:
    """A title head in the plural ("Senators", "Fellows", "members")."""
    return token.lower_.endswith("s") and token.lower_[:-1] in lexicon.lower_words("title_heads")


def is_modifier(token: Token) -> bool:
    """A word that can stand before a head inside a title."""
    return token.lower_ in lexicon.lower_words("title_modifiers") or token.lower_ in lexicon.lower_words("title_heads")


def place_at(doc: Doc, start: int, end: int) -> Optional[str]:
    """The jurisdiction named by tokens [start, end), or None."""
    span = doc[start:end]
    if not len(span) or span[0].ent_type_ not in PLACE_ENTS | {"ORG"} and not span.text[:1].isupper():
        return None
    return jurisdiction(clean_text(span.text))


def place_span_ending(doc: Doc, end: int) -> Optional[tuple[int, str]]:
    """A place entity or demonym that ends right before token `end`: (start, short name)."""
    if end == 0 or doc[end - 1].is_punct or doc[end - 1].is_space:
        return None
    last = doc[end - 1]
    if last.ent_type_ in PLACE_ENTS:
        start = end - 1
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        place = place_at(doc, start, end)
        if place:
            return start, place
    for width in (2, 1):
        if end - width >= 0 and doc[end - width].text[:1].isupper():
            place = place_at(doc, end - width, end)
            if place:
                return end - width, place
    return None


def place_span_starting(doc: Doc, start: int) -> Optional[tuple[int, str]]:
    """A place entity that starts at token `start` (after an optional "the"): (end, short name)."""
    i = start + 1 if start < len(doc) and doc[start].lower_ == "the" else start
    if i >= len(doc):
        return None
    if doc[i].ent_type_ not in PLACE_ENTS:
        # Places the model missed ("of the United States" at the end of a list line).
        if not (doc[i].is_alpha and doc[i].text[0].isupper()):
            return None  # every width below starts with this word
        for width in (3, 2, 1):
            if all(t.is_alpha and t.text[0].isupper() for t in doc[i : i + width]) and i + width <= len(doc):
                place = place_at(doc, i, i + width)
                if place:
                    return i + width, place
        return None
    end = i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    place = place_at(doc, i, end)
    return (end, place) if place else None


def names_of(org) -> set[str]:
    """Every name an organization is written by: name, acronym, aliases."""
    return {org.name, *org.aliases} | ({org.acronym} if org.acronym else set())


def org_starting(doc: Doc, index: MentionIndex, i: int) -> Optional[Attachment]:
    """An organization mention at token i (after "the"), read through possessives to the last body:
    "the ILO's Sustainable ... Department" -> the Department."""
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    if i not in index.org_start:
        return None
    end, cluster = index.org_start[i]
    while True:
        if end + 1 < len(doc) and doc[end].text in POSSESSIVE and end + 1 in index.org_start:
            end, cluster = index.org_start[end + 1]
        elif end in index.org_start and index.parent_of_start.get(end) in names_of(index.orgs[cluster]):
            # A unit right after its parent, no possessive written between them: the source lost
            # the apostrophe (see source_damage), or the parent is a modifier.
            end, cluster = index.org_start[end]
        elif possessive_end(doc, i, end) and (unit := unit_after(doc, index, possessive_end(doc, i, end))):
            # A unit no organization rule kept, named after its parent's possessive, is the body.
            end, cluster = unit[1], index.adopt(doc, *unit)
        elif unit := unit_after_acronym(doc, index, end):
            end, cluster = unit
        else:
            break
    while end - 1 > i and doc[end - 1].is_space:
        end -= 1  # a mention the model ran over a line break: the next line is not part of the phrase
    return Attachment(i, end, org=cluster)


def unit_after_acronym(doc: Doc, index: MentionIndex, end: int) -> Optional[tuple[int, int]]:
    """"of the Drug Enforcement Administration (DEA) El Paso Division": a unit named right after
    its parent's acronym in parentheses is the body; (end, cluster) of the unit, or None."""
    if end >= len(doc) or doc[end].text != "(":
        return None
    close = next((k for k in range(end + 2, min(end + 6, len(doc))) if doc[k].text == ")"), None)
    if close is None or not all(t.text in {"-", "&"} or t.text.isupper() for t in doc[end + 1 : close]):
        return None
    after = close + 1
    if after < len(doc) and doc[after].text in POSSESSIVE:
        after += 1
    elif after + 1 < len(doc) and doc[after].text == ",":
        return field_unit_set_off(doc, index, after + 1)
    if after in index.org_start:
        return index.org_start[after]
    unit = unit_after(doc, index, after) or region_after(doc, index, after)
    return (unit[1], index.adopt(doc, *unit)) if unit else None


def region_after(doc: Doc, index: MentionIndex, i: int) -> Optional[tuple[int, int]]:
    """"(HHS-OIG) Chicago Region": capitalized words from token i (not a mention) ending in a
    `field_unit_heads` word, "Region" too, which `org_heads` leaves to places; (i, end) or None."""
    end = i
    while end < len(doc) and end - i < 4 and is_capitalized(doc[end]) and end not in index.org_at and end not in index.person_at:
        end += 1
    return (i, end) if end - i >= 2 and doc[end - 1].text in lexicon.words("field_unit_heads") else None


def field_unit_set_off(doc: Doc, index: MentionIndex, i: int) -> Optional[tuple[int, int]]:
    """"of the HHS Office of Inspector General (HHS-OIG), Chicago Regional Office.": a unit named
    after a place, set off by a comma after its parent's acronym and closing the phrase, is the
    body; (end, cluster) or None. Not a list of agencies ("(FBI), Drug Enforcement Administration
    (DEA) and ..."): the unit must end in a `field_unit_heads` word and the phrase there."""
    if i in index.org_start:
        end, cluster = index.org_start[i]
    else:
        unit = unit_after(doc, index, i) or region_after(doc, index, i)
        if unit is None:
            return None
        end, cluster = unit[1], None
    if end - i < 2 or doc[end - 1].text not in lexicon.words("field_unit_heads") or doc[i].text in lexicon.words("org_heads"):
        return None
    if end < len(doc) and not (doc[end].text in {".", ";", ",", ")"} or doc[end].is_space or doc[end].lower_ == "and" or doc[end].pos_ in {"VERB", "AUX"}):
        return None
    return (end, cluster if cluster is not None else index.adopt(doc, i, end))


def owned_body(doc: Doc, index: MentionIndex, start: int, end: int) -> Optional[tuple[int, int]]:
    """"the President's Task Force on Puerto Rico": a complement [start, end) closed by a possessive
    and followed by an organization names that body with its possessor, (first, end) of it."""
    if end + 1 >= len(doc) or doc[end].text not in POSSESSIVE or end + 1 not in index.org_start:
        return None
    first = start + 1 if doc[start].lower_ == "the" else start
    return first, index.org_start[end + 1][0]


def possessive_end(doc: Doc, start: int, end: int) -> Optional[int]:
    """Token after a possessive closing the mention [start, end): "AGAC's", or a one-word acronym
    mention whose apostrophe was lost (see source_damage)."""
    if end < len(doc) and doc[end].text in POSSESSIVE:
        return end + 1
    if end - start == 1 and lost_possessive(doc[end - 1].text, str.isupper):
        return end
    return None


def unit_after(doc: Doc, index: MentionIndex, i: int) -> Optional[tuple[int, int]]:
    """Capitalized words from token i ending in an organization head word ("Criminal Practice
    Subcommittee"), not already a mention, or None."""
    end = i
    while end < len(doc) and end - i < 6 and is_capitalized(doc[end]) and end not in index.org_at and end not in index.person_at:
        end += 1
    while end > i and doc[end - 1].text not in lexicon.words("org_heads"):
        end -= 1
    return (i, end) if end - i >= 2 else None


def is_post_nominal(token: Token) -> bool:
    """"Ph.D.", "MD", "M.B.A.": post-nominal letters (`title_post_nominals`), not written lower-case."""
    return not token.is_lower and token.text.replace(".", "").lower() in lexicon.lower_words("title_post_nominals")


def after_post_nominals(doc: Doc, comma: int) -> int:
    """"Jane Roe, Ph.D., MBA, Chief Scientific Officer", "Jane Roe, CPA and Chairman of Acme": the
    comma (or "and") before the title, past post-nominal letters set off after a name; else the
    comma given."""
    tokens = doc_tokens(doc)
    i = comma
    while i + 2 < len(doc) and tokens[i].text == "," and (is_post_nominal(tokens[i + 1]) and tokens[past_credential_mark(doc, i + 2)].text in {",", "and"} or letters_before_title(doc, i + 1)):
        i = past_credential_mark(doc, i + 2)
    return i


CREDENTIAL_MARKS = frozenset({"®", "™", "℠"})


def past_credential_mark(doc: Doc, k: int) -> int:
    """"Jane Roe, CFA®, Head of ...": the registered or trademark sign written right after
    post-nominal letters belongs to them; the token after it (or k where there is none)."""
    return k + 1 if k + 1 < len(doc) and doc[k].text in CREDENTIAL_MARKS and not doc[k - 1].whitespace_ else k


def letters_before_title(doc: Doc, k: int) -> bool:
    """"Joel Roe, PVDG, President of ...": capital letters no list knows (two to five, no title
    word, not the model's ORG), set off by commas between a name and a title word, are
    post-nominal letters too."""
    tokens = doc_tokens(doc)
    token = tokens[k]
    if not (token.is_upper and token.is_alpha and 2 <= len(token.text) <= 5) or is_head(token) or token.ent_type_ == "ORG":
        return False
    return k + 2 < len(doc) and tokens[k + 1].text == "," and (is_head(tokens[k + 2]) or is_modifier(tokens[k + 2])) and tokens[k + 2].text[:1].isupper()


def skip_parenthesis(doc: Doc, i: int) -> int:
    """Index after a parenthesis starting at i ("(UNTFSSE)"), else i."""
    if i < len(doc) and doc[i].text == "(":
        for j in range(i + 1, min(i + 8, len(doc))):
            if doc[j].text == ")":
                return j + 1
    return i


def preposition_under(prev: Token, following: Token) -> bool:
    """"Under Attorney General Roe's leadership": "under" is a title's word only in an under
    secretary ("Under Secretary", "Under-Secretary-General"); before another title it is the preposition."""
    return prev.lower_ == "under" and not following.lower_.startswith(("secretar", "-"))


def extend_left(doc: Doc, head: int, index: MentionIndex) -> int:
    """Start of a title: modifiers and capitalized compounds before its head."""
    tokens = doc_tokens(doc)
    start = head
    sent_start = sentence_bounds(doc, head)[0]
    while start - 1 >= sent_start:
        prev = tokens[start - 1]
        if start - 1 in index.org_at or start - 1 in index.person_at or prev.ent_type_ in PLACE_ENTS | {"DATE", "CARDINAL"}:
            break
        if prev.is_upper and len(prev.text) > 3 and not is_modifier(prev) or preposition_under(prev, tokens[start]):
            break
        glued = prev.text in {"-", "–"} and not prev.whitespace_ or not prev.whitespace_ and tokens[start].text in {"-", "–"}
        if glued or is_modifier(prev) and (prev.text[0].isupper() == tokens[head].text[0].isupper() or prev.is_lower):
            start -= 1
        elif tokens[head].text[0].isupper() and is_capitalized(prev) and prev.pos_ in {"PROPN", "NOUN", "ADJ"} and not prev.is_sent_start and jurisdiction(prev.text) is None:
            start -= 1
        elif field_word_between(doc, start - 1, sent_start):
            start -= 1  # "chief brand officer": the field between a rank and the head
        else:
            break
    return senior_abbreviation_before(tokens, modifier_split_off(doc, tokens, start, head))


def modifier_split_off(doc: Doc, tokens: list, start: int, head: int) -> int:
    """"Vice President Kamala Harris met today ..." opening a paragraph: the parser may make the
    capitalized modifier a one-word sentence of its own ("Vice" | "President Kamala Harris ...");
    it opens the title all the same. The modifier's index, else `start`."""
    k = start - 1
    if k < 0 or start != sentence_bounds(doc, head)[0] or sentence_bounds(doc, k) != (k, start):
        return start
    prev = tokens[k]
    if not prev.text[0].isupper() or not is_modifier(prev) or "\n" in prev.whitespace_ or not tokens[head].text[0].isupper():
        return start
    return k


def senior_abbreviation_before(tokens: list, start: int) -> int:
    """"Sr. Director of Sales": "Sr." (or "Sr" "." as two tokens, where the parser may start a
    sentence after it) right before a title's first word abbreviates "Senior" and opens the title."""
    k = start
    if k >= 2 and tokens[k - 1].text == "." and not tokens[k - 2].whitespace_:
        k -= 1
    return k - 1 if k >= 1 and tokens[k - 1].text in lexicon.words("senior_abbreviations") and (k < start or tokens[k - 1].text.endswith(".")) else start


FIELD_JOINERS = frozenset({"and", "&"})


def coordinated_fields_start(doc: Doc, index: MentionIndex, start: int, head: int) -> int:
    """"Chief Legal and Compliance Officer", "Chief Technology & Digital Officer": a title whose
    field words (no head of their own) follow "and"/"&" after a rank with field words of its own
    ("Chief Legal") is one title over both fields; the start of that rank, else `start`. Not
    "President and Chief Executive Officer" (a head before "and": two titles) nor "Chief and CEO"
    (no field word after "and")."""
    tokens = doc_tokens(doc)
    if start == head or start < 3 or tokens[start - 1].lower_ not in FIELD_JOINERS:
        return start
    upper = tokens[head].text[0].isupper()
    k = start - 1
    fields = 0
    while k - 1 >= sentence_bounds(doc, head)[0] and fields < 3:
        prev = tokens[k - 1]
        if k - 1 in index.org_at or k - 1 in index.person_at or prev.text[0].isupper() != upper or not prev.is_alpha:
            return start
        if is_head(prev):
            return extend_left(doc, k - 1, index) if fields else start
        k -= 1
        fields += 1
    return start


def apposed_fields_start(doc: Doc, index: MentionIndex, start: int, head: int) -> int:
    """"Jane Roe, Sales & Marketing Director at Acme", "said Jane Roe, licensing and marketing
    director for Acme": field words joined by "and"/"&" before a head, with no rank of their own,
    set off after a name by its comma, are one title over both fields; the start of the first
    field, else `start`."""
    tokens = doc_tokens(doc)
    upper = tokens[head].text[0].isupper()
    k = start
    while k == start and k == head and not upper and k - 1 >= 0 and is_field(tokens[k - 1], upper):
        k -= 1  # "marketing director": a lower-case field extend_left leaves out
    if k == head or k < 3 or tokens[k - 1].lower_ not in FIELD_JOINERS:
        return start
    j = k - 1
    fields = 0
    while j - 1 >= 0 and fields < 2 and is_field(tokens[j - 1], upper) and j - 1 not in index.org_at and j - 1 not in index.person_at:
        j -= 1
        fields += 1
    if fields == 0 or j < 1 or tokens[j - 1].text != "," or j - 1 not in index.person_ending:
        return start
    return j


def is_field(token: Token, upper: bool) -> bool:
    """A word naming a field of a title, in the case of its head: no head itself ("Sales",
    "marketing")."""
    return token.is_alpha and token.text[0].isupper() == upper and not is_head(token) and token.pos_ in {"NOUN", "PROPN", "ADJ"}


def field_word_between(doc: Doc, i: int, sent_start: int) -> bool:
    """Token i is a lower-case noun or adjective naming a field between a lower-case rank that is
    itself a title word and the rest of a title ("chief brand officer", "deputy press secretary");
    not after "former" or "senior" ("a former product manager" keeps "manager")."""
    prev = doc[i]
    return (
        i - 1 >= sent_start
        and prev.is_lower
        and prev.is_alpha
        and prev.pos_ in {"NOUN", "ADJ"}
        and not is_modifier(prev)
        and doc[i - 1].is_lower
        and doc[i - 1].lower_ in lexicon.lower_words("title_heads")
    )


def extend_right(doc: Doc, head: int, index: MentionIndex) -> tuple[int, list[Attachment]]:
    """End of a title after its head, and what its complements attach it to."""
    sent_end = sentence_bounds(doc, head)[1]
    end = head + 1
    attached: list[Attachment] = []
    while end < sent_end:
        token = doc[end]
        if token.text in {"-", "–"} and not doc[end - 1].whitespace_ and end + 1 < sent_end:
            end += 2
            continue
        matched = next((s for s in lexicon.phrases("title_suffixes", lower=True) if token.lower_ == s[0] and tuple(t.lower_ for t in doc[end : end + len(s)]) == s), None)
        if matched:
            end += len(matched)
            continue
        if is_head(token) and token.text[0].isupper() == doc[head].text[0].isupper() and end not in index.person_at:
            end += 1
            continue
        place = place_span_starting(doc, end) if token.lower_ != "the" else None
        if place and place[0] < sent_end and is_head(doc[place[0]]) and doc[place[0]].text[0].isupper():
            end = place[0] + 1
            continue
        break
    if end == head + 1 and coined_chief_title(doc, index, head, sent_end):
        end += 1
    end_before_parens = end
    after_fields = False
    after_parens = skip_parenthesis(doc, end)
    if end < after_parens < sent_end and doc[after_parens].lower_ in ORG_PREPOSITIONS:
        # "Director-General (DG) of the ILO": read the complement after the parenthesis.
        end = after_parens
    while end < sent_end and doc[end].lower_ in ORG_PREPOSITIONS | TITLE_PREPOSITIONS | {"on"}:
        prep = doc[end].lower_
        if prep == "on":
            seat = seat_body(doc, index, end + 1)
            if seat:
                attached.append(seat)
                attached.extend(coordinated_orgs(doc, index, seat.end))
            break
        posting_end = _posting(doc, index, end + 1, sent_end) if prep == "to" else None
        if posting_end:
            end = posting_end
            continue
        fields_end = paired_fields_end(doc, index, end + 1, sent_end) if prep == "of" else None
        if fields_end:
            end = fields_end
            after_fields = True
            continue
        fields_end = field_words_end(doc, index, head, end + 1, sent_end) if prep == "of" else None
        if fields_end:
            end = fields_end
            continue
        org = org_starting(doc, index, end + 1)
        place = place_span_starting(doc, end + 1)
        if org and prep in ORG_PREPOSITIONS:
            attached.append(Attachment(org.start, org.end, org=org.org, how=prep))
            attached.extend(coordinated_orgs(doc, index, org.end))
            break
        if place and prep in {"of"} and not _is_region(doc, end + 1) and not _place_names_body(doc, index, place[0]):
            attached.append(Attachment(end + 1, place[0], place=place[1], how=prep))
            break
        unit = district_unit(doc, index, end + 1) if prep in {"of", "in", "for"} else None
        if unit:
            attached.append(replace(unit, how=prep))
            break
        district = district_at(doc, end + 1)
        if district and (prep in {"of", "for"} or prep == "in" and serves_district(doc, district[0])):
            attached.append(Attachment(end + 1, district[0], place=district[1], how=prep))
            break
        anaphor = anaphor_noun_at(doc, index, end + 1) or institution_anaphor_at(doc, index, end + 1) if prep in ORG_PREPOSITIONS else None
        if anaphor:
            attached.append(replace(anaphor, how=prep))
            break
        # A group ("Fellows of the Leadership Academy") names no body of its own: only a known one attaches.
        body = None if is_plural_head(doc[head]) else body_after(doc, index, end + 1, prep) or (employer_for(doc, index, end + 1) or lower_title_employer(doc, index, head, end + 1) if prep == "for" else None)
        named = None if body or is_plural_head(doc[head]) else person_read_as_body(doc, index, end + 1, prep)
        body = body or named
        if body:
            attached.append(Attachment(body[0], body[1], org=index.adopt(doc, *body), how=prep))
            attached.extend(coordinated_orgs(doc, index, body[1], names_as_bodies=named is not None))
            break
        if after_fields:
            # "... of Precision Medicine and Pharma for Cancer Genetics.": the name closing the phrase.
            closing = closing_title_case_name(doc, index, end + 1, sent_end)
            if closing:
                attached.append(Attachment(end + 1, closing, org=index.adopt(doc, end + 1, closing), how=prep))
            break
        if prep in {"at", "in", "with"} or end == after_parens > end_before_parens:
            break
        complement_end = complement(doc, end + 1, index)
        if complement_end == end + 1:
            break
        owned = owned_body(doc, index, end + 1, complement_end)
        if owned:
            # "Co-Chair of the President's Task Force on Puerto Rico": the possessor's body.
            attached.append(Attachment(owned[0], owned[1], org=index.adopt(doc, *owned), how=prep))
            break
        end = complement_end
    if end == after_parens > end_before_parens:
        return end_before_parens, attached
    return end, attached


def coined_chief_title(doc: Doc, index: MentionIndex, head: int, sent_end: int) -> bool:
    """"Chief Instigator and CEO of Acme", "Chief Evangelist, Acme": a capitalized "Chief" and one
    capitalized noun no title list knows, closing the phrase, are one title, not "Chief" alone
    (so a title joined after it by "and" is read too). Not a name, place or date after "Chief",
    nor the first of fields listed before "Officer"."""
    tokens = doc_tokens(doc)
    k = head + 1
    if tokens[head].text != "Chief" or k >= sent_end or k in index.person_at or k in index.org_at:
        return False
    word = tokens[k]
    if not word.is_alpha or not word.text[0].isupper() or word.pos_ not in {"NOUN", "PROPN"} or is_head(word) or is_modifier(word) or word.ent_type_ in PLACE_ENTS | {"DATE", "TIME", "PERSON"}:
        return False
    if any(t.lower_ == "officer" for t in tokens[k + 1 : min(sent_end, k + 9)]):
        return False  # "Chief Diversity, Equity and Inclusion Officer": fields listed before the head
    return k + 1 >= sent_end or tokens[k + 1].lower_ in {"and", "&", "of", "at"} or tokens[k + 1].text in CLAUSE_CLOSERS


def paired_fields_end(doc: Doc, index: MentionIndex, i: int, sent_end: int) -> Optional[int]:
    """"Vice President of Media and Industry Relations at Acme", "EVP of Precision Medicine and
    Pharma for Acme": after a title's "of", two capitalized runs joined by "and"/"&" (no title head,
    person or "the" in them) and then "at"/"for"/"with" a name (no person, place or date) are the
    title's fields, not its body (the model may tag the first run ORG): the end of the fields, where the body's
    preposition stands. Not "CEO of Tether and CSO of Holepunch" (a second title)."""
    tokens = doc_tokens(doc)

    def run_end(k: int) -> int:
        start = k
        while k < sent_end and k - start < 5 and (is_capitalized(tokens[k]) and not is_head(tokens[k]) or k > start and tokens[k].text == "-" and not tokens[k - 1].whitespace_) and k not in index.person_at:
            k += 1
        return k

    first_end = run_end(i)
    if first_end == i or first_end >= sent_end or tokens[first_end].lower_ not in {"and", "&"}:
        return None
    second_end = run_end(first_end + 1)
    if second_end == first_end + 1 or second_end + 1 >= sent_end or tokens[second_end].lower_ not in {"at", "for", "with"}:
        return None
    k = second_end + 2 if tokens[second_end + 1].lower_ == "the" else second_end + 1
    named = k < sent_end and is_capitalized(tokens[k]) and k not in index.person_at and tokens[k].ent_type_ not in {"DATE", "GPE", "LOC"}
    return second_end if named else None


def field_words_end(doc: Doc, index: MentionIndex, head: int, i: int, sent_end: int) -> Optional[int]:
    """"Vice President of Stewardship Investing", "Assistant Director of Fleet Electrification",
    "VP of Racing Development at Acme": after the "of" of a title that leads
    no body (not `title_leaders`; a vice president neither), capitalized common English words or
    portfolio words (`title_portfolios`; "and"/"&" between them) name its field, though the model tags them ORG, unless the release
    names them as an organization elsewhere or the last is an organization's head word; only where
    the phrase closes there or "at"/"with" follows. The end of the field words, or None."""
    tokens = doc_tokens(doc)
    vice = head >= 1 and tokens[head - 1].lower_ in {"vice", "-"} and tokens[head].lower_ == "president"
    if leads_body(doc, head) and not vice or head >= 1 and tokens[head - 1].lower_ in {"executive", "managing"} or tokens[head].lower_ in lexicon.lower_words("title_seat_heads"):
        return None  # "Executive Director of Feral File": an executive director leads the body; a member sits in one
    portfolios = lexicon.lower_words("title_portfolios")
    k = i
    while k < sent_end and k - i < 6 and k not in index.person_at and tokens[k].ent_type_ not in PLACE_ENTS:
        token = tokens[k]
        if is_capitalized(token) and not is_head(token) and not is_modifier(token) and (is_english_word(token.text) or token.lower_ in portfolios):
            k += 1
        elif k > i and token.lower_ in FIELD_JOINERS and k + 1 < sent_end and not is_head(tokens[k + 1]) and not is_modifier(tokens[k + 1]):
            k += 1  # not "Professor of Chemistry and Associate Provost": a second title
        else:
            break
    if k == i or tokens[k - 1].lower_ in FIELD_JOINERS or tokens[k - 1].text in lexicon.words("org_heads") or tokens[k - 1].text in CORPORATE_SUFFIXES:
        return None
    if k - i < 2 and tokens[i].lower_ not in portfolios or jurisdiction(clean_text(doc[i:k].text)) or place_at(doc, i, k):
        return None  # one word that is no portfolio may be a company ("of Oracle"); a place is the jurisdiction
    if k < sent_end and (is_capitalized(tokens[k]) or tokens[k].text in POSSESSIVE or tokens[k].lower_ in {"for", "of", "in", "to"} or tokens[k].text == "," and _list_closes_with_and(doc, k, sent_end)):
        return None  # the run goes on into a name ("of Client Solutions Group") or a phrase the old reading serves ("of Commerce for International Trade")
    cluster = index.forms.get(form_key(doc[i:k].text))
    if cluster is not None and any(owner == cluster and not i <= m.start < k for m, owner in zip(index.book.mentions, index.book.owner)):
        return None  # named as an organization elsewhere in the release
    return k


def seat_body(doc: Doc, index: MentionIndex, i: int) -> Optional[Attachment]:
    """"Co-Chair on the Advisory Board", "Ranking Member on the House Health Committee": after
    "on", a body one sits on (its name ends in a word of `title_seat_bodies`) is the title's
    organization; "Advisor on Climate" attaches nothing."""
    org = org_starting(doc, index, i)
    if org is not None:
        return replace(org, how="on") if doc[org.end - 1].text in lexicon.words("title_seat_bodies") else None
    body = body_after(doc, index, i, "of")
    if body is None or doc[body[1] - 1].text not in lexicon.words("title_seat_bodies"):
        return None
    return Attachment(body[0], body[1], org=index.adopt(doc, *body), how="on")


def _posting(doc: Doc, index: MentionIndex, i: int, sent_end: int) -> Optional[int]:
    """End of a posting after "to": "Ambassador to Costa Rica", "... to the Republic of Tunisia".
    A posting stays in the title and is not its organization (FACTS.md): "of Tunisia" there
    attaches nothing. None where the "to" phrase names no country."""
    j = i + 1 if i < sent_end and doc[i].lower_ == "the" else i
    if j >= sent_end or not is_capitalized(doc[j]):
        return None
    k, country = j, False
    while k < sent_end and k - j < 6 and (is_capitalized(doc[k]) and k not in index.person_at or doc[k].lower_ == "of" and k + 1 < sent_end and doc[k + 1].ent_type_ == "GPE"):
        if is_head(doc[k]) or is_honorific(doc[k]):
            return None  # "Chief Counsel to U.S. Senator X": a person's title, not a country
        country = country or doc[k].ent_type_ == "GPE"
        k += 1
    return k if country else None


BODY_LINKS = frozenset({"of", "and", "&", "for", "de", "del", "la"})


def lower_camel(token: Token) -> bool:
    """A coined name written lower-case first with a capital inside ("iCapital", "hyperCORE",
    "eToro"); not a unit or code with digits."""
    text = token.text
    return len(text) >= 4 and text.isalpha() and text[0].islower() and any(c.isupper() for c in text[1:]) and token.ent_type_ not in {"DATE", "CARDINAL", "PERSON"}


def _odd_shape(token: Token) -> bool:
    """A word no dictionary spells: capitals or digits inside it ("SuperReturn", "45Drives", "ACOFP")."""
    text = token.text
    if len(text) <= 2 or not text.isalnum() or token.like_num or token.ent_type_ in {"ORDINAL", "DATE", "CARDINAL"}:
        return False
    if text[0].islower() or any(a.islower() and b.isupper() for a, b in zip(text, text[1:])) and text[-1].isupper():
        return False  # "VaronIMA": two words glued together, not a coined name
    return any(c.isupper() or c.isdigit() for c in text[1:])


def web_name(token: Token) -> bool:
    """"XT.COM", "HR.com", "Newsworthy.ai": a company named by its web domain (a coined name,
    whatever entity the model gives it); not "U.S." or "Ph.D.", nor two words a lost space joined
    ("U.S.Magistrate")."""
    text = token.text.lower()
    # spaCy's own list of top-level domains: "FDA.FDA" or "U.S.Magistrate" (a lost space) is none.
    return "." in text.strip(".") and text[0].isalnum() and like_url(text) and text.rsplit(".", 1)[1] in TOP_LEVEL_DOMAINS


def _portfolio_only(span: Span) -> bool:
    """Every content word is a portfolio or function, or a place it covers ("State", "Labour",
    "Business Services and Policy", "Europe Private Equity")."""
    words = [t for t in span if t.lower_ not in BODY_LINKS | {"the", ","}]
    portfolio = [t for t in words if t.lower_ in lexicon.lower_words("title_portfolios")]
    return bool(portfolio) and all(t.lower_ in lexicon.lower_words("title_portfolios") or t.ent_type_ in PLACE_ENTS or jurisdiction(t.text) for t in words)


def _portfolio_then_word(span: Span) -> bool:
    """A portfolio and one more word that is no head: "Secretary of Homeland Security Mayorkas",
    "Under Secretary of Defense McCord" (the model ran the portfolio into a surname)."""
    return len(span) >= 2 and _portfolio_only(span[:-1]) and span[-1].text not in lexicon.words("org_heads")


def _named_body(doc: Doc, index: MentionIndex, start: int, end: int, ner: bool, prep: str) -> bool:
    """Tokens [start, end) name a body: a form the release gives an organization, a name ending
    in a head word or corporate suffix after a word of its own, a coined word, or (after
    "of"/"at"/"with") the model's ORG; never a portfolio ("of State") or a bare head ("the College")."""
    span = doc[start:end]
    if len(span) == 1 and web_name(span[0]):
        return True
    if not len(span) or _portfolio_only(span) or _portfolio_then_word(span) or any(is_honorific(t) or t.ent_type_ in {"ORDINAL", "DATE", "CARDINAL"} for t in span):
        return False
    if form_key(span.text) in index.forms:
        return True
    last = doc[end - 1]
    named = len(span) > 1 and not all(t.text in lexicon.words("org_heads") | {"of", "the"} for t in span)
    if named and (last.text in lexicon.words("org_heads") or last.text in CORPORATE_SUFFIXES):
        return True
    if prep == "pre":
        # "RedBalloon CEO", "UPCX's Chief Marketing Officer": a short coined name the model calls ORG.
        return ner and len(span) <= 3 and any(_odd_shape(t) for t in span)
    if prep == "for":
        return ner and named and start > 0 and doc[start - 1].lower_ == "the"  # "for the Torts Branch", not "for Health"
    return (ner and (named or last.text not in lexicon.words("org_heads"))) or any(_odd_shape(t) for t in span)


def body_after(doc: Doc, index: MentionIndex, i: int, prep: str) -> Optional[tuple[int, int]]:
    """A body no organization rule kept, named right after a title's preposition: "CEO of GDA
    Capital", "Deputy Assistant Attorney General for the Torts Branch", "at Zero Hash"."""
    sent_end = sentence_bounds(doc, i)[1] if i < len(doc) else i
    j = i + 1 if i < sent_end and doc[i].lower_ == "the" else i
    if j < sent_end and lower_camel(doc[j]) and j not in index.person_at and j not in index.org_at:
        # "Co-Head of iCapital Solutions", "President of hyperCORE": a brand written lower-case first.
        end = j + 1
        while end < sent_end and end - j < 4 and is_capitalized(doc[end]) and end not in index.person_at and end not in index.org_at:
            end += 1
        return (j, end) if _ends_phrase(doc, end) or _strong_body(doc, index, j, end) else None
    if j >= sent_end or not is_capitalized(doc[j]) or j in index.person_at or j in index.org_at or is_head(doc[j]):
        return None
    ner = doc[j].ent_type_ == "ORG" and (doc[j].ent_iob_ == "B" or j == i + 1 and doc[i].ent_iob_ == "B" and doc[i].ent_type_ == "ORG")
    end = j
    while end < sent_end and end - j < 8 and (end not in index.person_at or ner and end > j and end in index.surname_at) and end not in index.org_at:
        token = doc[end]
        if token.text in DASHES and doc[end - 1].whitespace_:
            ner = False  # "Head of Platform - Coinfund": a dash set off by a space separates, it joins no name
            break
        if token.lower_ in {"and", "&"} and title_starts_at(doc, end + 1, sent_end):
            break  # "of Field Programs and Board member of Y": a second title starts
        if ner and token.ent_type_ == "ORG" and token.ent_iob_ == "I":
            end += 1
        elif not ner and (is_capitalized(token) or token.text in {"&", "-"} or token.lower_ in BODY_LINKS and end + 1 < sent_end and is_capitalized(doc[end + 1])):
            end += 1
        elif ner and end == j:
            end += 1
        else:
            break
    for k in range(j + 1, end):
        # "Secretary of Defense of the United States": the model's ORG ran over the place.
        if doc[k].lower_ == "of" and place_span_starting(doc, k + 1):
            end = k
            break
    while end > j and (doc[end - 1].lower_ in BODY_LINKS or doc[end - 1].is_lower or not any(c.isalnum() for c in doc[end - 1].text)):
        end -= 1
    for k in range(j + 1, end - 1):
        if doc[k].lower_ in {"for", "of"} and _portfolio_only(doc[j:k]):
            # "Senior Vice President of Development for DAMAC International": the body follows the portfolio.
            return body_after(doc, index, k + 1, "of")
    if _named_body(doc, index, j, end, ner, prep) and (_strong_body(doc, index, j, end) or _ends_phrase(doc, end)):
        return j, end
    if prep == "of" and doc[i - 1].lower_ == "of" and leads_body(doc, i - 2) and (_closed_name_at(doc, j, end) or _owned_name(doc, j, end)) and _coined(doc, j, end):
        # "Founder of Stakeholder Enterprise,", "CEO of Blimburn Seeds.": a name of its own closing the phrase.
        return j, end
    vice = i >= 3 and doc[i - 3].lower_ == "vice" or i >= 4 and doc[i - 3].text == "-" and doc[i - 4].lower_ == "vice"
    if prep == "of" and doc[i - 1].lower_ == "of" and leads_body(doc, i - 2) and not vice and _closed_common_word_name(doc, index, j, end) and _coined(doc, j, end):
        # "CEO of Nifty Media.", "co-founder of Organize,": a company named with common words.
        return j, end
    executive = i >= 3 and doc[i - 2].lower_ == "director" and doc[i - 3].lower_ in {"executive", "managing"}
    if prep == "of" and doc[i - 1].lower_ == "of" and (leads_body(doc, i - 2) or executive) and not vice and _linked_name(doc, j, end):
        # "Executive Director of Beauty of Sight.": a name of its own with "of" inside, after a
        # title that leads a body (an executive director does).
        return j, end
    if prep == "of" and doc[i - 1].lower_ == "of" and leads_body(doc, i - 2) and not vice:
        # Not "Vice President of Patent & Standards Strategy": a vice president's "of" names a portfolio.
        closing = closing_title_case_name(doc, index, j, sent_end, through_people=held_by_name_before(doc, index, i - 2))
        if closing:
            return j, closing
    return (j, end) if prep == "at" and _closed_name_at(doc, j, end) else None


def held_by_name_before(doc: Doc, index: MentionIndex, head: int) -> bool:
    """The title whose head is token `head` stands in apposition after a name: "Jane Roe, CTO of
    ..." (back over the title's capitalized words and modifiers to a comma closing a person)."""
    tokens = doc_tokens(doc)
    k = head
    while k - 1 >= 0 and head - k < 6 and (is_capitalized(tokens[k - 1]) or is_modifier(tokens[k - 1]) or tokens[k - 1].text in {"-", "&"}) and k - 1 not in index.person_at:
        k -= 1
    return k - 1 >= 0 and tokens[k - 1].text == "," and (k - 1) in index.person_ending


NAME_LINKS = frozenset({"of", "for", "and", "&", "the"})
CLAUSE_CLOSERS = frozenset({".", ",", ";", ")", ":", "!", "?"})


def closing_title_case_name(doc: Doc, index: MentionIndex, j: int, sent_end: int, through_people: bool = False) -> Optional[int]:
    """"said Jane Roe, CEO of Approvely.", "co-founder of More Perfect, a nonprofit", "Founder of
    Food for Thought Denver.", "Co-Founder of Cure Alzheimer's Fund.": after "of" completing a
    title that leads a body (`title_leaders`), words in title case (small linking words and a
    possessive between them), up to seven, that close the clause (a full stop, a line's end, a
    comma followed by no capitalized word) name the body, whatever the tagger or the model
    reads them as. Not a field or place
    ("President of International Operations.", "CEO of North America,"), a date, a person or
    title word. With `through_people` (the title already follows its holder's name: "Jane Roe, CTO
    of Search Atlas.", "founder of Ivy Coach,"), a person or organization mention inside the run
    after its first word is a piece of the name the people rules or the model misread. The end of the name, or None."""
    tokens = doc_tokens(doc)
    k = j
    while k < sent_end and k - j < 7 and (k not in index.person_at and k not in index.org_at or through_people and k > j):
        token = tokens[k]
        nxt = tokens[k + 1] if k + 1 < sent_end else None
        if k > j and token.lower_ in FIELD_JOINERS and second_title_at(doc, k + 1, sent_end):
            break  # "CIO of Tambr and Executive Chairman of Acme": a second title closes the name
        if is_capitalized(token) and not is_head(token) and not is_honorific(token) and token.ent_type_ not in {"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT"}:
            k += 1
        elif k > j and (token.lower_ in NAME_LINKS and token.whitespace_ or token.text in POSSESSIVE and not tokens[k - 1].whitespace_) and nxt is not None and is_capitalized(nxt) and not is_head(nxt):
            k += 1
        else:
            break
    if k == j or not is_capitalized(tokens[k - 1]):
        return None
    closed = k >= len(doc) or tokens[k].text in CLAUSE_CLOSERS or tokens[k].is_space or "\n" in tokens[k - 1].whitespace_ or tokens[k].lower_ in FIELD_JOINERS and second_title_at(doc, k + 1, sent_end)
    if not closed or tokens[k].text == "," and k + 1 < len(doc) and is_capitalized(tokens[k + 1]):
        return None  # "..., Research In Motion": the name set off after the comma is the body
    span = doc[j:k]
    if not _coined(doc, j, k) or jurisdiction(clean_text(span.text)) or place_at(doc, j, k) or all(t.ent_type_ in PLACE_ENTS or t.lower_ in NAME_LINKS for t in span):
        return None
    return k


def second_title_at(doc: Doc, i: int, sent_end: int) -> bool:
    """A second title of the same holder starts at token i, after "and"/"&": up to three title
    modifiers or capitalized words, then a title that leads a body (`leads_body`), followed by
    "of"/"at" ("... and Executive Chairman of Acme", "... & CEO at Acme")."""
    tokens = doc_tokens(doc)
    k = i
    while k < sent_end and k - i < 4 and not leads_body(doc, k) and (is_modifier(tokens[k]) or is_capitalized(tokens[k]) and not is_head(tokens[k])):
        k += 1
    return k + 1 < sent_end and leads_body(doc, k) and tokens[k + 1].lower_ in {"of", "at"}


def _coined(doc: Doc, start: int, end: int) -> bool:
    """Proper nouns of which at least one is no title or portfolio word: a name ("Blimburn
    Seeds"), not a field ("of Marketing", "of Public Affairs")."""
    return not _portfolio_only(doc[start:end]) and any(not t.is_lower and not is_head(t) and not is_modifier(t) for t in doc[start:end])


def person_read_as_body(doc: Doc, index: MentionIndex, i: int, prep: str) -> Optional[tuple[int, int]]:
    """"CEO at Carlyle;", "Co-Founder & CEO of Coinweb Labs,", "partner with Wilson Sonsini;": a
    name the person rules took, right after a title's "at"/"of"/"with" and closing the phrase, is the employer (one works at or is
    CEO of a body, not of a person named bare). Not after an honorific or a title ("Chief of
    Staff to First Lady X"), and only where the name closes the phrase."""
    if prep not in {"at", "of", "with"} or i not in index.person_span or i >= len(doc):
        return None
    end = index.person_span[i]
    while end + 1 < len(doc) and doc[end].text == "&" and is_capitalized(doc[end + 1]):
        # "Nevins & Associates": the firm's name runs on after "&".
        end += 2
        while end < len(doc) and is_capitalized(doc[end]) and end not in index.person_start:
            end += 1
    if any(is_honorific(t) or is_head(t) for t in doc[i:end]) or (i > 0 and is_honorific(doc[i - 1])):
        return None
    if i >= 2 and leads_body(doc, i - 2):
        # "founder and CEO of Bollinger Motors.": a firm named for its founder runs on after the name.
        run = end
        while run < len(doc) and run - end < 3 and is_capitalized(doc[run]) and run not in index.person_start and not is_head(doc[run]) and not is_modifier(doc[run]):
            run += 1
        if run > end and (run >= len(doc) or doc[run].text in {",", ";", ".", ")"} or doc[run].is_space):
            end = run
    closed = end >= len(doc) or doc[end].text in {",", ";", ".", "•", ")", ":"} or doc[end].is_space or doc[end].lower_ in {"and", "&"}
    # ", Zhong Roe, Vice Minister of ...": a name followed by its own title is a person.
    introduced = end + 1 < len(doc) and doc[end].text == "," and (is_head(doc[end + 1]) or is_modifier(doc[end + 1]))
    return (i, end) if closed and not introduced else None


def _strong_body(doc: Doc, index: MentionIndex, start: int, end: int) -> bool:
    """A form of an organization of the release, or a name ending in a head word or corporate suffix."""
    last = doc[end - 1].text
    return form_key(doc[start:end].text) in index.forms or len(doc[start:end]) > 1 and (last in lexicon.words("org_heads") or last in CORPORATE_SUFFIXES)


def _ends_phrase(doc: Doc, end: int) -> bool:
    """Nothing after a name makes it a unit or a modifier: not "Director of Imaging at the X",
    "leader of PepsiCo's DEI strategy", "Manager of FP&A managing"."""
    if end >= len(doc):
        return True
    nxt = doc[end]
    return not (nxt.lower_ in {"at", "of", "with", "in", "for", "on"} or nxt.text in POSSESSIVE or nxt.is_lower and nxt.pos_ in {"NOUN", "VERB", "PROPN"})


def employer_for(doc: Doc, index: MentionIndex, i: int) -> Optional[tuple[int, int]]:
    """"Director of External Affairs for Lotto.com.", "chief medical officer for Conemaugh Health,":
    a name the model tags ORG right after a title's "for" (no "the" before it), closing the phrase,
    is the body the title is held for; not a field ("for Health") or a place."""
    tokens = doc_tokens(doc)
    if i >= len(doc) or tokens[i].ent_type_ != "ORG" or tokens[i].ent_iob_ != "B" or i in index.person_at or i in index.org_at:
        return None
    end = i + 1
    while end < len(doc) and tokens[end].ent_iob_ == "I" and end - i < 6:
        end += 1
    span = doc[i:end]
    if not is_capitalized(tokens[i]) or jurisdiction(span.text) or any(is_head(t) or is_honorific(t) or t.lower_ in lexicon.lower_words("title_portfolios") or jurisdiction(t.text) or t.i in index.person_at for t in span):
        return None
    if any(t.is_punct and t.text not in {"&", "-", "."} for t in span) or end < len(doc) and tokens[end].text == "," and _list_closes_with_and(doc, end, sentence_bounds(doc, i)[1]):
        return None  # "for Career, Technical, and Adult Education": a list of fields
    closed = end >= len(doc) or tokens[end].text in {",", ";", ".", "•", ")", ":"} or tokens[end].is_space or tokens[end].lower_ in {"and", "&"} | CLAUSE_GOES_ON
    return (i, end) if closed else None


def lower_title_employer(doc: Doc, index: MentionIndex, head: int, i: int) -> Optional[tuple[int, int]]:
    """"vice president of operations for Engineered Bearings,", "acting president for American
    Roller": after a lower-case title (a company's way of writing one, not a government office's
    "Assistant Secretary for Political Affairs"), two or more capitalized words after "for" that
    close the phrase, name no place, person or portfolio, are the employer."""
    tokens = doc_tokens(doc)
    if not tokens[head].is_lower or i >= len(doc) or tokens[i].ent_type_ in PLACE_ENTS:
        return None
    end = i
    while end < len(doc) and end - i < 6 and is_capitalized(tokens[end]) and end not in index.person_at and not is_head(tokens[end]):
        end += 1
    if end - i < 2 or _portfolio_only(doc[i:end]) or not (end >= len(doc) or tokens[end].is_punct or tokens[end].is_space or tokens[end].lower_ in NAME_CLOSERS):
        return None
    return i, end


# Words after a name that close it: "for Acme from 2014 to 2017", "for Acme in Ohio", "for Acme and ...".
NAME_CLOSERS = frozenset({"and", "&", "from", "since", "until", "in", "during", "where", "who", "which"})


def leads_body(doc: Doc, k: int) -> bool:
    """Token k ends a title that leads or owns a body (`title_leaders`: "Founder", "CEO",
    "President"), or a chief officer's ("Chief Financial Officer")."""
    tokens = doc_tokens(doc)
    if k < 0 or k >= len(doc):
        return False
    if tokens[k].lower_ in lexicon.lower_words("title_leaders"):
        return True
    return tokens[k].lower_ == "officer" and any(t.lower_ == "chief" for t in tokens[max(0, k - 4) : k])


CLAUSE_GOES_ON = frozenset({"since", "who", "which", "where"})


def _linked_name(doc: Doc, start: int, end: int) -> bool:
    """"Beauty of Sight", "Harbor of Hope": proper nouns joined by "of" inside, closing the
    phrase, each part no portfolio and no place, and at least one word no title word: a name of its
    own, not a field (a "for" joins a field and its region: "Capital Markets for Europe")."""
    tokens = doc_tokens(doc)
    if not 3 <= end - start <= 7 or not (end >= len(doc) or tokens[end].text in {",", ";", ".", ")", ":"} or tokens[end].is_space):
        return False
    parts, part = [], []
    for t in tokens[start:end]:
        if t.lower_ == "of" and part:
            parts.append(part)
            part = []
        elif t.pos_ == "PROPN" and is_capitalized(t) and not is_honorific(t) and t.ent_type_ not in {"DATE", "TIME", "PERSON"}:
            part.append(t)
        else:
            return False
    parts.append(part)
    if len(parts) < 2 or any(not p or len(p) > 3 for p in parts):
        return False
    spans = [doc[p[0].i : p[-1].i + 1] for p in parts]
    return not any(_portfolio_only(sp) or jurisdiction(sp.text) or place_at(doc, sp.start, sp.end) for sp in spans) and _coined(doc, start, end)


def _owned_name(doc: Doc, start: int, end: int) -> bool:
    """"President of Songtradr,", "CFO of Exabeam since 2019", "CEO of XT.COM expressed": after a
    title that leads a body, up to four proper nouns that no place list knows (the model may call
    them a place or a number), closing the phrase or followed by the clause's verb, name the body."""
    tokens = doc_tokens(doc)
    span = doc[start:end]
    if not 1 <= len(span) <= 4 or jurisdiction(span.text) or _portfolio_only(span) or any(is_honorific(t) or t.ent_type_ in {"DATE", "TIME", "PERSON"} for t in span):
        return False
    if not all(t.pos_ == "PROPN" or _odd_shape(t) or t.text[:1].isdigit() and any(c.isalpha() for c in t.text) for t in span):
        return False
    if end >= len(doc) or tokens[end].text in {",", ";", ".", "•", ")", ":"} or tokens[end].is_space or tokens[end].lower_ in {"and", "&"} | CLAUSE_GOES_ON:
        return True
    return tokens[end].pos_ in {"VERB", "AUX"} and tokens[end].tag_ in {"VBD", "VBZ", "VBP", "MD"}


def _closed_common_word_name(doc: Doc, index: MentionIndex, start: int, end: int) -> bool:
    """"CEO of Nifty Media.", "co-founder of Organize,", "founder of Lumèr - Timeless Health Clinic":
    up to four capitalized words, of any part of speech or entity (a company named with common or
    coined words the model tags NOUN, VERB, GPE or NORP), that close the phrase (a comma, stop,
    bracket or a dash set off by spaces); no country, state, region ("President of North America"),
    date, number, person, title word, nor any portfolio word ("Chair of General Education")."""
    tokens = doc_tokens(doc)
    if not 1 <= end - start <= 4:
        return False
    closed = end >= len(doc) or tokens[end].text in {",", ";", ".", ")", "(", ":"} or tokens[end].is_space or tokens[end].text in {"-", "–", "—"} and tokens[end - 1].whitespace_
    span = doc[start:end]
    return (
        closed
        and all(t.is_alpha and t.text[0].isupper() or t.text == "&" and start < t.i < end - 1 for t in span)
        and not any(t.ent_type_ in {"LOC", "DATE", "TIME", "PERSON", "ORDINAL", "CARDINAL"} or is_head(t) or is_honorific(t) or t.i in index.person_at or jurisdiction(t.text) or t.lower_ in lexicon.lower_words("compass_words") for t in span)
        and not jurisdiction(span.text)
        and span.text not in lexicon.words("world_regions")
        and not place_at(doc, start, end)
        and not any(t.lower_ in lexicon.lower_words("title_portfolios") for t in span)
    )


def _closed_name_at(doc: Doc, start: int, end: int) -> bool:
    """"Chief Legal Officer at Zero Hash;": proper nouns after "at" that close the phrase name
    the employer, unless they are a place, a date or a portfolio ("Ambassador at Large"). A name the
    model tags PERSON but the person rules did not keep ("CEO of Lunar Strategy,") counts too, and
    one it tags a place that holds a coined word ("VP of Marketing at Nespresso,": `coined_word`)."""
    span = doc[start:end]
    closed = end >= len(doc) or doc[end].text in {",", ";", ".", "•", ")", ":"} or doc[end].is_space or doc[end].lower_ == "and"
    return (
        closed
        and len(span) <= 4
        and all(t.pos_ == "PROPN" and t.ent_type_ not in {"DATE", "TIME"} for t in span)
        and not (any(t.ent_type_ in PLACE_ENTS for t in span) and not any(coined_word(t) for t in span))
        and not jurisdiction(span.text)
        and not _portfolio_only(span)
        and span.text.lower() not in {"large"}
        and not any(is_honorific(t) for t in span)
    )


def body_before(doc: Doc, index: MentionIndex, start: int, head: int) -> Optional[int]:
    """End of a body named by the capitalized words a title swallowed before its first title word
    ("Phizzle Founder", "Tax Division Trial Attorney"), or None."""
    end = start
    while end < head and not is_modifier(doc[end]) and not is_head(doc[end]):
        end += 1
    if not doc[start].text[:1].isalnum() or start > 0 and doc[start - 1].lower_ in {"a", "an"}:
        return None  # "a Family Office Director": a kind of body, not a named one
    known = known_form_starting(doc, index, start, head)
    if known is not None:
        return known
    if end == start or not _named_body(doc, index, start, end, False, "pre"):
        # "National Security Council Indo-Pacific Coordinator": the body ends at its head word
        # even where its first word could start a title.
        end = next((k + 1 for k in range(head - 1, start, -1) if doc[k].text in lexicon.words("org_heads")), end)
    if end == start:
        return None
    ner = all(t.ent_type_ == "ORG" for t in doc[start:end])
    return end if _named_body(doc, index, start, end, ner, "pre") else None


def known_form_starting(doc: Doc, index: MentionIndex, start: int, head: int) -> Optional[int]:
    """"said Jane Roe, Visory Health Senior Vice President": the longest run of the title's first
    words, before its head, that is a form the release gives an organization (named elsewhere in
    it), though a word of it ("Health") could be a title's field; only title modifiers or fields
    follow it up to the head. Its end, or None."""
    tokens = doc_tokens(doc)
    if not index.forms:
        return None
    for k in range(head, start, -1):
        if not all(is_capitalized(t) for t in tokens[start:k]) or not tokens[k - 1].whitespace_:
            continue  # not "SpayVac" of "SpayVac-for-Wildlife CEO"
        if not all(is_modifier(t) or t.lower_ in lexicon.lower_words("title_portfolios") for t in tokens[k:head]):
            break  # "American Latino Museum Chair": a body's head word after the form, not title words
        key = form_key(doc[start:k].text)
        cluster = index.forms.get(key)
        if cluster is not None and key in {form_key(n) for n in names_of(index.orgs[cluster])} and not _portfolio_only(doc[start:k]):
            return k  # a name the release gives it, not a stem ("National Security" of "... Council")
    return None


DISTRICT = ("District", "Circuit")


def district_at(doc: Doc, i: int) -> Optional[tuple[int, str]]:
    """A judicial district as jurisdiction: "the Southern District of Texas" -> (end, name)."""
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    j = i
    while j < len(doc) and j - i < 3 and doc[j].text[:1].isupper() and doc[j].text not in DISTRICT:
        j += 1
    if j + 2 < len(doc) + 1 and j < len(doc) and doc[j].text in DISTRICT and j + 1 < len(doc) and doc[j + 1].lower_ == "of":
        k = j + 2
        for width in (3, 2, 1):
            # "District of Minnesota B. Todd Jones": the district ends with its state.
            if k + width <= len(doc) and jurisdiction(doc[k : k + width].text):
                return k + width, clean_text(doc[i : k + width].text)
        owner = district_owning(doc, i, k)
        if owner:
            return owner
        while k < len(doc) and doc[k].text[:1].isupper() and not doc[k].is_punct and doc[k].ent_type_ != "PERSON":
            k += 1
        if k > j + 2:
            return k, clean_text(doc[i:k].text)
    return None


def district_owning(doc: Doc, i: int, k: int) -> Optional[tuple[int, str]]:
    """"the District of Massachusettss Anti-Terrorism Unit": a state whose possessive lost its
    apostrophe (see source_damage) closes the district named from token i ("District of" ends
    before k): (end, name without the "s")."""
    for width in (2, 1):
        if k + width <= len(doc):
            stem = possessive_stem(doc[k + width - 1].text)
            if stem and all(t.text[:1].isupper() for t in doc[k : k + width]) and jurisdiction(" ".join([t.text for t in doc[k : k + width - 1]] + [stem])):
                return k + width, clean_text(doc[i : k + width].text)[:-1]
    return None


def district_unit(doc: Doc, index: MentionIndex, i: int) -> Optional[Attachment]:
    """"of the District of New Jerseys Special Prosecutions Division": a unit named after a
    district whose possessive lost its apostrophe (see source_damage) is the body, not the district."""
    district = district_at(doc, i)
    if district is None:
        return None
    of = next((k for k in range(i, district[0]) if doc[k].text in DISTRICT and k + 1 < len(doc) and doc[k + 1].lower_ == "of"), None)
    owner = district_owning(doc, i, of + 2) if of is not None else None
    if owner is None or owner[0] != district[0] or jurisdiction(doc[district[0] - 1].text):
        return None
    if district[0] in index.org_start:
        end, cluster = index.org_start[district[0]]
        return Attachment(district[0], end, org=cluster)
    # A mention the organization rules ran over the state ("New Jerseys Special Prosecutions Division"): its unit part.
    run_over = next((end for start, (end, _) in index.org_start.items() if start < district[0] < end), None)
    if run_over is not None and doc[run_over - 1].text in lexicon.words("org_heads"):
        return Attachment(district[0], run_over, org=index.adopt(doc, district[0], run_over))
    unit = unit_after(doc, index, district[0])
    if unit is None:
        return None
    return Attachment(unit[0], unit[1], org=index.adopt(doc, *unit))


def serves_district(doc: Doc, end: int) -> bool:
    """"an Assistant U.S. Attorney in the Northern District of California": a judicial district
    after "in" that closes the phrase (not "in the District of Ohio office") is the title's jurisdiction."""
    return end >= len(doc) or not (doc[end].is_lower and doc[end].pos_ == "NOUN")


def _place_names_body(doc: Doc, index: MentionIndex, after: int) -> bool:
    """"President of Texas ACOFP", "of Texas Chapter of AAPS": a place run on by a capitalized word
    that starts no name and no title is the first word of a body's name, not the jurisdiction."""
    if after >= len(doc) or after in index.person_start or doc[after - 1].whitespace_ == "":
        return False
    token = doc[after]
    if not is_capitalized(token) or token.ent_type_ in PLACE_ENTS | {"PERSON", "DATE"} or is_head(token) or is_modifier(token) or is_honorific(token):
        return False
    end = after
    while end < len(doc) and end - after < 6 and (is_capitalized(doc[end]) or doc[end].text == "&") and end not in index.person_at:
        end += 1
    run = doc[after:end]
    # The run must look like a body's name, not a name the model missed ("of Russia Dmitry Medvedev").
    if len(run) >= 2 and not any(t.ent_type_ == "PERSON" or t.i in index.person_at or is_head(t) for t in run) and (end >= len(doc) or doc[end].text in {",", ".", ";", ")"}):
        return True  # "President of U.S. Term Limits,": two capitalized words closing the phrase at a punctuation mark
    return token.ent_type_ == "ORG" or doc[after - 1].ent_type_ == "ORG" or any(t.text in lexicon.words("org_heads") or t.text in CORPORATE_SUFFIXES or _odd_shape(t) or t.is_upper and len(t.text) > 1 for t in run)


def _is_region(doc: Doc, i: int) -> bool:
    """Continents and regions stay in the title: "Senior Director for Africa"."""
    return doc[i].ent_type_ == "LOC"


def coordinated_orgs(doc: Doc, index: MentionIndex, end: int, names_as_bodies: bool = False) -> list[Attachment]:
    """", B and C" after a title's organization, unless a further title follows them; with
    `names_as_bodies` (the first body was a name the person rules took), such a name after
    "and" is a body too."""
    found = []
    i = skip_parenthesis(doc, end)
    while i + 1 < len(doc) and doc[i].lower_ in {"and", ","}:
        k = i + 1 if doc[i + 1].lower_ != "and" else i + 2
        nxt = org_starting(doc, index, k)
        if nxt is None and names_as_bodies and doc[k - 1].lower_ == "and":
            # "Co-founder at Angel City and Monarch Collective": only a name joined by "and";
            # ", Peng Sen, Vice Chairman" after a body starts the next person.
            named = person_read_as_body(doc, index, k, "of")
            nxt = Attachment(named[0], named[1], org=index.adopt(doc, *named)) if named else None
        if nxt is None:
            break
        after = skip_parenthesis(doc, nxt.end)
        if after < len(doc) and (is_head(doc[after]) or is_modifier(doc[after]) and doc[after].text[0].isupper()):
            break
        found.append(Attachment(nxt.start, nxt.end, org=nxt.org, how="of"))
        i = after
    return found


def complement(doc: Doc, start: int, index: MentionIndex) -> int:
    """End of a complement that stays in the title: "State", "the President", "the board",
    "Health, Humanitarian Affairs, and Social Development", "Social Performance & Indigenous
    Relations"."""
    if start >= len(doc):  # the title's "of" ends the text
        return start
    sent_end = sentence_bounds(doc, start)[1]
    i = start
    if i < sent_end and doc[i].lower_ == "the":
        i += 1
    end = start
    while i < sent_end:
        token = doc[i]
        if i in index.org_at and i not in index.weak_org or i in index.person_start or token.text == "(" or token.is_space or token.ent_type_ in {"DATE", "CARDINAL", "MONEY"}:
            break
        if is_head(token) and token.text[0].isupper() and end > start and not is_modifier(doc[i - 1]):
            break  # a second title starts ("... Delegation Chairperson"), unless "Vice President" goes on
        if is_honorific(token) or is_head(token) and i + 1 in index.person_start and doc[i - 1].lower_ != "the":
            break  # "Law Clerk to the Honorable Juan R. Sánchez", "Counsel to Representative Elijah Cummings"
        if is_capitalized(token) or token.text in {"-", "–"} and not doc[i - 1].whitespace_:
            i += 1
            end = i
        elif token.is_lower and token.pos_ == "NOUN" and end == start and (i == start or doc[i - 1].lower_ == "the") and token.lower_ not in lexicon.lower_words("org_anaphors"):
            i += 1
            end = i
            break
        elif token.lower_ in {"and", "&", ",", "of", "for", "the"} and i + 1 < sent_end and end > start:
            if token.lower_ in {"of", "for"} and place_span_starting(doc, i + 1):
                break  # "Secretary of Defense of the United States": the place is attached, not titled.
            if token.lower_ == "for" and employer_for(doc, index, i + 1):
                break  # "Director of External Affairs for Lotto.com": the body the field is led for.
            if token.text == "," and not _list_closes_with_and(doc, i, sent_end):
                break  # "Secretary of Homeland Security Mayorkas, U.S. Trade ...": a comma ends the title.
            nxt = i + 1
            while nxt < sent_end and doc[nxt].lower_ in {"and", "the"}:
                nxt += 1
            if token.lower_ in {"and", "&"} and title_starts_at(doc, nxt, sent_end):
                break  # "President of Texas Chapter of AAPS and Board member of DPCAction": a second title
            if nxt < sent_end and is_capitalized(doc[nxt]) and (nxt not in index.org_at or nxt in index.weak_org) and nxt not in index.person_start and not is_head(doc[nxt]) and (not is_modifier(doc[nxt]) or field_after_and(doc, index, nxt, sent_end)):
                i = nxt
            else:
                break
        else:
            break
    return end


def field_after_and(doc: Doc, index: MentionIndex, i: int, sent_end: int) -> bool:
    """"Assistant Secretary of State for Oceans and International Environmental and Scientific
    Affairs": a capitalized run after "and" that opens with a title modifier ("International",
    "Foreign") but holds no title head before it ends is one more field of the title, not a
    second title ("... of State and Foreign Minister")."""
    tokens = doc_tokens(doc)
    k = i
    while k < sent_end and k - i < 8 and (is_capitalized(tokens[k]) or tokens[k].lower_ in {"and", "of", "for", "the", "&"}) and k not in index.person_at:
        if is_head(tokens[k]) or k in index.org_at and k not in index.weak_org:
            return False
        k += 1
    return k > i + 1 and not is_modifier(tokens[k - 1])


def title_starts_at(doc: Doc, i: int, sent_end: int) -> bool:
    """Up to three capitalized words from token i, naming a body one sits on
    (`title_seat_bodies`), are followed by a title head ("Board member", "Board Chair"): a seat
    starts there, not a continued field. Not "and Press Secretary" (no seat: the old reading,
    one title, stays)."""
    k = i
    while k < sent_end and k - i < 3 and is_capitalized(doc[k]) and not is_head(doc[k]):
        k += 1
    seats = lexicon.words("title_seat_bodies")
    return i < k < sent_end and is_head(doc[k]) and any(doc[j].text in seats for j in range(i, k))


def _list_closes_with_and(doc: Doc, comma: int, sent_end: int) -> bool:
    """The comma at `comma` separates items of a capitalized list that ends with "and X"
    ("Health, Humanitarian Affairs, and Social Development")."""
    for i in range(comma + 1, sent_end):
        token = doc[i]
        if token.lower_ == "and":
            return True
        if not (is_capitalized(token) or token.text == "," or token.lower_ == "the"):
            return False
    return False


def modifiers_closing_body(doc: Doc, index: MentionIndex, start: int) -> int:
    """"Farm Forward Executive Director Jane Roe": the model's ORG ran over the title's modifiers
    ("Executive", "Senior Managing"). Where the words before them name a body on their own (a form
    the release gives an organization, or a name ending in a head word or corporate suffix), the
    modifiers open the title and that body (adopted) is its pre-modifier. The title's new start,
    or `start` unchanged ("Hispanic Executive founder": "Hispanic" names nothing)."""
    if start not in index.org_end:
        return start
    org_start = index.org_end[start][0]
    tokens = doc_tokens(doc)
    k = start
    while k - 1 > org_start and is_modifier(tokens[k - 1]) and not is_head(tokens[k - 1]) and tokens[k - 1].text[0].isupper():
        k -= 1
    if k == start:
        return start
    last = tokens[k - 1].text
    if form_key(doc[org_start:k].text) in index.forms or k - org_start > 1 and (last in lexicon.words("org_heads") or last in CORPORATE_SUFFIXES):
        index.adopt(doc, org_start, k)
        return k
    return start


def pre_modifier(doc: Doc, start: int, index: MentionIndex) -> Optional[Attachment]:
    """An organization or place right before a title: "ILO Director-General", "the ILO's
    director", "World Health Organization (WHO) Director-General", "Ohio Governor"."""
    i = start
    if i > 0 and doc[i - 1].text in POSSESSIVE:
        i -= 1
    if i > 0 and doc[i - 1].text == ")":
        # "(WHO)", or two exchange tickers: "Acme Ltd (ASX:ACM, OTC:ACMEF) CEO".
        for j in range(i - 2, max(i - 14, -1), -1):
            if doc[j].text == "(":
                i = j
                break
    if i in index.org_end:
        org_start, cluster = index.org_end[i]
        return Attachment(org_start, i, org=cluster, how="pre")
    place = place_span_ending(doc, i)
    if place and body_running_into(doc, index, place[0]) < place[0]:
        # "TSUTAYA BOOKSTORE Taiwan Chairman": the body's country arm, not the country.
        first = body_running_into(doc, index, place[0])
        return Attachment(first, i, org=index.adopt(doc, first, i), how="pre")
    if place:
        return Attachment(place[0], i, place=place[1], how="pre")
    known = known_form_ending(doc, index, i)
    if known is not None:
        return Attachment(known, i, org=index.adopt(doc, known, i), how="pre")
    return coined_possessor(doc, index, i) if i < start else head_body_ending(doc, index, i)


NAME_BEFORE_ENDS = frozenset({"and", "&", ","})


def named_before(doc: Doc, index: MentionIndex, start: int, end: int) -> Optional[Attachment]:
    """"said NEA co-founder Jane Roe", "Zentrix CEO and co-founder Jane Roe": up to three proper
    nouns right before a title that leads a body (`title_leaders`) and stands before the name of
    its holder are that body, where they read as a name of one (the model's ORG, a coined
    shape) and no person, place or title word. Not part of a longer capitalized run."""
    tokens = doc_tokens(doc)
    if not leads_body(doc, end - 1):
        return None
    before_name = end in index.person_start or end < len(doc) and tokens[end].lower_ in NAME_BEFORE_ENDS and end + 1 < len(doc) and (end + 1 in index.person_start or is_head(tokens[end + 1]) or is_modifier(tokens[end + 1]))
    begin = start
    while begin > 0 and start - begin < 4:
        prev = tokens[begin - 1]
        glued = prev.text == "-" and not prev.whitespace_ and begin - 2 >= 0 and not tokens[begin - 2].whitespace_
        if glued or prev.pos_ == "PROPN" and is_capitalized(prev) or lower_camel(prev):
            begin -= 1
        else:
            break
    if begin == start or begin - 1 >= 0 and (is_capitalized(tokens[begin - 1]) and not tokens[begin - 1].is_sent_start and tokens[begin - 1].pos_ == "PROPN"):
        return None
    if not before_name and not apposed_to_name(doc, index, begin, end):
        return None
    span = doc[begin:start]
    # The model's PERSON on a run no people rule kept, before a lower-case title ("Magic Eden co-founder"), is a misread body name.
    misread = lower_case_title_after(tokens, begin, start)
    if start - begin > 3 or any(k in index.person_at or k in index.org_at or is_head(tokens[k]) or is_modifier(tokens[k]) or is_honorific(tokens[k]) or tokens[k].ent_type_ in PLACE_ENTS | {"DATE", "TIME", "CARDINAL", "ORDINAL", "NORP"} or tokens[k].ent_type_ == "PERSON" and not misread for k in range(begin, start)):
        return None
    if jurisdiction(clean_text(span.text)) or place_at(doc, begin, start) or _portfolio_only(span):
        return None
    if not any(t.ent_type_ == "ORG" or _odd_shape(t) or lower_camel(t) for t in span) and not lower_case_title_after(tokens, begin, start):
        return None
    return Attachment(begin, start, org=index.adopt(doc, begin, start), how="pre")


def lower_case_title_after(tokens: list, begin: int, start: int) -> bool:
    """"said Magic Eden co-founder Jane Roe": a lower-case title right after a run of proper nouns
    [begin, start) leaves the run out of the title, so the run names its body (not title-case field
    words, as "Sales" of "Sales Director"); every word of the run is a proper noun."""
    return tokens[start].text[:1].islower() and all(tokens[k].pos_ == "PROPN" for k in range(begin, start))


def coined_possessor(doc: Doc, index: MentionIndex, end: int) -> Optional[Attachment]:
    """"UPCX's Chief Marketing Officer": a short coined name the model calls ORG, closed by the
    possessive before a title, is the title's organization."""
    begin = end
    while begin > max(0, end - 3) and doc[begin - 1].ent_type_ == "ORG" and is_capitalized(doc[begin - 1]):
        begin -= 1
    if begin == end or doc[begin].ent_iob_ != "B" or not _named_body(doc, index, begin, end, True, "pre"):
        return None
    return Attachment(begin, end, org=index.adopt(doc, begin, end), how="pre")


def possessor_before(doc: Doc, index: MentionIndex, start: int, end: int) -> Optional[Attachment]:
    """"CoinW’s President, Sonia Shaw", "Wytec’s CTO, Robert Sanchez": up to four proper nouns (or "&")
    closed by a possessive right before a title that leads a body (`title_leaders`) and
    introduces a name (right after it, or set off by a comma) are that body, though the model
    tags them as no organization. Not a person, place, date or title word, nor the end of a
    longer capitalized run."""
    tokens = doc_tokens(doc)
    if start < 2 or tokens[start - 1].text not in POSSESSIVE or not leads_body(doc, end - 1):
        return None
    k = end + 1 if end < len(doc) and tokens[end].text == "," else end
    while k < len(doc) and is_honorific(tokens[k]):
        k += 1
    close = start - 1
    begin = close
    while begin > 0 and close - begin < 4 and begin - 1 not in index.person_at and begin - 1 not in index.org_at:
        prev = tokens[begin - 1]
        glued = prev.text == "-" and not prev.whitespace_ and begin < close and begin - 2 >= 0 and not tokens[begin - 2].whitespace_ and is_capitalized(tokens[begin - 2])
        if prev.pos_ == "PROPN" and is_capitalized(prev) or glued or prev.text == "&" and begin < close and begin - 2 >= 0 and is_capitalized(tokens[begin - 2]):
            begin -= 1  # "Bud & Mary’s Founder": a name joined by "&" is one body; "D-Wave’s": one hyphenated name
        else:
            break
    if k not in index.person_start and not apposed_to_name(doc, index, begin, end):
        return None
    if begin == close or begin > 0 and (is_capitalized(tokens[begin - 1]) or tokens[begin - 1].text == "&") and not tokens[begin].is_sent_start:
        return None
    span = doc[begin:close]
    if any(is_head(t) or is_modifier(t) or is_honorific(t) or t.ent_type_ in {"GPE", "LOC", "DATE", "TIME"} or t.ent_type_ == "PERSON" and not misread_possessor(doc, close) for t in span):
        return None  # the model's NORP on a coined name ("Wytec’s CTO") is no nationality the place lists know
    if jurisdiction(clean_text(span.text)) or place_at(doc, begin, close) or _portfolio_only(span):
        return None
    return Attachment(begin, close, org=index.adopt(doc, begin, close), how="pre")


def apposed_to_name(doc: Doc, index: MentionIndex, begin: int, end: int) -> bool:
    """"Jane Roe, Zentrix’s Chief Development Officer, said": a possessor and title [begin, end)
    set off by a comma right after a person's name, closing the phrase (a comma, a full stop, a
    line's end, or "and" joining another title), are in apposition to that name."""
    tokens = doc_tokens(doc)
    if begin < 2 or tokens[begin - 1].text != "," or begin - 1 not in index.person_ending:
        return False
    return end >= len(doc) or tokens[end].text in {",", ".", ";"} or tokens[end].is_space or tokens[end].lower_ in {"and", "&"}


def misread_possessor(doc: Doc, close: int) -> bool:
    """"said Dixxon’s Chief Creative Officer Jane Roe": the model's PERSON entity running over the
    possessive itself (token `close`) is a misread name, not a person's (whose entity stops before it)."""
    token = doc_tokens(doc)[close]
    return token.ent_type_ == "PERSON" and token.ent_iob_ == "I"


def anaphor_possessor(doc: Doc, index: MentionIndex, start: int) -> Optional[Attachment]:
    """"Acme said its CEO, Jane Roe, ...", "The company’s President and CEO, Jane Roe, will ...",
    "named Jane Roe its new CFO": a title owned by "its" or by "the company’s" (a noun of
    `org_anaphors`), lower-case adjectives between ("its new"), is held in the organization the
    anaphor refers back to (`anaphor_antecedent`); "the foundation's" (a noun of
    `title_body_anaphors`), in the one named before whose name holds the noun."""
    tokens = doc_tokens(doc)
    k = start
    while k > 0 and start - k < 2 and tokens[k - 1].is_lower and tokens[k - 1].pos_ == "ADJ" and not is_modifier(tokens[k - 1]):
        k -= 1  # "its new", "its newest"
    if k >= 1 and tokens[k - 1].lower_ == "its":
        first = k - 1
    elif k >= 3 and tokens[k - 1].text in POSSESSIVE and tokens[k - 2].lower_ in lexicon.lower_words("org_anaphors") and tokens[k - 3].lower_ == "the":
        first = k - 2
    elif k >= 3 and tokens[k - 1].text in POSSESSIVE and tokens[k - 2].lower_ in lexicon.lower_words("title_body_anaphors") and tokens[k - 3].lower_ == "the":
        # "the foundation's executive director": the institution named before with that noun.
        cluster = institution_named_before(index, tokens[k - 2].lower_, k - 2)
        return None if cluster is None else Attachment(k - 2, k, org=cluster, how="pre")
    else:
        return None
    cluster = anaphor_antecedent(doc, index, tokens[first])
    return None if cluster is None else Attachment(first, k, org=cluster, how="pre")


def anaphor_noun_at(doc: Doc, index: MentionIndex, i: int) -> Optional[Attachment]:
    """"Owner of the company.", "joined the firm as CFO": "the" and a noun of `org_anaphors` at
    token i, closing the phrase (no name, possessive or noun after it), name the organization it
    refers back to (`anaphor_antecedent`)."""
    tokens = doc_tokens(doc)
    if i + 1 >= len(doc) or tokens[i].lower_ != "the" or tokens[i + 1].lower_ not in lexicon.lower_words("org_anaphors"):
        return None
    after = tokens[i + 2] if i + 2 < len(doc) else None
    if after is not None and not (after.is_punct and after.text not in POSSESSIVE or after.is_space or after.pos_ in {"ADP", "CCONJ", "SCONJ", "AUX", "VERB", "PART"} and after.text not in POSSESSIVE):
        return None
    cluster = anaphor_antecedent(doc, index, tokens[i + 1])
    return None if cluster is None else Attachment(i, i + 2, org=cluster)


def institution_anaphor_at(doc: Doc, index: MentionIndex, i: int) -> Optional[Attachment]:
    """"Dr. Jane Roe, Founding Dean of the College.", "co-founder of the foundation": "the" and an
    institution's head noun (`title_body_anaphors`) closing the phrase refer back to the
    organization named last before whose name holds that noun ("the UNCW College of Science and
    Engineering"). None where no such organization was named (the words then stay in the title)."""
    tokens = doc_tokens(doc)
    if i + 1 >= len(doc) or tokens[i].lower_ != "the" or tokens[i + 1].lower_ not in lexicon.lower_words("title_body_anaphors"):
        return None
    after = tokens[i + 2] if i + 2 < len(doc) else None
    if after is not None and not (after.is_punct and after.text not in POSSESSIVE or after.is_space or after.pos_ in {"ADP", "CCONJ", "SCONJ", "AUX", "VERB", "PART"} and after.text not in POSSESSIVE and after.lower_ != "of"):
        return None
    best = institution_named_before(index, tokens[i + 1].lower_, i)
    return None if best is None else Attachment(i, i + 2, org=best)


def institution_named_before(index: MentionIndex, noun: str, i: int) -> Optional[int]:
    """The organization named last before token i whose name holds the word `noun` ("the
    association" -> "National Association of Tile Makers"), or None."""
    best, best_start = None, -1
    for m, c in zip(index.book.mentions, index.book.owner):
        if best_start < m.start < i and noun in m.name.lower().split():
            best, best_start = c, m.start
    return best


def anaphor_antecedent(doc: Doc, index: MentionIndex, anaphor: Token) -> Optional[int]:
    """The organization "its" or "the company" (`org_anaphors`) refers back to: the subject of the
    nearest clause above it that is an organization ("Acme has appointed Jane Roe as its CFO");
    then, for "its", the organization named last before it in its sentence, outside parentheses
    (a ticker, a wire credit), or for a sentence-opening "Its" the one the release names most;
    for a noun, the organization the release defines as that noun ("Acme, Inc. (the "Company")":
    `defined_by_noun`), else the one named last before whose name ends in that noun ("the agency"),
    else the last one named before it in its sentence that completes no title ("president of
    Industrial Motion and an officer of the company": a unit, not the company), else the subject
    of the sentence before (`previous_subject`), else the one the release names most (at least
    twice: the company it is about). A subject "the company" is read the same way for "its"."""
    head = anaphor
    for _ in range(8):
        subject = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < anaphor.i), None)
        if subject is not None and subject.i in index.org_at and subject.i not in index.person_at:
            return board_owner(doc, index, subject.i)
        if subject is not None and subject.lower_ in lexicon.lower_words("org_anaphors") and any(c.lower_ == "the" for c in subject.children):
            # "The company is led by Jane Roe, its chairwoman": "its" goes through the subject "the company".
            return anaphor_antecedent(doc, index, subject)
        if head.head.i == head.i:
            break
        head = head.head
    if anaphor.lower_ != "its":
        steps = (lambda: defined_by_noun(doc, index, anaphor), lambda: named_by_noun(index, anaphor), lambda: org_before(doc, index, anaphor, skip_units=True), lambda: previous_subject(doc, index, anaphor), lambda: principal_org(index))
    else:
        steps = (lambda: org_before(doc, index, anaphor), lambda: principal_org(index) if anaphor.is_sent_start else None)
    # Cluster 0 is an organization too: test for None, not truth.
    return next((c for c in (step() for step in steps) if c is not None), None)


DEFINITION_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’", "``", "''"})


def defined_by_noun(doc: Doc, index: MentionIndex, anaphor: Token) -> Optional[int]:
    """"Acme Energy, Inc. (NASDAQ: ACME) ("Acme" or the "Company") ... the Company's CFO": the
    organization the release defines as the quoted noun, in parentheses right after its name (past
    a ticker's parentheses), before the anaphor; None where the release defines none."""
    tokens = doc_tokens(doc)
    for hit in with_lower(doc, [anaphor.lower_]):
        p = hit.i
        if p >= anaphor.i:
            break
        if p < 3 or tokens[p - 1].text not in DEFINITION_QUOTES or p + 1 >= len(doc) or tokens[p + 1].text not in DEFINITION_QUOTES:
            continue
        q = next((k for k in range(p - 2, max(p - 10, 0) - 1, -1) if tokens[k].text in {"(", ")"}), None)
        if q is None or tokens[q].text != "(":
            continue
        while q >= 1 and tokens[q - 1].text == ")":
            # past a ticker's parentheses: "Acme, Inc. (NASDAQ: ACME) (the "Company")"
            q = next((k for k in range(q - 2, max(q - 12, 0) - 1, -1) if tokens[k].text == "("), 0)
        if q >= 1 and q - 1 in index.org_at and q - 1 not in index.person_at:
            return board_owner(doc, index, q - 1)
    return None


def board_owner(doc: Doc, index: MentionIndex, i: int) -> int:
    """The organization of the mention at token i; for a board of a company ("The Supervisory Board
    of Medios AG has appointed ... as the Company’s CFO"), the company whose board it is, where the
    release knows it."""
    tokens = doc_tokens(doc)
    first = i
    while first - 1 >= 0 and index.org_at.get(first - 1) == index.org_at[i]:
        first -= 1
    end = index.org_start.get(first, (i + 1, None))[0]
    seats = lexicon.words("title_seat_bodies")
    seat = next((k for k in range(first, end) if tokens[k].text in seats), None)
    if seat is not None and seat + 2 < end and tokens[seat + 1].lower_ == "of":
        owner = index.forms.get(form_key(doc[seat + 2 : end].text))
        if owner is not None:
            return owner
    return index.org_at[i]


def org_before(doc: Doc, index: MentionIndex, anaphor: Token, skip_units: bool = False) -> Optional[int]:
    """The organization named last before the anaphor in its sentence, outside parentheses; with
    `skip_units`, not one completing a title ("president of Industrial Motion and an officer of
    the company": the unit is not the company)."""
    tokens = doc_tokens(doc)
    sent_start = anaphor.sent.start
    depth = 0
    for k in range(anaphor.i - 1, sent_start - 1, -1):
        text = tokens[k].text
        if text == ")":
            depth += 1
        elif text == "(":
            depth = max(0, depth - 1)
        elif depth == 0 and k in index.org_at and k not in index.person_at:
            first = k
            while first - 1 >= sent_start and index.org_at.get(first - 1) == index.org_at[k]:
                first -= 1
            if skip_units and first >= 2 and tokens[first - 1].lower_ in {"of", "for", "the"} and (is_head(tokens[first - 2]) or first >= 3 and tokens[first - 1].lower_ == "the" and tokens[first - 2].lower_ in {"of", "for"} and is_head(tokens[first - 3])):
                continue
            return index.org_at[k]
    return None


def named_by_noun(index: MentionIndex, anaphor: Token) -> Optional[int]:
    """"the city’s Workforce Development Agency ... the agency’s top legal advisor": the
    organization named last before the anaphor whose name ends in the anaphor's noun."""
    best, best_start = None, -1
    for m, c in zip(index.book.mentions, index.book.owner):
        if best_start < m.start < anaphor.i and m.name.split()[-1].lower() == anaphor.lower_:
            best, best_start = c, m.start
    return best


def previous_subject(doc: Doc, index: MentionIndex, anaphor: Token) -> Optional[int]:
    """"Brilla Media is a certified ... enterprise. The company is led by ...": an organization that
    is the subject of the sentence before the anaphor's (in the same paragraph), or None."""
    tokens = doc_tokens(doc)
    start = sentence_bounds(doc, anaphor.i)[0]
    prev = start - 1
    while prev >= 0 and tokens[prev].is_space and "\n" not in tokens[prev].text:
        prev -= 1
    if prev < 0 or tokens[prev].is_space or "\n" in tokens[prev].whitespace_:
        return None  # a new paragraph: no sentence before it to continue
    first = sentence_bounds(doc, prev)[0]
    for k in range(first, prev + 1):
        token = tokens[k]
        if token.dep_ in {"nsubj", "nsubjpass"} and token.head.dep_ == "ROOT" and k in index.org_at and k not in index.person_at:
            return board_owner(doc, index, k)
    return None


def principal_org(index: MentionIndex) -> Optional[int]:
    """The organization with the most mentions (at least two; the first named on a tie): the
    company a release is about."""
    counts: dict[int, int] = {}
    first_at: dict[int, int] = {}
    for m, c in zip(index.book.mentions, index.book.owner):
        counts[c] = counts.get(c, 0) + 1
        first_at[c] = min(first_at.get(c, m.start), m.start)
    if not counts:
        return None
    best = min(counts, key=lambda c: (-counts[c], first_at[c]))
    return best if counts[best] >= 2 else None


def body_running_into(doc: Doc, index: MentionIndex, start: int) -> int:
    """"Keiser University Miami Campus", "TSUTAYA BOOKSTORE Taiwan": an organization mention
    running, with no punctuation, into the proper nouns from `start` names one unit with them;
    the mention's first token, else `start`."""
    if start not in index.org_end or start == 0 or not doc[start - 1].whitespace_ or doc[start - 1].is_punct:
        return start
    first = index.org_end[start][0]
    return first if all(is_capitalized(t) for t in doc[first:start]) else start


def introduces_name(doc: Doc, index: MentionIndex, end: int) -> bool:
    """A person's name starts right after the title ending at `end` (honorifics between)."""
    while end < len(doc) and is_honorific(doc[end]):
        end += 1
    return end in index.person_start


def name_set_off_after(doc: Doc, index: MentionIndex, end: int) -> bool:
    """"said Earthbar Chairman, Jane Roe.", "said Ruley Co-founder and CEO, Jane Roe.": a person's
    name set off by a comma after the title ending at `end`, or after capitalized title words
    joined to it by "and"/"&" (up to four tokens)."""
    tokens = doc_tokens(doc)
    k = end
    if k < len(doc) and tokens[k].lower_ in {"and", "&"}:
        k += 1
        while k < len(doc) and k - end <= 4 and is_capitalized(tokens[k]) and (is_head(tokens[k]) or is_modifier(tokens[k])):
            k += 1
        if k == end + 1:
            return False
    return k + 1 < len(doc) and tokens[k].text == "," and introduces_name(doc, index, k + 1)


def swallowed_name_body(doc: Doc, index: MentionIndex, start: int, head: int, end: int) -> Optional[int]:
    """"Pudgy Penguins CEO Luca Netz": up to three proper nouns a capitalized title swallowed
    before its first title word name the body, where the title leads one (`title_leaders`) and
    introduces a name or is set off after one ("Jane Roe, Pudgy Penguins CEO,"), though no rule knew the body; the end of the body, or None. Not a place,
    date, number or person, a bare head word ("Museum President") or one word of no name's shape,
    nor after "a"/"an" ("a Family Office CEO")."""
    tokens = doc_tokens(doc)
    if not leads_body(doc, end - 1) or not (introduces_name(doc, index, end) or apposed_to_name(doc, index, start, end) or name_set_off_after(doc, index, end)) or start > 0 and tokens[start - 1].lower_ in {"a", "an"}:
        return None  # "Jane Roe, Pudgy Penguins CEO, said": set off after the name, as before it
    k = start
    while k < head and not is_modifier(tokens[k]) and not is_head(tokens[k]):
        k += 1
    if k == start or k - start > 3:
        return None
    span = doc[start:k]
    if any(t.pos_ != "PROPN" or not is_capitalized(t) or is_honorific(t) or t.ent_type_ in PLACE_ENTS | {"DATE", "TIME", "CARDINAL", "ORDINAL"} for t in span):
        return None
    if jurisdiction(clean_text(span.text)) or place_at(doc, start, k) or _portfolio_only(span) or all(t.text in lexicon.words("org_heads") for t in span):
        return None  # "Museum President Tom Poe": a kind of body, not a name
    if any(t.lower_ in lexicon.verb_forms("employer_verbs") for t in span):
        return None  # a heading "Acme Announces New Executive Director, Jane Roe": the verb ends the name
    if len(span) == 1 and not (span[0].ent_type_ == "ORG" or _odd_shape(span[0]) or lower_camel(span[0]) or coined_word(span[0]) and not in_capitalized_run(doc, start)):
        return None  # one word of no name's shape ("Devils Diciples national President": part of a longer name)
    return k


def sentence_opening_body(doc: Doc, index: MentionIndex, start: int, head: int, end: int) -> Optional[tuple[int, int]]:
    """"Acarix CEO Jane Roe joined ...", "Trust Stamp CTO Jane Roe", "Gate.io CEO Dr. Jane Roe",
    "Signing Day CEO, Jane Roe, said": the capitalized words that open a sentence (after an
    opening quote), up to four, right before a title that leads a body (`title_leaders`) and
    introduces a name, name that body, though no rule knew it and the tagger reads the first
    word as anything. Not a function word, place, date, number, person, title word, a noun for
    a body ("Company", "Board"), a heading's verb ("Acme Appoints ...") nor a participle or
    preposition opening a clause ("Joining President Roe"). The body's token range, or None."""
    tokens = doc_tokens(doc)
    if not leads_body(doc, end - 1) or not (introduces_name(doc, index, end) or name_set_off_after(doc, index, end)):
        return None
    begin = sentence_bounds(doc, head)[0]
    while begin < start and (tokens[begin].is_space or tokens[begin].is_quote or tokens[begin].text in {"(", "•", "-", "–", "*"}):
        begin += 1
    k = begin
    while k < head and not is_modifier(tokens[k]) and not is_head(tokens[k]):
        k += 1
    if k == begin or k - begin > 4 or k < start or tokens[begin].is_stop or opening_verb_or_preposition(tokens[begin]):
        return None
    span = doc[begin:k]
    if any(not (is_capitalized(t) or t.text in {"&", "-", "."} and begin < t.i) or t.i in index.person_at or t.i in index.org_at or is_honorific(t) or t.ent_type_ in PLACE_ENTS | {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERSON"} for t in span):
        return None
    if jurisdiction(clean_text(span.text)) or place_at(doc, begin, k) or _portfolio_only(span) or all(t.text in lexicon.words("org_heads") or t.lower_ in lexicon.lower_words("org_anaphors") | lexicon.lower_words("company_nouns") for t in span):
        return None
    if any(t.lower_ in lexicon.verb_forms("employer_verbs") for t in span):
        return None
    return begin, k


def opening_verb_or_preposition(token: Token) -> bool:
    """"Joining President Roe ...", "Noting ...", "Like President Roe, ...": a word in "-ing" the tagger
    reads as a participle, or an English word it reads as a preposition, opens a clause, not a
    body's name."""
    return token.tag_ == "VBG" and token.lower_.endswith("ing") or token.tag_ == "IN" and is_english_word(token.text)


def coined_word(token: Token) -> bool:
    """"Pacylex", "Bixal", "Minivela": a proper noun, capitalized and lower-case after, that
    no English word list, census given-name or surname list or place list knows: a coined
    company name, whatever entity the model gives it."""
    text = token.text
    if len(text) < 4 or not text.isalpha() or not text[0].isupper() or not text[1:].islower() or token.pos_ != "PROPN" or token.is_stop:
        return False  # not "With President X": a function word is in no list of content words
    return not (is_english_word(text) or is_first_name(token) or is_surname(token) or jurisdiction(text))


def in_capitalized_run(doc: Doc, k: int) -> bool:
    """Token k follows a capitalized word: the end of a longer name ("Devils Diciples")."""
    return k > 0 and is_capitalized(doc_tokens(doc)[k - 1])


def coined_name_before(doc: Doc, index: MentionIndex, start: int, end: int) -> Optional[Attachment]:
    """"Pacylex CEO Jane Roe is raising ...", "Bixal CEO and Co-Founder Jane Roe": one coined word
    (`coined_word`) right before a title that leads a body and introduces a name is that body,
    though the model tags it a person or place and no rule kept it. Not the end of a longer
    capitalized run, nor a word a person or organization rule took."""
    tokens = doc_tokens(doc)
    k = start - 1
    if k < 0 or k in index.person_at or k in index.org_at or not leads_body(doc, end - 1) or not coined_word(tokens[k]):
        return None
    if not (introduces_name(doc, index, end) or end + 1 < len(doc) and tokens[end].lower_ in NAME_BEFORE_ENDS and (introduces_name(doc, index, end + 1) or is_head(tokens[end + 1]) or is_modifier(tokens[end + 1]))):
        return None
    if in_capitalized_run(doc, k):
        return None
    # "Pacylex" where the release names "Pacylex Therapeutics": the one organization it opens.
    named = [c for c, org in enumerate(index.orgs) if org.name.split()[0] == tokens[k].text]
    return Attachment(k, start, org=named[0] if len(named) == 1 else index.adopt(doc, k, start), how="pre")


def entity_before(doc: Doc, index: MentionIndex, start: int, end: int) -> Optional[Attachment]:
    """"former NASDAQ managing director of strategy Enzo Villani": the model's whole ORG entity
    right before a title that introduces a name is the title's body, though no organization rule
    kept it. Not a title word, person or place."""
    tokens = doc_tokens(doc)
    if start == 0 or tokens[start - 1].ent_type_ != "ORG" or start < len(doc) and tokens[start].ent_iob_ == "I" or not introduces_name(doc, index, end):
        return None
    begin = start - 1
    while begin > 0 and tokens[begin].ent_iob_ == "I":
        begin -= 1
    if start - begin > 4 or any(k in index.person_at or k in index.org_at or is_head(tokens[k]) or is_modifier(tokens[k]) or is_honorific(tokens[k]) for k in range(begin, start)):
        return None
    if jurisdiction(clean_text(doc[begin:start].text)) or place_at(doc, begin, start) or _portfolio_only(doc[begin:start]):
        return None
    return Attachment(begin, start, org=index.adopt(doc, begin, start), how="pre")


def head_body_ending(doc: Doc, index: MentionIndex, end: int) -> Optional[Attachment]:
    """"New Jersey City University President": capitalized words right before a title, ending in
    an organization head word ("University", "Foundation"), name that body where no organization
    rule kept them (the model may call them a place)."""
    tokens = doc_tokens(doc)
    if end < 2 or end - 1 in index.org_at or tokens[end - 1].text not in lexicon.words("org_heads"):
        return None
    begin = end - 1
    while begin > 0 and end - begin < 6 and is_capitalized(tokens[begin - 1]) and begin - 1 not in index.org_at and begin - 1 not in index.person_at and not is_head(tokens[begin - 1]) and not is_honorific(tokens[begin - 1]):
        begin -= 1
    if end - begin < 2 or not _named_body(doc, index, begin, end, False, "of"):
        return None
    return Attachment(begin, end, org=index.adopt(doc, begin, end), how="pre")


def known_form_ending(doc: Doc, index: MentionIndex, end: int) -> Optional[int]:
    """Start of capitalized words ending right before `end` that are a form of an organization of
    the release ("Phizzle's Chief Innovation Officer" where the release names "Phizzle, Inc.")."""
    sent_start = sentence_bounds(doc, end - 1)[0] if end > 0 else 0
    tokens = doc_tokens(doc)
    first = end  # no span starting before the capitalized words right before `end` passes the test below
    while first > max(sent_start, end - 4) and is_capitalized(tokens[first - 1]):
        first -= 1
    for start in range(first, end):
        span = doc[start:end]
        if all(is_capitalized(t) for t in span) and form_key(span.text) in index.forms:
            return start
    return None


def _title_words_before(doc: Doc, i: int) -> int:
    """Start of the capitalized title words ("First Assistant") ending right before token i."""
    while i > 0 and doc[i - 1].text[:1].isupper() and (is_modifier(doc[i - 1]) or is_head(doc[i - 1])) and doc[i - 1].lower_ not in TIME_QUALIFIERS:
        i -= 1
    return i


# "Former Arizona State Representative": a word that dates the office is no title word keeping
# the place inside the title (as "First" does in "First Assistant U.S. Attorney").
TIME_QUALIFIERS = frozenset({"former", "then", "retired", "late"})


def find_titles(doc: Doc, index: MentionIndex) -> list[Title]:
    """Every title phrase in the doc, with its attachments, in text order (`index` adopts the
    bodies they name)."""
    tokens = doc_tokens(doc)
    titles: list[Title] = []
    covered: set[int] = set()
    complements: set[int] = set()
    # Only a title head word or a title short form passes `is_head`.
    heads = {t.i for t in with_lower(doc, lexicon.lower_words("title_heads"))} | {t.i for t in with_text(doc, doc.user_data.get(TITLE_ACRONYMS, ()))}
    for token in [tokens[i] for i in sorted(heads)]:
        if token.i in covered or not is_head(token) or token.i in index.org_at or token.i in index.person_at:
            continue
        start = extend_left(doc, token.i, index)
        start = coordinated_fields_start(doc, index, start, token.i)
        start = apposed_fields_start(doc, index, start, token.i)
        start = modifiers_closing_body(doc, index, start)
        while start < token.i and start in complements:
            start += 1  # "Head of Delegation Chairperson": the complement of the title before is not this one's
        lead_body = body_before(doc, index, start, token.i) if start < token.i else None
        if lead_body:
            index.adopt(doc, start, lead_body)
            start = lead_body
        end, attached = extend_right(doc, token.i, index)
        swallowed = swallowed_name_body(doc, index, start, token.i, end) if start < token.i and not lead_body else None
        if swallowed:
            index.adopt(doc, body_running_into(doc, index, start), swallowed)
            start = swallowed
        pre = pre_modifier(doc, start, index) or named_before(doc, index, start, end) or coined_name_before(doc, index, start, end) or possessor_before(doc, index, start, end) or entity_before(doc, index, start, end) or anaphor_possessor(doc, index, start)
        opening = sentence_opening_body(doc, index, start, token.i, end) if pre is None and not lead_body and not swallowed else None
        if opening:
            pre = Attachment(opening[0], opening[1], org=index.adopt(doc, *opening), how="pre")
            start = opening[1]
        if pre and pre.place and _title_words_before(doc, pre.start) < pre.start:
            # "First Assistant U.S. Attorney": a place between title words is part of the title.
            start, pre = _title_words_before(doc, pre.start), None
        elif pre and national_office(doc, pre, start, end):
            start, pre = pre.start, None
        elif pre and (court_start := court_of_national_office(doc, pre, end)) is not None:
            start, pre = _title_words_before(doc, court_start), None  # "Chief U.S. District Court Judge"
        roster = roster_line_body(doc, index, start, end, titles) if not attached else None
        fielded = field_then_body(doc, index, start, end, attached) if roster is None else None
        if fielded:
            end = fielded.start - 1  # the field set off before the body stays in the title
        trailing = roster or fielded or trailing_org(doc, index, start, end, attached)
        if trailing:
            attached.append(trailing)
        # "U.S. Attorney for the District of Minnesota": the office's own district or body wins
        # over the country standing before it.
        if pre and (pre.org is not None or not attached):
            attached = [pre] + attached
        elif pre:
            start = pre.start  # "U.S. Attorney for the District of Minnesota": the place stays in the title
        text = clean_text(doc[start:end].text)
        plural = any(w.text.endswith("s") and is_plural_head(w) for w in (token, tokens[end - 1]))
        titles.append(Title(start, end, text, tuple(attached), plural, lead=pre.start if pre else start))
        covered.update(range(start, end))
        complements.update(range(token.i + 1, end))
    return drop_contained(titles)


def national_office_title(text: str) -> bool:
    """"Assistant U.S. Attorney", "United States District Judge": a title ending in an office named
    with its country (`title_national_offices`)."""
    lower = text.lower()
    return any(lower.endswith(f"{country} {office}") for country in ("u.s.", "united states") for office in lexicon.lower_words("title_national_offices"))


def national_office(doc: Doc, pre: Attachment, start: int, end: int) -> bool:
    """"U.S. Attorney Jane Roe", "U.S. District Judge Tom Poe": an office named with its country
    (`title_national_offices`: the words after "U.S."): the country before it is part of the
    title, not its organization."""
    return pre.place == "United States" and pre.end == start and clean_text(doc[start:end].text).lower() in lexicon.lower_words("title_national_offices")


def court_of_national_office(doc: Doc, pre: Attachment, end: int) -> Optional[int]:
    """"U.S. District Court Judge Jane Roe": a court named before a judge's title, with the
    country before it, spells a national office (`title_national_offices`: "district court
    judge"), so the court is part of the title, not its organization (the district is, where
    the text gives one: "... of the Eastern District of Virginia"). RETURNS the title's new
    start (the country's first token), or None."""
    if pre.org is None:
        return None
    k = country_prefix_start(doc, pre.start)
    return k if national_office_title(clean_text(doc[k:end].text)) else None


def drop_contained(titles: list[Title]) -> list[Title]:
    """A title read from a head word inside a longer title is part of it: "Chief" of "Chief
    Medical Officer" (read from "Chief" before "Officer" extended left over it)."""
    inside: set[int] = set()
    reach, widest = -1, None
    for k in sorted(range(len(titles)), key=lambda k: (titles[k].start, -titles[k].end)):
        t = titles[k]
        if widest is not None and t.end <= reach and (t.start, t.end) != (widest.start, widest.end):
            inside.add(k)
        elif t.end > reach:
            reach, widest = t.end, t
    return [t for k, t in enumerate(titles) if k not in inside]


def field_then_body(doc: Doc, index: MentionIndex, start: int, end: int, attached: list[Attachment]) -> Optional[Attachment]:
    """"said Jane Roe, Vice President, Global Marketing, Acme Motors.": after a title set off
    after a name, a field (up to five capitalized words, "and"/"&" between them, no title word,
    person or body head word: a portfolio, a region, a market) set off by commas and then a body
    closing the sentence or line: the body is the title's organization (see trailing_org), the
    field part of the title, though the organization rules took it for a body (not one the
    release names again: "Special Agent in Charge, FBI, Miami Field Office"). The body must be an
    organization mention ("Adjunct Professor, Author, Political Strategist" names none)."""
    if attached and attached[-1].how != "pre" or end + 2 >= len(doc) or doc[end].text != "," or not held_by_name_before(doc, index, start):
        return None
    tokens = doc_tokens(doc)
    k = end + 1
    while k < len(doc) and k - end <= 6 and k not in index.person_at and (is_capitalized(tokens[k]) and not is_head(tokens[k]) or k > end + 1 and tokens[k].lower_ in FIELD_JOINERS):
        k += 1
    if k == end + 1 or k - end > 6 or k + 1 >= len(doc) or tokens[k].text != "," or tokens[k - 1].lower_ in FIELD_JOINERS:
        return None
    if tokens[k - 1].text in lexicon.words("org_heads") or tokens[k - 1].text in CORPORATE_SUFFIXES:
        return None  # "Jane Roe, Director, Tax Division, Acme": a unit, not a field
    fields = {index.org_at[j] for j in range(end + 1, k) if j in index.org_at}
    if any(index.book.owner.count(c) > 1 for c in fields):
        return None  # "Special Agent in Charge, FBI, Miami Field Office": a body the release names again
    if k + 1 not in index.org_start:
        return None  # "Adjunct Professor, Author, Political Strategist": no body closes the line
    body = trailing_org(doc, index, start, k, [])
    if body is None or body.start != k + 1 or body.org is None:
        return None
    after = skip_parenthesis(doc, body.end)
    # The body closes the sentence or line: not "Author, Political Strategist, Voting Rights Advocate".
    return body if after >= len(doc) or tokens[after].text in SIGN_OFF_CLOSERS or breaks_line(doc, after) or "\n" in tokens[after - 1].whitespace_ else None


def trailing_org(doc: Doc, index: MentionIndex, start: int, end: int, attached: list[Attachment]) -> Optional[Attachment]:
    """", U.S. Southern Command" right after a title [start, end), closing the phrase."""
    if attached and attached[-1].how != "pre" or end + 1 >= len(doc) or doc[end].text != ",":
        return None
    org = org_starting(doc, index, end + 1)
    if org is None:
        district = district_at(doc, end + 1)
        if district and (district[0] >= len(doc) or doc[district[0]].text in {",", ";", "."} or doc[district[0]].is_space):
            return Attachment(end + 1, district[0], place=district[1], how="trailing")
        return signature_body(doc, index, end + 1) or signed_name(doc, index, start, end + 1)
    after = skip_parenthesis(doc, org.end)
    if after >= len(doc) or doc[after].text in SIGN_OFF_CLOSERS | {","} or doc[after].is_space or after in index.person_start:
        return body_after_at(doc, index, org.start, org.end) or Attachment(org.start, org.end, org=org.org, how="trailing")
    return None


LINE_SEPARATORS = frozenset({"•", "|", "·", "▪"})
HONORIFIC_OPENERS = frozenset({"the", "honorable", "hon.", "h.e."})
STATE_WORDS = frozenset({"State", "Commonwealth", "Republic", "Kingdom"})


def breaks_line(doc: Doc, i: int) -> bool:
    """Token i ends a line: a line break, a bullet or bar between items, or the end of the text."""
    return i >= len(doc) or doc[i].is_space and "\n" in doc[i].text or doc[i].text in LINE_SEPARATORS


def roster_line_body(doc: Doc, index: MentionIndex, start: int, end: int, titles: list[Title]) -> Optional[Attachment]:
    """The body closing a roster line ("Jane Roe, Vice President, Acme Power") for the title
    [start, end) on it: set off by a comma or a dash, or after portfolio words written right
    after the title ("Jane Roe, VP Total Rewards, Acme": `portfolio_end`). A title joined by
    "&"/"and" to the line's first title counts as on the line ("Co-Founder & CEO, Acme")."""
    if not (on_roster_line(doc, index, start) or joined_roster_title(doc, index, start, titles)):
        return None
    body = line_closing_body(doc, index, end) or dash_closing_body(doc, index, end)
    after = portfolio_end(doc, index, end) if body is None else end
    return body or (line_closing_body(doc, index, after) if after > end else None)


def joined_roster_title(doc: Doc, index: MentionIndex, start: int, titles: list[Title]) -> bool:
    """"Jane Roe, Co-Founder & CEO, Acme": the title at `start` follows "&"/"and" right after the
    previous title, which opens a roster line."""
    if start < 1 or doc[start - 1].lower_ not in FIELD_JOINERS or not titles or titles[-1].end != start - 1:
        return False
    return on_roster_line(doc, index, titles[-1].start)


def portfolio_end(doc: Doc, index: MentionIndex, end: int) -> int:
    """"Jane Roe, VP Total Rewards, Acme", "Jane Roe, Founding Partner MENA, Acme Ventures": the
    comma after capitalized portfolio words (no title word, person or organization; "and"/"&"
    between them, up to six tokens) written right after a title without a comma; else `end`."""
    tokens = doc_tokens(doc)
    k = end
    while k < len(doc) and k - end < 6 and k not in index.person_at and (k not in index.org_at or k in index.weak_org):
        token = tokens[k]
        if is_capitalized(token) and token.is_alpha and not is_head(token) or k > end and token.lower_ in FIELD_JOINERS:
            k += 1
        else:
            break
    if k == end or k >= len(doc) or tokens[k].text != "," or tokens[k - 1].lower_ in FIELD_JOINERS:
        return end
    return k


def on_roster_line(doc: Doc, index: MentionIndex, start: int) -> bool:
    """The title starting at `start` follows "Jane Roe," or "Jane Roe -" that opens a line (after
    honorifics or a bullet): a line of a roster or speaker list ("Jane Roe, Vice President, Acme
    Power", "Jane Roe – CEO, Acme")."""
    comma = start - 1
    if comma < 1 or not (doc[comma].text == "," or spaced_dash(doc, comma)):
        return False
    first = index.person_ending.get(comma)
    if first is None:
        return False
    return opens_line(doc, first)


def opens_line(doc: Doc, first: int) -> bool:
    """The mention starting at token `first` opens a line, after honorifics, "the", a bullet dash
    or an item number ("2. Jane Roe")."""
    while first > 0 and (is_honorific(doc[first - 1]) or doc[first - 1].lower_ in HONORIFIC_OPENERS or doc[first - 1].text in {"-", "*", "–", "—"}):
        first -= 1
    item = doc[first - 1].text if first > 0 else ""
    if len(item) > 1 and item[-1] in ".)" and item[:-1].isdigit():
        first -= 1  # "2." as one token
    elif first > 1 and item in {".", ")"} and doc[first - 2].text.isdigit() and not doc[first - 2].whitespace_:
        first -= 2  # "2" "."
    return first == 0 or breaks_line(doc, first - 1) or "\n" in doc[first - 1].whitespace_


DASHES = frozenset({"-", "–", "—"})


def dash_closing_body(doc: Doc, index: MentionIndex, end: int) -> Optional[Attachment]:
    """"Paolo Roe, CEO - Zentrix" on a roster line: a dash set off by a space after the title
    sets off the body as a comma does (see line_closing_body)."""
    if end >= len(doc) or doc[end].text not in DASHES or not doc[end - 1].whitespace_:
        return None
    return line_closing_body(doc, index, end, doc[end].text)


def line_closing_body(doc: Doc, index: MentionIndex, end: int, separator: str = ",") -> Optional[Attachment]:
    """"Jane Roe, Vice President, National Accounts, Acme Power" on a roster line: after a title,
    the last comma-separated part of the line names its organization (any name: the line's shape
    says so), a part before it is a portfolio ("National Accounts"); "State of Ohio" gives the
    jurisdiction. None where a part holds a title word or a person (the last part may be a name the
    people rules read as a person: the line's shape says it is the body), or the last part is a place.
    `separator`: what sets the parts off from the title (a comma, or a dash)."""
    if end >= len(doc) or doc[end].text != separator:
        return None
    close = end + 1
    while not breaks_line(doc, close) and "\n" not in doc[close - 1].whitespace_:
        close += 1
        if close - end > 24:
            return None
    if close - 1 > end and doc[close - 1].text == ".":
        close -= 1
    if close - 1 > end and doc[close - 1].text == ")":
        opening = next((k for k in range(close - 2, end, -1) if doc[k].text == "("), None)
        close = opening if opening is not None else close
    parts, begin = [], end + 1
    for k in range(end + 1, close + 1):
        if k == close or doc[k].text == ",":
            parts.append((begin, k))
            begin = k + 1
    if not 1 <= len(parts) <= 2 or any(b - a < 1 for a, b in parts):
        return None
    for n, (a, b) in enumerate(parts):
        # The last part may be a company the people rules read as a person ("Ran Roe, CEO - Crypto Banter").
        misread = n == len(parts) - 1 and person_within(doc, index, a, b)
        if any(k in index.person_at and not misread or is_head(doc[k]) or not (is_capitalized(doc[k]) or doc[k].lower_ in BODY_LINKS | {"the", "-", "/", "'s", "’s"}) for k in range(a, b)):
            return None
    for a, b in parts[:-1]:
        if doc[b - 1].text in lexicon.words("org_heads") or any(k in index.org_at and k not in index.weak_org for k in range(a, b)):
            return None  # "School of Management, Boston University": a body, not a portfolio, comes first
    body_start, body_end = parts[-1]
    district = district_at(doc, body_start)
    if district and district[0] >= body_end and not doc[body_end : district[0]].text.strip():
        # "Jane Roe, U.S. Attorney, District of Minnesota": the judicial district, as jurisdiction.
        return Attachment(body_start, body_end, place=district[1], how="trailing")
    if body_end - body_start > 8 or not is_capitalized(doc[body_start]) or not is_capitalized(doc[body_end - 1]) or place_at(doc, body_start, body_end) or all(t.ent_type_ in PLACE_ENTS for t in doc[body_start:body_end]):
        return None
    if body_end - body_start > 2 and doc[body_start].text in STATE_WORDS and doc[body_start + 1].lower_ == "of":
        # "Attorney General, State of Ohio": the jurisdiction, by its short name.
        place = place_at(doc, body_start + 2, body_end)
        return Attachment(body_start, body_end, place=place, how="trailing") if place else None
    if _portfolio_only(doc[body_start:body_end]) and form_key(doc[body_start:body_end].text) not in index.forms:
        return None  # "Tom Poe, Vice President, Sales": a portfolio closing the line is no body
    known = index.org_start.get(body_start)
    cluster = known[1] if known and known[0] == body_end else index.adopt(doc, body_start, body_end)
    return Attachment(body_start, body_end, org=cluster, how="trailing")


def person_within(doc: Doc, index: MentionIndex, a: int, b: int) -> bool:
    """Every person mention touching tokens [a, b) lies within them (none runs on past the part)
    and opens with no given name of the census lists ("Crypto Banter", not "Jack Poe")."""
    tokens = doc_tokens(doc)
    for k in range(a, b):
        if k in index.person_at and (k == a or k - 1 not in index.person_at):
            if k not in index.person_start or index.person_span[k] > b or is_first_name(tokens[k]):
                return False
    return True


def signature_body(doc: Doc, index: MentionIndex, i: int) -> Optional[Attachment]:
    """"Jane Roe, Chief Marketing Officer, Acme Corp" (a signature or byline line): a body no
    organization rule kept, set off by a comma after a title and closing the line or clause,
    is the title's organization."""
    body = body_after(doc, index, i, "of")
    if body is None or body[0] != i:
        return None
    end = body[1]
    if end < len(doc) and not (doc[end].text in {",", ";", ".", "•", "|"} or doc[end].is_space or end in index.person_start):
        return None
    return body_after_at(doc, index, body[0], end) or Attachment(body[0], end, org=index.adopt(doc, body[0], end), how="trailing")


def body_after_at(doc: Doc, index: MentionIndex, start: int, end: int) -> Optional[Attachment]:
    """"Jane Roe, SVP, Global AI & Product at Edelman": a name set off after a title that holds
    "at" is the title's field, then its body: the body is the name after "at" (adopted)."""
    at = next((k for k in range(start + 1, end - 1) if doc[k].text == "at"), None)
    if at is None or not is_capitalized(doc[at + 1]):
        return None
    return Attachment(at + 1, end, org=index.adopt(doc, at + 1, end), how="trailing")


SIGN_OFF_CLOSERS = frozenset({".", ";", "•", "|", '"', "“", "”"})


def signed_name(doc: Doc, index: MentionIndex, start: int, i: int) -> Optional[Attachment]:
    """"said Jane Roe, CEO, Acme." / "Jane Roe, Board Member, Acme Homes" (a line): in the frame
    "PERSON, Title, Name" the proper nouns after the title's comma that end the sentence, quote
    or line name its organization, though no organization rule kept them ("Vice President,
    Products of Acme": the body after the portfolio). Not a place (nor a name the model tags as
    one), a portfolio, a title word or a person; not a name the clause goes on from ("As CEO,
    Acme will ...")."""
    if start < 2 or not held_by_name_before(doc, index, start):
        return None  # "PERSON, Title" or "PERSON, Co-Founder & CEO, Name"
    tokens = doc_tokens(doc)
    comma, end = i - 1, i
    while end < len(doc) and end - i < 5 and (end not in index.person_at or misread_closing_person(doc, index, i, end)) and end not in index.org_at:
        token = tokens[end]
        if is_capitalized(token) and not is_head(token) and not is_modifier(token) and not is_honorific(token):
            end += 1
        elif token.text in {"&", "-"} or token.lower_ in BODY_LINKS | {"at"} and end + 1 < len(doc) and is_capitalized(tokens[end + 1]):
            end += 1
        else:
            break
    while end > i and (tokens[end - 1].lower_ in BODY_LINKS or not tokens[end - 1].text[:1].isalnum()):
        end -= 1
    # "Vice President, Products of Acme.": the portfolio stays out, the body after "of/at/for" names it.
    # "Managing Director, Investment Banking at Ladenburg Thalmann.": capitalized words without a
    # title word before "at" are the title's field, whatever they are; the body follows "at".
    i = next((k + 1 for k in range(i + 1, end - 1) if tokens[k].lower_ in {"of", "at", "for"} and _portfolio_only(doc[i:k]) or tokens[k].lower_ == "at" and not any(is_head(t) for t in tokens[i:k])), i)
    if end == i or not (end >= len(doc) or tokens[end].text in SIGN_OFF_CLOSERS or breaks_line(doc, end) or "\n" in tokens[end - 1].whitespace_):
        return None
    span = doc[i:end]
    # "John Melby, CEO, Xpansiv.": after a title that leads a body, a name no place list knows is
    # the company, though the model calls it a place.
    company = i == comma + 1 and leads_body(doc, comma - 1)
    if any(t.lower_ == "at" for t in span) or jurisdiction(clean_text(span.text)) or place_at(doc, i, end) or _portfolio_only(span) or not any(t.pos_ == "PROPN" or _odd_shape(t) for t in span):
        return None
    if any(t.ent_type_ in {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"} for t in span) or all(t.ent_type_ in PLACE_ENTS for t in span) and not company:
        return None  # "Tom Poe, Mayor, Springfield": a place the place lists do not know
    return Attachment(i, end, org=index.adopt(doc, i, end), how="trailing")


def misread_closing_person(doc: Doc, index: MentionIndex, i: int, k: int) -> bool:
    """"said Chris Roe, Chief Product Officer, Claravine.": in the frame "PERSON, Title, Name" a
    person mention (token k) that lies within the proper nouns closing the sentence after the
    title's comma (token i on) is the company the people rules misread, not a second holder;
    not a mention opening with a given name ("..., CEO, Jack Poe")."""
    start = next((s for s in range(k, i - 1, -1) if s in index.person_start), None)
    if start is None:
        return False
    end = index.person_span[start]
    tokens = doc_tokens(doc)
    return end - i <= 5 and not is_first_name(tokens[start]) and all(is_capitalized(t) for t in tokens[i:end]) and (end >= len(doc) or tokens[end].text in SIGN_OFF_CLOSERS or breaks_line(doc, end) or "\n" in tokens[end - 1].whitespace_)


class TitleFinder:
    """Set `doc._.titles` (Title list), and the bodies titles name: TITLE_ORG_SPANS
    (kb_id = the organization's name) and `doc._.title_orgs` (OrgCluster list: those no candidate
    organization is, in the order found)."""

    def __call__(self, doc: Doc) -> Doc:
        doc.user_data[TITLE_ACRONYMS] = frozenset(d.short.text for d in acronym_definitions(doc, TITLE))
        book = OrgBook.starting_from(*candidate_organizations(doc))
        doc._.titles = find_titles(doc, MentionIndex(doc, book, doc._.person_mentions))
        doc.spans[TITLE_ORG_SPANS] = book.adopted
        doc._.title_orgs = book.orgs[book.first_new :]
        return doc


@Language.factory("news_titles")
def make_title_finder(nlp: Language, name: str) -> TitleFinder:
    """Factory for the title finder."""
    return TitleFinder()
