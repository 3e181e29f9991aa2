"""Resolutions and other instruments: kind, adopting body (or parties), date(s), subject.

An instrument is a word from `patterns/instruments.jsonl` ("resolution", "memorandum of
understanding", "MOU"); instruments joined by "," / "and" share body and subject ("the ILO
resolution, strategy and action plan concerning ..."). The body is a pre-modifier ("UN General
Assembly resolutions", "AUC ... Strategy"), the agent of an adopting verb ("adopted by the
International Labour Conference"), or the subjects of one ("X and Y signed a memorandum",
a person standing for the organization or country of their title), plus a "with X" party. Dates
come from a parenthesis of years right after it ("(2023, 2024)": one record per year), from
the adopting clause ("adopted ... in 2022", "approved yesterday"), or from "of July 2020". The
subject is the "on/concerning/regarding/of/to ..." phrase after it, or the instrument's own name.
"the resolution" with nothing of its own adds its date to the instrument it refers back to.

README architecture table row: Resolution.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Optional

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from pipeline.extraction.contract import CONCEPT, InstrumentMention, OrgCluster, OrgMention, PUBLISHED, Party, PersonCluster, PersonMention, RoleLink, acronym_definitions
from pipeline.extraction import lexicon
from pipeline.extraction.components.bills import find_bills
from pipeline.extraction.components.events import is_dateline_date, takes_place
from pipeline.extraction.components.dates import CALENDAR, CALENDAR_WORD, MONTH, RELATIVE_DAYS, YEAR, anchor_date, date_spans, parse_dates
from pipeline.extraction.components.places import jurisdiction
from pipeline.extraction.components.tokens import POSSESSIVE, clean_text, doc_entities, doc_tokens, ends_line, forget_tokens, in_title, is_capitalized, title_end_token, is_org_head, is_title_word, opens_dateline
from pipeline.extraction.components.tokens import sentence_bounds, with_lower

SUBJECT_PREPOSITIONS = frozenset({"on", "concerning", "regarding", "about", "of", "for"})
PURPOSE_MARKERS = frozenset({"to"})
SUBJECT_STOP = frozenset({"(", ";", ":"})
PRONOUN_SUBJECTS = frozenset({"they", "we", "it"})
AGREE_FORMS = lexicon.forms_of("agree")
COPULAS = lexicon.copulas() | lexicon.forms_of("have")
INSTRUMENT_WORDS = frozenset(text.lower() for text in lexicon.mapping("instruments"))
# "MOU", "MoUs", "LOI": the pattern file's forms with two capitals or more are abbreviations,
# matched in those capitals only ("mou", "loi" are no words).
ABBREVIATION_FORMS = frozenset(text for text in lexicon.mapping("instruments") if sum(c.isupper() for c in text) >= 2)
ABBREVIATIONS = frozenset(text.lower() for text in ABBREVIATION_FORMS)




class Instruments:
    """Finds instrument mentions with a PhraseMatcher built from the pattern file."""

    def __init__(self, nlp: Language):
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.kinds = {**lexicon.mapping("instruments"), **lexicon.mapping("adoption_statutes"), **lexicon.mapping("adoption_contracts")}
        for text in self.kinds:
            self.matcher.add(text.lower(), [nlp.make_doc(text)])
        self.kind_by_key = {text.lower(): kind for text, kind in self.kinds.items()}

    def mentions(self, doc: Doc) -> list[tuple[int, int, str]]:
        """(start, end, kind), longest match first, non-overlapping, in text order."""
        found = []
        for match_id, start, end in self.matcher(doc):
            span = doc[start:end]
            key = doc.vocab.strings[match_id]
            if span[-1].pos_ in {"VERB", "AUX"}:
                continue  # "deal with", "accords": an instrument is a noun
            if len(span) == 1 and span[0].ent_type_ == "PERSON" or key in ABBREVIATIONS and span.text not in ABBREVIATION_FORMS:
                continue
            if span[0].text[0].isupper() and not span[0].is_sent_start and len(key) <= 4 and key not in ABBREVIATIONS and not statute_name_end(doc, start, key):
                continue
            if key in STATUTE_WORDS and start > 0 and doc[start - 1].lower_ == "into" or key in STATUTE_WORDS | CONTRACT_WORDS and span[-1].dep_ == "compound":
                continue  # "signed the bill into law" (the bill is the instrument), "law enforcement", "contract manufacturer"
            found.append((start, end, self.kind_by_key[key]))
        found.sort(key=lambda m: (m[0], -(m[1] - m[0])))
        kept, last_end = [], -1
        for start, end, kind in found:
            if start == last_end + 1 and doc[last_end].text == "(" and kept and kept[-1][2] == kind:
                continue  # "memorandum of understanding (MOU)": the same instrument, abbreviated
            if start >= last_end:
                kept.append((start, end, kind))
                last_end = end
        return kept


STATUTE_WORDS = frozenset(text.lower() for text in lexicon.mapping("adoption_statutes"))
STATUTE_KINDS = frozenset(lexicon.mapping("adoption_statutes").values())
CONTRACT_WORDS = frozenset(text.lower() for text in lexicon.mapping("adoption_contracts"))
CONTRACT_KINDS = frozenset(lexicon.mapping("adoption_contracts").values())


def statute_name_end(doc: Doc, start: int, key: str) -> bool:
    """"the Buy American Act", "its Antimonopoly Law": "Act" or "Law" ending a capitalized name
    is the statute it names (not "Law Offices", "Act Now")."""
    return key in STATUTE_WORDS and start > 0 and is_capitalized(doc[start - 1]) and not (start + 1 < len(doc) and is_capitalized(doc[start + 1]))


def org_index(org_mentions: list[OrgMention], org_of_mention: list[int]) -> tuple[dict[int, tuple[int, int]], dict[int, tuple[int, int]]]:
    """Organization mentions by start and by end token: (other end, cluster)."""
    by_start, by_end = {}, {}
    for m, c in zip(org_mentions, org_of_mention):
        by_start[m.start] = (m.end, c)
        by_end[m.end] = (m.start, c)
    return by_start, by_end


def groups(mentions: list[tuple[int, int, str]], doc: Doc) -> list[list[tuple[int, int, str]]]:
    """Instruments joined by "," / "and" ("resolution, strategy and action plan")."""
    result: list[list[tuple[int, int, str]]] = []
    for m in mentions:
        if result:
            prev = result[-1][-1]
            between = [t.lower_ for t in doc_tokens(doc)[prev[1] : m[0]]]
            if between and all(w in {",", "and", "or"} for w in between):
                result[-1].append(m)
                continue
        result.append([m])
    return result


def name_before(doc: Doc, start: int, by_end: dict) -> tuple[int, Optional[str]]:
    """Capitalized words naming the instrument ("Trans-Atlantic Data Privacy Framework"),
    stopping where an organization's name ends ("AUC Africa ... Strategy" -> the name after AUC).
    RETURNS the first token of the name and the name (None when there is none)."""
    i = start
    sent_start = sentence_bounds(doc, start)[0]
    while i - 1 >= sent_start and i not in by_end:
        prev = doc[i - 1]
        capital = is_capitalized(prev) and not prev.is_stop and prev.ent_type_ not in {"DATE", "CARDINAL", "ORDINAL"} and prev.lower_.rstrip("s’'") not in RELATIVE_DAYS
        glued = prev.text in {"-", "–"} and not prev.whitespace_
        joined = prev.lower_ == "and" and i - 2 >= sent_start and is_capitalized(doc[i - 2]) and i < start
        if not (capital or glued or joined):
            break
        i -= 1
    while i < start and doc[i].lower_ in lexicon.lower_words("adoption_qualifiers"):
        i += 1  # "the Binding Letter of Intent": qualified, not named
    if i == start:
        return start, None
    return i, clean_text(doc[i:start].text)


def pre_body(doc: Doc, start: int, by_end: dict) -> Optional[Party]:
    """An organization right before the instrument (or its name), possibly possessive."""
    i = start
    if i > 0 and doc[i - 1].text in POSSESSIVE:
        i -= 1
    if i in by_end:
        return Party(org=by_end[i][1])
    for j in range(i - 1, max(i - 12, -1), -1):
        if j in by_end and by_end[j][0] <= j and all(is_capitalized(t) or t.text in {"-", "–"} for t in doc[j:i]):
            return Party(org=by_end[j][1])
    return None


def adopting_verb(token, start: Optional[int] = None) -> Optional[object]:
    """The act that adopts this instrument: a verb whose object or agent it is, a verb modifying
    it ("a consent decree, filed today"), or a noun of adoption whose "of" phrase it is ("the
    adoption of a resolution", "the signing of the MOU"). The path up from the instrument passes
    through no other noun than its own words (from `start`) and its conjuncts: "commitment to the
    framework" adopts nothing."""
    verbs = lexicon.lower_words("adoption_verbs")
    nouns = lexicon.lower_words("adoption_nouns")
    # "the definition of X adopted by ...": the verb may hang on the "of" complement.
    complements = [c for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children if c.dep_ == "pobj"]
    for holder in [token, *complements, *phrase_head(token, start)]:
        for child in holder.children:
            if child.dep_ in {"acl", "relcl"} and child.lower_ in verbs and not any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children):
                return child  # not "his decision to join B": an infinitive adopts nothing
    first = token.i if start is None else start
    head = number_head(token)
    for _ in range(4):
        if head.dep_ not in {"dobj", "nsubjpass", "pobj", "attr", "conj", "appos", "prep"}:
            break
        dep, below, head = head.dep_, head, head.head
        if dep == "pobj" and framing(head):
            return None  # "Under the plea agreements, X and Y have agreed to cooperate": the frame, not the act
        if head.pos_ in {"VERB", "AUX"}:
            return head if head.lower_ in verbs and not still_to_come(head) else None
        if head.pos_ in {"NOUN", "PROPN"}:
            if head.lower_ in nouns and below.lower_ == "of":
                # not "cooperate towards the conclusion of a convention": an aim
                return None if head.dep_ == "pobj" and head.head.lower_ in AIM_PREPOSITIONS else head
            if dep not in {"conj", "appos"} and not first <= head.i < token.i:
                return None
    return None


def number_head(token):
    """"issued Executive Order 12959": where the parse made the instrument's number the head of
    its name (the name a compound on it), the number stands for the instrument; else the token."""
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return after if token.dep_ == "compound" and after is not None and token.head == after and after.like_num else token


def means_verb(token, kind: str) -> Optional[object]:
    """"On June 26, 2008, by Executive Order 13466, the President declared a national
    emergency": an instrument a person or office issues alone (patterns/adoption_sole_kinds.jsonl)
    named as the means ("by") of a done act of a named subject is issued by that act, on its
    date. Not the agent of a passive ("the emergency declared by Executive Order 13466": cited)."""
    if kind not in lexicon.lower_words("adoption_sole_kinds"):
        return None
    holder = number_head(token)
    by = holder.head
    if holder.dep_ != "pobj" or by.lower_ != "by" or by.dep_ != "prep":
        return None
    verb = by.head
    if verb.pos_ != "VERB" or verb.tag_ not in {"VBD", "VBZ", "VBP"} or still_to_come(verb):
        return None
    return verb if any(c.dep_ == "nsubj" for c in verb.children) else None


LABEL_REACH = 200  # tokens from a heading's "FOR" to its "SUBJECT:" line (a long list of addressees)


def labelled_subject(doc: Doc, end: int) -> Optional[str]:
    """"MEMORANDUM FOR THE SECRETARY OF STATE ... SUBJECT: Extending Eligibility for ...": an
    instrument's heading in capitals addressed "FOR" its recipients (who are no subject) names
    its subject on the "SUBJECT:" line below: that line."""
    if end >= len(doc) or doc[end].text != "FOR" or not doc[end - 1].is_upper:
        return None
    for k in range(end + 1, min(len(doc) - 1, end + LABEL_REACH)):
        if doc[k].text == "SUBJECT" and doc[k + 1].text == ":":
            stop = k + 2
            while stop < len(doc) and not doc[stop].is_space and "\n" not in doc[stop - 1].whitespace_:
                stop += 1
            return clean_text(doc[k + 2 : stop].text) or None
    return None


def means_subject(doc: Doc, verb) -> Optional[str]:
    """What an instrument named as the means of an act does: that act and its object ("declared
    a national emergency with respect to North Korea")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects:
        return None
    end = objects[0].right_edge.i + 1
    stop = next((k for k in range(verb.i + 2, end) if doc[k].text in {"(", ",", ";"} or doc[k].lower_ in FRAME_LEADS | FRAME_PREPOSITIONS), end)
    return clean_text(doc[verb.i : stop].text)  # not "pursuant to the Act (50 U.S.C. ...)": the frame


def phrase_head(token, start: Optional[int]) -> list:
    """"a memorandum of understanding signed on June 1", "the letter of intent executed today": an
    instrument named by a phrase of several words ends on its complement ("understanding"), while
    a participle modifying it hangs on the phrase's head noun ("memorandum"): that head, where
    the phrase opens with it (none for a one-word instrument)."""
    if start is None or start >= token.i:
        return []
    head = token
    while head.head.i != head.i and start <= head.head.i < head.i:
        head = head.head
    return [head] if head.i == start else []


FRAME_PREPOSITIONS = frozenset({"under", "per", "through", "via"})
FRAME_LEADS = frozenset({"pursuant", "according"})


def framing(preposition) -> bool:
    """"under the agreement", "pursuant to / according to the agreement": a phrase that names the
    instrument as the frame of what its clause tells."""
    return preposition.lower_ in FRAME_PREPOSITIONS or preposition.lower_ == "to" and preposition.head.lower_ in FRAME_LEADS


MODALS = frozenset({"will", "would", "shall", "should", "may", "might", "could", "can", "must", "'ll"})


AIM_PREPOSITIONS = frozenset({"toward", "towards"})


def still_to_come(verb) -> bool:
    """"will sign", "is expected to adopt", "plans to sign", "would be approved": an act not yet
    done (FACTS.md: one still to come is no record); "have not reached", "did not sign": none. A
    base form other than in a title or after "did"/"do" is an infinitive or follows a modal."""
    auxes = [c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(a in MODALS for a in auxes) or any(c.dep_ == "neg" for c in verb.children):
        return True  # "will sign"; "have not reached a settlement", "did not sign": no act
    if verb.dep_ == "pcomp" and verb.head.lower_ in AIM_PREPOSITIONS:
        return True  # "working towards signing a share purchase agreement by October": an aim
    if "to" in auxes:
        # "proud to have signed": a perfect infinitive after an adjective tells an act done (not "expect to have reached")
        return counted_noun(verb) is None and not decided(verb) and not ("have" in auxes and verb.tag_ == "VBN" and verb.head.pos_ == "ADJ")
    return verb.tag_ == "VB" and not in_title(verb) and not any(a in {"did", "do", "does"} for a in auxes)


def decided(verb) -> bool:
    """"The Council voted to adopt the resolution", "the Board decided to approve it": an
    infinitive completing a past verb of deciding (patterns/adoption_decision_verbs.jsonl) states
    the act done; not "plans to sign", "will vote to adopt"."""
    head = verb.head
    return verb.dep_ == "xcomp" and head.lower_ in lexicon.verb_forms("adoption_decision_verbs") and head.tag_ in {"VBD", "VBN"} and not still_to_come(head)


def counted_noun(verb):
    """"France became the 20th nation to sign the Accords", "the first country to join the
    Convention": the noun counted by an ordinal or a superlative that an infinitive tells of (the
    noun it modifies, or the predicate noun of the verb it hangs on), whose act is done; else None."""
    head = verb.head
    if verb.dep_ in {"relcl", "acl"} and head.pos_ in {"NOUN", "PROPN"}:
        noun = head
    elif verb.dep_ in {"advcl", "xcomp"}:
        noun = next((c for c in head.children if c.dep_ == "attr"), None)
    else:
        return None
    return noun if noun is not None and any(c.ent_type_ == "ORDINAL" or c.tag_ == "JJS" for c in noun.children) else None


def sponsoring_verb(token, kind: str):
    """"The United States co-sponsored the resolution on X", "supported an Urgent Debate and a
    resolution focused on Y": a member backing a resolution (patterns/sponsor_verbs.jsonl) states
    that the body adopted it. Only for the instruments a deliberative body adopts."""
    if kind.split()[-1] not in lexicon.lower_words("sponsored_instruments"):
        return None
    head = token
    while head.dep_ == "conj" and head.head.pos_ in {"NOUN", "PROPN"}:
        head = head.head
    verb = head.head
    if head.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lower_ not in lexicon.lower_words("sponsor_verbs") or still_to_come(verb):
        return None
    return verb


def session_body(known: Known) -> Optional[int]:
    """The deliberative body the release reports on ("UN Human Rights Council", "General
    Assembly"): of the organizations whose head word is in patterns/adoption_bodies.jsonl, the
    one mentioned most often (the first on a tie)."""
    heads = lexicon.lower_words("adoption_bodies")
    orgs = known.orgs
    counts: dict[int, int] = {}
    for cluster in known.org_of_mention:
        if cluster is not None and cluster < len(orgs) and orgs[cluster].name.split()[-1].lower() in heads:
            counts[cluster] = counts.get(cluster, 0) + 1
    return max(counts, key=lambda c: counts[c]) if counts else None


def agent_parties(doc: Doc, verb, known: Known) -> list[Party]:
    """"adopted by ORG", "signed by X, Y and Z"."""
    return _prep_parties(doc, verb, known, {"by"}, also_agent=True)


def counter_parties(doc: Doc, verb, known: Known) -> list[Party]:
    """The other side named on the verb: "filed an agreement ... against JGC", "signed ... with X";
    both sides: "The treaty was signed between A and B"."""
    return _prep_parties(doc, verb, known, {"against", "with", "between"})


def _prep_parties(doc: Doc, verb, known: Known, prepositions: set[str], also_agent: bool = False) -> list[Party]:
    """Parties named by the verb's own prepositions, or, for "against"/"with", its object's."""
    parties = []
    holders = [verb] + (verb_objects(verb) if not also_agent else [])
    for holder in holders:
        for child in holder.children:
            if also_agent and child.dep_ == "agent" or child.dep_ == "prep" and child.lower_ in prepositions:
                for obj in child.children:
                    parties += parties_of(doc, obj, known)
    return parties


TRANSFER_WORDS = lexicon.verb_forms("adoption_transfer_words")
TRANSFER_PREPOSITIONS = frozenset({"from", "to", "by", "with"})
# The head nouns of the bilateral kinds named with "of" ("letter" of "letter of intent", "memorandum").
KIND_HEADS_BEFORE_OF = frozenset(k.split(" of ")[0].split()[-1] for k in lexicon.lower_words("adoption_bilateral_kinds") if " of " in k)


def transfer_parties(doc: Doc, instrument, known: Known) -> list[Party]:
    """The other side of a deal an agreement provides for, named on its verb or noun of transfer
    (patterns/adoption_transfer_words.jsonl) by "from", "to", "by" or "with": "an agreement to
    acquire X from B", "a definitive agreement to be acquired by B", "an LOI to sell X to B",
    "an agreement to merge with B", "The agreement provides for the acquisition of A by B",
    "an agreement under which B will acquire A". The thing acquired (the object) is no party."""
    nouns = [instrument]
    if instrument.dep_ == "pobj" and instrument.head.lower_ == "of" and instrument.head.head.lower_ in KIND_HEADS_BEFORE_OF:
        nouns.append(instrument.head.head)  # "a Letter of Intent to be acquired by B": the clause hangs on "Letter"
    clauses = [c for noun in nouns for c in noun.children if c.dep_ in {"acl", "relcl"}]
    if instrument.dep_ in {"nsubj", "nsubjpass"} and instrument.head.pos_ in {"VERB", "AUX"}:
        clauses.append(instrument.head)  # "The agreement provides for ..."
    parties: list[Party] = []
    for clause in clauses:
        for word in clause.subtree:
            if word.lower_ not in TRANSFER_WORDS or word.i == instrument.i:
                continue
            for child in word.children:
                if child.dep_ == "agent" or child.dep_ in {"prep", "dative"} and child.lower_ in TRANSFER_PREPOSITIONS:
                    for obj in child.children:
                        if obj.dep_ == "pobj":
                            parties += parties_of(doc, obj, known)
                elif child.dep_ == "nsubj" and word.pos_ == "VERB" and clause.dep_ == "relcl" and child.lower_ not in {"which", "that", "it", "who"}:
                    parties += parties_of(doc, child, known)  # "under which B will acquire A"
    return parties


def verb_objects(verb) -> list:
    """The verb's direct objects and their conjuncts ("filed an agreement and an information")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return objects + [c for o in objects for c in o.children if c.dep_ == "conj"]


def agreed_subject(doc: Doc, parties: list[Party], known: Known) -> Optional[str]:
    """What a party "agreed to" in the release ("JGC agreed to pay a $218.8 million criminal
    penalty to resolve charges ...", "Snamprogetti, which also agreed to pay ..."): the content
    of the agreement it is a party to, up to a comma or a "for" phrase (its reason or term)."""
    orgs = {p.org for p in parties if p.org is not None}
    for token in with_lower(doc, AGREE_FORMS):
        if token.lower_ not in AGREE_FORMS or token.pos_ != "VERB":
            continue
        content = next((c for c in token.children if c.dep_ == "xcomp"), None)
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if content is None or subject is None:
            continue
        who = token.head if subject.lower_ in {"which", "who", "that"} and token.dep_ == "relcl" else subject
        if not orgs.intersection(p.org for p in party_at(doc, who, known)):
            continue
        start = content.i
        end = start
        while end < sentence_bounds(doc, token.i)[1] and doc[end].text not in SUBJECT_STOP | {",", ".", "for"}:
            end += 1
        return clean_text(doc[start:end].text) if end > start else None
    return None


def subject_parties(doc: Doc, verb, known: Known) -> list[Party]:
    """Subjects of an adopting verb; "they" reads the main clause's subjects; a verb joined to an
    earlier one without a subject of its own ("A secured an agreement with B and signed an MOU
    with C") reads that verb's."""
    while verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"} and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children) or decided(verb):
        verb = verb.head  # "voted to adopt": the voter adopts
    verb = participle_governor(verb) or verb
    parties = []
    for child in verb.children:
        if child.dep_ in {"nsubj"}:
            listed = dateline_subjects(doc, verb, known) if opens_dateline(child) else []
            if listed:
                parties += listed
            elif child.lower_ in PRONOUN_SUBJECTS:
                parties += [p for sub in pronoun_antecedents(child) for p in subject_phrase_parties(doc, sub, known)] or opening_names(doc, child, known) or earlier_subject(doc, child, known)
                parties += pronoun_partners(doc, child, known)
            else:
                parties += subject_phrase_parties(doc, child, known) or earlier_subject(doc, child, known)
    counted = counted_noun(verb) if not parties else None
    if counted is not None and counted.dep_ == "attr":
        # "Singapore became the first nation to join the Accords": the subject of the copula.
        parties += [p for s in counted.head.children if s.dep_ == "nsubj" for p in subject_phrase_parties(doc, s, known)]
    return parties


PARTICIPLE_PREPOSITIONS = frozenset({"by", "after", "before", "while", "upon", "through"})


def participle_governor(verb) -> Optional[object]:
    """"Vinpearl expanded its reach, signing agreements with B", "Acme entered the market by
    signing an agreement with B": a participle without a subject of its own signs for the subject
    of the verb it hangs on (directly, or through "by/after/before/while/upon"; not "thanked B for
    signing", whose signer is B). None where the verb has a subject or hangs otherwise."""
    if verb.tag_ != "VBG" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    head = verb.head
    if verb.dep_ == "advcl" and head.pos_ in {"VERB", "AUX"}:
        return head
    if verb.dep_ == "pcomp" and head.lower_ in PARTICIPLE_PREPOSITIONS and head.head.pos_ in {"VERB", "AUX"}:
        return head.head
    return None


def signed_by_person(verb, kind: str) -> bool:
    """"Texas Gov. Jane Roe signed a bill to redraw the map": a bill or law a person signs is
    signed alone; the state or office of the signer's title is no party (patterns/adoption_signed_kinds)."""
    if kind.split()[-1] not in lexicon.lower_words("adoption_signed_kinds") or verb.lower_ not in lexicon.verb_forms("adoption_contract_verbs") - {"enter", "enters", "entered", "entering"}:
        return False
    return any(c.dep_ == "nsubj" and c.ent_type_ == "PERSON" for c in verb.children)


def pronoun_partners(doc: Doc, pronoun, known: Known) -> list[Party]:
    """"Acme said that it and Beta Labs have signed an MOU": the bodies joined to a subject
    pronoun by "and" sign with the body it stands for."""
    return [p for c in pronoun.children if c.dep_ == "conj" for p in subject_phrase_parties(doc, c, known)]


def pronoun_antecedents(pronoun) -> list:
    """The subjects a subject pronoun stands for: those of the nearest verb above its own that has
    a subject other than a pronoun ("Given that Acme announced that it signed ..., it is excited":
    Acme, not the main clause's "it"), else those of the sentence's root."""
    verb = pronoun.head
    for ancestor in verb.ancestors:
        subjects = [c for c in ancestor.children if c.dep_ == "nsubj" and c.lower_ not in PRONOUN_SUBJECTS]
        if ancestor.pos_ in {"VERB", "AUX"} and subjects:
            return subjects
    return [c for c in pronoun.sent.root.children if c.dep_ == "nsubj" and c.i != pronoun.i]


EARLIER_SENTENCES = 3


def earlier_subject(doc: Doc, subject, known: Known) -> list[Party]:
    """"Acme Mining Inc. is a junior mining company. It has signed Profit Share Agreements with
    B", "Acme partnered with C. ... The company entered into two new agreements": a subject "it"
    or "the company" that names no body in its own sentence stands for the organization that is
    the subject of a nearby earlier sentence (up to three back, passing over subjects that name
    no one: "The collaboration also addresses ..."); a person or another proper name as subject
    in between, or a quotation's speaker after its verb ('"...," said Roe'), breaks the chain
    (none). "The company" where a body's name holds "company" is left to `anaphor_org`; "the
    department" (in a government release, the releasing office) is none of this rule's."""
    if subject.lower_ != "it" and not (subject.lower_ in lexicon.lower_words("adoption_company_anaphors") and subject.i > 0 and doc_tokens(doc)[subject.i - 1].lower_ == "the"):
        return []
    if subject.lower_ != "it" and any(subject.lower_ in org.name.lower().split() for org in known.orgs):
        return []  # "The department reached this resolution" where a "Justice Department" is named: that one's, not the last subject's
    tokens = doc_tokens(doc)
    people = {i for m, _ in known.persons for i in range(m.start, m.end)}
    start = sentence_bounds(doc, subject.i)[0]
    for _ in range(EARLIER_SENTENCES):
        if start == 0:
            return []
        sent = tokens[start - 1].sent
        start = sent.start
        for child in sent.root.children:
            if child.dep_ != "nsubj" or dated_dash_between(tokens, child.i, sent.root.i):
                continue  # "Coral Gables, FL, May 2, 2025 – As demand grows, ...": the dateline's place, no subject
            if child.i > sent.root.i or child.i in people or child.lower_ in PRONOUN_SUBJECTS | {"he", "she"}:
                return []
            org = known.org_covering(child.i)
            if org is not None and not in_title(child):
                return [Party(org=org)]
            if child.pos_ == "PROPN":
                return []
    return []


def subject_phrase_parties(doc: Doc, subject, known: Known) -> list[Party]:
    """The bodies a subject phrase names (`phrase_parties`); where it names none, a company the
    other rules did not know, by its proper name ("Zorvex secured an agreement with B" -> "Zorvex";
    not a person's name). A dateline the parse ran into the phrase ("Salt Lake City, Utah
    (Wire) Saturday Jan 11, 2025 @ 7:00 AM US/Mountain — Acme Labs, a maker of X, has entered
    into ...") ends at the phrase's last free-standing dash before its verb: what precedes it
    names no party (a dateline: a date before the dash)."""
    tokens = doc_tokens(doc)
    start, end = subject.left_edge.i, min(subject.right_edge.i + 1, subject.head.i if subject.head.i > subject.i else len(doc))
    dash = next((k for k in range(end - 1, start, -1) if tokens[k].text in DASHES and tokens[k].whitespace_ and tokens[k - 1].whitespace_), None)
    if dash is not None and any(tokens[k].ent_type_ == "DATE" for k in range(start, dash)):
        start = dash + 1
    found = phrase_parties(doc, start, subject.right_edge.i + 1, known)
    if found:
        found = listed_unknowns(doc, subject, start, found, known)
    if found or in_title(subject) or any(m.start <= subject.i < m.end for m, _ in known.persons) or cut_off(subject):
        return found
    if subject.lower_ in lexicon.lower_words("org_anaphors") or subject.lower_ in INSTRUMENT_WORDS or is_title_word(subject) or is_title_word(subject.left_edge):
        return defined_body(doc, subject, known)  # "the Company" defined after a body's name; "The Agreement was signed", "the President signed": none
    name = proper_name(doc, subject)
    if name is None or name == subject.text and (subject.text in lexicon.words("corporate_suffixes") or is_org_head(subject)):
        return found  # "Edmond de Rothschild (Suisse) SA": a cut name; "The Council": no name
    return [named_party(name, known)]


def listed_unknowns(doc: Doc, subject, start: int, found: list[Party], known: Known) -> list[Party]:
    """"Redfund and Cannaki signed the note", "– Eastman, Ceres Labs and Covestra announced the
    signing": a list of subjects whose other members are known bodies lists parties; a member the
    entity model missed or mislabelled (a place, a date run into it) is a party by its proper name.
    Not a person's name or title ("Minister ... Jane Roe"), a short name defined in parentheses
    ("(“Acme” or the “Company”)"), a place, a calendar word or a bare
    company word ("Inc.")."""
    members = [subject] + [c for c in subject.subtree if c.dep_ == "conj" and c.head.i != c.i and (c.head.i == subject.i or c.head.dep_ == "conj")]
    if len(members) < 2:
        return found
    people = {i for m, _ in known.persons for i in range(m.start, m.end)}
    tokens = doc_tokens(doc)
    free = set(outside_parentheses(tokens, subject.left_edge.i, subject.right_edge.i + 1))
    before: list[Party] = []
    after: list[Party] = []
    seen_known = False
    for member in sorted(members, key=lambda t: t.i):
        covered = member.i in people or known.org_covering(member.i) is not None
        if covered or member.i < start or member.pos_ != "PROPN" or not member.text[:1].isupper():
            seen_known = seen_known or covered
            continue
        if member.i not in free or member.lower_ in lexicon.lower_words("org_anaphors") or opens_dateline(member) or is_title_word(member) or CALENDAR_WORD.match(member.text) or jurisdiction(member.text) or member.text in lexicon.words("corporate_suffixes") or is_org_head(member) and member.left_edge.i == member.i:
            continue
        first = member.i
        while first > start and tokens[first - 1].pos_ == "PROPN" and tokens[first - 1].dep_ == "compound" and tokens[first - 1].head.i == member.i:
            first -= 1
        if any(first <= k <= member.i for k in people):
            continue
        name = clean_text(doc[first : member.i + 1].text)
        party = named_party(name, known)
        listed = [known.orgs[p.org].name if p.org is not None else p.place for p in found if p.org != party.org]
        if party.org is not None and any(other and other in known.orgs[party.org].name for other in listed):
            party = Party(place=name)  # "Eastman/Ceres Holographics", a name run across two listed bodies, is neither
        (after if seen_known else before).append(party)
    return dedupe_parties(before + found + after) if before or after else found


QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’"})
DEFINITION_PARENTHESES = 3  # "Acme Corp. (NASDAQ: ACME) (the "Company")": the ticker's, then the definition's
DEFINITION_LENGTH = 16


def defined_body(doc: Doc, word, known: Known) -> list[Party]:
    """"Acme Corp. (NASDAQ: ACME) ("Acme" or the "Company") ... the Company signed": a capitalized
    word quoted inside a parenthesis that follows an organization's name (after up to two other
    parentheses, a ticker's) defines it as that body's short name; the word as a party is that
    body. The definition comes before the word or holds it ("Acme Corp. (the "Company") entered
    into", parsed with "Company" as the subject)."""
    if not word.text[:1].isupper():
        return []
    tokens = doc_tokens(doc)
    for end, (start, cluster) in sorted(known.by_end.items()):
        k = end
        for _ in range(DEFINITION_PARENTHESES):
            if k >= word.i or k >= len(tokens) or tokens[k].text != "(":
                break
            close = next((j for j in range(k + 1, min(k + DEFINITION_LENGTH, len(tokens))) if tokens[j].text == ")"), None)
            if close is None:
                break
            if any(tokens[j].text == word.text and (tokens[j - 1].text in QUOTE_MARKS or tokens[j + 1].text in QUOTE_MARKS) for j in range(k + 1, close)):
                return [Party(org=cluster)]
            k = close + 1
    return []


def dateline_subjects(doc: Doc, verb, known: Known) -> list[Party]:
    """"OREM, Utah - February 27, 2025 - Acme, a maker of X, and Beta Labs, a Y, today announced
    the signing of ...": where the parse took the dateline's place for the verb's subject, the
    parties are the names listed between the dateline's last free-standing dash and the verb: the
    name right after the dash and each name after "and" that closes a member of the list (a comma,
    a parenthesis or the verb follows it). A known organization is that body; another proper
    name is a party by its name; a person's name is none."""
    tokens = doc_tokens(doc)
    start = sentence_bounds(doc, verb.i)[0]
    dash = next((k for k in range(verb.i - 1, start, -1) if tokens[k].text in DASHES and tokens[k].whitespace_ and tokens[k - 1].whitespace_), None)
    if dash is None:
        return []
    return listed_names(doc, dash + 1, verb.i, known)


def listed_names(doc: Doc, first: int, until: int, known: Known) -> list[Party]:
    """The parties a list of names opening at token `first` names, before token `until`: the
    name at `first` and each name after "and" that closes a member of the list (a comma, a
    parenthesis or `until` follows it), passing over their descriptions ("Acme, a maker of X,
    and Beta Labs, a Y, ..."). A known organization is that body; another proper name is a
    party by its name; a person's name is none."""
    tokens = doc_tokens(doc)
    people = {i for m, _ in known.persons for i in range(m.start, m.end)}
    parties: list[Party] = []
    for k in [first] + [k + 1 for k in range(first, until - 1) if tokens[k].lower_ == "and"]:
        end = known.by_start[k][0] if k in known.by_start else k
        while end < until and tokens[end].pos_ == "PROPN":
            end += 1
        if end == k or k in people and k not in known.by_start and not org_named(clean_text(doc[k:end].text), known) or k > first and end < until and tokens[end].text not in {",", "("} and not verb_group(tokens, end, until):
            continue
        parties.append(Party(org=known.by_start[k][1]) if k in known.by_start else named_party(clean_text(doc[k:end].text), known))
    return dedupe_parties(parties)


def org_named(name: str, known: Known) -> bool:
    """A name the release also gives an organization exactly ("Appotronics"): a listed party even
    where the people rules read it as a short form of a person's name ("Appotronics Automotive BU")."""
    return any(org.name == name for org in known.orgs)


def verb_group(tokens: list, start: int, until: int) -> bool:
    """"Acme and Beta Labs have jointly signed": the words from `start` to the verb at `until` are
    its auxiliaries and adverbs only (the list of names closed before them)."""
    return all(tokens[k].dep_ in {"aux", "auxpass", "advmod", "npadvmod", "neg"} for k in range(start, until))


RELEASE_OPENING_SENTENCES = 3


def release_subject(doc: Doc, known: Known) -> list[Party]:
    """The organization a release is about: the one that opens the first of its first body
    sentences that opens with a known organization (after a dateline's dash: "STOCKHOLM - May
    12, 2025 (WIRE) - Acme AB (Nasdaq: ACME), a maker of X, is pleased to ..."), before the
    sentence's verb (only the first: the names listed after it may be products or places)."""
    tokens = doc_tokens(doc)
    seen = 0
    for sent in doc.sents:
        if seen == RELEASE_OPENING_SENTENCES:
            break
        first = sent.start
        while first < sent.end - 1 and (tokens[first].is_space or tokens[first].is_punct):
            first += 1
        if in_title(tokens[first]) or tokens[first].is_space:
            continue
        seen += 1
        until = sent.root.i if sent.root.i > first else sent.end
        dash = next((k for k in range(until - 1, first, -1) if dateline_dash(tokens, k)), None)
        if dash is not None:
            first = dash + 1
        if first in known.by_start and first < until:
            return [Party(org=known.by_start[first][1])]
        subject = opening_subject(tokens[sent.root.i], first, known)
        if subject is not None:
            return [Party(org=subject)]
    return []


def dateline_dash(tokens: list, k: int) -> bool:
    """The dash that closes a dateline: " - " between spaces, or "2024– As ..." glued to the
    dateline's year ("Coral Gables , FL , November 14, 2024– As demand grows, Acme ...")."""
    return tokens[k].text in DASHES and bool(tokens[k].whitespace_) and (bool(tokens[k - 1].whitespace_) or tokens[k - 1].like_num)


def dated_dash_between(tokens: list, start: int, end: int) -> bool:
    """A dateline's closing dash after its date between `start` and `end`: "Coral Gables, FL,
    November 14, 2024 – As demand grows, Acme is ..." (the words before it are the dateline)."""
    return any(dateline_dash(tokens, k) and tokens[k - 1].ent_type_ == "DATE" for k in range(start + 1, end))


def opening_subject(root, first: int, known: Known) -> Optional[int]:
    """"Today, Acme Inc. unveiled X", "Leading sensor maker Acme Inc. unveiled X": where the
    release's opening sentence does not open with a body, the organization that is its main
    verb's subject (after the dateline, before the verb) is the one the release is about."""
    for child in root.children:
        if child.dep_ in {"nsubj", "nsubjpass"} and first <= child.i < root.i:
            return known.org_covering(child.i)
    return None


def bilateral(kind: str) -> bool:
    """An instrument one party makes with another (patterns/adoption_bilateral_kinds.jsonl:
    agreements, memoranda of understanding, letters of intent, deals, settlements)."""
    return any(kind == k or kind.endswith(" " + k) for k in lexicon.lower_words("adoption_bilateral_kinds"))


def opening_names(doc: Doc, pronoun, known: Known) -> list[Party]:
    """"Acme, Inc. (Nasdaq: ACME), a maker of X that is leveraging Y, announced today it has
    signed an agreement with B", where the parse gave the announcing verb no subject: "it" (or
    "they") with no antecedent in the parse stands for the names that open its sentence (after
    a dateline's dash), read as `listed_names`. The sentence must open with a known organization
    (not a title line), before the pronoun."""
    tokens = doc_tokens(doc)
    sent = pronoun.sent
    first = sent.start
    while first < pronoun.i and (tokens[first].is_space or tokens[first].is_punct):
        first += 1
    dash = next((k for k in range(pronoun.i - 1, first, -1) if tokens[k].text in DASHES and tokens[k].whitespace_ and tokens[k - 1].whitespace_), None)
    if dash is not None:
        first = dash + 1
    if first not in known.by_start or first >= pronoun.i or in_title(tokens[first]):
        return []
    return listed_names(doc, first, pronoun.i, known)[: 1 if pronoun.lower_ == "it" else None]


def cut_off(subject) -> bool:
    """"SAN JUAN, PUERTO RICO, Nov. 13 -- Acme and Beta signed", "Credit Line: Last quarter, Acme
    secured ...": a subject the parse found in a dateline or a label, cut from its verb by a dash
    or a colon (not one in parentheses: `outside_parentheses`), names no party."""
    doc = subject.doc
    verb = subject.head
    tokens = doc_tokens(doc)
    return opens_dateline(subject) or any(tokens[k].text in DASHES or tokens[k].text == ":" for k in outside_parentheses(tokens, min(subject.i, verb.i), max(subject.i, verb.i)))


def outside_parentheses(tokens: list, start: int, end: int) -> list[int]:
    """The positions from `start` to `end` not inside parentheses: the colon of a ticker
    ("Cepton (NASDAQ: CPTN), a maker of X, is announcing ...") cuts no subject from its verb."""
    kept, depth = [], 0
    for k in range(start, end):
        text = tokens[k].text
        if text == "(":
            depth += 1
        elif text == ")":
            depth = max(depth - 1, 0)
        elif depth == 0:
            kept.append(k)
    return kept


def nameless(party: Party) -> bool:
    """A party read by its words that names no one: a phrase without a capitalized word ("with a
    lifetime expected value of $65.0M"), a title ("with former Executive Chairman and CEO Dr. Roe"), a generic noun
    (the defined "Company")."""
    if party.place is None:
        return False
    words = [w.strip(".,;:()\"'’“”").lower() for w in party.place.split()]
    generic = lexicon.lower_words("title_heads") | lexicon.lower_words("title_modifiers") | lexicon.lower_words("company_nouns") | lexicon.lower_words("org_anaphors")
    return not any(w[:1].isupper() for w in party.place.split()) or all(w in generic for w in words if w)  # not "city of Memphis"


def without_forum(parties: list[Party], orgs: list[OrgCluster]) -> list[Party]:
    """"Today's settlement, lodged with the U.S. District Court for the Northern District of Ohio",
    "a proposed consent decree filed with the U.S. District Court in Hammond": the court an
    instrument between others is lodged with, filed with or approved by is its forum, no party
    (patterns/adoption_forum_heads.jsonl: a name whose head word, before any "of/for/in" phrase, is
    "Court"). Kept where it is the only party named (a court's own decision)."""
    heads = lexicon.lower_words("adoption_forum_heads")

    def forum(party: Party) -> bool:
        name = orgs[party.org].name if party.org is not None and party.org < len(orgs) else party.place or ""
        words = re.split(r"\s+(?:of|for|in)\s+", name, maxsplit=1)[0].split()
        return bool(words) and words[-1].lower().strip(".,") in heads

    others = [p for p in parties if not forum(p)]
    return others if others else parties


def named_party(name: str, known: Known) -> Party:
    """A party by a name no organization rule read: the known organization it is a short form of,
    else the name as written."""
    fuller = known_body_with(name, known.orgs)
    return Party(org=fuller) if fuller is not None else Party(place=name)


def known_body_with(name: str, orgs: list[OrgCluster]) -> Optional[int]:
    """The one organization whose name holds every word of `name`: "St. James" or "City" stand
    for "Franciscan St. James Health" or "city of Memphis" where the release names them."""
    words = set(name.lower().split())
    fits = [i for i, org in enumerate(orgs) if words <= set(org.name.lower().split()) or len(name) > 3 and name.lower() in org.name.lower()]
    return fits[0] if len(fits) == 1 else None  # also "Wave" of "D-Wave Quantum Inc."


def nominal_parties(doc: Doc, noun, instrument, known: Known) -> list[Party]:
    """Who adopts in a noun of adoption: "the Assembly's adoption of", "the adoption of a
    resolution by the Assembly", "... at the Council"; else the parties that announce it
    (`announced_by`)."""
    if noun.pos_ in {"VERB", "AUX"}:
        return []
    parties = []
    for child in noun.children:
        if child.dep_ == "poss":
            parties += party_at(doc, child, known)
    for holder in (noun, instrument):
        for child in holder.children:
            if child.dep_ in {"prep", "agent"} and child.lower_ in {"by", "at"}:
                parties += [p for obj in child.children for p in parties_of(doc, obj, known)]
    if parties or between_parties_stated(instrument, noun):
        return parties
    return announced_by(doc, noun, known)


def between_parties_stated(instrument, noun=None) -> bool:
    """"HKX confirmed the signing of memorandums of understanding between Park companies and
    European firms": an instrument (or its noun of adoption) "between" others names its own
    parties; whoever announces or confirms the signing is no party to it unless the "between"
    phrase names it."""
    preps = [c for c in noun.children if c.lower_ == "between" and c.dep_ == "prep"] if noun is not None and noun.pos_ not in {"VERB", "AUX"} else []
    preps += [t for t in instrument.subtree if t.lower_ == "between" and t.dep_ == "prep" and not any(a.pos_ in {"VERB", "AUX"} for a in t.ancestors if instrument.i < a.i < t.i)]
    # "between the company and B", "between us and B": the announcer is named there after all
    return bool(preps) and not any(own_reference(t) for prep in preps for t in prep.subtree)


def own_reference(token) -> bool:
    """"the company", "us", "its subsidiary": words by which a release names its own side."""
    if token.lower_ in {"us", "we", "our", "its", "their", "itself", "both", "each", "them"}:
        return token.lower_ != "its" or token.head.lower_ in lexicon.lower_words("adoption_company_anaphors")
    return token.lower_ in lexicon.lower_words("adoption_company_anaphors") and any(c.lower_ == "the" for c in token.children)


def announcing_verb(act):
    """The verb by which a party reports its own act of adoption: "A and B today announced the
    signing of an MOU" (the noun of adoption its object), "A announced today it has signed an
    agreement" (the adopting verb its clause); None otherwise."""
    verbs = lexicon.verb_forms("adoption_announcers")
    if act.pos_ in {"VERB", "AUX"}:
        head = act.head if act.dep_ == "ccomp" else None
    else:
        head = act.head if act.dep_ == "dobj" else None
    if head is None or head.lower_ not in verbs or head.pos_ != "VERB" or still_to_come(head):
        return None
    return head


def headline_signing(doc: Doc) -> bool:
    """"Acme Signs Global Licensing Deal with B", "Acme Inks Supply Agreement": a headline with a
    verb of signing (patterns/adoption_contract_verbs.jsonl, read by form: a headline's
    capitals mislead the tagger) and an instrument word states the act the body announces."""
    opening = title_start(doc)
    if opening is None:
        return False
    signing = lexicon.verb_forms("adoption_contract_verbs")
    words = {t.lower_ for t in doc_tokens(doc)[opening : title_end_token(doc)]}
    return bool(words & signing) and bool(words & (INSTRUMENT_WORDS | CONTRACT_WORDS))


def announced_act(kind: str) -> bool:
    """"The Department today announced a settlement with B": the announcement of a settlement,
    consent decree or plea (patterns/adoption_announced_kinds.jsonl) states that it was reached;
    "Acme today announced a new sponsorship agreement with B" states no signing, entry or
    execution of an agreement (FACTS.md: an instrument counts when its act is stated), unless
    the headline states it ("Acme Signs Licensing Deal with B": `find_instruments`)."""
    return any(word in lexicon.lower_words("adoption_announced_kinds") for word in kind.split())


def announced_by(doc: Doc, noun, known: Known) -> list[Party]:
    """"Acme, a maker of tools, and Beta today announced the signing of a memorandum": the
    announcing verb's subjects (not what their appositions name) are the parties; a subject no
    other rule knew as a body is named by its proper noun (`proper_name`)."""
    verb = announcing_verb(noun)
    if verb is None:
        return []
    parties: list[Party] = []
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        listed = dateline_subjects(doc, verb, known) if opens_dateline(subject) else []
        if listed:
            parties += listed
            continue
        for token in [subject] + [c for c in subject.subtree if c.dep_ == "conj" and c.head.i in {subject.i} | {x.i for x in subject.subtree if x.dep_ == "conj"}]:
            found = party_at(doc, token, known)
            name = None if found or token.pos_ != "PROPN" or cut_off(token) else proper_name(doc, token)
            parties += found or ([named_party(name, known)] if name else [])
        if parties and not cut_off(subject):
            parties = listed_unknowns(doc, subject, subject.left_edge.i, parties, known)
    return dedupe_parties(parties)


def possessor_parties(doc: Doc, instrument, known: Known) -> list[Party]:
    """"Ostland's agreement with B, signed last year": where the adopting verb names no one, the
    body or country whose possessive the instrument carries is a party."""
    return [p for c in instrument.children if c.dep_ == "poss" for p in party_at(doc, c, known)]


def owner_parties(doc: Doc, instrument, known: Known) -> list[Party]:
    """The side that holds an agreement with another: "A's agreement with B", "A announced a
    settlement with B", "A reached an agreement with B"."""
    owners = [p for c in instrument.children if c.dep_ == "poss" for p in party_at(doc, c, known)]
    if not owners and instrument.dep_ == "dobj" and instrument.head.pos_ == "VERB":
        owners = subject_parties(doc, instrument.head, known)
    return owners


def attached_dates(doc: Doc, instrument, anchor) -> list[str]:
    """A date phrase on the instrument itself: "the adoption of a resolution on Tuesday"."""
    for ent in date_spans(doc, instrument.sent):
        head = ent.root.head
        if head.i == instrument.i or head.dep_ == "prep" and head.head.i == instrument.i:
            return [start for start, _ in parse_dates(ent.text, anchor)]
    return []


def clause_subject(doc: Doc, instrument, concepts: dict[str, str], definite: bool = False) -> Optional[str]:
    """The clause after the instrument that says what it does: participial ("a resolution
    addressing violations in X"), relative ("Executive Order 13777, which calls for ...", "the
    resolution that extended the mandate"), infinitive ("a resolution to establish a carveout").
    A participle of adoption ("adopted by ...") is the act, not the subject."""
    verbs = lexicon.lower_words("adoption_verbs")
    for clause in instrument.rights:
        if clause.pos_ not in {"VERB", "AUX"} or clause.lower_ in verbs and clause.tag_ == "VBN" or evaluative(clause):
            continue
        if clause.dep_ == "acl" and clause.tag_ == "VBN":
            # "a resolution focused on the rights of women", "an agreement aimed at X": the topic.
            topic = next((o for p in clause.rights if p.dep_ == "prep" and p.lower_ in {"on", "at"} and p.i == clause.i + 1 for o in p.children if o.dep_ == "pobj"), None)
            if topic is not None:
                return expand_concepts(clean_text(doc[topic.left_edge.i : min(topic.right_edge.i + 1, clause.sent.end)].text), concepts)
            # "a resolution championed by X to establish ...": the purpose on the participle.
            clause = next((c for c in clause.rights if c.dep_ in {"advcl", "xcomp"} and any(a.lower_ == "to" for a in c.lefts)), clause)
        relative = clause.dep_ == "relcl" and clause.lower_ not in COPULAS and any(c.dep_ == "nsubj" and c.lower_ in {"which", "that"} for c in clause.children)
        if relative and definite and still_to_come(clause):
            # "the agreement, which will remain in effect for three years": what an instrument
            # named before will do, no instrument of its own.
            continue
        participle = clause.dep_ == "acl" and clause.tag_ == "VBG"
        to = next((c for c in clause.lefts if c.dep_ == "aux" and c.lower_ == "to"), None)
        infinitive = clause.dep_ in {"acl", "relcl", "advcl", "xcomp"} and to is not None
        if not (relative or participle or infinitive):
            continue
        start = to.i if infinitive else clause.i
        end = min(clause.right_edge.i + 1, clause.sent.end)
        while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        if end > start:
            return expand_concepts(clean_text(doc[start:end].text), concepts)
    return None


def party_relative(doc: Doc, end: int, concepts: dict[str, str]) -> Optional[str]:
    """"inked a deal with B, which is expected to add $19 million in revenue", "an agreement with
    B, which will ensure that ...": a relative clause set off by a comma after the "with" party
    says what the instrument does (the parser hangs it on the party; a party is described by an
    apposition, "B, a maker of X"). Not a clause of "be" or "have"."""
    i = skip_parens(doc, end)
    if i >= len(doc) or doc[i].lower_ != "with":
        return None
    tokens = doc_tokens(doc)
    for obj in (o for o in tokens[i].children if o.dep_ == "pobj"):
        clause = next((c for c in obj.rights if c.dep_ == "relcl" and c.lower_ not in COPULAS and not evaluative(c)), None)
        if clause is None or clause.left_edge.i < 2 or tokens[clause.left_edge.i].lower_ != "which" or tokens[clause.left_edge.i - 1].text != ",":
            continue
        start, end = clause.left_edge.i + 1, min(clause.right_edge.i + 1, clause.sent.end)
        end = min([end] + [c.i for c in clause.rights if c.dep_ in {"cc", "conj"}])  # ", and has also secured ...": another clause
        while end > start and (tokens[end - 1].is_punct or tokens[end - 1].is_space):
            end -= 1
        return expand_concepts(clean_text(doc[start:end].text), concepts) if end > start + 1 else None
    return None


RELATIVE_LEADS = frozenset({"pursuant", "according"})  # "pursuant to which", "according to which"


def clause_after(doc: Doc, k: int, concepts: dict[str, str]) -> Optional[str]:
    """The clause right after the instrument when the parser hung it elsewhere: a participle
    ("a consent decree on Monday requiring the company to pay ...") or "under/by which ..."
    ("an agreement under which B will sell ...", "an option agreement pursuant to which it may
    earn ...", "whereby ...")."""
    if k < len(doc) and doc[k].text == ",":
        k += 1
    if k >= len(doc):
        return None
    sent_end = sentence_bounds(doc, k)[1]
    if doc[k].tag_ == "VBG" and doc[k].lower_ not in lexicon.lower_words("adoption_verbs") and not evaluative(doc[k]):
        start = k
    elif doc[k].pos_ == "ADP" and k + 1 < sent_end and doc[k + 1].lower_ == "which":
        start = k + 2
    elif doc[k].lower_ in RELATIVE_LEADS and k + 2 < sent_end and doc[k + 1].lower_ == "to" and doc[k + 2].lower_ == "which":
        start = k + 3  # "an option agreement pursuant to which it may earn ..."
    elif doc[k].lower_ == "whereby":
        start = k + 1
    else:
        return None
    end = start
    while end < sent_end and doc[end].text not in SUBJECT_STOP | {";"} and not clause_after_comma(doc, end, sent_end):
        end += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return expand_concepts(clean_text(doc[start:end].text), concepts) if end > start + 1 else None


def phrase_parties(doc: Doc, start: int, end: int, known: Known) -> list[Party]:
    """Bodies a subject phrase names, in order: organizations, countries, and the organization
    or country of each person named in it (a minister signs for a country); not a dateline's
    place the parse ran into the phrase (`dateline_place`), nor a body or place named only in a
    description of a party ("Acme, a company focused on X through its Beta unit, has signed",
    "Acme, sponsored by an affiliate of Gamma": `described_place`)."""
    found: list[tuple[int, Party]] = []
    for org_start, (org_end, cluster) in known.by_start.items():
        if start <= org_start < end and not described_body(doc[org_start:org_end], start, end):
            found += [(org_start, Party(org=c)) for c in joined_bodies(cluster, known.orgs)]
    for ent in doc_entities(doc):
        if ent.label_ in {"GPE", "NORP"} and start <= ent.start < end and not dateline_place(doc, ent, end) and not described_place(ent, start, end):
            place = jurisdiction(clean_text(ent.text))
            if place:
                found.append((ent.start, Party(place=place)))
    for token in doc[start:end]:
        referent = anaphor_org(doc, token, known.orgs)
        if referent is not None:
            found.append((token.i, Party(org=referent)))
    for m, owner in known.persons:
        if start <= m.start < end:
            for role in known.roles:
                if role.person == owner and (role.org is not None or role.place):
                    found.append((m.start, Party(org=role.org, place=role.place)))
                    break
    return [p for _, p in sorted(found, key=lambda x: x[0])]


def joined_bodies(cluster: int, orgs: list[OrgCluster]) -> list[int]:
    """"V-GREEN and Prime Group have signed": a name an organization rule read across "and" whose
    two sides are each an organization the release names is those two parties; else the one."""
    name = orgs[cluster].name
    if " and " not in name:
        return [cluster]
    left, right = name.split(" and ", 1)
    by_name = {org.name: i for i, org in enumerate(orgs)}
    return [by_name[left], by_name[right]] if left in by_name and right in by_name else [cluster]


LOCATING_PREPOSITIONS = frozenset({"in", "at", "across", "throughout", "near", "outside", "inside", "based"})


def described_place(place: Span, start: int, end: int) -> bool:
    """"ABC Institute, the largest provider in the state of Florida, has signed ...": a place (or
    a body) inside an apposition, a relative clause or a locating phrase of the subject describes
    a party; it is none itself."""
    token = place.root
    while start <= token.head.i < end and token.head != token:
        if describes(token):
            return True
        token = token.head
    return describes(token)


def described_body(body: Span, start: int, end: int) -> bool:
    """"Acme, a company focused on X through its Beta unit, has signed", "Acme, sponsored by an
    affiliate of Gamma": a body named in a description of a party (`described_place`) is none
    itself; not one in a person's title ("Jane Roe, head of the Civil Rights Division, signed":
    she signs for it)."""
    token = body.root
    while start <= token.head.i < end and token.head != token:
        if describes(token):
            return not (token.dep_ == "appos" and is_title_word(token))
        token = token.head
    return describes(token) and not (token.dep_ == "appos" and is_title_word(token))


def describes(token) -> bool:
    """A relative clause, a locating phrase, or an apposition headed by a common noun ("the largest
    provider"; a proper noun "apposed" in a list of countries is a list member)."""
    return token.dep_ in {"relcl", "acl"} or token.dep_ == "appos" and token.pos_ == "NOUN" or token.dep_ == "prep" and token.lower_ in LOCATING_PREPOSITIONS


DASHES = frozenset({"-", "–", "—", "--"})
DATELINE_WORDS = 4


def dateline_place(doc: Doc, place: Span, end: int) -> bool:
    """"OREM, Utah - February 27, 2025 - Quillon MedTech, a device maker, has signed ...": a place
    among a paragraph's first words with a dash after it in the phrase is the dateline's, run into
    the subject by the parse; it is no party."""
    k = place.start
    while k > 0 and place.start - k < DATELINE_WORDS and not ends_line(doc[k - 1]):
        k -= 1
    at_paragraph_start = k == 0 or ends_line(doc[k - 1])
    return at_paragraph_start and any(doc[j].text in DASHES for j in range(place.end, end))


def parties_of(doc: Doc, token, known: Known) -> list[Party]:
    """Bodies a noun phrase and its conjuncts stand for: organizations, places, or people's offices."""
    found = []
    for t in [token] + [c for c in token.subtree if c.dep_ == "conj" and c.head.i in {token.i} | {x.i for x in token.subtree}]:
        found += party_at(doc, t, known)
    unique = []
    for p in found:
        if not any(q.org == p.org and q.place == p.place for q in unique):
            unique.append(p)
    return unique


def party_at(doc: Doc, token, known: Known) -> list[Party]:
    """The body a single noun stands for."""
    covering = known.org_covering(token.i)
    if covering is not None:
        return [Party(org=covering)]
    referent = anaphor_org(doc, token, known.orgs)
    if referent is not None:
        return [Party(org=referent)]
    left = token.left_edge.i
    for start, (end, cluster) in known.by_start.items():
        if left <= start <= token.i:
            return [Party(org=cluster)]
    place = jurisdiction(clean_text(doc[left : token.i + 1].text)) or (token.ent_type_ in {"GPE", "NORP"} and jurisdiction(token.text)) or government_of(token)
    if place:
        return [Party(place=place)]
    for role in known.roles:
        mention = next((m for m, o in known.persons if o == role.person and m.start <= token.i < m.end), None)
        if mention is not None and (role.org is not None or role.place):
            return [Party(org=role.org, place=role.place)]
    return []


def government_of(token) -> Optional[str]:
    """"an agreement with Illinois officials", "with the Mexican government": the place whose
    government (patterns/adoption_government_nouns.jsonl) a common noun names, by its place or
    demonym modifier."""
    if token.lower_ not in lexicon.lower_words("adoption_government_nouns"):
        return None
    return next((jurisdiction(c.text) for c in token.lefts if c.dep_ in {"compound", "amod"} and c.ent_type_ in {"GPE", "NORP"} and jurisdiction(c.text)), None)


def anaphor_org(doc: Doc, token, orgs: list[OrgCluster]) -> Optional[int]:
    """"the department" standing for the one organization the release names with that head;
    "the exchange", "the board" for the one whose name's head is that common noun ("Gityer
    Exchange", "Massachusetts Board of Education")."""
    if token.i == 0 or doc[token.i - 1].lower_ != "the":
        return None
    head = token.lower_
    if head in lexicon.lower_words("org_anaphors"):
        fits = [i for i, org in enumerate(orgs) if head in org.name.lower().split() and not org.parent]
    elif token.pos_ == "NOUN" and token.is_lower and token.dep_ in {"nsubj", "nsubjpass", "pobj", "conj", "poss"}:
        fits = [i for i, org in enumerate(orgs) if name_head(org.name) == head and not org.parent]
    else:
        return None
    return fits[0] if len(fits) == 1 else None


def name_head(name: str) -> str:
    """The head word of an organization's name, lower-cased: the last word before its first "of"
    ("Board" of "Massachusetts Board of Education"), else its last word ("Exchange")."""
    words = name.lower().split()
    return words[words.index("of") - 1] if "of" in words[1:] else (words[-1] if words else "")


def with_party(doc: Doc, start: int, end: int, known: Known) -> list[Party]:
    """"agreement with the International Monetary Fund", "a security agreement between A and B"."""
    i = skip_parens(doc, end)
    if i < len(doc) and doc[i].lower_ in {"with", "between"}:
        objects = [obj for obj in doc[i].children if obj.dep_ == "pobj"]
        found = [p for obj in objects for p in parties_of(doc, obj, known)]
        if found:
            return dedupe_parties(found + unnamed_members(doc, objects, known))
        named = [proper_name(doc, obj) for obj in objects if not in_title(obj)]
        if any(named):
            return dedupe_parties([named_party(n, known) for n in named if n])
        j = i + 1 + (i + 1 < len(doc) and doc[i + 1].lower_ == "the")
        if j in known.by_start:
            return [Party(org=known.by_start[j][1])]
    return []


def unnamed_members(doc: Doc, objects: list, known: Known) -> list[Party]:
    """"between the United States and the City of Springfield": a member of the "with"/"between"
    list no rule knew as a body or place is a party by its proper name."""
    members = list(objects)
    for member in members:
        if any(c.dep_ == "cc" and c.lower_ == "or" for c in member.children):
            return []  # "the agreement with B, the initiative, or the tool kit": no list of parties
        members += [c for c in member.children if c.dep_ == "conj"]
    people = {i for m, _ in known.persons for i in range(m.start, m.end)}
    names = [
        proper_name(doc, m) for m in members
        if not party_at(doc, m, known) and not in_title(m) and m.i not in people and not is_title_word(m.left_edge) and not (is_org_head(m) and m.left_edge.i >= m.i - 1)
    ]
    return [named_party(n, known) for n in names if n]


def proper_name(doc: Doc, token) -> Optional[str]:
    """A party no other rule knew, named by a proper noun and its compounds ("with Merica Beer,
    a rising brand" -> "Merica Beer"), or by a common noun of a proper one ("with the city of
    Northbrook, Ohio" -> "city of Northbrook")."""
    if token.pos_ == "NOUN" and token.is_lower:
        place = next((o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"), None)
        return clean_text(doc[token.i : place.i + 1].text) if place is not None else None
    if token.pos_ != "PROPN" or token.ent_type_ not in {"ORG", "PERSON", "GPE", ""}:
        return None  # a county or city is a party by its name ("an agreement with Fairfax County")
    start = token.i
    while start > token.left_edge.i and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
        start -= 1
    place = next((o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"), None)
    return clean_text(doc[start : (place.i if place is not None else token.i) + 1].text)  # "the City of Northbrook"


def between_phrase(doc: Doc, start: int, end: int) -> Optional[str]:
    """"security agreement between A and B": the instrument named by its parties, its subject
    where the text gives nothing else."""
    if end < len(doc) and doc[end].lower_ == "between":
        objects = [c for c in doc[end].children if c.dep_ == "pobj"]
        while start > sentence_bounds(doc, start)[0] and doc[start - 1].dep_ == "compound" and doc[start - 1].is_lower:
            start -= 1  # "security agreement between ..."
        if objects:
            return clean_text(doc[start : objects[0].right_edge.i + 1].text)
    return None


def held(instrument) -> bool:
    """"Acme has an agreement with B", "which have agreements with the county": the object of
    "have" (not its auxiliary) holds an instrument; it states no act of adoption."""
    head = instrument
    while head.dep_ == "conj" and head.head.pos_ in {"NOUN", "PROPN"}:
        head = head.head
    return head.dep_ == "dobj" and head.head.lower_ in lexicon.forms_of("have")


def compound_kind(doc: Doc, start: int, kind: str) -> str:
    """The common noun with its lower-case noun modifiers: "licensing agreement", "security
    agreement", "cooperation agreement", and an adjective of the kind's own before them ("joint
    venture agreement") (FACTS.md: the kind without the proper name)."""
    words = []
    j = start - 1
    while j >= sentence_bounds(doc, start)[0] and len(words) < 2 and doc[j].tag_ == "NN" and doc[j].dep_ == "compound" and doc[j].is_lower and not doc[j].is_stop and not (j > 0 and doc[j - 1].text in DASHES):  # not "five-year agreement"
        words.insert(0, doc[j].lower_)
        j -= 1
    if words and j >= sentence_bounds(doc, start)[0] and doc[j].lower_ in lexicon.lower_words("adoption_kind_adjectives"):
        words.insert(0, doc[j].lower_)  # "joint venture agreement", "collective bargaining agreement"
    if words and len(kind.split()) == 1:
        return " ".join(words + [kind])
    return kind


MODIFIER_POS = frozenset({"NOUN", "ADJ", "PROPN", "VERB"})
MODIFIER_ENTITIES = frozenset({"DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY"})


def modifier_subject(doc: Doc, start: int, by_end: dict) -> Optional[str]:
    """"finalized a U.S.-based cGMP manufacturing agreement with B", "closed on its loan
    restructuring agreement": an agreement that names nothing after it is about what its
    modifiers say ("U.S.-based cGMP manufacturing", "loan restructuring"; FACTS.md: the subject is
    a short phrase from the text). The words run left from the instrument over nouns, adjectives,
    participles, hyphens and "and", not over a determiner, a possessive, an organization's name,
    a number, an amount or a date; at least one of them is a lower-case noun ("a definitive
    agreement", "a new multi-year agreement" say nothing of what it is about)."""
    tokens = doc_tokens(doc)
    acts = lexicon.lower_words("adoption_verbs")  # "the newly signed agreement": the act, not the subject
    sent_start = sentence_bounds(doc, start)[0]
    k = start
    while k - 1 >= sent_start and k not in by_end:
        prev = tokens[k - 1]
        glued = prev.text in DASHES and not prev.whitespace_ and k - 2 >= sent_start and not tokens[k - 2].whitespace_
        joined = prev.lower_ == "and" and k < start and tokens[k].pos_ in MODIFIER_POS and k - 2 >= sent_start and tokens[k - 2].pos_ in MODIFIER_POS
        word = prev.pos_ in MODIFIER_POS and not prev.is_stop and prev.ent_type_ not in MODIFIER_ENTITIES and not prev.like_num and prev.lower_ not in acts
        if not (glued or joined or word) or prev.text in POSSESSIVE:
            break
        k -= 1
    while k < start and (tokens[k].lower_ in {"and", "new"} or tokens[k].text in DASHES):
        k += 1
    if not any(t.pos_ == "NOUN" and t.is_lower for t in tokens[k:start]):
        return None
    return clean_text(doc[k:start].text)


def copular_subject(doc: Doc, instrument) -> Optional[str]:
    """"The investment contract signed between A and B is a "token purchase program," in which
    ...": what the instrument is, the predicate noun of the copula it is the subject of (up to a
    comma, a quotation's end or the sentence's end)."""
    verb = instrument.head
    if instrument.dep_ != "nsubj" or verb.lower_ not in lexicon.forms_of("be"):
        return None
    attr = next((c for c in verb.children if c.dep_ == "attr" and c.pos_ in {"NOUN", "PROPN"}), None)
    if attr is None:
        return None
    tokens = doc_tokens(doc)
    start = attr.left_edge.i
    while start < attr.i and (tokens[start].pos_ == "DET" or tokens[start].is_punct):
        start += 1
    end = start
    while end < sentence_bounds(doc, attr.i)[1] and tokens[end].text not in {",", ";", ":", "."} | set(QUOTES_CLOSE) and end <= attr.right_edge.i:
        end += 1
    return clean_text(doc[start:end].text) if end > start else None


QUOTES_CLOSE = ("”", '"')


def statute_subject(doc: Doc, start: int, end: int) -> Optional[str]:
    """"China enacted its antimonopoly law in 2007": a law without a name is told apart by its
    modifiers with the word itself ("antimonopoly law"); None where it has none ("a law")."""
    tokens = doc_tokens(doc)
    k = start
    while k - 1 >= sentence_bounds(doc, start)[0] and tokens[k - 1].pos_ in {"ADJ", "NOUN"} and tokens[k - 1].is_lower and not tokens[k - 1].is_stop and tokens[k - 1].ent_type_ not in MODIFIER_ENTITIES:
        k -= 1
    return clean_text(doc[k:end].text) if k < start else None


def same_kind(a: str, b: str) -> bool:
    """Kinds of one instrument: equal, or one ends or begins with the other ("settlement
    agreement" is an "agreement" and a "settlement")."""
    return a == b or a.endswith(" " + b) or b.endswith(" " + a) or a.startswith(b + " ") or b.startswith(a + " ")


def adopted_participle(instrument) -> bool:
    """"the recently signed security agreement", "the newly adopted resolution": an adoption
    participle modifying the instrument."""
    verbs = lexicon.lower_words("adoption_verbs")
    return any(c.dep_ in {"amod", "compound"} and c.tag_ == "VBN" and c.lower_ in verbs for c in instrument.lefts) and not bare_count(instrument)


def counted_deals(doc: Doc, instrument, name: Optional[str], others: list[Party], parties: list[Party]) -> bool:
    """"Fortun Advance has finalized 104 funded deals", "Aclarion has executed multiple commercial
    agreements", "the company entered into two new agreements in June": a plural instrument
    counted by a number or a word of quantity (patterns/adoption_count_words.jsonl), with no
    determiner, no name and no other side named, that one party (or none) made, counts its deals
    of a sort; it tells no instrument apart (FACTS.md: one record per instrument the release tells
    apart). Not "entered into definitive agreements with institutional investors" (no count), "A
    and B signed two agreements on trade" (two signers), nor "signed agreements with B and C"."""
    counted = any(c.dep_ == "nummod" or c.lower_ in lexicon.lower_words("adoption_count_words") for c in instrument.lefts)
    return counted and bare_count(instrument) and not name and not others and len(parties) <= 1 and not in_title(instrument) and not names_with(instrument)


def names_with(instrument) -> bool:
    """"signed cooperation agreements with leading partners, including B and C": a "with" phrase
    on the instrument or its verb that holds a proper name names the other sides."""
    holders = [instrument, instrument.head] if instrument.dep_ in {"dobj", "pobj", "nsubjpass"} else [instrument]
    return any(
        prep.lower_ == "with" and any(t.pos_ == "PROPN" or t.ent_type_ in {"ORG", "GPE", "PERSON", "NORP"} for t in prep.subtree)
        for holder in holders
        for prep in holder.children
        if prep.dep_ == "prep"
    )


def plural_apostrophe(instrument) -> bool:
    """"signed LOI's, the Company ...": an abbreviation made plural by "'s", no possessor (no
    noun follows)."""
    doc = instrument.doc
    after = instrument.i + 1
    return after < len(doc) and doc[after].lower_ in {"'s", "’s"} and not (after + 1 < len(doc) and doc[after + 1].pos_ in {"NOUN", "PROPN", "ADJ"})


def bare_count(instrument) -> bool:
    """"orders against signed LOI's", "clients who signed contracts", "with 70 signed agreements
    year-to-date": a plural instrument with no determiner or possessor of its own counts signed
    ones of a sort (the forward-looking statements' "signed LOIs"); it names no instrument."""
    plural = instrument.tag_ in {"NNS", "NNPS"} or plural_apostrophe(instrument)
    return plural and not any(c.dep_ in {"det", "poss"} for c in instrument.lefts)


def evaluative(verb) -> bool:
    """"The agreement marks a significant milestone", ", demonstrating the company's commitment":
    a verb that judges the instrument rather than says what it does (patterns/adoption_evaluative_verbs)."""
    return verb.lower_ in lexicon.verb_forms("adoption_evaluative_verbs")


def predicate_subject(doc: Doc, instrument, concepts: dict[str, str]) -> Optional[str]:
    """What an instrument that is the subject of a clause does: "The agreement grants B exclusive
    rights to ...", "This resolution urges States to ..." (not "is", not an act of adoption)."""
    verb = instrument.head
    end = min(verb.right_edge.i + 1, sentence_bounds(doc, verb.i)[1])
    following = doc[instrument.i + 1] if instrument.i + 1 < instrument.sent.end else None
    if instrument.dep_ != "nsubj" and following is not None and following.tag_ == "VBZ" and following.pos_ == "VERB":
        # The parser took "agreement" for a modifier of the verb ("The agreement grants ASCC
        # exclusive rights ..."): the present-tense verb right after it is still its predicate.
        verb, end = following, sentence_bounds(doc, following.i)[1]
    elif instrument.dep_ != "nsubj":
        return None
    if verb.pos_ != "VERB" or verb.lower_ in COPULAS or verb.lower_ in lexicon.lower_words("adoption_verbs") or evaluative(verb):
        return None
    while end > verb.i and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return expand_concepts(clean_text(doc[verb.i : end].text), concepts) if end > verb.i + 1 else None


TERMS_PREPOSITIONS = frozenset({"under", "through", "pursuant"})


def terms_clause(doc: Doc, instrument, end: int, concepts: dict[str, str]) -> Optional[str]:
    """"Under the terms of the agreement, Kine will acquire 40% of ...", "Under the LOI, signed last
    week, Vanguard will acquire ...", "Through the agreement, Acme has acquired a license to X",
    "Pursuant to the agreement, B will ...": the clause an opening "under" (through, pursuant to)
    phrase governs says what the instrument does. Not a clause that only leads into a list
    ("Under the MOU, the two will:")."""
    tokens = doc_tokens(doc)
    sent_start, sent_end = sentence_bounds(doc, instrument.i)
    under = instrument.head
    if under.lower_ == "of" and under.head.lower_ == "terms":
        under = under.head.head
    if under.lower_ == "to" and under.head.lower_ in FRAME_LEADS:
        under = under.head  # "Pursuant to the agreement, B will ..."
    if under.lower_ not in TERMS_PREPOSITIONS or under.i != sent_start:
        return None
    k = skip_parens(doc, end)
    if k >= sent_end or tokens[k].text != ",":
        return None
    k += 1
    if k < sent_end and tokens[k].tag_ == "VBN":
        # ", signed last week,": the act, told aside
        while k < sent_end and tokens[k].text != ",":
            k += 1
        k += 1
    stop = k
    while stop < sent_end and tokens[stop].text not in {";", ":"}:
        stop += 1
    if stop < sent_end and tokens[stop].text == ":":
        return None
    while stop > k and (tokens[stop - 1].is_punct or tokens[stop - 1].is_space):
        stop -= 1
    if stop - k < 3 or not any(t.pos_ in {"VERB", "AUX"} for t in tokens[k:stop]):
        return None  # no clause (the parse cut the sentence short)
    return expand_concepts(clean_text(doc[k:stop].text), concepts)


def skip_parens(doc: Doc, i: int) -> int:
    """Index after a parenthesis at i."""
    if i < len(doc) and doc[i].text == "(":
        for j in range(i + 1, min(i + 10, len(doc))):
            if doc[j].text == ")":
                return j + 1
    return i


def paren_years(doc: Doc, i: int) -> tuple[list[str], int]:
    """Years in a parenthesis at token i: "(2023, 2024)"."""
    if i < len(doc) and doc[i].text == "(":
        j = skip_parens(doc, i)
        text = doc[i + 1 : j - 1].text if j > i else ""
        years = [v[0] for v in parse_dates(text)] if re.fullmatch(r"[\d\s,&and]+", text) else []
        if years:
            return years, j
    return [], i


NOMINAL_DEPS = frozenset({"compound", "amod", "pobj", "nmod", "appos", "poss"})  # a verb form read as a word of a noun phrase


def purpose_after(doc: Doc, i: int) -> Optional[tuple[str, int]]:
    """"a settlement with B (B'), to ensure that ...", "an agreement with the city of M, Tenn.,
    under the Act to improve ...", "with B to jointly promote ...": the purpose after the party,
    before any other verb. A verb form the parse reads as a word of a noun phrase ("with Gridline
    Charging to build ...", "with B, an immersive learning company, to develop ...") is no other
    verb; after one, the purpose must hang above the party (on the act or the instrument)."""
    nominal_verb = False
    for k in range(i + 1, min(sentence_bounds(doc, i)[1] - 1, i + 25)):
        if doc[k].text in {";", ":"}:
            return None
        if doc[k].pos_ in {"VERB", "AUX"}:
            reduced_relative = doc[k].tag_ == "VBN" and doc[k].dep_ == "acl" and doc[k].head.i > i  # "a chain based in Ohio"
            if doc[k].dep_ not in NOMINAL_DEPS and not reduced_relative:
                return None
            nominal_verb = True
            continue
        verb = k + 2 if doc[k + 1].pos_ == "ADV" and k + 2 < sentence_bounds(doc, k)[1] else k + 1  # "to jointly promote"
        if doc[k].lower_ == "to" and doc[verb].tag_ == "VB":
            if nominal_verb and doc[verb].head.i >= i:
                return None  # "with a company committed to ...": the infinitive of the party's description
            end = min(doc[verb].right_edge.i + 1, sentence_bounds(doc, k)[1])
            while end > k + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
                end -= 1
            return clean_text(doc[k + 1 : end].text), end
    return None


def act_purpose(doc: Doc, verb, end: int, concepts: dict[str, str]) -> Optional[str]:
    """"A has entered into a Letter of Intent with B, specifically through its C and D, to
    collaborate on X", "a treaty signed by over 170 countries to protect fish and wildlife": the
    infinitive of purpose the parse hangs on the act of adoption, after the instrument and its
    parties, says what the instrument is for (where nothing right after the instrument does)."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    for clause in verb.rights:
        to = next((c for c in clause.lefts if c.dep_ == "aux" and c.lower_ == "to"), None)
        if clause.dep_ not in {"advcl", "xcomp"} or to is None or to.i < end or clause.tag_ != "VB":
            continue
        stop = min(clause.right_edge.i + 1, clause.sent.end)
        while stop > clause.i and (doc[stop - 1].is_punct or doc[stop - 1].is_space):
            stop -= 1
        return expand_concepts(clean_text(doc[clause.i : stop].text), concepts)
    return None


RELATIVE_LINKS = frozenset({"under", "to", "by", "in", "through"})


def party_clause(doc: Doc, i: int) -> Optional[tuple[str, int]]:
    """What the instrument does, told after its "with" party (at token i): "a non-prosecution
    agreement with the government requiring B to pay ...", "an agreement with B pursuant to / under
    which B will forfeit ...", "whereby ...". A participle counts where it hangs on a named or
    definite party, the instrument or the verb ("with a company developing X" describes the company)."""
    tokens = doc_tokens(doc)
    sent_end = sentence_bounds(doc, i)[1]
    start = None
    for k in range(i + 1, min(sent_end - 1, i + 25)):
        token = tokens[k]
        if token.text in {";", ":"}:
            return None
        if token.lower_ == "whereby" or token.lower_ == "which" and tokens[k - 1].lower_ in RELATIVE_LINKS:
            start = k + 1
            break
        if token.pos_ in {"VERB", "AUX"}:
            participle = token.tag_ == "VBG" and token.dep_ in {"acl", "advcl", "xcomp"} and token.lower_ not in lexicon.lower_words("adoption_verbs") and tokens[k - 1].text != ","  # ", recognizing ...": the main clause's
            head = token.head
            if participle and (head.pos_ in {"PROPN", "VERB", "AUX"} or head.i < i or tokens[head.left_edge.i].lower_ == "the"):
                start = k
                break
            return None
    if start is None:
        return None
    end = start
    while end < sent_end and tokens[end].text not in SUBJECT_STOP and not clause_after_comma(doc, end, sent_end):
        end += 1
    while end > start and (tokens[end - 1].is_punct or tokens[end - 1].is_space):
        end -= 1
    return (clean_text(doc[start:end].text), end) if end > start + 1 else None


def topic_past_description(doc: Doc, with_index: int, k: int) -> Optional[int]:
    """"an agreement with Kinetic, one of the largest providers in Texas, for the supply of
    power", "with Acme, LLC, d/b/a Acme Services for the acquisition of ...": past the "with"
    party's name and description (from token k, a comma or parenthesis), the first on/for/about
    phrase that hangs above the party (on the instrument or the act) is the subject's start. Not
    one inside the description ("with B, a maker of servers for the military"). The scan stops at
    a clause's verb."""
    if k >= len(doc) or doc[k].text not in {",", "("}:
        return None
    tokens = doc_tokens(doc)
    for j in range(k, min(sentence_bounds(doc, k)[1], with_index + 30)):
        token = tokens[j]
        if token.text in {";", ":"}:
            return None
        if token.pos_ in {"VERB", "AUX"} and token.dep_ not in NOMINAL_DEPS and not (token.tag_ == "VBN" and token.dep_ == "acl" and token.head.i > with_index):
            return None
        if token.lower_ in SUBJECT_PREPOSITIONS - {"of"} and token.dep_ == "prep" and token.head.i < with_index:
            return j
    return None


def listed_name_link(doc: Doc, k: int) -> bool:
    """"A and B", "A, B": a comma or "and"/"&" between two capitalized words joins names in a list."""
    return doc[k].lower_ in {"and", "&", ","} and 0 < k < len(doc) - 1 and is_capitalized(doc[k - 1]) and (is_capitalized(doc[k + 1]) or doc[k + 1].lower_ in {"the", "and"})


def subject_after(doc: Doc, end: int, concepts: dict[str, str]) -> tuple[Optional[str], int]:
    """The "on/concerning/of/to ..." phrase after the instrument, up to a parenthesis or clause."""
    i = skip_parens(doc, end)
    if i < len(doc) and doc[i].lower_ == "with":
        # "signed an MOU with China's three agencies to promote ...": the party comes first.
        purpose = purpose_after(doc, i) or party_clause(doc, i)
        if purpose is not None:
            return purpose
        k = i + 1
        # over the party's name, or a list of names ("with the Arizona Cardinals and Arizona Diamondbacks for ...")
        while k < sentence_bounds(doc, i)[1] and k - i < 16 and (doc[k].pos_ in {"DET", "PROPN", "NOUN", "ADJ", "NUM", "PART"} or listed_name_link(doc, k)) and doc[k].lower_ not in SUBJECT_PREPOSITIONS | PURPOSE_MARKERS:
            k += 1
        if k < len(doc) and doc[k].lower_ in SUBJECT_PREPOSITIONS - {"of"}:
            i = k
        elif topic_past_description(doc, i, k) is not None:
            i = topic_past_description(doc, i, k)
        else:
            return None, i
    if i >= len(doc):
        return None, i
    before_date, i = i, skip_date(doc, i)
    if i >= len(doc):
        return None, before_date
    token = doc[i]
    if token.lower_ == "in" and i + 2 < len(doc) and doc[i + 1].lower_ == "support" and doc[i + 2].lower_ == "of":
        start = i
    elif token.lower_ == "on" and i + 1 < len(doc) and doc[i + 1].lower_ == "behalf":
        return None, before_date  # "signed ... on behalf of the Department": who signs, not what
    elif token.lower_ in SUBJECT_PREPOSITIONS | PURPOSE_MARKERS:
        start = i + 1
    else:
        return None, before_date
    sent_end = sentence_bounds(doc, i)[1]
    verb = adopting_verb(doc[end - 1])
    if verb is not None and verb.i > start:
        # "the definition of X adopted by the Conference": the adopting clause ends the subject.
        sent_end = min(sent_end, verb.i)
    k = start
    while k < sent_end and doc[k].text not in SUBJECT_STOP and doc[k].ent_type_ != "DATE" and not clause_after_comma(doc, k, sent_end):
        joined_purpose = doc[k].dep_ == "conj" and start <= doc[k].head.i < k and doc[k].head.pos_ == "VERB" and doc[k - 1].lower_ in {"and", "or"}  # "to better prevent and combat X"
        if doc[k].pos_ in {"VERB", "AUX"} and (k > start + 1 or k > start and doc[k].dep_ in {"aux", "auxpass"}) and doc[k].dep_ not in {"xcomp", "pcomp", "amod", "acl"} and doc[k].tag_ not in {"VBG"} and not joined_purpose:
            break
        k += 1
    while k > start and (doc[k - 1].is_punct or doc[k - 1].is_space or doc[k - 1].pos_ in {"ADP", "CCONJ", "SCONJ", "DET"} or doc[k - 1].lower_ == "to"):
        k -= 1  # "antitrust cooperation on July 27", "... bodies to settle": a cut leaves no function word
    if k <= start:
        return None, before_date
    return expand_concepts(clean_text(doc[start:k].text), concepts), k


def clause_after_comma(doc: Doc, k: int, sent_end: int) -> bool:
    """A comma opening another clause: ", and", ", which", ", in which", ", adopted by"."""
    if doc[k].text != "," or k + 1 >= sent_end:
        return False
    following = doc[k + 1]
    if following.lower_ in {"and", "which", "who", "the", "adopted", "signed"}:
        return True
    return following.pos_ == "ADP" and k + 2 < sent_end and doc[k + 2].lower_ in {"which", "whom"}


def skip_date(doc: Doc, i: int) -> int:
    """Index after a date phrase at i ("on Tuesday", "in 2022,", "today"): the subject may follow it."""
    j = i
    if j + 1 < len(doc) and doc[j].pos_ == "ADP" and doc[j].lower_ not in SUBJECT_PREPOSITIONS - {"on"} and _is_date(doc[j + 1]):
        j += 1
    if j >= len(doc) or not _is_date(doc[j]):
        return i
    date_start = j
    while j < len(doc) and _is_date(doc[j]):
        j += 1
    if not CALENDAR.search(doc[date_start:j].text):
        return i  # "Executive Order 13885" tagged as a date
    if j < len(doc) and doc[j].text == ",":
        j += 1
    return j


def _is_date(token) -> bool:
    return token.ent_type_ == "DATE" or token.lower_ in RELATIVE_DAYS


def expand_concepts(text: str, concepts: dict[str, str]) -> str:
    """Spell out concept acronyms the release defines: "the SSE" -> "the social and solidarity economy"."""
    for short, long in concepts.items():
        text = re.sub(rf"\b{re.escape(short)}\b", long, text)
    return text


def clause_dates(doc: Doc, verb, anchor) -> list[str]:
    """The date in the adopting verb's own clause ("adopted ... in 2022", "approved yesterday",
    "filed an agreement and an information today", "signed a memorandum (MoU) on Wednesday", where
    the parser hangs the date's preposition on the object); of several, the one on the verb
    itself, else the nearest."""
    candidates = []
    objects = {o.i for o in verb_objects(verb)}
    for ent in date_spans(doc, verb.sent):
        if is_dateline_date(doc, ent):
            continue  # "DUBAI - February 20, 2025 (WIRE) - Acme has signed an MOU": the release's date, not the act's
        head = ent.root.head
        on_object = head.dep_ == "prep" and head.head.i in objects and head.lower_ in {"on", "in"}
        on_verb = head.i == verb.i or head.head.i == verb.i and head.dep_ == "prep"
        if not (on_verb or head.i in objects or on_object or verb.i in {a.i for a in ent.root.ancestors} and _close(ent, verb)):
            continue
        values = [start for start, _ in parse_dates(ent.text, anchor)]
        if values:
            candidates.append((not on_verb, abs(ent.start - verb.i), values))
    # One act, one day: "reached an agreement yesterday to help ... in the April 9 election" is
    # of yesterday; the date nearest the verb (one on the verb itself first) dates it.
    return min(candidates, key=lambda c: c[:2])[2] if candidates else []


def _close(ent: Span, verb) -> bool:
    return abs(ent.start - verb.i) <= 8


def opening_dates(doc: Doc, verb, anchor) -> list[str]:
    """"Today, ... signed a memorandum": a date opening the sentence dates its main verb, and the
    verbs joined to it (`conjoined_main_verb`)."""
    sent = verb.sent
    main = conjoined_main_verb(verb)
    if main.i != verb.i and main.i != sent.root.i:
        return []  # "Today X announced that B agreed to pay and entered into an NPA": the date is the report's
    if main.i != sent.root.i and main.head.i != sent.root.i:
        return []
    for ent in date_spans(doc, sent):
        if ent.start <= sent.start + 1 and not is_dateline_date(doc, ent):
            return [start for start, _ in parse_dates(ent.text, anchor)]
    return []


def conjoined_main_verb(verb):
    """"Last year, A secured an agreement with B, sponsored C, and signed an MOU with D": a verb
    joined by "and" to the verbs before it (a chain of conjuncts) shares their opening date; the
    first verb of the chain stands for it (`opening_dates` takes it only where that is the main
    verb: not a chain inside a reported clause)."""
    while verb.dep_ == "conj" and verb.pos_ in {"VERB", "AUX"} and verb.head.pos_ in {"VERB", "AUX"}:
        verb = verb.head
    return verb


WRITTEN_DATE = re.compile(rf"\b(?:{MONTH}|{YEAR})\b")


def reported_act_dates(doc: Doc, verb, announcer, anchor) -> list[str]:
    """"Acme announced in September 2024 that it signed a letter of intent", "Acme announced, on
    March 4, 2025, that its subsidiary entered into an agreement": a past act (simple past) a
    party reported on a calendar date took place by then; that date (a month or year written
    out, not "today": "today announced it has signed" leaves the act its own, untold time)."""
    if verb.tag_ != "VBD" or any(c.dep_ == "aux" for c in verb.children):
        return []
    for ent in date_spans(doc, verb.sent):
        head = ent.root.head
        if is_dateline_date(doc, ent) or not (head.i == announcer.i or head.dep_ == "prep" and head.head.i == announcer.i):
            continue
        if not WRITTEN_DATE.search(ent.text):
            continue  # "today", "on Tuesday": the announcement's day, not the act's
        return [start for start, _ in parse_dates(ent.text, anchor)]
    return []


def occurrence_dates(doc: Doc, act, anchor) -> list[str]:
    """"The signing of the MOU ... took place on March 3", "the signing ceremony was held on
    Tuesday": a noun of adoption (or the noun it modifies) that is the subject of taking place
    (events.takes_place) is dated by that verb."""
    if act.pos_ in {"VERB", "AUX"}:
        return []
    noun = act.head if act.dep_ == "compound" else act
    if not takes_place(noun):
        return []
    return clause_dates(doc, noun.head, anchor)


def paragraph_date(doc: Doc, verb, instrument, anchor) -> list[str]:
    """"The two sides convened on March 11 in Washington. ... Blinken and Faki signed a new
    Memorandum of Cooperation": a past act of adoption of one instrument, in a sentence that names
    no date, takes the one day the sentences before it in its paragraph name (none where they
    name another date too)."""
    if verb.pos_ != "VERB" or verb.tag_ not in {"VBD", "VBN"} or instrument.tag_ == "NNS" or date_spans(doc, verb.sent):
        return []
    tokens = doc_tokens(doc)
    start = sentence_bounds(doc, verb.i)[0]
    while start > 0 and not ends_line(tokens[start - 1]):
        start = sentence_bounds(doc, start - 1)[0]
    if start == sentence_bounds(doc, verb.i)[0]:
        return []
    values = {value for span in date_spans(doc, doc[start : sentence_bounds(doc, verb.i)[0]]) if not is_dateline_date(doc, span) for value, _ in parse_dates(span.text, anchor)}
    return sorted(values) if len(values) == 1 and len(next(iter(values))) == 10 else []


def verb_dates(doc: Doc, verb, anchor) -> list[str]:
    """Dates of what a verb did: in its own clause, else opening its sentence."""
    return clause_dates(doc, verb, anchor) or opening_dates(doc, verb, anchor)


def numbered(doc: Doc, end: int, anchor) -> tuple[Optional[str], list[str], Optional[str]]:
    """"Executive Order 13885 of August 30, 2019 (Establishing ...)": number, dates, title."""
    if end >= len(doc) or not doc[end].like_num:
        return None, [], None
    number = doc[end].text
    k = end + 1
    dates = of_date(doc, k, anchor)
    if dates:
        while k < len(doc) and k < sentence_bounds(doc, end)[1] and doc[k].text != "(":
            k += 1
    title = None
    if k < len(doc) and doc[k].text == "(":
        close = skip_parens(doc, k)
        if close > k + 1:
            title = clean_text(doc[k + 1 : close - 1].text)
    return number, dates, title


def verb_instruments(doc: Doc, known: Known, anchor) -> list[InstrumentMention]:
    """Instruments a verb states by itself: "X settled civil charges on Aug. 5, 2010, with the SEC";
    "X agreed to pay $1 million to settle allegations ..." (`payment_parties`), also "... to resolve
    allegations" where the release calls it a settlement and tells of no criminal resolution (a plea,
    a prosecution agreement), whose payment "to resolve" would be no settlement."""
    kinds = lexicon.mapping("instrument_verbs")
    purposes = lexicon.verb_forms("adoption_payment_purposes")
    settlement_words = {text.lower() for text, kind in lexicon.mapping("instruments").items() if kind == "settlement"}
    found = []
    resolving = []
    named_settlement = bool(with_lower(doc, settlement_words))
    # "(will) plead guilty", "a deferred prosecution agreement": a payment "to resolve" may be the criminal resolution.
    criminal = bool(with_lower(doc, {"guilty"})) or any(t.head.lower_ in {"agreement", "agreements"} for t in with_lower(doc, {"prosecution"}))
    for token in with_lower(doc, purposes | kinds.keys()):  # the verbs below: no other word goes past their tests
        lower = token.lower_  # read once: each `token.lower_` builds a new string
        if token.pos_ != "VERB":
            continue
        if lower in purposes:
            resolving.append(token)
            continue
        if lower not in kinds:
            continue
        parties = []
        subject = None
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "with":
                parties += [p for obj in child.children for p in phrase_parties(doc, obj.left_edge.i, obj.right_edge.i + 1, known)]
            if child.dep_ == "dobj":
                subject = clean_text(doc[child.left_edge.i : child.right_edge.i + 1].text)
        act = token
        if not parties:
            act, parties = payment_parties(doc, token, known)
            subject = paid_for(doc, token) if parties else subject
        if not parties:
            continue
        dates = verb_dates(doc, act, anchor) or verb_dates(doc, token, anchor)
        found.append(InstrumentMention(token.i, token.i + 1, kinds[token.lower_], dedupe_parties(parties), dates, subject, adopted=True, act=act.lower_))
    for token in resolving if named_settlement and not criminal else []:
        act, parties = payment_parties(doc, token, known)
        if parties:
            dates = verb_dates(doc, act, anchor) or verb_dates(doc, token, anchor)
            found.append(InstrumentMention(token.i, token.i + 1, "settlement", dedupe_parties(parties), dates, paid_for(doc, token), adopted=True, act=act.lower_))
    return found


def payment_parties(doc: Doc, verb, known: Known) -> tuple[object, list[Party]]:
    """"X has agreed to pay (the United States) $4 million to settle allegations that ...": an
    infinitive of settling that gives the purpose of a payment (patterns/adoption_payment_verbs.jsonl;
    the parse hangs it on the verb or on the amount) states a settlement between the payer (the
    subject of "pay", or of the "agreed" it completes) and the one paid ("pay the United States",
    "pay $1 million to the United States"). Returns the act (the payment or the agreeing) and the
    parties; none where the payment is still to come ("will pay $1 million to settle")."""
    payments = lexicon.lower_words("adoption_payment_verbs")
    pay = verb.head
    if pay.lower_ not in payments and pay.dep_ == "dobj" and verb.dep_ in {"relcl", "acl"}:
        pay = pay.head  # "pay $55 million to settle claims": the infinitive on the amount
    if verb.dep_ not in {"advcl", "relcl", "acl"} or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) or pay.lower_ not in payments:
        return verb, []
    act = pay.head if pay.dep_ == "xcomp" and pay.head.lower_ in AGREE_FORMS else pay
    if still_to_come(act):
        return verb, []
    payers = [p for c in act.children if c.dep_ == "nsubj" for p in payer_parties(doc, c, known)]
    paid = [p for c in pay.children if c.dep_ == "dative" for p in parties_of(doc, c, known)]
    paid += [p for c in pay.children if c.dep_ == "prep" and c.lower_ == "to" for o in c.children if o.dep_ == "pobj" for p in parties_of(doc, o, known)]
    return act, (payers + paid if payers else [])


def payer_parties(doc: Doc, subject, known: Known) -> list[Party]:
    """The bodies a payer subject names: its head and conjuncts, or their appositions ("X and its
    parent company, Y, have agreed to pay"); not a place in a phrase that describes a person
    ("Dr. A of Springfield, Illinois")."""
    members = [subject] + [t for t in subject.subtree if t.dep_ == "conj" and t.head.i in {subject.i} | {c.i for c in subject.children if c.dep_ == "conj"}]
    found = []
    for member in members:
        found += party_at(doc, member, known) or [p for c in member.children if c.dep_ == "appos" for p in party_at(doc, c, known)] or paying_person(member, known)
    return dedupe_parties(found)


def paying_person(token, known: Known) -> list[Party]:
    """"Dr. Jane Roe of Springfield has agreed to pay $150,000 to settle allegations ...": a
    person who pays for herself, with no organization or office of her own, is a party to the
    settlement by her name (its fullest form)."""
    cluster = next((c for m, c in known.persons if m.start <= token.i < m.end), None)
    return [Party(place=known.people[cluster].name)] if cluster is not None and cluster < len(known.people) else []


def paid_for(doc: Doc, verb) -> Optional[str]:
    """What a payment settles: the object of "to settle", up to its first comma ("allegations that
    it violated the False Claims Act")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    tokens = doc_tokens(doc)
    end = obj.i
    while end < obj.right_edge.i and tokens[end + 1].text not in {",", ";", "("}:
        end += 1
    return clean_text(doc[obj.left_edge.i : end + 1].text)


def plea_instruments(doc: Doc, known: Known, anchor) -> list[InstrumentMention]:
    """"X pleaded guilty today to conspiring to defraud the IRS" where the release states a plea
    agreement entered ("pursuant to a plea agreement", "filed with the plea agreement"; not one
    only cited: "According to his plea agreement, X admitted"): the plea agreement
    between the prosecuting office (patterns/prosecuting_offices.jsonl) and the defendant, of the
    plea's date, about the charge. Several pleas or several agreements ("the defendants' plea
    agreements") tell no single agreement apart: no record."""
    tokens = doc_tokens(doc)
    plea_verbs = lexicon.lower_words("plea_verbs")
    pleas = [t for t in with_lower(doc, plea_verbs) if t.lower_ in plea_verbs and t.pos_ == "VERB" and any(c.lower_ == "guilty" for c in t.children)]
    agreements = [t for t in with_lower(doc, {"agreement", "agreements"}) if t.lower_ in {"agreement", "agreements"} and t.i > 0 and tokens[t.i - 1].lower_ == "plea"]
    if len(pleas) != 1 or len(agreements) < 1 or any(t.tag_ == "NNS" for t in agreements):
        return []
    plea = pleas[0]
    if not any(adopting_verb(t) is not None or under_plea(t, plea) for t in agreements):
        return []  # "As part of his plea agreement, X agreed to resign", "According to his plea agreement": cited, not entered
    defendant = next((c for c in plea.children if c.dep_ == "nsubj"), None)
    people = known.people
    owner = next((o for m, o in known.persons if defendant is not None and m.start <= defendant.i < m.end), None)
    company = party_at(doc, defendant, known) if defendant is not None else []
    if defendant is None or any(c.dep_ == "conj" for c in defendant.children) or owner is None and not company:
        return []  # "Two men and their companies pleaded guilty": one agreement each
    office = prosecuting_office(known.orgs)
    parties = ([Party(org=office)] if office is not None else []) + ([Party(place=people[owner].name)] if owner is not None else company)
    charge = next((c for c in plea.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    subject = None
    if charge is not None and len(list(charge.children)):
        start, end = charge.i + 1, charge.i + 1
        while end <= charge.right_edge.i and tokens[end].text not in SUBJECT_STOP | {","} and tokens[end].lower_ not in {"pursuant", "under"}:
            end += 1
        subject = clean_text(doc[start:end].text) if end > start else None
    return [InstrumentMention(plea.i, plea.i + 1, "plea agreement", parties, verb_dates(doc, plea, anchor), subject, adopted=True, act=plea.lower_)]


def under_plea(agreement, plea) -> bool:
    """"X pleaded guilty pursuant to / under a plea agreement": the plea made under the agreement
    states it was entered (its "to"/"under" phrase hangs on the plea verb)."""
    head, steps = agreement.head, 0
    while head.i != plea.i and head.head.i != head.i and steps < 3:  # "pursuant" may hang as advcl
        head, steps = head.head, steps + 1
    return head.i == plea.i and agreement.head.lower_ in {"to", "under"}


def prosecuting_office(orgs: list[OrgCluster]) -> Optional[int]:
    """The organization prosecuting the case: the first pattern of patterns/prosecuting_offices.jsonl
    that an organization of the release names."""
    for words, _ in lexicon.entries("prosecuting_offices"):
        for i, org in enumerate(orgs):
            if words.lower() in org.name.lower() and not org.parent:
                return i
    return None


def signed_with_each(doc: Doc, known: Known, anchor, found: list[InstrumentMention]) -> list[InstrumentMention]:
    """"(agreements / those) previously signed by A with B, C and D", "signed agreements with B, C
    and D": one instrument per party named after "with" (or its "including" list), each with the
    signer. "those" / "ones" stand for the instrument named before them in the sentence, whose kind
    and subject they share."""
    tokens = doc_tokens(doc)
    verbs = lexicon.lower_words("adoption_verbs")
    made: list[InstrumentMention] = []
    # Only "those", "ones" and the words of a mention found go past the tests below (`found` only shrinks).
    for token in [tokens[i] for i in sorted({t.i for t in with_lower(doc, {"those", "ones"})} | {i for m in found for i in range(m.start, m.end)})]:
        referent = None
        if token.lower_ in {"those", "ones"}:
            referent = next((m for m in reversed(found) if m.end <= token.i and m.start >= sentence_bounds(doc, token.i)[0]), None)
            if referent is None:
                continue
            verb = next((c for c in token.children if c.dep_ == "acl" and c.lower_ in verbs), None)
        elif token.tag_ == "NNS" and any(m.start <= token.i < m.end for m in found):
            verb = token.head if token.dep_ == "dobj" and token.head.lower_ in verbs else None
        else:
            continue
        if verb is None or still_to_come(verb):
            continue
        with_prep = next((c for h in (verb, token) for c in h.children if c.dep_ == "prep" and c.lower_ == "with"), None)
        objects = [o for o in with_prep.children if o.dep_ == "pobj"] if with_prep is not None else []
        if not objects:
            continue
        listed = objects[0]
        including = next((c for t in listed.subtree for c in t.children if c.dep_ == "prep" and c.lower_ == "including"), None)
        if including is not None:
            listed = next((o for o in including.children if o.dep_ == "pobj"), listed)
        members = [listed] + [t for t in listed.subtree if t.dep_ == "conj" and t.head.i in {x.i for x in listed.subtree}]
        people = {i for m, _ in known.persons for i in range(m.start, m.end)}
        named = [(t, member_party(doc, t, known, people)) for t in members]
        members = [t for t, party in named if party is not None]
        parties = [party for _, party in named if party is not None]
        if len(parties) < 2:
            continue
        signers = agent_parties(doc, verb, known) or subject_parties(doc, verb, known)
        mention = referent or next(m for m in found if m.start <= token.i < m.end)
        if referent is None:
            found.remove(mention)  # the plural mention becomes one record per party
        own = mention.subject if mention.subject and mention.subject != mention.name else None
        for party, member in zip(parties, members):
            # What the agreements are for, where the sentence says it ("signed agreements with A and
            # B for locations within ..."); else told apart by the party: "cooperation agreement with Brazil".
            subject = own or f"{mention.kind} with {clean_text(doc[member.left_edge.i : member.i + 1].text)}"
            made.append(replace(mention, start=token.i, end=token.i + 1, parties=dedupe_parties(signers + [party]), dates=verb_dates(doc, verb, anchor), name=None, adopted=True, anaphor=False, act=verb.lower_, subject=subject, listed=True))
    return made


LIST_PREPOSITIONS = {"on", "concerning", "regarding"}  # "resolutions on A, B and C"


def conjunct_phrase(tokens: list, token) -> str:
    """The words of one conjunct without the conjuncts, "and" and commas that hang from it:
    "water governance" of "water governance, ocean health and migration"."""
    dropped: set[int] = set()
    for child in token.children:
        if child.dep_ == "conj" or child.dep_ in {"cc", "punct"} and child.i > token.i:
            dropped.update(range(child.left_edge.i, child.right_edge.i + 1))
    kept = [i for i in range(token.left_edge.i, token.right_edge.i + 1) if i not in dropped]
    return clean_text(" ".join(tokens[i].text for i in kept)).strip(" ,;")


def conjuncts(token) -> list:
    """`token` and every conjunct chained to it ("A, B and C": B hangs from A, C from B or A)."""
    chain = [token]
    for current in chain:
        chain += [c for c in current.children if c.dep_ == "conj"]
    return sorted(chain, key=lambda t: t.i)


def listed_subjects(doc: Doc, found: list[InstrumentMention]) -> list[InstrumentMention]:
    """A plural instrument on a list of subjects is one instrument per subject: "adopted
    resolutions on A, B and C", "signed agreements on X, on Y and on Z", "memoranda of
    understanding on energy and trade" -> one record each, with that subject (FACTS.md: one
    record per instrument the release tells apart). The mention's own subject must be that list."""
    tokens = doc_tokens(doc)
    result: list[InstrumentMention] = []
    for m in found:
        plural = [t for t in tokens[m.start : m.end] if t.tag_ in {"NNS", "NNPS"}]
        if not plural or not m.subject or m.listed or m.name:
            result.append(m)
            continue
        preposition = next((c for t in tokens[plural[0].i : m.end] for c in t.children if c.dep_ == "prep" and c.lower_ in LIST_PREPOSITIONS), None)
        objects = [o for o in preposition.children if o.dep_ == "pobj"] if preposition is not None else []
        if not objects:
            result.append(m)
            continue
        # "on X, on Y and on Z": the prepositions are the conjuncts (the parse may hang the later
        # ones from the verb); "on A, B and C": their objects. The list lies within the mention's subject.
        reach = tokens[preposition.i].idx + len(preposition.text) + 1 + len(m.subject)
        parallel = [
            t
            for t in tokens[preposition.i + 1 : sentence_bounds(doc, preposition.i)[1]]
            if t.idx < reach and t.lower_ == preposition.lower_ and t.dep_ in {"prep", "conj"} and tokens[t.i - 1].lower_ in {",", "and", "or"}
        ]
        heads = [objects[0]] + [o for p in parallel for o in p.children if o.dep_ == "pobj"] if parallel else conjuncts(objects[0])
        phrases = [conjunct_phrase(tokens, t) for t in heads]
        if len(phrases) < 2 or not all(phrases) or not m.subject.startswith(phrases[0]):
            result.append(m)
            continue
        result += [replace(m, subject=phrase, listed=True) for phrase in phrases]
    return result


def singular_name(words: str) -> str:
    """"Executive Orders" -> "Executive Order", "resolutions" -> "resolution": the last word of a
    plural instrument name in the singular (the name of each numbered one)."""
    head, _, last = words.rpartition(" ")
    if last.endswith("s") and not last.endswith("ss"):
        last = last[:-1]
    return f"{head} {last}".strip()


def listed_numbers(doc: Doc, found: list[InstrumentMention]) -> list[InstrumentMention]:
    """"Executive Orders 14001 and 14002", "resolutions 71/5, 72/9 and 73/1": a plural instrument
    name with several numbers is one instrument per number, each named "Executive Order 14002"
    (FACTS.md: "Executive Orders 14001 and 14002" are two)."""
    tokens = doc_tokens(doc)
    result: list[InstrumentMention] = []
    for m in found:
        plural = [t for t in tokens[m.start : m.end] if t.tag_ in {"NNS", "NNPS"}]
        if not plural or not m.name or m.end >= len(tokens) or not tokens[m.end].like_num or m.listed:
            result.append(m)
            continue
        numbers = [tokens[m.end].text]
        k, end = m.end + 1, sentence_bounds(doc, m.end)[1]
        while k + 1 < end and tokens[k].lower_ in {",", "and"}:
            nxt = k + 2 if tokens[k].text == "," and tokens[k + 1].lower_ == "and" else k + 1
            if nxt >= end or not tokens[nxt].like_num or tokens[nxt].shape_ != tokens[m.end].shape_:
                break  # numbers of one series share their shape ("14001 and 14002"; not "13224 and 2021")
            numbers.append(tokens[nxt].text)
            k = nxt + 1
        if len(numbers) < 2:
            result.append(m)
            continue
        base = singular_name(clean_text(doc[m.start : m.end].text))
        for number in numbers:
            name = f"{base} {number}"
            # what a clause says of them all does not tell them apart: each is its number (FACTS.md)
            result.append(replace(m, name=name, subject=name, listed=True))
    return result


def member_party(doc: Doc, member, known: Known, people: set[int]) -> Optional[Party]:
    """One member of a "with" list as a party: the body or place it names, else (as
    `unnamed_members` reads one) a proper name no rule knew as a body, not a person's
    ("agreements with the Arizona Cardinals and Arizona Diamondbacks")."""
    found = party_at(doc, member, known)
    if found:
        return found[0]
    if in_title(member) or member.i in people or is_title_word(member.left_edge) or is_org_head(member) and member.left_edge.i >= member.i - 1:
        return None
    name = proper_name(doc, member)
    return named_party(name, known) if name else None


def restated(instrument, instrument_heads: set[int]) -> bool:
    """"This settlement is a collaborative agreement that will ...": an instrument that is the
    predicate of "be" whose subject is an instrument restates that one; it is no second instrument."""
    verb = instrument.head
    if instrument.dep_ != "attr" or verb.lower_ not in lexicon.forms_of("be"):
        return False
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.i in instrument_heads for c in verb.children)


DECREE_LINKS = frozenset({"the", "this", "that", "todays", "today", "'s", "’s"})


def decree_form(doc: Doc, mentions: list[InstrumentMention]) -> list[InstrumentMention]:
    """"The settlement, in the form of a consent decree, ...", "The agreement is memorialized in a
    consent decree", "A consent decree ... co-plaintiffs in this settlement": a sentence that names
    a consent decree and, by "the"/"this"/"today's", the settlement (or agreement) told before
    says the two are one instrument, recorded as the consent decree with the settlement's
    parties, dates and subject. A settlement stated by a payment ("X agreed to pay $1 million to
    settle ...") is the one the consent decree enters without such a sentence. Only where the
    release holds one of each, on no other date."""
    decrees = [m for m in mentions if m.kind == "consent decree"]
    others = [m for m in mentions if m.kind != "consent decree" and m.kind.split()[-1] in {"settlement", "agreement"} and not m.listed]
    if len(decrees) != 1 or len(others) != 1:
        return mentions
    decree, settlement = decrees[0], others[0]
    if decree.dates and settlement.dates and decree.dates != settlement.dates:
        return mentions
    words = {settlement.kind.split()[-1], "settlement"}
    linked = any(
        any(t.lower_ == "decree" and t.i > 0 and doc[t.i - 1].lower_ == "consent" for t in sent)
        and any(t.lower_ in words and t.i > 0 and doc[t.i - 1].lower_ in DECREE_LINKS for t in sent)
        for sent in doc.sents
    )
    if not (linked or paid(settlement)):
        return mentions
    first, second = sorted((decree, settlement), key=lambda m: m.start)
    decree.parties = dedupe_parties(settlement.parties + decree.parties)
    decree.dates = settlement.dates or decree.dates
    decree.subject = first.subject or second.subject
    decree.name = decree.name or settlement.name
    decree.adopted = decree.adopted or settlement.adopted
    return [m for m in mentions if m is not settlement]


def paid(settlement: InstrumentMention) -> bool:
    """A settlement stated by its payment ("agreed to pay ... to settle", "paid ... to settle")."""
    return settlement.act is not None and settlement.act in lexicon.lower_words("adoption_payment_verbs") | AGREE_FORMS


def deictic_before(doc: Doc, i: int) -> bool:
    """"this agreement", "today's agreement" / "todays agreement": a determiner that points at the
    release's own instrument, even where a clause says what it does ("todays cooperative agreement
    to improve the sewer system", "this settlement requires B to pay")."""
    if i <= 0:
        return False
    prev = doc[i - 1]
    return prev.lower_ in {"this", "todays"} or prev.text in POSSESSIVE and i >= 2 and doc[i - 2].lower_ == "today"


def deictic_start(doc: Doc, start: int) -> int:
    """The first word of the instrument's modifiers ("$10 million", "new", "comprehensive") before
    `start`, where a determiner would stand ("Today's $10 million settlement")."""
    tokens = doc_tokens(doc)
    k = start
    while k > 0 and start - k < 4 and (tokens[k - 1].pos_ in {"ADJ", "NUM", "SYM"} or tokens[k - 1].tag_ == "$"):
        k -= 1
    return k


def definite_before(doc: Doc, i: int) -> bool:
    """A determiner before token i that points back to an instrument already told: "the", "this",
    "today's" / "Todays" ("Today's agreement was reached under Title II": the one announced)."""
    if i <= 0:
        return False
    prev = doc[i - 1]
    if prev.lower_ in {"the", "this", "todays"}:
        return True
    return prev.text in POSSESSIVE and i >= 2 and doc[i - 2].lower_ == "today"


def find_instruments(doc: Doc, finder: Instruments, known: Known, published: Optional[str], concepts: dict[str, str]) -> list[InstrumentMention]:
    """Instrument mentions with body, dates and subject, anaphors merged into what they refer to.
    Inputs: the organizations, people and roles earlier components found (`Known`); the release
    date (`PUBLISHED`, set by run), anchor of relative dates; the concept acronyms the release
    defines, short form -> long form (news_acronyms), spelled out in subjects."""
    by_end = known.by_end
    anchor = anchor_date(published)
    result: list[InstrumentMention] = []
    mentions = finder.mentions(doc)
    instrument_heads = {end - 1 for _, end, _ in mentions}
    # "Acme Signs Licensing Deal with B" as the headline: the body's "announced an agreement with B" is that act.
    headline_act = headline_signing(doc)
    releaser: Optional[list[Party]] = None  # the release's subject, read once where needed
    lent_parties: set[int] = set()  # anaphors whose only party is the release's subject
    definitions, short_names = defined_terms(doc, mentions)
    for group in groups(mentions, doc):
        first_start, last_end = group[0][0], group[-1][1]
        if restated(doc[group[0][1] - 1], instrument_heads) or first_start in definitions:
            continue
        name_start, name = name_before(doc, first_start, by_end)
        if in_title(doc[first_start]):
            name_start, name = first_start, None
        short_name = short_names.get(doc[name_start:last_end].text.lower())
        if short_name is not None and short_name < name_start:
            # "the Merger Agreement" after "an Agreement and Plan of Merger (the "Merger Agreement")":
            # that instrument again, under the short name the release gave it.
            name = None
        body = pre_body(doc, name_start, by_end)
        if name and body is not None:
            name_start, name = name_before_org(doc, name_start, first_start, by_end)
        # "Resolution 2101 (2013) on ...": the number, then the years, then the subject.
        after_number = last_end + 1 if last_end < len(doc) and doc[last_end].like_num and not doc[last_end].is_punct else last_end
        years, after = paren_years(doc, skip_parens(doc, after_number) if not paren_years(doc, after_number)[0] else after_number)
        subject, subject_end = subject_after(doc, after_number, concepts)
        subject = labelled_subject(doc, last_end) or subject
        name_end, long_name, dated = name_after(doc, first_start, last_end)
        if not years:
            years, _ = paren_years(doc, subject_end)
        parties = [body] if body else []
        root = doc[group[0][1] - 1]
        verb = adopting_verb(root, group[0][0])
        council = None
        alone = False  # a bill or law a person signed (`signed_by_person`)
        counter: list[Party] = []
        if verb is None:
            verb = means_verb(root, group[0][2])
            subject = subject or (means_subject(doc, verb) if verb is not None else None)
        if verb is None:
            sponsor = sponsoring_verb(root, group[0][2])
            council = session_body(known) if sponsor is not None else None
            verb = sponsor if council is not None else None
        dates = list(years) or (of_date(doc, dated, anchor) if dated is not None else [])
        if council is not None:
            parties = [Party(org=council)]
            dates = dates or verb_dates(doc, verb, anchor)
        elif verb is not None:
            parties += agent_parties(doc, verb, known) or subject_parties(doc, verb, known) or nominal_parties(doc, verb, root, known) or possessor_parties(doc, root, known)
            alone = signed_by_person(verb, group[0][2])
            if alone:
                parties = []
            counter = counter_parties(doc, verb, known) if group[0][2] not in STATUTE_KINDS else []
            counter += transfer_parties(doc, root, known) if bilateral(group[0][2]) else []
            parties += counter
            subject = subject or (agreed_subject(doc, counter, known) if counter else None)
            if not dates:
                dates = verb_dates(doc, verb, anchor) or occurrence_dates(doc, verb, anchor) or paragraph_date(doc, verb, root, anchor)
            announcer = announcing_verb(verb)
            if not dates and announcer is not None and verb.pos_ not in {"VERB", "AUX"}:
                # "today announced the signing of": the act's day. Not "today announced that it
                # has entered into an agreement": the reported act keeps its own (untold) time.
                dates = clause_dates(doc, announcer, anchor)
            elif not dates and announcer is not None:
                dates = reported_act_dates(doc, verb, announcer, anchor)
        counterpart = with_party(doc, first_start, name_end, known) if group[0][2] not in STATUTE_KINDS else []  # a statute has no other side ("the Normal Trade Relations with Russia Act")
        if counterpart and verb is None and (held(root) or root.dep_ == "dobj" and root.head.lower_ in lexicon.lower_words("adoption_verbs") and still_to_come(root.head)):
            counterpart = []  # "Acme has an agreement with B": a standing one, no act stated; "will sign / has not reached one with B": none yet
        # "A announced an agreement with B": A reports its own act. An agreement "with B" that no
        # verb or noun adopts ("under a credit agreement with B", "the agreement between A and B
        # commences", "to terminate the agreement with B") states none (FACTS.md: no act, no record).
        # "Today's $10 million settlement with B demonstrates ...", "this agreement with B": the
        # release's own instrument, whose act the release reports.
        by_headline = headline_act and verb is None and announcing_verb(root) is not None and not announced_act(group[0][2])
        headline_act = headline_act and not by_headline  # the headline states the act of the first instrument announced, not of every one
        announced = verb is None and (announcing_verb(root) is not None and (announced_act(group[0][2]) or by_headline) or deictic_before(doc, deictic_start(doc, first_start)))
        if counterpart and verb is None:
            parties = owner_parties(doc, root, known) + parties
        # only the other side is named ("signed with B", "an agreement with B"): the release's own
        # body signs (not an anaphor's: "the plea agreement filed with the court" is one told before)
        own_side = (verb is not None or adopted_participle(root)) and not [p for p in parties if p not in counterpart + counter] and bilateral(group[0][2]) and not between_parties_stated(root, verb)
        others = counterpart + counter
        parties += counterpart
        if not dates:
            dates = attached_dates(doc, root, anchor)
        if counterpart and not dates and root.dep_ == "dobj":
            dates = verb_dates(doc, root.head, anchor)  # "announced today a settlement with B"
        number, number_dates, number_title = numbered(doc, last_end, anchor)
        if not subject and (not name or number):
            # A proper name says what the instrument is ("the Data Privacy Framework, which will
            # ..."); a number does not ("Executive Order 13777, which calls for ...").
            subject = (
                clause_subject(doc, root, concepts, definite=definite_before(doc, first_start))
                or (between_phrase(doc, first_start, last_end) if counterpart else None)
                or (party_relative(doc, last_end, concepts) if counterpart else None)
                or clause_after(doc, skip_date(doc, skip_parens(doc, after_number)), concepts)
            )
        subject = subject or long_name
        if number:
            name = clean_text(doc[first_start:last_end].text) + " " + number
            subject = subject or (number_title if number_title and not number_title.replace(",", " ").replace(" ", "").isdigit() else None)
            dates = dates or number_dates
        if not dates:
            dates = of_date(doc, last_end, anchor)
        opening = title_start(doc)
        if opening is not None and doc[opening].lower_ in {"a", "an", "the"}:
            opening += 1  # "A Proclamation on National Forest Week, 2021"
        issued_in_title = bool(subject and first_start == opening and anchor and verb is None)
        if issued_in_title:
            # A title that opens with the instrument ("Executive Order on ...", "A Proclamation on
            # National Forest Week, 2021") is the instrument itself, issued on the release's date
            # (a year in the title is that of what it proclaims).
            dates = [anchor.isoformat()]
        before = name_start - 1
        while before > 0 and (doc[before].pos_ == "ADJ" and doc[before].is_lower or doc[before].lower_ in lexicon.lower_words("adoption_qualifiers")):
            before -= 1  # "the new agreement", "the Legally Binding LOI"
        anaphor = definite_before(doc, before + 1) and not name and not subject and not body
        lent = False
        if own_side:
            if releaser is None:
                releaser = release_subject(doc, known)
            lent = anaphor and not [p for p in parties if p not in releaser]
            parties = [p for p in releaser if p not in others] + parties
        if short_name is not None and short_name < name_start:
            anaphor, subject, parties = True, None, []
        if anaphor and anchor and doc[before].lower_ in {"todays", "'s", "’s"} and not dates:
            dates = [anchor.isoformat()]  # "Today's agreement was reached under Title II": of the release's date
        if anaphor:
            subject = predicate_subject(doc, root, concepts) or terms_clause(doc, root, last_end, concepts)
            if verb is None and bilateral(group[0][2]):
                parties += transfer_parties(doc, root, known)  # "The agreement provides for the acquisition of A by B": B signed the one named before
        restating = not anaphor and not name and not body and not parties and deictic_before(doc, before + 1)
        subject = trim_subject(subject)
        for start, end, kind in group:
            mention = InstrumentMention(
                start=name_start if name else start,
                end=end,
                kind=compound_kind(doc, start, kind),
                parties=dedupe_parties(parties),
                dates=dates,
                subject=subject or name,
                name=name,
                adopted=verb is not None or issued_in_title or bool(counterpart and announced) or bool(body and years) or adopted_participle(root),
                anaphor=anaphor or restating,
                act=verb.lower_ if verb is not None else None,
                restating=restating,
            )
            if kind in STATUTE_KINDS and not (mention.adopted and (name or mention.parties or alone)):
                continue  # a statute only cited ("under the Clean Air Act"), or "states pass laws": no one's act
            if kind in STATUTE_KINDS and verb is not None and verb.pos_ not in {"VERB", "AUX"} and not (mention.parties or dates):
                continue  # "demanding passage of the X Act": a noun of adoption with no one and no time may be a wish
            if kind in CONTRACT_KINDS and (verb is None or verb.lower_ not in lexicon.verb_forms("adoption_contract_verbs") or not mention.parties):
                continue  # "secured a $25 million contract", "awarded a contract": a sale won; "customers signing contracts": no one's
            if counted_deals(doc, (phrase_head(root, start) or [root])[0], name, others, mention.parties):
                continue
            if lent and parties:
                lent_parties.add(id(mention))
            result.append(mention)
    result = listed_numbers(doc, listed_subjects(doc, result))
    result += signed_with_each(doc, known, anchor, result)
    result += verb_instruments(doc, known, anchor)
    pleas = plea_instruments(doc, known, anchor)
    if pleas:
        # One plea, one plea agreement: its other mentions ("a plea agreement filed last year",
        # "admitted in the plea agreement") are the same instrument.
        result = [m for m in result if m.kind != "plea agreement"] + pleas
    for start, end, kind, number, subject, dates in find_bills(doc, lambda verb: verb_dates(doc, verb, anchor)):
        if not any(m.start <= start < m.end for m in result):
            result.append(InstrumentMention(start, end, kind, [], dates, subject, name=number, adopted=bool(dates)))
    result.sort(key=lambda m: m.start)
    merged = decree_form(doc, merge_same(merge_anaphors(doc, [m for m in result if keep(doc, m)], lent_parties), doc))
    for m in merged:
        m.parties = [p for p in m.parties if not nameless(p)]
        m.parties = without_forum(m.parties, known.orgs)
        if m.kind in lexicon.lower_words("adoption_sole_kinds"):
            m.parties = []  # "President Roe issued an Executive Order": issued alone, no body (FACTS.md)
        if not m.subject and not m.name:
            # "A resolution adopted by the Council on Friday calls for an inquiry": what it does
            m.subject = predicate_subject(doc, doc[m.end - 1], concepts)
        if not m.subject and not m.name:
            act = adopting_verb(doc[m.end - 1], m.start)
            m.subject = act_purpose(doc, act, m.end, concepts) if act is not None else None
        if not m.subject and not m.name and bilateral(m.kind):
            # the last resorts: nothing else said what it is about
            m.subject = copular_subject(doc, doc[m.end - 1]) or modifier_subject(doc, m.start, by_end)
        elif not m.subject and not m.name and m.kind.split()[-1] in STATUTE_KINDS:
            m.subject = statute_subject(doc, m.start, m.end)
    # Only an instrument whose adoption (signing, issue, filing) the text states is a record;
    # one only cited ("designated under Executive Order 13224") is not (FACTS.md).
    # An unnamed agreement between parties none of which the text names ("the signing of an
    # agreement to restructure a loan", "signed a three-unit agreement") is no record anyone can
    # use: its body is its parties (FACTS.md), and none is told. A named one, or one the title
    # names ("The Agreement to Prevent Unregulated High Seas Fisheries ... Enters into Force"), is
    # an instrument still.
    return [
        m
        for m in merged
        if m.adopted and (m.kind.split()[-1] not in lexicon.lower_words("generic_instruments") or named(doc, m, by_end)) and (m.parties or m.name or in_title(doc[m.end - 1]) or not bilateral(m.kind))
    ]


DEFINITION_REACH = 6  # tokens from an instrument's word to the parenthesis defining its short name ("Agreement and Plan of Merger (")


def defined_terms(doc: Doc, mentions: list[tuple[int, int, str]]) -> tuple[set[int], dict[str, int]]:
    """"entered into an Agreement and Plan of Merger (the "Merger Agreement") with B": a quoted
    instrument name in a parenthesis right after an instrument's (proper) name defines a short
    name for that instrument, no second one. RETURNS the first tokens of the defining mentions
    and, by its lower-case text, the position of each short name."""
    tokens = doc_tokens(doc)
    definitions: set[int] = set()
    short_names: dict[str, int] = {}
    for (_, before_end, _), (start, end, _) in zip(mentions, mentions[1:]):
        k = start - 1
        while k > before_end and (is_capitalized(tokens[k]) or tokens[k].lower_ == "the"):
            k -= 1  # the short name's other words: "the "Merger Agreement""
        opening = k - 1 if tokens[k].text in QUOTE_MARKS else k
        opening -= tokens[opening].lower_ == "the"
        closing = end + (end < len(tokens) and tokens[end].text in QUOTE_MARKS)
        if tokens[opening].text != "(" or closing >= len(tokens) or tokens[closing].text != ")" or k == opening:
            continue
        if opening - before_end > DEFINITION_REACH or not all(is_capitalized(t) or t.lower_ in {"of", "and", "on", "for"} for t in tokens[before_end:opening]):
            continue  # not right after the instrument's name
        definitions.add(start)
        short_names[doc[k + 1 : end].text.lower()] = k + 1
    return definitions, short_names


def named(doc: Doc, m: InstrumentMention, by_end: dict) -> bool:
    """A generic instrument word used as a formal instrument: capitalized ("the Data Privacy
    Framework", "National Strategy") outside a title line, after an adopting body ("the AUC
    strategy"), or adopted by a formal act of a body ("the ILO adopted a strategy", not "unveiled a
    framework"; not "adopts a holistic strategy to remodeling" where no body adopts it, unless
    signed: "the two ministers signed a protocol on fisheries")."""
    capitalized = any(t.text[0].isupper() for t in doc[m.start : m.end]) and not in_title(doc[m.start]) and not doc[m.start].is_sent_start
    signed = m.act is not None and m.act.lower() in lexicon.verb_forms("adoption_contract_verbs")
    formal = m.act is not None and m.act.lower() not in lexicon.lower_words("launch_verbs") and (bool(m.parties) or signed)
    return capitalized or formal or pre_body(doc, m.start, by_end) is not None


def _key(text: Optional[str]) -> str:
    return " ".join(w for w in re.sub(r"[^\w\s]", " ", (text or "").lower()).split() if w not in {"the", "a", "an", "new"})


def merge_same(mentions: list[InstrumentMention], doc: Optional[Doc] = None) -> list[InstrumentMention]:
    """Mentions of one instrument (same kind and name or subject) become one, pooling parties
    and keeping the first dates found."""
    kept: list[InstrumentMention] = []
    for m in mentions:
        same = next((k for k in kept if same_kind(k.kind, m.kind) and (_key(k.name or k.subject) == _key(m.name or m.subject)) and _key(m.name or m.subject) and not (k.listed and m.listed)), None)  # "agreements with A and B for X": one each
        if same is None:
            same = next((k for k in kept if same_parties(k, m)), None)
        if same is None:
            same = next((k for k in kept if short_name_of(k, m)), None)
        if same is None and not (m.name or m.subject or m.dates):
            # "reaffirmed by subsequent ... resolutions": a bare mention of one already described.
            # "The proposed consent decree with B" after "A consent decree, filed today": the one told, which adds its party.
            same = next((k for k in kept if same_kind(k.kind, m.kind) and (any(p in k.parties for p in m.parties) or not k.parties)), None)
        if same is None:
            kept.append(m)
            continue
        same.parties = dedupe_parties(same.parties + m.parties)
        same.kind = max(same.kind, m.kind, key=len)
        if m.adopted and not same.adopted:
            # The mention that states the act says when and what ("issued Executive Order 13777,
            # which calls for ..."), not one that only cites it.
            same.dates, same.subject, same.start, same.end = m.dates or same.dates, m.subject or same.subject, m.start, m.end
            same.adopted = True
        same.dates = same.dates or m.dates
        same.subject = same.subject or m.subject
    # A mention that says nothing of its own ("the proposed consent decree", dated or not; "Today's
    # agreement was reached") is the described instrument of that kind it shares a party or date
    # with, or the one described where it names no party.
    bare = [k for k in kept if not (k.name or k.subject)]
    for k in bare:
        host = next(
            (
                o
                for o in kept
                if o is not k
                and not o.listed
                and same_kind(o.kind, k.kind)
                and (o.name or o.subject)
                and (any(p in o.parties for p in k.parties) or not o.parties or not k.parties)
                and (not k.dates or not o.dates or k.dates == o.dates)
                and not narrower_kind(k, o, doc)
            ),
            None,
        )
        if host is not None:
            host.parties = dedupe_parties(host.parties + k.parties)
            host.kind = max(host.kind, k.kind, key=len)
            host.dates = host.dates or k.dates
            host.adopted = host.adopted or k.adopted
            kept.remove(k)
    return kept


def narrower_kind(bare: InstrumentMention, host: InstrumentMention, doc: Optional[Doc]) -> bool:
    """"secured a $59 million funding agreement ..., and an additional $34 million through a
    modified Technology Investment Agreement": a mention not pointing back ("a funding
    agreement", no "the"/"this") whose kind is narrower than a named one's is another
    instrument, not a second mention of it (a mention that points back names the kind as broadly
    or more: "the agreement"), unless the described one's name holds that kind ("a Stock Purchase
    Agreement (SPA)")."""
    if doc is None or not host.name or len(bare.kind.split()) <= len(host.kind.split()):
        return False  # an unnamed host ("a plea agreement that included an agreement to forfeit ...") may be its content
    if set(bare.kind.split()) <= set(_key(host.name).split()) | set(host.kind.split()):
        return False  # "a Stock Purchase Agreement (SPA)": the named one's own kind
    start = bare.start
    while start > 0 and doc[start - 1].dep_ in {"compound", "amod", "nummod", "quantmod"} and doc[start - 1].head.i >= start - 1:
        start -= 1  # "the supply agreement", "a $59.2 million funding agreement"
    while start > 0 and (doc[start - 1].like_num or doc[start - 1].text in {"$", "million", "billion"} or doc[start - 1].dep_ == "compound"):
        start -= 1
    return not definite_before(doc, start)


def short_name_of(known: InstrumentMention, m: InstrumentMention) -> bool:
    """"an Agreement and Plan of Merger ... approved the Merger Agreement": a later name that says
    nothing of its own (its subject is its name) and whose words are all words of an earlier
    instrument's longer name, of the same kind, is that instrument's short name."""
    if not m.name or m.subject not in (None, m.name) or not same_kind(known.kind, m.kind):
        return False
    name = known.name or known.subject or ""
    if not all(w[:1].isupper() or w in NAME_LINKS for w in name.split()):
        return False  # a longer name, not a phrase saying what it does ("implement the Paris Agreement")
    words = set(_key(m.name).split()) | set(m.kind.split())
    return words < set(_key(name).split()) | set(known.kind.split())


NAME_LINKS = frozenset({"and", "of", "on", "for", "the", "to", "in"})


def same_parties(known: InstrumentMention, m: InstrumentMention) -> bool:
    """"The Department announced an agreement with Cedar Rapids ... Cedar Rapids and the
    Department reached an agreement under ...": one kind between the same two or more parties, on
    no other date, is one instrument however its mentions describe it."""
    if not same_kind(known.kind, m.kind) or len(m.parties) < 2 or known.listed or m.listed:
        return False
    if {(p.org, p.place) for p in known.parties} != {(p.org, p.place) for p in m.parties}:
        return False
    return not known.dates or not m.dates or known.dates == m.dates


def name_before_org(doc: Doc, name_start: int, start: int, by_end: dict) -> tuple[int, Optional[str]]:
    """The instrument's name without the organization that precedes it."""
    for j in range(start - 1, name_start - 1, -1):
        if j in by_end:
            words = doc[j:start]
            return j, clean_text(words.text) if len(words) else None
    return name_start, None


DANGLING_WORDS = frozenset({"it", "they", "we", "he", "she", "that", "which", "who", "and", "or", "but", "while", "so"})


def trim_subject(subject: Optional[str]) -> Optional[str]:
    """A subject cut where the parse ran it into the next clause ends on no pronoun, relative
    or conjunction: "acquire an Italian Serie B club, it" -> "acquire an Italian Serie B club",
    "acquire B.C. Ltd., a private company that" -> "acquire B.C. Ltd., a private company"."""
    if not subject:
        return subject
    words = subject.split()
    if len(words) < 2 or words[-1].lower() not in DANGLING_WORDS:
        return subject
    while len(words) > 1 and words[-1].lower() in DANGLING_WORDS:
        words.pop()
    return " ".join(words).rstrip(",;: ") or subject


def name_after(doc: Doc, start: int, end: int) -> tuple[int, Optional[str], Optional[int]]:
    """"entered into an Agreement and Plan of Merger dated February 17, 2026, with B": capitalized
    words joined to a capitalized instrument word by "and" continue its proper name, and a
    "dated <date>" after the name dates it. RETURNS the token after the name (and its "dated"
    phrase), the name (None where it does not continue) and the index of "dated" (or None)."""
    tokens = doc_tokens(doc)
    sent_end = sentence_bounds(doc, start)[1]
    k = end
    if is_capitalized(tokens[start]) and not in_title(tokens[start]) and k + 1 < sent_end and tokens[k].lower_ == "and" and is_capitalized(tokens[k + 1]):
        k += 1
        while k < sent_end and (is_capitalized(tokens[k]) or tokens[k].lower_ == "of" and k + 1 < sent_end and is_capitalized(tokens[k + 1])):
            k += 1
    name = clean_text(doc[start:k].text) if k > end else None
    dated = None
    if k < sent_end and tokens[k].lower_ == "dated":
        dated, k = k, k + 1
        while k < sent_end and (tokens[k].ent_type_ == "DATE" or tokens[k].like_num):
            k += 1
        if k < sent_end and tokens[k].text == ",":
            k += 1
    return k, name, dated


def of_date(doc: Doc, end: int, anchor) -> list[str]:
    """"the Schrems II decision of July 2020", "Executive Order 13885 of August 30, 2019", "an
    agreement dated May 2, 2025": the longest run of words after "of" (or "dated") that reads as a
    date (the model may not tag it)."""
    if end + 1 >= len(doc) or doc[end].lower_ not in {"of", "dated"}:
        return []
    sent_end = sentence_bounds(doc, end)[1]
    best: list[str] = []
    for k in range(end + 2, min(end + 7, sent_end) + 1):
        if doc[k - 1].text in {"(", ")", ";"}:
            break
        values = parse_dates(doc[end + 1 : k].text, anchor)
        if values:
            best = [s for s, _ in values]
    return best


def dedupe_parties(parties: list[Party]) -> list[Party]:
    """Parties in first-mention order, each once."""
    unique: list[Party] = []
    for p in parties:
        if not any(q.org == p.org and (q.place or "").lower() == (p.place or "").lower() for q in unique):
            unique.append(p)
    return unique


def title_start(doc: Doc) -> Optional[int]:
    """First word token of the title line, or None without a title."""
    if not len(doc) or not (in_title(doc[0]) or len(doc) > 1 and in_title(doc[1])):
        return None
    return next((t.i for t in doc if not t.is_space), None)


OTHERS_OF_KIND = frozenset({"similar", "other", "previous", "prior"})


def keep(doc: Doc, m: InstrumentMention) -> bool:
    """A mention that may name an instrument: not a bare title word, not "their/its/such ..."
    without a party. Whether it is a record (an act of adoption stated) is decided after its
    mentions are merged ("the OAS Resolution on Nicaragua" ... "The resolution approved yesterday")."""
    if in_title(doc[m.start]) and not m.parties and not m.dates:
        return False
    if m.start > 0 and doc[m.start - 1].lower_ in {"your", "my"}:
        return False  # "Rewiring Your PR Strategy": a reader's or speaker's, no body's
    if m.start > 0 and doc[m.start - 1].lower_ in {"their", "its", "our", "his", "her", "existing", "any", "such", "these", "those"} and not m.parties:
        return False
    if doc[m.end - 1].tag_ == "NNS" and any(t.lower_ in OTHERS_OF_KIND for t in [*(doc[k] for k in (m.start - 1, m.start) if k >= 0), *doc[m.end - 1].lefts]):
        return False  # "has reached similar agreements in the past with ...", "Similar consent decrees ...", "other material agreements": others of the kind
    return not unlawful(doc, m.start)


def unlawful(doc: Doc, start: int) -> bool:
    """"reached collusive agreements to rig bids", "entered into a secret side deal", "price-fixing
    agreements": a modifier of patterns/instrument_unlawful_modifiers.jsonl among the (up to four)
    words before the instrument makes it an unlawful arrangement, no formal instrument."""
    words = lexicon.lower_words("instrument_unlawful_modifiers")
    tokens = doc_tokens(doc)
    k = start - 1
    while k >= 0 and start - k <= 4 and (tokens[k].pos_ in {"ADJ", "NOUN", "VERB", "PROPN"} or tokens[k].text in DASHES):
        if tokens[k].lower_ in words:
            return True
        k -= 1
    return False


def merge_anaphors(doc: Doc, mentions: list[InstrumentMention], lent: frozenset[int] | set[int] = frozenset()) -> list[InstrumentMention]:
    """"The resolution approved yesterday": date and parties go to the instrument of that kind named
    before (or in the title); an anaphor with nothing to join is dropped, also where its only party
    is the body the release opens on, lent to it (ids in `lent`): "According to the plea agreement
    filed with the court" names no instrument of its own."""
    kept: list[InstrumentMention] = []
    for m in mentions:
        # The nearest instrument of that kind whose adoption is stated, else the nearest one.
        candidates = [k for k in reversed(kept) if same_kind(k.kind, m.kind) and not k.anaphor and not k.listed] if m.anaphor else []
        target = next((k for k in candidates if k.adopted), candidates[0] if candidates else None)
        if m.anaphor and target is None and not m.restating:
            target = next((k for k in mentions if same_kind(k.kind, m.kind) and not k.anaphor and k is not m), None)
        if m.anaphor:
            if target is not None:
                target.dates = target.dates or m.dates
                target.parties = dedupe_parties(target.parties + m.parties)
                target.adopted = target.adopted or m.adopted
                if not target.subject or target.subject == target.name and m.subject and terms_clause(doc, doc[m.end - 1], m.end, {}):
                    # "entered into an Investment Commitment Agreement ... Under the terms of the
                    # agreement, B may ...": what its terms do says more than its name
                    target.subject = m.subject or target.subject
                target.kind = max(target.kind, m.kind, key=len)
            elif m.parties and id(m) not in lent or m.dates:
                kept.append(replace(m, anaphor=False, restating=False))
            continue
        kept.append(m)
    return kept


@dataclass(frozen=True)
class Known:
    """What earlier components found that the instrument rules read: the organizations
    (news_org_clusters) and the cluster of each mention, the organization mentions
    (news_organizations) by first token and by the token after them, (start or end, cluster);
    the people and each person mention with its cluster (news_people); the roles (news_roles)."""

    orgs: list[OrgCluster]
    org_of_mention: list[int]
    by_start: dict[int, tuple[int, int]]
    by_end: dict[int, tuple[int, int]]
    people: list[PersonCluster]
    persons: list[tuple[PersonMention, int]]
    roles: list[RoleLink]

    @classmethod
    def of(
        cls, orgs: list[OrgCluster], org_mentions: list[OrgMention], org_of_mention: list[int],
        people: list[PersonCluster], person_mentions: list[PersonMention], person_of_mention: list[int], roles: list[RoleLink],
    ) -> "Known":
        """The bundle, from the slots as the components wrote them."""
        by_start, by_end = org_index(org_mentions, org_of_mention)
        return cls(orgs or [], org_of_mention, by_start, by_end, people or [], list(zip(person_mentions or [], person_of_mention or [])), roles or [])

    def org_covering(self, i: int) -> Optional[int]:
        """The cluster of the organization mention that token `i` stands in, or None."""
        return next((cluster for start, (end, cluster) in self.by_start.items() if start <= i < end), None)


class ResolutionFinder:
    """Set `doc._.instruments` (InstrumentMention list) from organizations,
    people, roles, concept acronyms and the release date."""

    def __init__(self, nlp: Language):
        self.finder = Instruments(nlp)

    def __call__(self, doc: Doc) -> Doc:
        known = Known.of(doc._.orgs, doc._.org_mentions, doc._.org_of_mention, doc._.people, doc._.person_mentions, doc._.person_of_mention, doc._.roles)
        concepts = {d.short.text: d.long.text for d in acronym_definitions(doc, CONCEPT)}
        doc._.instruments = find_instruments(doc, self.finder, known, doc.user_data.get(PUBLISHED), concepts)
        forget_tokens(doc)  # the last rule component: the memo would keep the Doc in a cycle
        return doc


@Language.factory("news_resolutions")
def make_resolution_finder(nlp: Language, name: str) -> ResolutionFinder:
    """Factory for the resolution finder."""
    return ResolutionFinder(nlp)
