"""Roles: which person holds which title, read from the sentence structure.

- pre-nominal: "ILO Director-General Guy Ryder", "Vice President and Foreign Minister Marta
  Lucia Ramirez" (both titles), "Trial Attorney X and Assistant Chief Y of the Fraud Section"
  (the trailing "of ORG" serves both), "Senators A (LA) and B (IN)" (a plural title over a list);
- apposition: "X, director of Y", "X, head of Y and Chair of Z" (coordinated titles), "X,
  Costa Rica's Permanent Representative";
- predicate: "X served as T", "the appointment of X as T", "since his appointment as T", with
  "he/she/his/her" read as the person last named before.
An "at/of/in ORG" that closes a run of coordinated titles serves the titles before it that have
none ("Executive Vice President and Chief Corporate Affairs Officer at UPS").

README architecture table row: Role; Organization (bodies the role rules name).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extraction.contract import ROLE_ORG_SPANS, candidate_organizations, title_bodies, Attachment, PersonMention, RoleLink, Title
from pipeline.extraction import lexicon
from pipeline.extraction.components.organizations import form_key, with_named_bodies
from pipeline.extraction.components.titles import names_of, MentionIndex, OrgBook, opens_line, after_post_nominals, place_at, coined_word, lower_camel, _odd_shape, initials, anaphor_antecedent, anaphor_noun_at, board_owner, org_before, district_at, district_unit, national_office_title, is_head, is_modifier, leads_body, org_starting, place_span_starting, region_after, skip_parenthesis
from pipeline.extraction.components.places import jurisdiction
from pipeline.extraction.components.given_names import RARE_GIVEN_NAME_RANK, given_name_rank, is_common_word
from pipeline.extraction.components.tokens import POSSESSIVE, clean_text, doc_text, doc_tokens, is_capitalized, is_honorific, spaced_dash
from pipeline.extraction.components.tokens import sentence_bounds, with_lower
from pipeline.extraction.components.source_damage import keeps_curly_apostrophes, possessive_stem

PRONOUNS = frozenset({"he", "she", "his", "her", "him", "hers"})
# Words between a title and the name it introduces: honorifics, single ("Dr.") or in phrases
# ("His Excellency"), and "the".
HONORIFIC_GAP = lexicon.words("honorifics") | {word for phrase in lexicon.phrases("honorific_phrases") for word in phrase} | {"the"}

People = list[tuple[PersonMention, int]]  # each person mention (news_people) with its cluster index




def singular(title: Title) -> str:
    """"Senators" -> "Senator" for a plural title over a list of people."""
    if not title.plural:
        return title.text
    words = title.text.split()
    # The plural head, the last word that is one ("members of the Board" -> "member of the Board").
    k = next((k for k in range(len(words) - 1, -1, -1) if words[k].lower().endswith("s") and words[k].lower()[:-1] in lexicon.lower_words("title_heads")), len(words) - 1)
    words[k] = words[k][:-1]
    return " ".join(words)


def person_at(doc: Doc, people: People, i: int) -> Optional[tuple[int, int, int]]:
    """(start, end, cluster) of the person mention starting at token i, after honorifics."""
    while i < len(doc) and doc[i].text in HONORIFIC_GAP:
        i += 1
    for m, owner in people:
        if m.start == i:
            return m.start, m.end, owner
    return None


def resolve_pronoun(people: People, i: int) -> Optional[int]:
    """Cluster of the person last named before token i (for "he", "she", "his", "her")."""
    best = None
    for m, owner in people:
        if m.start < i:
            best = owner
    return best


def link(title: Title, person: int, start: int, end: int, extra: Optional[Attachment] = None) -> list[RoleLink]:
    """Role records for a title held by a person: one per attachment (none when it has none)."""
    text = singular(title)
    attached = list(title.attached) or ([extra] if extra else [])
    if not attached:
        return [RoleLink(person, text, start, end)]
    return [RoleLink(person, text, min(start, a.start), max(end, a.end), org=a.org, place=a.place) for a in attached]


# Words between "as" or a comma and the title they open: determiners, possessives ("as its new
# chief executive officer") and "new", "former".
TITLE_OPENERS = frozenset({"the", "a", "an", "former", "then", "currently", "its", "their", "our", "his", "her", "new"})
# "X, previously the Chief Marketing Officer at Y": a past office set off after a name is still held there.
PAST_OPENERS = frozenset({"previously", "formerly"})


def title_after(titles_by_start: dict[int, Title], doc: Doc, i: int) -> Optional[Title]:
    """A title starting at token i, after an optional determiner or a title's pre-modifier; a
    title that itself starts with an opener word ("former CEO of Y") is found at that word."""
    first = i
    while i < len(doc) and i not in titles_by_start and (doc[i].lower_ in TITLE_OPENERS or doc[i].lower_ in PAST_OPENERS):
        i += 1
    if i in titles_by_start:
        return titles_by_start[i]
    for t in titles_by_start.values():
        # "as its official Travel Ambassador": a title whose body is an opener word ("its").
        if (t.lead in {i, i + 1} or first <= t.lead < i) and t.start > i:
            return t
    return None


def title_end(title: Title) -> int:
    """Token after everything the title phrase covers (its complements and their acronyms)."""
    return max([title.end] + [a.end for a in title.attached if a.how != "pre"])


def coordinated(doc: Doc, titles_by_start: dict[int, Title], first: Title) -> list[Title]:
    """The title and those joined to it by "and", "," or, in a career list, ";" ("head of Y and
    Chair of Z"; "served as a partner with Y (2001-2009); First Assistant U.S. Attorney ... (1997-1998);
    and Assistant U.S. Attorney (1992-1994)")."""
    chain = [first]
    i = skip_parenthesis(doc, title_end(first))
    while i < len(doc) and doc[i].lower_ in {"and", ",", "&", ";"}:
        j = i + 1
        if j < len(doc) and doc[j].lower_ == "and":
            j += 1
        nxt = title_after(titles_by_start, doc, j)
        if nxt is None or nxt in chain:
            break
        chain.append(nxt)
        i = skip_parenthesis(doc, title_end(nxt))
    return chain


def share_closing_org(chain: list[Title]) -> list[Title]:
    """An "at/of/in ORG" closing the last title of a chain serves earlier titles that have none;
    so does a body set off by a comma after it ("X, Co-founder and CTO, Acme Microsystems.")."""
    shared = []
    for k, t in enumerate(chain):
        closing = nearest_closing(chain[k + 1 :])
        shared.append(t if t.attached or not closing or not _shares_trailing(t, closing) else replace(t, attached=tuple(closing)))
    return shared


def nearest_closing(later: list[Title]) -> list[Attachment]:
    """"Managing Director and Head of Government Affairs at Acme and Vice President at Zentrix": a
    bare title takes the closing body of the nearest later title that has one (Acme), not the
    last one's; [] where no later title closes with a body."""
    for t in later:
        closing = [a for a in t.attached if a.how in {"at", "of", "in", "for", "on", "trailing"}]
        if closing:
            return closing
    return []


def _shares_trailing(title: Title, closing: list[Attachment]) -> bool:
    """A body set off after the last title serves only bare titles before it ("Co-founder and
    CTO, Acme"), not one with a complement of its own ("Deputy Assistant to the President and
    Senior Director ..., National Security Council")."""
    return any(a.how != "trailing" for a in closing) or not TITLE_COMPLEMENT_WORDS & set(title.text.split())


TITLE_COMPLEMENT_WORDS = frozenset({"of", "to", "for", "on"})


def share_leading_org(chain: list[Title]) -> list[Title]:
    """A body before the first of coordinated titles serves those after it that have none:
    "Acme Founder and CEO Jane Roe" -> Founder of Acme, CEO of Acme."""
    pre = next((a for a in chain[0].attached if a.how == "pre" and a.org is not None), None) if chain else None
    if pre is None:
        return chain
    return [t if t.attached else replace(t, attached=(pre,)) for t in chain]


def prenominal(doc: Doc, titles: list[Title], people: People, index: MentionIndex) -> list[RoleLink]:
    """Titles right before a name: "Secretary of State Antony Blinken", plural titles over lists."""
    links = []
    by_end = {}
    for t in titles:
        by_end.setdefault(title_end(t), t)
    fuller = {doc_tokens(doc)[m.end - 1].lower_ for m, owner in people if m.end - m.start > 1}  # surnames of people named in full
    longest: dict[int, int] = {}
    for m, owner in people:
        longest[owner] = max(longest.get(owner, 0), m.end - m.start)
    groups: list[list[tuple[Title, tuple[int, int, int]]]] = []
    for t in titles:
        gap = title_end(t)
        trailing = next((a for a in t.attached if a.how == "trailing"), None)
        if trailing:
            gap = trailing.end
        gap = skip_parenthesis(doc, gap)
        person = person_at(doc, people, gap) or apposed_person(doc, titles, people, t, gap)
        if person is None or portfolio_word(doc, person) or given_name_title(doc, t, person, fuller) or name_runs_on(doc, t, person, longest):
            continue
        chain = [t]
        # "Vice President and Foreign Minister X": titles joined before the same name;
        # "Head of Delegation Chairperson X": titles stacked before it share a pre-modifier.
        k = title_start(t)
        seen_and = False
        while k >= 1:
            stacked = by_end.get(k)
            # "founder, president and CEO X": a comma joins titles before an "and" that joins the last.
            joined = by_end.get(k - 1) if doc[k - 1].lower_ in {"and", "&"} or doc[k - 1].text == "," and seen_and else None
            seen_and = seen_and or joined is not None and doc[k - 1].lower_ in {"and", "&"}
            prev = stacked or joined
            if prev is None or prev in chain or stacked is None and names_other_holder(doc, prev):
                break
            if stacked and not prev.attached and chain[0].attached and chain[0].attached[0].how == "pre":
                prev = replace(prev, attached=(chain[0].attached[0],))
            elif stacked and not chain[0].attached and prev.attached and prev.attached[0].how == "pre":
                chain[0] = replace(chain[0], attached=(prev.attached[0],))
            chain.insert(0, prev)
            k = title_start(prev)
        if trailing:
            chain = [c if c.attached else replace(c, attached=(trailing,)) for c in chain]
        chain = share_leading_org(share_closing_org(chain))
        group = [(c, person) for c in chain]
        if t.plural:
            group += [(t, p) for p in list_after(doc, people, person)]
        groups.append(group)
    # Groups joined by "and" share what follows the last one: "(Colombia)", "of the Fraud Section".
    merged: list[list[tuple[Title, tuple[int, int, int]]]] = []
    for group in groups:
        if merged and doc[group[0][0].start - 1].lower_ == "and" and group[0][0].start - 1 == skip_parenthesis(doc, merged[-1][-1][1][1]):
            company = leading_company(merged[-1][0][0])
            if company is not None:
                group = [(replace(title, attached=(company,)) if shares_leading_company(doc, title) else title, person) for title, person in group]
            merged[-1] = merged[-1] + group
        else:
            merged.append(group)
    for group in merged:
        after_person = after_name(doc, index, group[-1][1][1])
        for title, (p_start, p_end, owner) in group:
            own = after_name(doc, index, p_end)
            # The last name's own title (a plural title over a list) always shares it.
            # A body after "from" or "with" (body_from) is the last name's alone.
            shares = after_person and (title.start == group[-1][0].start or after_person.how != "from" and takes_shared_body(title, after_person))
            extra = own or (after_person if shares else None)
            if extra and extra.place is not None and extra.how == "paren":
                title = replace(title, attached=tuple(a for a in title.attached if a.how != "pre"))
            if extra and (extra.how in {"of", "from"} and not [a for a in title.attached if a.org is not None]):
                # "U.S. Attorney X of the Southern District of Florida": the district is attached
                # and the place before the title stays in it.
                pre = next((a for a in title.attached if a.how == "pre"), None)
                if pre is not None:
                    title = replace(title, start=pre.start, text=clean_text(doc[pre.start : title.end].text))
                title = replace(title, attached=tuple(a for a in title.attached if a.how != "pre"))
            links += link(title, owner, title.start, p_end, extra)
    return links


def names_other_holder(doc: Doc, title: Title) -> bool:
    """"The Secretary and Foreign Minister Colonna agreed": a bare title opening the sentence with
    "The" and joined by "and" to the title of a name is a second person (the release's principal),
    not a second office of that name."""
    start = title_start(title)
    return not title.attached and start >= 1 and doc[start - 1].lower_ == "the" and doc[start - 1].is_sent_start


def leading_company(title: Title) -> Optional[Attachment]:
    """The organization named right before a title ("Paltalk" of "Paltalk CEO"), not a place."""
    first = title.attached[0] if title.attached else None
    return first if first is not None and first.how == "pre" and first.org is not None else None


def shares_leading_company(doc: Doc, title: Title) -> bool:
    """"Paltalk CEO Jane Roe and CFO Tom Poe", "Acme Ltd CEO Jane Roe and director of operations
    Tom Poe": a title before the second name, after "and" closing the first, with no body and no
    word before it of its own, is held in the company named before the first title, where it
    leads a body (`title_leaders`, a chief officer) or is written lower-case (a company's way of
    writing one, not a government office: "ILO Director-General X and Secretary of State Y")."""
    return not title.attached and title.lead in (-1, title.start) and (leads_body(doc, title.end - 1) or doc[title.start].is_lower)


# A title word that is also a given name this common ("Dean") opens a person's name when the model reads both as one.
COMMON_GIVEN_NAME_RANK = 500


def given_name_title(doc: Doc, title: Title, person: tuple[int, int, int], fuller: set[str]) -> bool:
    """"where Frank Sinatra and Dean Martin performed": a one-word title that is a common given
    name, right before a one-word name the model reads together with it as one person, is the
    person's given name, no title, unless the release names someone of that surname in full
    ("Jane Roe, dean of ... Dean Roe said") or "of"/"at" attaches a body to it ("Dean Roe of the
    college")."""
    start, end, _ = person
    tokens = doc_tokens(doc)
    if title.end - title.start != 1 or title.attached or start != title.end or end - start != 1 or tokens[start].lower_ in fuller:
        return False
    if end < len(tokens) and tokens[end].lower_ in {"of", "at"}:
        return False
    word, name = tokens[title.start], tokens[start]
    if word.ent_type_ != "PERSON" or word.ent_iob_ != "B" or name.ent_type_ != "PERSON" or name.ent_iob_ != "I":
        return False
    rank = given_name_rank(word.text)
    return rank is not None and rank <= COMMON_GIVEN_NAME_RANK


def common_given_name(token) -> bool:
    """A capitalized word that is a given name of the census lists above the rare ranks ("Jane", not "Moon")."""
    rank = given_name_rank(token.text) if token.text[:1].isupper() else None
    return rank is not None and rank <= RARE_GIVEN_NAME_RANK


def name_runs_on(doc: Doc, title: Title, person: tuple[int, int, int], longest: dict[int, int]) -> bool:
    """"Founder of Full Moon Sports", "CEO of Blimburn Seeds": where the "of" complement left in a
    title ends in a capitalized word that no entity marks and no portfolio word ("Secretary of
    State"), a "name" right after it that the model reads as no person of its own, that opens with
    no common given name, ends in a common word or in capitals ("Sports", "ISD") and is no short
    form of a person named more fully, is the rest of the body's name, not a holder. So is such a
    name that the model's ORG entity of the last word runs into ("President of International
    Wealth Protection"; not a place's: "President of El Salvador X")."""
    start, end, owner = person
    if start != title.end or title.attached or title.end - title.start < 3 or longest.get(owner, 0) > end - start:
        return False  # a surname of a person the release names in full holds the title
    tokens = doc_tokens(doc)
    last, first = tokens[title.end - 1], tokens[start]
    if common_given_name(first) or first.ent_iob_ == "B" and first.ent_type_ == "PERSON":
        return False  # "Minister of Ports Zoran Vidic": a name the model reads as a person of its own
    if not (is_common_word(tokens[end - 1].text) or tokens[end - 1].is_upper):
        return False  # the "name" must end as a body's name does: a common word ("Sports") or letters ("ISD")
    if last.ent_type_ == "ORG" and first.ent_iob_ == "I" and first.ent_type_ == "ORG":
        return any(tokens[k].lower_ == "of" for k in range(title.start, title.end - 1))  # one entity runs across: "of International Wealth Protection"
    if not is_capitalized(last) or last.ent_type_ or last.lower_ in lexicon.lower_words("title_portfolios"):
        return False
    return any(tokens[k].lower_ == "of" for k in range(title.start, title.end - 1))


def takes_shared_body(title: Title, shared: Attachment) -> bool:
    """"Trial Attorney X and Assistant Chief Y of the Fraud Section": a body after the last name of
    titles joined by "and" serves the earlier ones, but not one with a complement of its own
    ("Assistant Attorney General for National Security X and U.S. Attorney Y of the District of Z"),
    nor, unless it is a district, an office named with its country ("Assistant U.S. Attorney X and
    Trial Attorney Y of the Tax Division": a U.S. Attorney's office is a district's)."""
    if TITLE_COMPLEMENT_WORDS & set(title.text.split()):
        return False
    return shared.org is None or not national_office_title(title.text)


def portfolio_word(doc: Doc, person: tuple[int, int, int]) -> bool:
    """"SVP Finance at Acme": a one-word name right after a title that is a portfolio word
    (`title_portfolios`) is the title's field, not its holder (the people rules may read it as a
    surname)."""
    start, end, _ = person
    return end - start == 1 and doc[start].lower_ in lexicon.lower_words("title_portfolios")


def apposed_person(doc: Doc, titles: list[Title], people: People, title: Title, gap: int) -> Optional[tuple[int, int, int]]:
    """"Minister of Labour of Luxembourg, Georges Mischo, said", "The ILO's director, Jane Smith":
    a name set off by commas right after a title that does not itself follow a name."""
    start = title_start(title)
    # "Acme's co-founders—A, B and C—will ...": a plural title sets off its list by a dash too.
    if gap >= len(doc) or not (doc[gap].text == "," or title.plural and doc[gap].text in {"—", "–"}) or follows_a_name(doc, titles, people, start):
        return None
    person = person_at(doc, people, gap + 1)
    if person is None:
        return None
    listed = list_after(doc, people, person) if title.plural else []
    # "Acme's co-founders, A and B, will ...": a plural title's list closes after its last name.
    after = listed[-1][1] if listed else person[1]
    closes = after >= len(doc) or doc[after].text in {",", ".", ";", ":", "—", "–"} or doc[after].is_space
    return person if closes else None


def follows_a_name(doc: Doc, titles: list[Title], people: People, start: int) -> bool:
    """The title at `start` continues an apposition to a name before it ("Gao Hucheng, China
    International Trade Representative and Vice Minister ..."): going back over titles, "and",
    commas and parentheses reaches a comma right after a person."""
    in_title = {i for t in titles for i in range(title_start(t), title_end(t))}
    person_ends = {m.end for m, _ in people}
    i = start - 1
    while i >= sentence_bounds(doc, start)[0]:
        if doc[i].text == "," and i in person_ends:
            return True
        if not (i in in_title or doc[i].lower_ in {"and", ",", "(", ")"} or doc[i].is_punct):
            return False
        i -= 1
    return False


def title_start(title: Title) -> int:
    """First token of a title with its pre-modifier."""
    return min([title.start] + [a.start for a in title.attached if a.how == "pre"])


def after_name(doc: Doc, index: MentionIndex, end: int) -> Optional[Attachment]:
    """What follows a name and attaches its title: "(Colombia)", "of the Fraud Section",
    "of the Southern District of Texas"."""
    if end < len(doc) and doc[end].text == "(":
        place = place_span_starting(doc, end + 1)
        if place and place[0] < len(doc) and doc[place[0]].text == ")":
            return Attachment(end + 1, place[0], place=place[1], how="paren")
    after = skip_parenthesis(doc, end)
    if after < len(doc) and doc[after].lower_ in {"of", "at", "for"}:
        org = org_starting(doc, index, after + 1) or unit_after_lost_owner(doc, index, after + 1) or region_of_body(doc, index, after + 1)
        if org:
            return replace(org, how="of")
        unit = district_unit(doc, index, after + 1)
        if unit:
            return replace(unit, how="of")
        district = district_at(doc, after + 1)
        if district:
            return Attachment(after + 1, district[0], place=district[1], how="of")
    court = district_in(doc, after) or country_after_name(doc, after) or set_off_of(doc, index, after) or body_from(doc, index, after)
    if court:
        return court
    if after + 1 < len(doc) and doc[after].text == ",":
        # "Political Director Jane Roe, Slovenian Ministry of Foreign Affairs, and ...": the body
        # set off by commas after the name closes the phrase.
        org = org_starting(doc, index, after + 1)
        if org and (org.end >= len(doc) or doc[org.end].text in {",", ";", ".", ")"} or doc[org.end].is_space):
            return replace(org, how="of")
    return None


def unit_after_lost_owner(doc: Doc, index: MentionIndex, i: int) -> Optional[Attachment]:
    """"Special Agent in Charge X of U.S. Immigration and Customs Enforcements Homeland Security
    Investigations (HSI)": a name no rule kept as a body, closed by a possessive that lost its
    apostrophe (see source_damage), then a unit that is one: the unit is the title's body."""
    if keeps_curly_apostrophes(doc):
        return None
    k = i
    while k < min(len(doc), i + 10) and k not in index.org_start:
        if doc[k].text == "(":
            return unit_named_before_acronyms(doc, index, i, k)
        if not (is_capitalized(doc[k]) or doc[k].lower_ in {"and", "&", "of", "the"}):
            return None
        k += 1
    if k == i or k not in index.org_start or not lost_possessive_at(doc, k - 1):
        return None
    unit = org_starting(doc, index, k)
    return replace(unit, start=i) if unit else None


def region_of_body(doc: Doc, index: MentionIndex, i: int) -> Optional[Attachment]:
    """"Special Agent in Charge Jane Roe of the Dallas Region of the HHS Office of Inspector
    General": a region named before "of" and a body is that body's unit, and the title's body."""
    start = i + 1 if i < len(doc) and doc[i].lower_ == "the" else i
    unit = region_after(doc, index, start)
    if unit is None or doc[unit[1] - 1].text != "Region" or unit[1] + 1 >= len(doc) or doc[unit[1]].lower_ != "of" or org_starting(doc, index, unit[1] + 1) is None:
        return None
    return Attachment(start, unit[1], org=index.adopt(doc, *unit))


def lost_possessive_at(doc: Doc, k: int) -> bool:
    """A capitalized word that may be a possessive whose apostrophe was lost ("Enforcements")."""
    return possessive_stem(doc[k].text) is not None and doc[k].text[0].isupper()


def unit_named_before_acronyms(doc: Doc, index: MentionIndex, i: int, paren: int) -> Optional[Attachment]:
    """"of U.S. Immigration and Customs Enforcements Homeland Security Investigations (ICE-HSI)":
    the words between the lost possessive and the parenthesis name a body one of the acronyms
    in it stands for; that body."""
    close = next((k for k in range(paren + 1, min(paren + 6, len(doc))) if doc[k].text == ")"), None)
    if close is None:
        return None
    for j in range(i, paren - 1):
        if not lost_possessive_at(doc, j):
            continue
        name = doc[j + 1 : paren].text
        for k in range(paren + 1, close):
            if k in index.org_start and name in names_of(index.orgs[index.org_start[k][1]]):
                return Attachment(i, close + 1, org=index.org_start[k][1], how="of")
    return None


def set_off_of(doc: Doc, index: MentionIndex, i: int) -> Optional[Attachment]:
    """"Trial Attorneys Jane Roe and Tom Poe, of the Criminal Division's Fraud Section.": a body
    after ", of" right after the names, closing the sentence or clause, is their titles'."""
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ != "of":
        return None
    org = org_starting(doc, index, i + 2)
    if org is None or org.end < len(doc) and not (doc[org.end].text in {".", ";", ","} or doc[org.end].is_space):
        return None
    return replace(org, how="of")


def body_from(doc: Doc, index: MentionIndex, i: int) -> Optional[Attachment]:
    """"Trial Attorney Jane Roe from the Counterespionage Section of the National Security
    Division", "Trial Attorney Tom Poe, with the Environmental Crimes Section, prosecuted": a body
    (or judicial district) after "from" or "with" right after the name, closing the phrase, is
    the title's. Not "Secretary Roe with NATO Secretary General Poe": the body must end the phrase."""
    if i < len(doc) and doc[i].text == ",":
        i += 1
    if i + 1 >= len(doc) or doc[i].lower_ not in {"from", "with"}:
        return None
    found = org_starting(doc, index, i + 1) or district_unit(doc, index, i + 1)
    if found is None:
        district = district_at(doc, i + 1)
        found = Attachment(i + 1, district[0], place=district[1]) if district else None
    if found is None or found.end < len(doc) and not closes_phrase(doc[found.end]):
        return None
    return replace(found, how="from")


def closes_phrase(token) -> bool:
    """A token after a body that ends the phrase naming it: punctuation, a line break, "and", a verb."""
    return token.is_punct or token.is_space or token.lower_ == "and" or token.pos_ in {"VERB", "AUX"}


def country_after_name(doc: Doc, i: int) -> Optional[Attachment]:
    """"met with President Jane Roe of Latvia, Prime Minister Tom Poe of Estonia": a country or
    state after "of" right after the name, closing the phrase, is the office's jurisdiction."""
    if i + 1 >= len(doc) or doc[i].lower_ != "of":
        return None
    place = place_span_starting(doc, i + 1)
    if place is None:
        return None
    end = place[0]
    if end < len(doc) and not (doc[end].is_punct or doc[end].is_space or doc[end].lower_ in {"and", "in", "on", "at", "to", "for", "during", "who"} or doc[end].pos_ in {"VERB", "AUX"}):
        return None  # "of Latvia's parliament", "of Ohio State University": the place starts a longer name
    return Attachment(i + 1, end, place=place[1], how="after")


def district_in(doc: Doc, i: int) -> Optional[Attachment]:
    """"sentenced by U.S. District Judge Jane Roe in the Central District of California": a
    judicial district after "in" right after the name is the office's jurisdiction."""
    if i + 1 >= len(doc) or doc[i].lower_ != "in":
        return None
    district = district_at(doc, i + 1)
    if district is None or district[0] < len(doc) and doc[district[0]].is_lower and doc[district[0]].pos_ == "NOUN":
        return None  # "in the Western District of Texas office": a unit, not the district
    return Attachment(i + 1, district[0], place=district[1], how="of")


def list_after(doc: Doc, people: People, person: tuple[int, int, int]) -> list[tuple[int, int, int]]:
    """People listed after a first one: "A (LA) and B (IN)", "A (FL-16), B (NV-03), ... and C"."""
    found = []
    i = skip_parenthesis(doc, person[1])
    while i < len(doc) and doc[i].lower_ in {",", "and"}:
        j = i + 1
        if j < len(doc) and doc[j].lower_ == "and":
            j += 1
        nxt = person_at(doc, people, j)
        if nxt is None:
            break
        found.append(nxt)
        i = skip_parenthesis(doc, nxt[1])
    return found


def appositions(doc: Doc, titles_by_start: dict[int, Title], people: People) -> list[RoleLink]:
    """"X, director of Y and Chair of Z": titles in apposition after a name."""
    links = []
    for m, owner in people:
        i = skip_parenthesis(doc, past_split_suffix_period(doc, m.end))
        if i >= len(doc) or not (doc[i].text == "," or roster_dash(doc, i, m)):
            continue
        i = skip_nominee(doc, skip_home_state(doc, after_post_nominals(doc, i)))
        first = title_after(titles_by_start, doc, i + 1)
        if first is None:
            continue
        chain = coordinated(doc, titles_by_start, first)
        introducing = next((k for k, t in enumerate(chain) if introduces_person(doc, people, t)), None)
        if introducing is not None and (introducing == 0 or not (after_semicolon(doc, chain[introducing]) or after_comma_and(doc, chain[introducing]))):
            continue
        chain = chain[:introducing]
        holders = [(m.start, owner)]
        if first.plural and not first.attached:
            continue  # "X and Y, members of the ring": a group, not a body's seat
        if first.plural:
            holders += list_before(doc, people, m)
        for t in share_leading_org(share_closing_org(chain)):
            for start, holder in holders:
                links += link(t, holder, start, t.end)
    return links


def past_split_suffix_period(doc: Doc, end: int) -> int:
    """"I, JOSEPH R. BIDEN JR., President of the United States": the tokenizer splits the period
    off a generational suffix in capitals ("JR" "."), and the name mention may end before the
    suffix or before that period; the index after the period, else `end`."""
    suffixes = lexicon.words("name_suffixes")
    k = end + 1 if end < len(doc) and doc[end].text.isupper() and doc[end].text.title() in suffixes else end
    if 0 < k < len(doc) and doc[k].text == "." and not doc[k - 1].whitespace_ and doc[k - 1].text.isupper() and doc[k - 1].text.title() in suffixes:
        return k + 1
    return end


def signer(doc: Doc, people: People) -> Optional[int]:
    """The person whose name stands alone on a line after the text, as under an order or a
    proclamation ("JOSEPH R. BIDEN JR." before "THE WHITE HOUSE,"): the cluster of the last
    person mention when it is alone on its line (a final period aside) and no sentence follows."""
    if not people:
        return None
    m, owner = max(people, key=lambda p: p[0].start)
    k = past_split_suffix_period(doc, m.end)
    if k < len(doc) and doc[k].text == ".":
        k += 1
    if not opens_line(doc, m.start) or not (k >= len(doc) or "\n" in doc[k - 1].whitespace_ or doc[k].is_space):
        return None
    return owner


def signer_as_title(doc: Doc, titles_by_start: dict[int, Title], people: People) -> list[RoleLink]:
    """"By the authority vested in me as President by the Constitution ...", signed "JOSEPH R.
    BIDEN JR.": the title a signed text gives "me" is its signer's (`signer`)."""
    mes = [t for t in with_lower(doc, {"me"}) if t.i + 2 < len(doc) and doc[t.i + 1].lower_ == "as" and t.i + 2 in titles_by_start]
    owner = signer(doc, people) if mes else None
    if owner is None:
        return []
    return [r for t in mes for r in link(titles_by_start[t.i + 2], owner, t.i, title_end(titles_by_start[t.i + 2]))]


def roster_dash(doc: Doc, i: int, mention: PersonMention) -> bool:
    """"Jane Roe – CEO, Acme" on a line of its own: a spaced dash after a name opening the line
    sets off its title as a comma does."""
    return spaced_dash(doc, i) and i == mention.end and opens_line(doc, mention.start)


def after_semicolon(doc: Doc, title: Title) -> bool:
    """"X, Special Agent in Charge of Y; and Deputy Director Z": a title after ";" (and "and")
    opens the next item of a list, not one more title of the person before."""
    k = title.start - 1
    while k > 0 and doc[k].lower_ in {"and", "the"}:
        k -= 1
    return doc[k].text == ";"


def after_comma_and(doc: Doc, title: Title) -> bool:
    """"X, head of the Civil Rights Division, and Salvadoran Ambassador Z": a title (with its
    pre-modifier) after ", and" that introduces the next person opens the next item of a list."""
    k = title_start(title) - 1
    while k > 1 and doc[k].lower_ == "the":
        k -= 1
    return k > 1 and doc[k].lower_ == "and" and doc[k - 1].text == ","


def list_before(doc: Doc, people: People, mention: PersonMention) -> list[tuple[int, int]]:
    """"A and Dr. B, members of the Board": the people listed before the last one, joined to it by
    "and" or commas; (start, cluster) of each."""
    tokens = doc_tokens(doc)
    ending = {m.end: (m.start, owner) for m, owner in people}
    found = []
    i = mention.start
    while i > 0:
        j = i - 1
        while j > 0 and tokens[j].text in HONORIFIC_GAP:
            j -= 1  # "and Dr. B"
        if tokens[j].lower_ not in {"and", ","}:
            break
        k = j - 1 if j > 0 and tokens[j - 1].text == "," and tokens[j].lower_ == "and" else j
        previous = ending.get(k)
        if previous is None:
            break
        found.append(previous)
        i = previous[0]
    return found


def skip_home_state(doc: Doc, comma: int) -> int:
    """"X, of Pennsylvania, a Career Member of ...": the comma after a home state set off after a
    name (nomination lists), else the comma given."""
    if comma + 2 < len(doc) and doc[comma + 1].lower_ == "of":
        place = place_span_starting(doc, comma + 2)
        if place and place[0] < len(doc) and doc[place[0]].text == ",":
            return place[0]
    return comma


def skip_nominee(doc: Doc, comma: int) -> int:
    """"X, Nominee for Assistant Attorney General": the title put forward is the person's; the
    index before the title, else the comma given."""
    if comma + 3 < len(doc) and doc[comma + 1].lower_ in lexicon.lower_words("title_nominations") and doc[comma + 2].lower_ in {"for", "to", "as"}:
        return comma + 2
    return comma


def parenthesized(doc: Doc, titles_by_start: dict[int, Title], people: People) -> list[RoleLink]:
    """"Markus Roe (CEO) and Anna Lind (CFO) will present": a title alone in parentheses after a name."""
    links = []
    for m, owner in people:
        if m.end + 2 >= len(doc) or doc[m.end].text != "(":
            continue
        title = titles_by_start.get(m.end + 1)
        if title is not None and title_end(title) < len(doc) and doc[title_end(title)].text == ")":
            links += link(title, owner, m.start, title_end(title) + 1)
    return links


FOUNDING_VERBS = lexicon.verb_forms("founding_verbs", ("past", "participle"))  # "found" is also "find"'s past


def verb_arguments(doc: Doc, index: MentionIndex, verb, co: bool) -> tuple:
    """What a verb of office or founding is said of, and who did it: "Y, founded by X" (the body
    the participle is set off after), "Y was chaired by X" (passive subject and agents), "X chairs
    Y" (object and subjects). RETURNS (head token or None, agent tokens)."""
    # "co-chaired" is split in three tokens, and the parser may hang the subject on "co".
    children = [c for v in ([verb, doc[verb.i - 2]] if co else [verb]) for c in v.children]
    head = set_off_body(doc, index, verb) if verb.dep_ == "acl" else next((c for c in children if c.dep_ == "nsubjpass"), None)
    agents = [p for c in children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    if head is None and not agents:
        head = next((c for c in children if c.dep_ == "dobj"), None)
        agents = [c for c in children if c.dep_ == "nsubj"]
    return head, agents


def person_of(people: People, token) -> Optional[int]:
    """Cluster of the person a token names: a pronoun's antecedent, else the mention covering it."""
    return subject_antecedent(people, token) if token.lower_ in PRONOUNS else mention_owner(people, token.i)


SPEECH_VERBS = lexicon.verb_forms("speech_verbs")


def mention_heads(tokens, m) -> list:
    """The tokens of a mention whose head lies outside it (or that head themselves): one for a
    parsed name, more where the parser's sentence split runs through it ("Michael | Alan Roe, a
    member of ..., is"); a "compound" head stands for the noun it modifies ("Heide B." of "Heide B.
    Fulton ... serves": the name the person rules cut short)."""
    heads = [tokens[k] for k in range(m.start, m.end) if not m.start <= tokens[k].head.i < m.end or tokens[k].head.i == k]
    return [h.head if h.dep_ == "compound" else h for h in heads]


def subject_antecedent(people: People, pronoun) -> Optional[int]:
    """"Glick was nominated ... by President Jane Roe in 2017. Before joining the Commission, he
    was General Counsel": a biography's "he/she" is the person last named as a clause's subject,
    not the last person named (a nominator, a boss) nor a speaker ("said X": `speech_verbs`); the
    last person named where no subject was."""
    tokens = doc_tokens(pronoun.doc)
    best, best_start = None, -1
    for m, owner in people:
        if best_start < m.start < pronoun.i and any(
            head.dep_ in {"nsubj", "nsubjpass"} and head.head.lower_ not in SPEECH_VERBS for head in mention_heads(tokens, m)
        ):
            best, best_start = owner, m.start
    return best if best is not None else resolve_pronoun(people, pronoun.i)


def founders(doc: Doc, people: People, index: MentionIndex) -> list[RoleLink]:
    """"Y, founded by X", "Y was founded by X and Z", "X founded Y" -> X is founder of Y
    (co-founder after "co-")."""
    tokens = doc_tokens(doc)
    links = []
    for verb in with_lower(doc, FOUNDING_VERBS):
        if verb.lower_ not in FOUNDING_VERBS:
            continue
        co = verb.lower_ != "founded" or verb.i >= 2 and tokens[verb.i - 1].text == "-" and tokens[verb.i - 2].lower_ == "co"
        title = "co-founder" if co else "founder"
        head, agents = verb_arguments(doc, index, verb, co)
        # "Founded by industry executives A and B": the names in apposition to the agent.
        apposed = [c for a in agents for c in a.children if c.dep_ == "appos" and c.i in index.person_at]
        if head is None and agents and any(a.i in index.person_at for a in agents + apposed):
            head = opened_clause_body(doc, index, verb, agents)  # not "Founded by the X Foundation, Y is"
        org = said_of_body(doc, index, head) if head is not None and agents else None
        if org is None:
            continue
        named = agents + apposed + [c for a in agents + apposed for c in a.conjuncts]
        for p in named:
            owner = person_of(people, relative_antecedent(p))
            if owner is not None:
                links.append(RoleLink(owner, title, min(p.i, head.i), max(p.i, head.i) + 1, org=org))
    return links


def opened_clause_body(doc: Doc, index: MentionIndex, verb, agents: list):
    """"Founded in 2001 by Jane Roe, Acme offers ...", "Founded by Jane Roe, the firm is ...": a
    participle of founding that opens its sentence is said of the subject of the clause it
    modifies; where the parser hangs the participle as the clause's subject, of the name set off
    in apposition after the agent ("by Jane Roe, Acme Low Voltage offers"). The noun, or None."""
    tokens = doc_tokens(doc)
    first = sentence_bounds(doc, verb.i)[0]
    while first < verb.i and (tokens[first].is_space or tokens[first].is_punct):
        first += 1
    if first != verb.i and not (verb.i - first == 2 and tokens[first].lower_ == "co" and tokens[first + 1].text == "-"):
        return None
    if verb.dep_ == "advcl":
        return next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i > verb.i), None)
    if verb.dep_ == "csubj":
        return next((c for a in agents for c in a.children if c.dep_ == "appos" and c.i not in index.person_at), None)
    return None


RELATIVE_PRONOUNS = frozenset({"who", "that"})


def relative_antecedent(token):
    """"Jane Roe, who founded Acme in 2010", "Jane Roe, who was named President in 2021": the
    relative pronoun subject (active or passive) of a relative clause stands for the noun the
    clause is said of; any other token is itself."""
    verb = token.head
    if token.lower_ in RELATIVE_PRONOUNS and token.dep_ in {"nsubj", "nsubjpass"} and verb.dep_ == "relcl" and verb.head.i != verb.i:
        return verb.head
    return token


OFFICE_VERBS = {form: base for base in lexicon.lower_words("office_verbs") for form in lexicon.forms_of(base, ("base", "present", "past", "participle"))}


def office_holders(doc: Doc, titles: list[Title], people: People, index: MentionIndex) -> list[RoleLink]:
    """"Y, chaired by X", "Y is headed by X", "X chairs Y": the verb names the office ("chair",
    "head"; "co-chair" after "co-") that X holds in the organization Y (and in the organizations
    joined to Y). "Y, headed by Section Chief X": the head's own title, where no body is attached
    to it, is the office held in Y."""
    tokens = doc_tokens(doc)
    links = []
    bare_before = {title_end(t): t for t in titles if not t.attached}
    for verb in with_lower(doc, OFFICE_VERBS):
        base = OFFICE_VERBS.get(verb.lower_)
        if base is None or verb.pos_ not in {"VERB", "AUX"}:
            continue
        co = verb.i >= 2 and tokens[verb.i - 1].text == "-" and tokens[verb.i - 2].lower_ == "co"
        title = f"co-{base}" if co else base
        head, agents = verb_arguments(doc, index, verb, co)
        if head is None or not agents or said_of_body(doc, index, head) is None:
            continue
        bodies = [head] + [c for c in head.conjuncts if c.i in index.org_at and index.org_at[c.i] != index.org_at[head.i]]
        for p in agents + [c for a in agents for c in a.conjuncts]:
            owner = person_of(people, p)
            if owner is None:
                continue
            start = next((m.start for m, o in people if m.start <= p.i < m.end), p.i)
            own = bare_before.get(start) if base == "head" else None
            if own and all(is_honorific(t) for t in tokens[own.start : own.end]):
                own = None  # "headed by Professor X": a form of address, not the office held
            for body in bodies:
                held = own.text if own else title
                links.append(RoleLink(owner, held, min(own.start if own else p.i, body.i), max(p.i, body.i) + 1, org=index.org_at[body.i]))
    return links


LEADING_VERBS = lexicon.verb_forms("leading_verbs", ("past", "participle"))


def led_by_titled(doc: Doc, titles: list[Title], people: People, index: MentionIndex) -> list[RoleLink]:
    """"Y, led by CEO X", "Y is led by founding partner X", "Led by CEO X, Y focuses on ...",
    "Founded in 2017 and led by CEO X, Y provides ...": the agent of a leading verb
    (`leading_verbs`), named with a bare title right before the name, holds that title in the
    organization the verb is said of (the body set off before it, its passive subject, or the
    subject of the clause an opening participle modifies). Read from the bare titles, not from
    every token."""
    tokens = doc_tokens(doc)
    links = []
    mention_at = {m.start: (m, owner) for m, owner in people}
    for title in titles:
        k = title_end(title)
        while k < len(doc) and is_honorific(tokens[k]):
            k += 1  # "led by CEO Dr. Jane Roe"
        found = mention_at.get(k) if not title.attached else None
        if found is None or all(is_honorific(t) for t in tokens[title.start : title.end]):
            continue
        m, owner = found
        p = next((tokens[k] for k in range(m.start, m.end) if tokens[k].dep_ == "pobj" and tokens[k].head.dep_ == "agent"), None)
        if p is None:
            p = conjoined_agent(doc, title, m)
        verb = p.head.head if p is not None else None
        if verb is None or verb.lower_ not in LEADING_VERBS or verb.tag_ != "VBN":
            continue
        head, _ = verb_arguments(doc, index, verb, False)
        if head is None:
            clause = verb.head if verb.dep_ == "conj" and verb.head.dep_ == "advcl" else verb
            if clause.dep_ == "advcl":
                head = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
        org = said_of_body(doc, index, head) if head is not None else None
        if org is None:
            continue
        for held in titles_joined_before(doc, titles, title) + [title]:
            links.append(RoleLink(owner, singular(held), min(held.start, head.i), max(p.i, head.i) + 1, org=org))
    return links


def conjoined_agent(doc: Doc, title: Title, mention: PersonMention):
    """"led by Owner and Broker Jane Roe" parsed with the first title as the agent and the name
    joined to it: the agent's object that starts the bare titles joined before the name (the
    title's head token standing for the phrase), else None."""
    tokens = doc_tokens(doc)
    name_head = next((tokens[k] for k in range(mention.start, mention.end) if tokens[k].dep_ == "conj"), None)
    first = name_head.head if name_head is not None else None
    if first is None or first.dep_ != "pobj" or first.head.dep_ != "agent" or first.i >= title.start:
        return None
    return first if tokens[first.i + 1].lower_ in {"and", "&"} else None


def titles_joined_before(doc: Doc, titles: list[Title], title: Title) -> list[Title]:
    """"led by Founder and Senior Partner Jane Roe", "Led by CEO and Chairman Jane Roe": the bare
    titles joined by "and"/"&" right before the one that introduces the name, in text order."""
    by_end = {t.end: t for t in titles if not t.attached}
    joined: list[Title] = []
    start = title.start
    while start >= 2 and doc[start - 1].lower_ in {"and", "&"} and start - 1 in by_end:
        before = by_end[start - 1]
        joined.insert(0, before)
        start = before.start
    return joined


def said_of_body(doc: Doc, index: MentionIndex, head) -> Optional[int]:
    """The organization a verb of founding, office or leading is said of, given the noun the
    parse makes its subject, object or the noun it is set off after: an organization mention, or
    a proper name no organization rule kept ("Tessaly Foods was founded by X", "Ormond Robotics,
    led by CEO X"), adopted as a body (`unkept_name_at`); no name of a meeting (`event_heads`)."""
    if head.i in index.org_at:
        return index.org_at[head.i]
    if head.lower_ in COMPANY_NOUNS:
        return described_body(doc, index, head)
    span = unkept_name_at(doc, index, head, one_word=True)
    return index.adopt(doc, *span) if span else None


COMPANY_NOUNS = lexicon.lower_words("company_nouns")
COPULAS = lexicon.copulas()


def described_body(doc: Doc, index: MentionIndex, noun) -> Optional[int]:
    """"Protean Digital LLC is a marketing agency founded by X", "The company was founded in 2021
    by X": a noun of a company (`company_nouns`) a verb of founding or office is said of stands for
    the organization it describes: the subject of the "is" it completes (an organization, or a name
    no rule kept: `unkept_name_at`, one coined word too); None otherwise ("a firm founded by X").
    Not "the company was founded by X": read back to the release's company, that lost two right
    records on half B of development."""
    if noun.dep_ == "attr" and noun.head.lower_ in COPULAS:
        subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return None
        if subject.i in index.org_at:
            return index.org_at[subject.i]
        span = unkept_name_at(doc, index, subject, one_word=True)
        return index.adopt(doc, *span) if span else None
    return None


NOT_NAME_ENTS = frozenset({"GPE", "LOC", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "EVENT", "LAW", "LANGUAGE"})


def unkept_name_at(doc: Doc, index: MentionIndex, head, one_word: bool = False) -> Optional[tuple[int, int]]:
    """(start, end) of the proper name of two to five capitalized words (or "&") that a proper
    noun `head` closes, where no person or organization rule took a word of it and it is no
    place, date, title or honorific: "Tessaly Foods", "Ormond Robotics". One word is too weak a
    name (a surname, a product) unless `one_word` and it has a coined shape ("SingularityNET",
    "Pacylex"); None otherwise."""
    tokens = doc_tokens(doc)
    if head.pos_ != "PROPN" or not is_capitalized(head) or head.i in index.person_at:
        return None
    start, sent_start = head.i, sentence_bounds(doc, head.i)[0]
    while start > sent_start and head.i - start < 4 and tokens[start - 1].head.i <= head.i and tokens[start - 1].head.i >= start - 1 and (is_capitalized(tokens[start - 1]) or tokens[start - 1].text == "&"):
        start -= 1
    if tokens[start].text in {"&", "The"}:
        start += 1
    span = tokens[start : head.i + 1]
    if len(span) < 2 and not (one_word and (coined_word(head) or _odd_shape(head) or lower_camel(head))):
        return None
    if any(k in index.person_at or k in index.org_at for k in range(start, head.i + 1)):
        return None
    if any(is_head(t) or is_modifier(t) or is_honorific(t) or t.ent_type_ in NOT_NAME_ENTS or t.lower_ in lexicon.lower_words("event_heads") for t in span):
        return None  # "The Harbor Arts Festival was founded by X": a meeting, no body
    if jurisdiction(clean_text(doc[start : head.i + 1].text)) or place_at(doc, start, head.i + 1):
        return None
    return start, head.i + 1


def set_off_body(doc: Doc, index: MentionIndex, verb):
    """What a participle clause ("..., chaired by X") is said of: the organization closing right
    before its comma, else the noun the parser hangs it on."""
    before = verb.i - (3 if verb.i >= 2 and doc[verb.i - 1].text == "-" else 1)
    if before >= 1 and doc[before].text == "," and before - 1 in index.org_at:
        return doc[before - 1]
    return verb.head


ROSTER_VERBS = lexicon.verb_forms("roster_verbs")
ROSTER_MAX_PARAGRAPHS = 80


def heading_rosters(doc: Doc, people: People, index: MentionIndex) -> list[RoleLink]:
    """A roster under a heading: "The 15 members of the Council are:", "The 2025 Fellows and their
    home institutions are:" (a plural noun of office from `roster_nouns`, a roster verb, a colon
    closing the sentence), then paragraphs listing people: each person listed holds the singular
    title ("member", "Fellow", case as written), of the body an "of" after the noun names. The list
    ends at the first paragraph with a finite verb (prose again)."""
    tokens = doc_tokens(doc)
    links = []
    singular_of = lexicon.mapping("roster_nouns")
    for token in with_lower(doc, singular_of):
        singular_text = singular_of.get(token.lower_)
        if singular_text is None:
            continue
        sent = token.sent
        colon = sent.end - 1
        while colon > token.i and tokens[colon].is_space:
            colon -= 1
        if tokens[colon].text != ":" or not any(w.lower_ in ROSTER_VERBS for w in tokens[token.i + 1 : colon]):
            continue
        title = singular_text.capitalize() if token.text[0].isupper() else singular_text
        body = org_starting(doc, index, token.i + 2) if token.i + 2 < colon and tokens[token.i + 1].lower_ == "of" else None
        for m, owner in listed_people(doc, people, colon + 1):
            links.append(RoleLink(owner, title, m.start, m.end, org=body.org if body else None))
    return links


ROSTER_BODIES = lexicon.lower_words("roster_bodies")
ROSTER_BODY_VERBS = lexicon.verb_forms("roster_body_verbs")


def body_rosters(doc: Doc, titles: list[Title], people: People, index: MentionIndex) -> list[RoleLink]:
    """A roster of a body's members under a heading: "The 2025/2027 Acme board of directors
    comprises ...:", "The newly appointed X Advisory Board includes the following leaders:" (a
    body noun of `roster_bodies` the subject of a verb of `roster_body_verbs`, a colon closing the
    sentence). Each person listed after it is a "member" of the body (the named board, else the
    organization named before "board"); on the person's line, an office after an organization
    field ("Jane Roe, Zentrix Inc., Treasurer") is held in that body's organization, and a title
    with a body of its own ("Scholarship Committee Chair") is the person's too."""
    tokens = doc_tokens(doc)
    links = []
    text = doc_text(doc)
    at = text.find(":\n")
    while at >= 0:
        colon = doc.char_span(at, at + 1)
        at = text.find(":\n", at + 1)
        if colon is None:
            continue
        colon = tokens[colon.start]
        verb = next((a for a in colon.ancestors if a.lower_ in ROSTER_BODY_VERBS), None)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
        if subject is not None and subject.lower_ not in ROSTER_BODIES:
            subject = subject.right_edge  # "Future of ... Advisory Board": the parser heads the name on its first word
        if subject is None or subject.lower_ not in ROSTER_BODIES:
            continue
        body = roster_body(doc, index, subject)
        if body is None:
            continue
        for m, owner in listed_people(doc, people, colon.i + 1, any_field=True):
            links.append(RoleLink(owner, "member", m.start, m.end, org=body))
            links += line_offices(doc, titles, index, m, owner, body)
    return links


def roster_body(doc: Doc, index: MentionIndex, noun) -> Optional[int]:
    """The organization a roster's body noun names: the named board itself ("X Advisory Board"),
    else the organization right before it ("Acme board", "Acme's board"), else None."""
    named = named_body_ending(doc, noun.i)
    if noun.i in index.org_at:
        first = noun.i
        while first - 1 >= 0 and index.org_at.get(first - 1) == index.org_at[noun.i]:
            first -= 1
        if named is None or named >= first:
            return index.org_at[noun.i]
    if named is not None:
        return index.adopt(doc, named, noun.i + 1)  # the whole name, where no rule knew it (or knew its end only)
    k = noun.i - 1
    if k >= 0 and doc[k].text in POSSESSIVE:
        k -= 1
    if k < 0:
        return None
    if k in index.org_at:
        return index.org_at[k]
    # "The 2025/2027 HPRA board": a short form of an organization the release names.
    first = k
    while first - 1 >= max(k - 3, 0) and doc[first - 1].text[:1].isupper():
        first -= 1
    for start in range(first, k + 1):
        if doc[start].text[:1].isupper():
            cluster = index.forms.get(form_key(doc[start : k + 1].text))
            if cluster is not None:
                return cluster
    return None


NAME_LINKS = frozenset({"of", "and", "&", "for", "on"})


def named_body_ending(doc: Doc, i: int) -> Optional[int]:
    """Start of a capitalized name ending with the body noun at token i ("Future of Talent 2024
    Advisory Board"), after a possessive, a determiner or a lower-case word; None for a lower-case
    noun or a name of the noun alone."""
    tokens = doc_tokens(doc)
    if not tokens[i].text[:1].isupper():
        return None
    start = i
    while start - 1 >= sentence_bounds(doc, i)[0] and (tokens[start - 1].text[:1].isupper() or tokens[start - 1].like_num or tokens[start - 1].lower_ in NAME_LINKS) and tokens[start - 1].lower_ != "the":
        start -= 1
    while start < i and tokens[start].lower_ in NAME_LINKS:
        start += 1
    return start if i - start >= 1 else None


def line_offices(doc: Doc, titles: list[Title], index: MentionIndex, mention: PersonMention, owner: int, body: int) -> list[RoleLink]:
    """The offices on a roster line after the person's name: one right after an organization
    field and a comma is held in the roster's body; one with a body of its own keeps it."""
    tokens = doc_tokens(doc)
    end = mention.end
    while end < len(doc) and "\n" not in tokens[end].text:
        end += 1
    links = []
    for t in titles:
        if not mention.end < t.start < end:
            continue
        lead = min([t.start] + [a.start for a in t.attached if a.how == "pre"])
        if t.attached:
            links += link(t, owner, mention.start, t.end)
        elif tokens[lead - 1].text == "," and lead - 2 in index.org_at and lead - 2 > mention.end:
            links.append(RoleLink(owner, t.text, mention.start, t.end, org=body))
    return links


def listed_people(doc: Doc, people: People, start: int, any_field: bool = False) -> People:
    """The person mentions in the paragraphs from token `start` up to the first paragraph that
    holds a finite verb (with `any_field`, a name opening its line before any comma-set field:
    "Jane Roe, Zentrix Inc., Treasurer")."""
    found: People = []
    i = start
    for _ in range(ROSTER_MAX_PARAGRAPHS):
        while i < len(doc) and doc[i].is_space:
            i += 1
        if i >= len(doc):
            break
        end = i
        while end < len(doc) and not (doc[end].is_space and "\n" in doc[end].text):
            end += 1
        if any(t.tag_ in {"VBD", "VBZ", "VBP"} for t in doc[i:end]):
            break
        listed = [(m, owner) for m, owner in people if i <= m.start < end]
        if len(listed) >= 3:
            found += listed  # a run-on list: "Jane Roe, Ph.D., Acme College Tom Poe, Brindle University ..."
        else:
            found += [(m, owner) for m, owner in listed if opens_roster_line(doc, i, m, any_field)]
        i = end
    return found


def opens_roster_line(doc: Doc, line_start: int, mention: PersonMention, any_field: bool = False) -> bool:
    """"Jane Roe, Executive Director": the name opens its line (after honorifics) and a title
    word follows its comma (not "Beverly Hills, Calif.")."""
    k = line_start
    while k < mention.start and doc[k].text in HONORIFIC_GAP | {"Honorable", "•", "-", "*"}:
        k += 1
    after = mention.end
    return k == mention.start and after + 1 < len(doc) and doc[after].text == "," and (any_field or is_head(doc[after + 1]) or is_modifier(doc[after + 1]))


def nominations(doc: Doc, titles_by_start: dict[int, Title], people: People) -> list[RoleLink]:
    """A nomination line: "X, of Ohio, to be Ambassador ... of the United States of America to Y",
    "X, of Ohio, a Career Member of ..., to be Director of Z": the person opening the clause holds
    the title after "to be" (with no verb between them, so "X said he hopes to be T" is not one)."""
    tokens = doc_tokens(doc)
    links = []
    for token in [t for t in with_lower(doc, {"to"}) if t.i < len(tokens) - 2]:
        if token.lower_ != "to" or tokens[token.i + 1].lower_ != "be":
            continue
        first = title_after(titles_by_start, doc, token.i + 2)
        if first is None:
            continue
        start = sentence_bounds(doc, token.i)[0]
        while start < token.i and tokens[start].is_space:
            start += 1
        person = person_at(doc, people, start)
        if person is None or person[1] >= len(doc) or tokens[person[1]].text != ",":
            continue
        if any(t.pos_ in {"VERB", "AUX"} for t in doc[person[1] : token.i]):
            continue
        for t in share_closing_org(coordinated(doc, titles_by_start, first)):
            links += link(t, person[2], person[0], t.end)
    return links


def introduces_person(doc: Doc, people: People, title: Title) -> bool:
    """The title stands right before a name (possibly after ", ORG"): it is that person's."""
    gap = title_end(title)
    trailing = next((a for a in title.attached if a.how == "trailing"), None)
    if trailing:
        gap = trailing.end
    return person_at(doc, people, skip_parenthesis(doc, gap)) is not None


def predicates(doc: Doc, titles_by_start: dict[int, Title], people: People, index: MentionIndex) -> list[RoleLink]:
    """"X served as T", "the appointment of X as T", "since his appointment as T", "announce A as
    T and B as U" (gapped_object)."""
    tokens = doc_tokens(doc)
    links = []
    previous_as = None
    for token in with_lower(doc, ANCHOR_WORDS):
        lower = token.lower_
        if lower not in ANCHOR_WORDS or lower != "as" and not office_noun_of(token) and not promoted_to(token):
            continue
        first = title_after(titles_by_start, doc, token.i + 1)
        if first is None or possessor_title(doc, first):
            continue
        if closes_as_well_as(tokens, token.i) and any(introduces_person(doc, people, t) for t in coordinated(doc, titles_by_start, first)):
            continue
        owner = predicate_person(people, token)
        read_as = token
        if owner is None:
            owner, read_as = gapped_object(doc, people, token, previous_as)
        if owner is None:
            continue
        previous_as = read_as
        bare = coordinated(doc, titles_by_start, first)
        chain = share_leading_org(share_closing_org(bare))
        verb_org = verb_organization(doc, read_as, index) or employer_subject(doc, read_as, index)
        for own, t in zip(bare, chain):
            if verb_org and not own.attached and seat_shared(doc, t):
                t = own  # "appointed X as CFO and member of the Management Board": the CFO is the employer's
            links += link(t, owner, token.i, t.end, verb_org)
    return links


def closes_as_well_as(tokens, i: int) -> bool:
    """"commended the agents, as well as Assistant U.S. Attorney Jane Roe": the last "as" of the
    conjunction "as well as". A title after it that stands before a name is that name's
    (prenominal), not one the "as" gives the subject (predicates); "served as Counsel for X, as
    well as Assistant General Counsel for Y" still gives both."""
    return i >= 2 and tokens[i - 1].lower_ == "well" and tokens[i - 2].lower_ == "as"


ROLE_NOUNS = lexicon.lower_words("title_role_nouns")
ANCHOR_WORDS = frozenset({"as", "of", "to"})  # "as T", "the role of T", "promoted to T"


def office_noun_of(token) -> bool:
    """"X has accepted the role of Program Manager", "X assumed the position of CEO": an "of"
    right after a noun of office (`title_role_nouns`) that it completes reads as "as" does (the
    person the phrase is said of holds the title after it)."""
    return token.lower_ == "of" and token.i > 0 and token.head.i == token.i - 1 and token.head.lower_ in ROLE_NOUNS


PROMOTION_VERBS = lexicon.verb_forms("title_promotion_verbs")


def promoted_to(token) -> bool:
    """"Acme has promoted Jane Roe to Chief Operating Officer", "Jane Roe was promoted to SVP":
    the "to" of a verb of promotion (`title_promotion_verbs`) reads as "as" does."""
    return token.lower_ == "to" and token.dep_ in {"prep", "dative"} and token.head.lower_ in PROMOTION_VERBS


def seat_shared(doc: Doc, title: Title) -> bool:
    """The title's only body is a board or committee one sits on (`title_seat_bodies`), which an
    appointing verb's employer overrules for a bare title shared into it."""
    return len(title.attached) == 1 and doc[title.attached[0].end - 1].text in lexicon.words("title_seat_bodies")


def gapped_object(doc: Doc, people: People, as_token, previous_as) -> tuple[Optional[int], object]:
    """"... announce A as its new CPO and B as its new COO": the verb left out before "B as T"
    is the one of the "as" before it in the sentence; B, a name right before "as" after "and",
    holds T, read as the earlier "as" is read (its employer). (None, as_token) otherwise."""
    if previous_as is None or sentence_bounds(doc, previous_as.i)[0] != sentence_bounds(doc, as_token.i)[0]:
        return None, as_token
    for m, owner in people:
        if m.end == as_token.i and m.start > 0 and doc[m.start - 1].lower_ == "and" and m.start > previous_as.i:
            return owner, previous_as
    return None, as_token


def possessor_title(doc: Doc, title: Title) -> bool:
    """"As the Congresswoman’s top advisor, X ...": a title closed by a possessive names the
    person whose the next noun is, not the office "as" gives."""
    end = title_end(title)
    return end < len(doc) and doc[end].text in POSSESSIVE


# Every form of these verbs (lexicon.verb_forms: the pipeline runs without the lemmatizer).
PREDICATE_VERBS = lexicon.verb_forms("predicate_verbs")
OBJECT_PREDICATE_VERBS = lexicon.verb_forms("object_predicate_verbs")


def copular(doc: Doc, titles: list[Title], people: People, index: MentionIndex) -> list[RoleLink]:
    """"Professor McDougall is ... a Fordham University law professor", "X was appointed U.S.
    Attorney for ...": the subject of the verb the title completes."""
    links = []
    by_start = {t.start: t for t in titles}
    for t in titles:
        head = title_head_token(doc, t)
        for _ in range(4):
            if head.dep_ in {"attr", "appos", "conj", "oprd", "npadvmod", "dobj"} and head.head.i != head.i and head.head.lower_ not in PREDICATE_VERBS:
                head = head.head
            elif head.dep_ in {"attr", "oprd", "dobj", "conj"} and head.head.lower_ in PREDICATE_VERBS:
                head = head.head
                break
            else:
                break
        if head.lower_ not in PREDICATE_VERBS:
            continue
        subject = clause_subject(head, shared=any(a.how != "pre" for a in t.attached)) or unparsed_subject(doc, people, head)
        if subject is None:
            continue
        owner = person_of(people, relative_antecedent(subject))
        if owner is None:
            owner = apposed_holder(people, subject)
        if appoints_other(head):
            # "Tom Poe named Jane Roe Acting Deputy Attorney General": the appointee holds it.
            owner = object_holder(people, head)
        named = named_before_predicate(doc, people, head, t) if owner is None else None
        if named is not None:
            # "Acme has named Jane Roe chief revenue officer": the appointee, parsed inside the title phrase.
            owner = named
            if not t.attached:
                employer = verb_employer(doc, head, index)
                t = replace(t, attached=(employer,)) if employer else t
        if owner is not None:
            if not t.attached:
                # "he was the owner and president of Las Tunas": the "of ORG" closing the titles joined after it.
                t = share_closing_org(coordinated(doc, by_start, t))[0]
            extra = (where_clause_body(doc, index, head) or announced_employer(doc, head, index)) if not t.attached else None
            links += link(t, owner, subject.i, t.end, extra)
    return links


def clause_subject(verb, shared: bool):
    """The subject of a verb; with `shared` (the title names its body), of a verb joined by "and"
    to one before it that has none of its own ("X joined Acme in 2010 and was named CEO of Beta
    in 2015", "X is the creator of Y and is the founder of Z"), the subject of the first (not for
    a bare title: "is an explosives expert and instructor" describes)."""
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None or not shared or verb.dep_ != "conj" or verb.head.i == verb.i:
            return subject
        verb = verb.head
    return None


def named_before_predicate(doc: Doc, people: People, verb, title: Title) -> Optional[int]:
    """"Acme has named Jane Roe chief revenue officer", "Acme Names Jane Roe Chief People Officer":
    after an appointing verb (`object_predicate_verbs`) with no object of its own, the person
    named right before the title it takes (the parse hangs the name on the title) is appointed."""
    if verb.lower_ not in OBJECT_PREDICATE_VERBS or any(c.dep_ == "dobj" for c in verb.children):
        return None
    start = title_start(title)
    for m, owner in people:
        if m.end == start and m.start > verb.i:
            return owner
    return None


def unparsed_subject(doc: Doc, people: People, verb):
    """"About the Author Jo Roe is the founder and CEO of Acme": a verb the parse gave no subject
    (the name read as the object of a heading's "About") has for subject the person named right
    before it: the name's last token, or None."""
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children) or verb.i == 0:
        return None
    if not any(m.end == verb.i for m, _ in people):
        return None
    return doc_tokens(doc)[verb.i - 1]


def title_head_token(doc: Doc, title: Title):
    """The syntactic head of a title phrase (the token whose head lies outside it)."""
    for token in doc[title.start : title.end]:
        if not title.start <= token.head.i < title.end or token.head.i == token.i:
            return token
    return doc[title.end - 1]


def predicate_person(people: People, as_token) -> Optional[int]:
    """The person an "as T" phrase is said of: subject of its verb, "of X" or "his/her" of its noun."""
    head = as_token.head
    for _ in range(3):
        appointee = object_holder(people, head)
        if appointee is not None or appoints_other(head):
            return appointee
        for child in head.children:
            if child.dep_ in {"nsubj", "nsubjpass", "poss"} or child.dep_ == "prep" and child.lower_ == "of" and head.pos_ == "NOUN":
                target = child if child.dep_ != "prep" else next((c for c in child.children if c.dep_ == "pobj"), None)
                if target is None:
                    continue
                if target.lower_ in PRONOUNS:
                    return subject_antecedent(people, target)
                found = mention_owner(people, target.i)
                if found is None and child.dep_ == "prep":
                    found = titled_name(people, target)
                if found is None and child.dep_ in {"nsubj", "nsubjpass"}:
                    found = apposed_holder(people, target)
                if found is not None:
                    return found
            if child.dep_ == "dobj" and head.lower_ in OBJECT_PREDICATE_VERBS:
                found = mention_owner(people, child.i)
                if found is None:
                    found = titled_name(people, child)
                if found is not None:
                    return found
        if head.dep_ == "relcl":
            # "X, who serves as T": the relative clause is said of the noun it modifies.
            found = mention_owner(people, head.head.i)
            if found is not None:
                return found
        if head.dep_ in {"ROOT"} or head.head == head:
            break
        head = head.head
    return None


def object_holder(people: People, verb) -> Optional[int]:
    """"Attorney General Tom Poe named Jane Roe as Acting Deputy Attorney General", "Secretary X
    designated Ambassador Jane Roe as Director": the person an appointing verb
    (`object_predicate_verbs`) takes as object holds the title, not its subject."""
    if verb.lower_ not in OBJECT_PREDICATE_VERBS:
        return None
    for child in verb.children:
        if child.dep_ == "dobj" or second_subject(verb, child):
            found = mention_owner(people, child.i)
            return found if found is not None else titled_name(people, child)
    return None


def second_subject(verb, child) -> bool:
    """"The Chairman, Tom Poe, welcomes Jane Roe as the new CFO", parsed with two subjects: a
    subject after an appointing verb that has one before it is its object."""
    return child.dep_ == "nsubj" and child.i > verb.i and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)


def appoints_other(verb) -> bool:
    """"He appointed her as Chief of Staff", "X named Y Acting Director": an appointing verb with
    an object gives the title to that object, never to its subject, even where the object is a
    pronoun or a name the person rules did not keep. (Any direct object counts: the title phrase
    can take in the appointee's name, "Jane Roe Acting Director", so its head may be the object.)"""
    return verb.lower_ in OBJECT_PREDICATE_VERBS and any(c.dep_ == "dobj" or second_subject(verb, c) for c in verb.children)


def titled_name(people: People, noun) -> Optional[int]:
    """"the appointment of U.S. Attorney for the District of Ohio Jane Roe to serve as T": where the
    object is a title, the one person named within its phrase is the one meant."""
    if not is_head(noun):
        return None
    first, last = noun.left_edge.i, noun.right_edge.i
    inside = {owner for m, owner in people if first <= m.start and m.end - 1 <= last}
    return inside.pop() if len(inside) == 1 else None


def apposed_holder(people: People, token) -> Optional[int]:
    """"The Chairman of the Board, Jane Roe, will remain ...": the person set off in apposition to
    a subject that names no person itself (a title), else None."""
    if mention_owner(people, token.i) is not None or token.lower_ in PRONOUNS:
        return None
    return next((owner for c in token.children if c.dep_ == "appos" and (owner := mention_owner(people, c.i)) is not None), None)


def mention_owner(people: People, i: int) -> Optional[int]:
    """Cluster of the person mention covering token i."""
    for m, owner in people:
        if m.start <= i < m.end:
            return owner
    return None


def verb_organization(doc: Doc, as_token, shared: MentionIndex) -> Optional[Attachment]:
    """"worked for the Office of ... as an Assistant Chief Counsel": the verb's "for/at/with ORG"."""
    # An index built again over the shared book: it sees every body adopted since find_roles began.
    index = MentionIndex(doc, shared.book, shared.person_mentions)
    verb = as_token.head
    if verb.dep_ == "dobj" and verb.head.lower_ in JOIN_VERBS:
        # "X joined Acme Corp. as CTO" with "as" read on the object: the body joined.
        org = org_starting(doc, index, verb.left_edge.i)
        if org and org.start <= verb.i < org.end:
            return replace(org, how="at")
        unit = joined_unit_owner(doc, index, verb)
        if unit:
            return unit
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in {"for", "at", "with"} and child.i < as_token.i:
            org = org_starting(doc, index, child.i + 1)
            if org:
                return replace(org, how=child.lower_)
        if child.dep_ == "dobj" and verb.lower_ in JOIN_VERBS and child.i < as_token.i:
            # "X joined Acme as CFO": the body joined is the title's organization.
            org = org_starting(doc, index, child.left_edge.i)
            if org and org.start <= child.i < org.end:
                return replace(org, how="at")
            unit = joined_unit_owner(doc, index, child) or joined_short_form(doc, index, child)
            if unit:
                return unit
            # "Eno, who joined the company as President": the company it refers back to.
            anaphor = anaphor_noun_at(doc, index, child.i - 1)
            if anaphor:
                return replace(anaphor, how="at")
    return where_clause_body(doc, index, verb.head if verb.lower_ in ROLE_NOUNS else verb)


def where_clause_body(doc: Doc, index: MentionIndex, verb) -> Optional[Attachment]:
    """"He joined Acme in 2019, where he served as CFO", "the board of Acme, where he held the
    role of interim CEO": a relative clause opened by "where" right after an organization and its
    comma says the title is held there."""
    where = next((c for c in verb.children if c.lower_ == "where" and c.i < verb.i), None) if verb.dep_ in {"relcl", "advcl", "ccomp"} else None
    if where is None or where.i < 2 or doc[where.i - 1].text != ",":
        return None
    cluster = index.org_at.get(where.i - 2)
    if cluster is None:
        return None
    start = where.i - 2
    while start - 1 >= 0 and index.org_at.get(start - 1) == cluster:
        start -= 1
    return Attachment(start, where.i - 1, org=cluster, how="at")


def joined_unit_owner(doc: Doc, index: MentionIndex, noun) -> Optional[Attachment]:
    """"X joined Acme's New York office as T", "X joined the Acme team as T": a common noun joined
    (an office, a team) that an organization before it owns or names: that organization."""
    if not noun.is_lower:
        return None
    for k in range(noun.left_edge.i, noun.i):
        if k in index.org_start:
            end, cluster = index.org_start[k]
            if end <= noun.i:
                return Attachment(k, end, org=cluster, how="at")
    return None


def joined_short_form(doc: Doc, index: MentionIndex, noun) -> Optional[Attachment]:
    """"Roe joined Brenford in 2025 as director of marketing": a proper name joined that no
    entity marks as a body (the model reads a lone coined name as a person or a place) but that
    is a short form of an organization the release names ("Brenford" of "Brenford Holdings,
    Inc."): that organization."""
    if noun.pos_ != "PROPN" or not is_capitalized(noun) or noun.i in index.person_at or noun.i in index.org_at:
        return None
    tokens = doc_tokens(doc)
    start = noun.i
    while start > noun.left_edge.i and is_capitalized(tokens[start - 1]) and start - 1 not in index.person_at:
        start -= 1
    for first in range(start, noun.i + 1):
        cluster = index.forms.get(form_key(doc[first : noun.i + 1].text))
        if cluster is not None:
            return Attachment(first, noun.i + 1, org=cluster, how="at")
    return None


JOIN_VERBS = lexicon.verb_forms("join_verbs")
EMPLOYER_VERBS = lexicon.verb_forms("employer_verbs")
ACT_NOUNS = frozenset({"appointment", "election", "hiring", "promotion", "selection", "designation", "addition"})
ACT_NOUNS = ACT_NOUNS | {f"{noun}s" for noun in ACT_NOUNS}  # "announced the appointments of A as CPO and B as CHRO"


def employer_subject(doc: Doc, as_token, index: MentionIndex) -> Optional[Attachment]:
    """"Acme (NASDAQ: ACME) has appointed X as its new CFO", "Acme announced the appointment of X
    as CTO": an organization that is the subject of the appointing verb (`employer_verbs`; through
    a noun of the act) is the body the title is held in. A board that appoints ("the Board of
    Directors named X as CEO") is not the body; its possessor is ("Acme's Board")."""
    verb = act_noun_above(as_token) or as_token.head
    if (verb.lower_ in ACT_NOUNS or verb.lower_ in ROLE_NOUNS) and verb.head.i != verb.i:
        verb = verb.head
    return verb_employer(doc, announcing_employer(verb), index)


def verb_employer(doc: Doc, verb, index: MentionIndex) -> Optional[Attachment]:
    """The organization an appointing or announcing verb (`employer_verbs`) has for subject (see
    employer_subject), else None."""
    tokens = doc_tokens(doc)
    while verb.dep_ in {"xcomp", "conj"} and verb.head.i != verb.i and verb.lower_ not in EMPLOYER_VERBS:
        verb = verb.head
    if verb.lower_ not in EMPLOYER_VERBS or verb.pos_ not in {"VERB", "AUX"}:
        return None
    subject = employer_nsubj(verb, index)
    for _ in range(2):
        if subject is not None or verb.dep_ not in {"xcomp", "acomp"}:
            break
        verb = verb.head  # "Acme is proud to announce the appointment of ...": the subject of "is"
        subject = employer_nsubj(verb, index)
    found = subject_employer(doc, verb, subject, index) if subject is not None else None
    if found is None and subject is not None and subject.lower_ in lexicon.lower_words("org_anaphors") and any(c.lower_ == "the" for c in subject.children):
        # "The company has appointed Jane Roe as CFO": the organization "the company" refers back to.
        cluster = anaphor_antecedent(doc, index, subject)
        found = Attachment(subject.i, subject.i + 1, org=cluster, how="at") if cluster is not None else None
    return found if found is not None else body_set_off_before(doc, index, verb)


def subject_employer(doc: Doc, verb, subject, index: MentionIndex) -> Optional[Attachment]:
    """The organization the parser's subject of an appointing or announcing verb names, read past
    a ticker, a dateline or a board (see verb_employer), else None."""
    tokens = doc_tokens(doc)
    # "HeartBeam (NASDAQ: BEAT) has appointed": the parser may take the ticker for the subject.
    last = subject.i
    opening = next((k for k in range(subject.i - 1, max(subject.i - 4, 0), -1) if tokens[k].text == "("), None)
    if opening is not None:
        last = opening - 1
    # Only the noun phrase the subject heads, up to its head: not a dateline or an apposition before it.
    start = last
    while start - 1 >= subject.left_edge.i and (tokens[start - 1].text[:1].isupper() or tokens[start - 1].text in POSSESSIVE or tokens[start - 1].lower_ == "the" or start - 1 in index.org_at):
        start -= 1
    seats = lexicon.words("title_seat_bodies")
    for i in range(start, last + 1):
        if i not in index.org_start:
            continue
        end, cluster = index.org_start[i]
        seat = next((k for k in range(i, end) if tokens[k].text in seats), None)
        if seat is None:
            return Attachment(i, end, org=cluster, how="at")
        if seat + 2 < end and tokens[seat + 1].lower_ == "of":
            # "The Board of Directors of Acme Inc.": the body whose board it is.
            owner = index.forms.get(form_key(doc[seat + 2 : end].text))
            return Attachment(seat + 2, end, org=owner, how="at") if owner is not None else None
    # "HeartBeam has appointed ...": a short form of an organization the release names in full.
    start = max(start, last - 3)
    for first in range(start, last + 1):
        cluster = index.forms.get(form_key(doc[first : last + 1].text)) if tokens[first].text[:1].isupper() else None
        if cluster is not None:
            return Attachment(first, last + 1, org=cluster, how="at")
    if (subject.ent_type_ in {"GPE", "LOC"} or subject.is_upper) and subject.i - sentence_bounds(doc, subject.i)[0] < 4 and subject.i not in index.org_at:
        # "ANN ARBOR, Mich., June 4 /PRNewswire/ — C3 Industries, a ..., announced the appointment
        # of": the parser took the dateline's place for the subject; the company named before the
        # verb is the one announcing ("MUNICH - The Supervisory Board of Scout24 SE has appointed":
        # the company whose board it is).
        cluster = org_before(doc, index, verb)
        if cluster is not None:
            last = next(k for k in range(verb.i - 1, -1, -1) if index.org_at.get(k) == cluster)
            owner = board_owner(doc, index, last)
            if index.orgs[owner].name.split()[-1] not in lexicon.words("title_seat_bodies"):
                return Attachment(verb.i, verb.i + 1, org=owner, how="at")  # a board whose company is unknown is no employer
    return None


SUBJECT_GAP_WORDS = frozenset({"today", "also", "recently", "now", "has", "have", "had", "is", "was", "will", "jointly", "formally", "officially", "proudly"})


def body_set_off_before(doc: Doc, index: MentionIndex, verb) -> Optional[Attachment]:
    """"Acme, Inc. (NASDAQ: ACME) today announced ...", "Acme (the "Company"), a maker of X, has
    appointed ...": the parser loses the subject behind a ticker, a defined short name or an
    apposition; an organization whose name ends right before the verb, with only parentheses, one
    apposition set off by commas (no verb in it) and "today"/"has" between, is the verb's subject."""
    tokens = doc_tokens(doc)
    # The parser may end a sentence after the name and its ticker: read back to the sentence's
    # full stop or line break, not to the parser's sentence start.
    sent_start = max(0, verb.i - 40)
    sent_start = next((j + 1 for j in range(verb.i - 1, sent_start - 1, -1) if tokens[j].text in {".", "!", "?"} or "\n" in tokens[j].text), sent_start)
    k = verb.i - 1
    appositions = 0
    while k >= sent_start:
        token = tokens[k]
        if token.text == ")":
            depth, k = 1, k - 1
            while k >= sent_start and depth:
                depth += (tokens[k].text == ")") - (tokens[k].text == "(")
                k -= 1
            if depth:
                return None
            continue
        if token.lower_ in SUBJECT_GAP_WORDS:
            k -= 1
            continue
        if token.text == "," and k not in index.org_at:
            comma = next((j for j in range(k - 1, max(sent_start, k - 15) - 1, -1) if tokens[j].text == ","), None)
            if comma is None or appositions or tokens[comma + 1].lower_ not in {"a", "an", "the"} or any(tokens[j].pos_ in {"VERB", "AUX"} for j in range(comma + 1, k)):
                return None
            appositions += 1
            k = comma - 1
            continue
        if k in index.org_at and k not in index.person_at:
            cluster = index.org_at[k]
            first = k
            while first - 1 >= sent_start and index.org_at.get(first - 1) == cluster:
                first -= 1
            owner = board_owner(doc, index, k)
            if index.orgs[owner].name.split()[-1] in lexicon.words("title_seat_bodies"):
                return None  # a board whose company is unknown is no employer
            return Attachment(first, k + 1, org=owner, how="at")
        return None
    return None


TAKING_VERBS = lexicon.verb_forms("title_taking_verbs")


def announcing_employer(verb):
    """"Acme announced that Jane Roe has accepted the role of Program Manager", "Acme is pleased
    to announce that Jane Roe has joined as CTO": a clause of taking up or being given an office
    (`title_taking_verbs`, `join_verbs`, `employer_verbs`) that completes an appointing or
    announcing verb (`employer_verbs`) is read through that verb, whose subject is the employer;
    else the verb given."""
    if verb.dep_ != "ccomp" or verb.pos_ not in {"VERB", "AUX"} or verb.head.lower_ not in EMPLOYER_VERBS:
        return verb
    if verb.lower_ in TAKING_VERBS or verb.lower_ in JOIN_VERBS or verb.lower_ in EMPLOYER_VERBS:
        return verb.head
    return verb


def announced_employer(doc: Doc, verb, index: MentionIndex) -> Optional[Attachment]:
    """"Acme today announced that Jane Roe has been named President": a title a person is given
    in a clause a body announces is held in that body; None where no body announces it."""
    announcing = announcing_employer(verb)
    return verb_employer(doc, announcing, index) if announcing is not verb else None


def employer_nsubj(verb, index: MentionIndex):
    """The verb's subject: of two ("DENVER, June 4 /PRNewswire/ — C3 Industries, ..., announced",
    the parser taking the dateline's place for a second subject), the organization."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return next((c for c in reversed(subjects) if c.i in index.org_at), subjects[0] if subjects else None)


def act_noun_above(as_token):
    """"the appointments of Jane Roe as CPO and Tom Poe as CHRO": where the parser hangs "as" on
    the name (or a name joined to it), the noun of the act whose "of" the name completes."""
    k = as_token.head
    for _ in range(4):
        if k.dep_ in {"conj", "compound", "appos"} and k.head.i != k.i:
            k = k.head
        elif k.dep_ == "pobj" and k.head.lower_ == "of" and k.head.head.lower_ in ACT_NOUNS:
            return k.head.head
        else:
            return None
    return None


def describes_quality(doc: Doc, title: Title) -> bool:
    """"Jones is a demonstrated leader", "an exceptionally capable leader", "a key member": a
    one-word title of `title_descriptive_heads`, with nothing attached and qualified by a
    lower-case adjective or noun that is no title modifier, describes the person; no office.
    A lower-case one-word title of `title_description_words` with nothing attached ("expert
    Jane Roe", "a featured speaker") never names an office."""
    if title.attached or title.end - title.start != 1:
        return False
    word = doc[title.start]
    if word.is_lower and word.lower_ in lexicon.lower_words("title_description_words"):
        # "industry expert Jane Roe", "a featured speaker": an occupation or renown, no office.
        return True
    if title.start == 0:
        return False
    before = doc[title.start - 1]
    if word.lower_ not in lexicon.lower_words("title_descriptive_heads") or not word.is_lower:
        return False
    if leads_a_field(doc, title):
        return True
    return before.is_lower and before.pos_ in {"ADJ", "NOUN", "VERB"} and not is_modifier(before) and before.lower_ not in TITLE_OPENERS


def leads_a_field(doc: Doc, title: Title) -> bool:
    """"Acme, a leader in clean energy", "a leader in AI-powered search": "a/an" + the word + "in"
    + a field named without a determiner says what it is known for, no office; not "a leader in
    the gang" (a group, with its determiner)."""
    tokens = doc_tokens(doc)
    if title.start < 1 or tokens[title.start - 1].lower_ not in {"a", "an"} or title.end + 1 >= len(doc):
        return False
    after, field = tokens[title.end], tokens[title.end + 1]
    return after.lower_ == "in" and field.pos_ not in {"DET", "PRON"} and field.text not in POSSESSIVE


RANK_NOUNS = lexicon.lower_words("title_rank_nouns")
# Longest rank name read after "class of" ("Minister - Counselor" is three tokens).
RANK_MAX_TOKENS = 4


def service_ranks(doc: Doc, links: list[RoleLink]) -> list[RoleLink]:
    """"X, a career member of the Senior Foreign Service, class of Minister-Counselor" (or "with
    the rank of Career Minister") -> role Minister-Counselor of the Senior Foreign Service: the
    capitalized rank named after a rank noun (`title_rank_nouns`) right after a member's role is a
    title the member holds in the same body."""
    tokens = doc_tokens(doc)
    found = []
    for r in links:
        if r.org is None or not r.title.lower().split() or r.title.lower().split()[-1] != "member":
            continue
        i = r.end
        if i < len(tokens) and tokens[i].text == ",":
            i += 1
        if i + 1 < len(tokens) and tokens[i].lower_ == "with" and tokens[i + 1].lower_ == "the":
            i += 2
        if i + 2 >= len(tokens) or tokens[i].lower_ not in RANK_NOUNS or tokens[i + 1].lower_ != "of" or not is_capitalized(tokens[i + 2]):
            continue
        start = end = i + 2
        while end < len(tokens) and end - start < RANK_MAX_TOKENS and (is_capitalized(tokens[end]) or tokens[end].text == "-" and end + 1 < len(tokens) and is_capitalized(tokens[end + 1])):
            end += 1
        found.append(RoleLink(r.person, doc[start:end].text, r.start, end, org=r.org))
    return found


def dedupe(links: list[RoleLink]) -> list[RoleLink]:
    """One link per (person, title, organization); a bare title also stated with an organization,
    or a shorter title contained in a longer one held by the same person, is dropped."""
    keyed: dict[tuple, RoleLink] = {}
    for r in sorted(links, key=lambda r: (r.start, r.end)):
        keyed.setdefault((r.person, r.title.lower(), r.org, r.place), r)
    kept = list(keyed.values())
    result = []
    for r in kept:
        same = [o for o in kept if o is not r and o.person == r.person]
        if r.org is None and r.place is None and any(o.title.lower() == r.title.lower() and (o.org is not None or o.place) for o in same):
            continue
        if restated_short_form(r, same):
            continue
        words = set(r.title.lower().split())
        if any(words < set(o.title.lower().split()) and not _distinguishing(set(o.title.lower().split()) - words) and (o.org == r.org and o.place == r.place or r.org is None and r.place is None) for o in same):
            continue
        result.append(r)
    return sorted(result, key=lambda r: (r.start, r.person, r.title))


def restated_short_form(role: RoleLink, same: list[RoleLink]) -> bool:
    """"appointed Jane Roe as Chief Operating Officer (COO) of Acme ... As COO, Roe will ...": a
    bare title that is the initials of a title the same person holds in a body restates it."""
    return role.org is None and role.place is None and role.title.isupper() and any(o.org is not None and initials(o.title) == role.title for o in same)


def _distinguishing(extra: set[str]) -> bool:
    """Words that make a different office of a title ("Acting Director" is not "Director")."""
    return bool(extra & lexicon.lower_words("distinct_office_words"))


def find_roles(doc: Doc, titles: list[Title], person_mentions: list[PersonMention], person_of_mention: list[int], index: MentionIndex) -> list[RoleLink]:
    """Every role stated in the doc. Inputs: the titles (news_titles), the person mentions and the
    cluster index of each (news_people), and the index of organization and person mentions
    (titles.MentionIndex over news_org_clusters and news_people)."""
    people = list(zip(person_mentions, person_of_mention))
    titles = [t for t in titles if not describes_quality(doc, t)]
    by_start = {t.start: t for t in titles}
    links = prenominal(doc, titles, people, index) + appositions(doc, by_start, people) + predicates(doc, by_start, people, index) + copular(doc, titles, people, index)
    links += parenthesized(doc, by_start, people) + founders(doc, people, index) + office_holders(doc, titles, people, index) + nominations(doc, by_start, people) + heading_rosters(doc, people, index)
    links += led_by_titled(doc, titles, people, index) + body_rosters(doc, titles, people, index) + signer_as_title(doc, by_start, people)
    links += service_ranks(doc, links)
    return dedupe(links)


class RoleFinder:
    """Set `doc._.roles` (RoleLink list) from titles, people and organizations."""

    def __call__(self, doc: Doc) -> Doc:
        book = OrgBook.starting_from(*with_named_bodies(*candidate_organizations(doc), *title_bodies(doc)))
        doc._.roles = find_roles(doc, doc._.titles, doc._.person_mentions, doc._.person_of_mention, MentionIndex(doc, book, doc._.person_mentions))
        doc.spans[ROLE_ORG_SPANS] = book.adopted
        doc._.role_orgs = book.orgs[book.first_new :]
        return doc


@Language.factory("news_roles")
def make_role_finder(nlp: Language, name: str) -> RoleFinder:
    """Factory for the role finder."""
    return RoleFinder()
