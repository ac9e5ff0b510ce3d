"""People, organisations and places named in news text, and who names whom.

This module owns named entities: it finds the names an article uses from
capitalised runs of words, job titles and a small gazetteer
(``lexicons/gazetteer.yaml``), gives each mention a canonical name (an
abbreviation defined in the text, "ICE" for "Immigration and Customs
Enforcement"; a surname for the full name given earlier, "Cox" for "Bryan
Cox"; a misspelling for the right spelling, "Sebastapol" for "Sebastopol"; a
short first name for the full one, "Danny Price" for "Daniel Price", from
``lexicons/first_names.yaml``) and lines up the articles: which outlet names
which person, organisation or place. A dateline ("LONDON —") names its city;
a hyphenated modifier names at most its head ("Texas-based": Texas;
"Dutch-owned": nothing); time zones ("ET", "BST") are never names.
A word the article shows is a place ("in Harrowgate, Ohio", "Harrowgate
police", a dateline) is the place wherever it stands alone, not the group
named after it ("Harrowgate Justice Coalition"); the article's own outlet
("The Commons", "Fox News Digital") is that outlet; a union local keeps its
number ("Teamsters Local 727"); a trade's head word or a verb of running a
business makes an organisation ("runs Brancato Hardware"); a lower-case
institution noun makes the name before it that institution ("Bethel AME
church": Bethel AME Church). Titles are never part of a name.
In conflict and foreign news an unknown single word is a place on the
wording around it ("Karsk's army", "the Dolmar enclave", "Karsk-backed",
"the army of Vessaly"); a surname named in full in the article stays the
person ("rein in Okafor", "Ann Wagner"); "Kevin Marsh of Millbrook" is a
person and a place; "Grace Covenant" beside "Grace Covenant Academy" is the
school; a capital that only opens a sentence or a quote ("Three hospital
staff", '"People are') is no name.
In police, court and election news: a fact-check label ("CLAIM:", "THE
FACTS:"), a day named after an event ("Election Day") and a race adjective
("an unarmed Black teen") name no one; a local office before a name is a title
("Lakeview City Manager Tom Reyes": Lakeview and Tom Reyes); "West 14th
Street", "Precinct 7-C" and a dateline's "OH" are places; a first name alone,
a name without its middle name and a short form that ends a longer name ("the
Justice Coalition", "City Hall") are the one person or body the article (or
another outlet) names in full; an outlet's own names ("Action News" for WKFR
Action News 8) make one row named as the outlet.
A lone unknown word is a place after wording only a place follows ("sank
off Mindoro", "flights to Lomeda", "its border with Bandara", "the capital,
Lomeda", "a hospital near Buxton", even where a person is surnamed so), before
what only a state does ("Kessmark recalled its ambassador"), and where the
article writes its people's adjective ("Velmori officials"); a job opening a
sentence before a full name is a title ("Driver Alan Buxton"); a firm's name
running into its plant's ("Harkness Steel Carvell Works") is the firm and the
town's works, a place; "Rowanbrook" beside "the Rowanbrook Estate" is the estate.
"A nurse at Ashgrove General" names Ashgrove General Hospital; "S R Nimbalkar"
in one outlet is the "Sudhakar Nimbalkar" of another; "Brandt's Civic Union" is
the party, the owner cut off; a unit after its figure ("2.06 TMC") names nothing.
There is no statistical model: every decision is a rule a reader can check.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from framing._stopwords import ENGLISH_STOP_WORDS

from framing._calendar import MONTH_WORDS as _MONTHS, WEEKDAYS as _WEEKDAYS
from framing._memo import by_identity
from framing._regex import alternation
from framing.errors import FramingError, LexiconError
from framing.lexicons import lexicon_path, read_lexicon, require_list
from framing.prepare import is_headline
from framing.model import Document, Sentence

ENTITY_KINDS = ("person", "organisation", "place")


@dataclass(frozen=True, slots=True)
class EntityMention:
    """One name as written, with its canonical name and kind."""

    start: int
    end: int
    text: str
    canonical: str
    kind: str
    sentence: int


@dataclass(frozen=True, slots=True)
class EntityRef:
    """Where one article names an entity (for an :class:`EntityRow`)."""

    article: str
    start: int
    end: int
    text: str
    sentence: int


@dataclass(frozen=True, slots=True)
class EntityRow:
    """One entity across the articles: which name it, with every mention."""

    canonical: str
    kind: str
    articles: tuple[str, ...]
    status: str  # "shared" (named by every article), "some" or "only-one"
    spellings: tuple[str, ...]
    mentions: tuple[EntityRef, ...]


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """The parsed gazetteer lexicon (all lookups lower case)."""

    names: dict[str, tuple[str, str]]  # alias -> (canonical, kind)
    titles: frozenset[str]
    org_words: frozenset[str]
    place_words: frozenset[str]
    place_prefixes: frozenset[str]
    place_cues: frozenset[str]
    not_names: frozenset[str]
    particles: frozenset[str]  # "von", "der", "de": lower-case words inside a person's name
    suffixes: frozenset[str]
    event_words: frozenset[str]
    event_prefixes: frozenset[str]
    org_titles: frozenset[str]
    connectors: frozenset[str]  # joiners and particles: words that may stand inside a name
    path: str
    org_nouns: frozenset[str] = frozenset()  # "company", "regulator": appositives and descriptors
    person_nouns: frozenset[str] = frozenset()  # "nurse", "driver" (with the titles)
    org_possessions: frozenset[str] = frozenset()  # "Boeing's chief executive", "X's shares"
    name_joiners: frozenset[str] = frozenset()  # "Meals on Wheels": prepositions inside a name, on evidence
    regions: frozenset[str] = frozenset()  # "the West", "the Gulf": places after "the"
    admin_place_words: frozenset[str] = frozenset()  # "City", "County": "<X> City Council" makes X a place
    time_zones: frozenset[str] = frozenset()  # "ET", "BST": never names
    clock_time_zones: frozenset[str] = frozenset()  # "CT", "CAT": time zones only after a clock time
    demonyms: frozenset[str] = frozenset()  # "Dutch", "Russian": no place by themselves
    compound_place_suffixes: frozenset[str] = frozenset()  # "Texas-based", "London-born": X is a place
    numbered_units: frozenset[str] = frozenset()  # "Local", "Lodge": "Teamsters Local 727" keeps its number
    numbered_units_alone: frozenset[str] = frozenset()  # "Local 1199 said": a name by itself
    org_verbs: frozenset[str] = frozenset()  # "runs", "works at": the name after them is an organisation
    place_followers: frozenset[str] = frozenset()  # "police", "residents": "Harrowgate police" is a place's
    institution_nouns: frozenset[str] = frozenset()  # "church", "school": "Bethel AME church" is one
    institution_modifiers: frozenset[str] = frozenset()  # "elementary": "Ridgeview elementary school"
    denominations: frozenset[str] = frozenset()  # "Methodist": "the Methodist church" names no church
    place_titles: frozenset[str] = frozenset()  # "Bishop of Norwich": a place after "<title> of"
    place_possessions: frozenset[str] = frozenset()  # "Ostrania's army": a country's, not a firm's
    place_nouns: frozenset[str] = frozenset()  # "the Brisk enclave": a place before the noun
    place_of_words: frozenset[str] = frozenset()  # "the army of Vessaly": a place after "<word> of"
    compound_power_suffixes: frozenset[str] = frozenset()  # "Vardan-backed": a name, a state if unknown
    ordinal_units: frozenset[str] = frozenset()  # "Brigade": "the 14th Motor Rifle Brigade" keeps "14th"
    firm_tails: frozenset[str] = frozenset()  # "Live" of "Crestline Live": "Crestline" alone is the firm
    title_nouns: frozenset[str] = frozenset()  # "album": "the album Low Light" names no one
    work_nouns: frozenset[str] = frozenset()  # "newsletter": "our Infectious Disease newsletter" names no one
    title_office_words: frozenset[str] = frozenset()  # "City", "District": "Lakeview City Manager" is Lakeview's
    office_of_words: frozenset[str] = frozenset()  # "Staff", "Health": "Chief of Staff X", "Minister of Health X"
    race_words: frozenset[str] = frozenset()  # "Black", "Latino": "an unarmed Black teen" names no place
    date_heads: frozenset[str] = frozenset()  # "Day": "Election Day" is a date, not a person
    # "Government": alone, a name only as the short form of a longer one the article gives
    back_reference_words: frozenset[str] = frozenset()
    numbered_places: frozenset[str] = frozenset()  # "Precinct", "Ward": "Precinct 7-C" is a place
    postal_codes: tuple[tuple[str, str], ...] = ()  # ("OH", "Ohio"): a dateline's region only
    # "LeT" -> Lashkar-e-Taiba: abbreviations with small letters inside, matched only as written
    cased_names: dict[str, tuple[str, str]] = field(default_factory=dict)
    org_inner_words: frozenset[str] = frozenset()  # "League": "Major League Baseball" is a body
    place_only_words: frozenset[str] = frozenset()  # "Bhavan", "Showground": heads no surname has
    for_nouns: frozenset[str] = frozenset()  # "Support": "Support for X" opening a sentence is no name
    of_nouns: frozenset[str] = frozenset()  # "News": "News of X's decision" opening a sentence is no name
    interjections: frozenset[str] = frozenset()  # "thank god": '"Thank God Ann Roe is safe"' names Ann Roe
    honorific_suffixes: frozenset[str] = frozenset()  # "ji", "saheb": after a person's name, not in it
    aircraft_types: frozenset[str] = frozenset()  # "Embraer", "ATR": an operator's name ends before them
    vessel_nouns: frozenset[str] = frozenset()  # "the boat Faith Again": a vessel's name, left out
    vessel_prefixes: frozenset[str] = frozenset()  # "MV", "HMS": a ship prefix opens a vessel's name
    service_nouns: frozenset[str] = frozenset()  # "the Coastal Dawn ferry": a vessel's or train's name before them
    currency_prefixes: frozenset[str] = frozenset()  # "Won", "Rs", "Sh": "Won3.4tn" is a sum
    instrument_words: frozenset[str] = frozenset()  # "Bill", "SB": "Senate Bill 214" is a bill
    market_indices: frozenset[str] = frozenset()  # "Merval", "FTSE 100": an index, not a body
    index_heads: frozenset[str] = frozenset()  # "Index", "Composite": "Tellis Composite Index" is an index
    regime_adjectives: frozenset[str] = frozenset()  # "Communist": "Communist Varenia" is Varenia
    org_prefixes: frozenset[str] = frozenset()  # "Banco", "Grupo": "Banco Nación" is a body
    place_prefix_words: frozenset[str] = frozenset()  # "Plaza", "Casa": "Casa Rosada" is a place
    label_heads: frozenset[str] = frozenset()  # "Category", "Schedule": "Category A" is a category
    law_words: frozenset[str] = frozenset()  # "Law", "Ley": "Rental Law" is a law
    # "Prince", "Pa": a form of address before a full name ("Prince Adebayo Ajibulu"), a name's
    # own word before a single one ("Prince Harry")
    full_name_titles: frozenset[str] = frozenset()
    post_nominals: frozenset[str] = frozenset()  # "SAN", "KC", "OBE": after a person's name, not in it
    party_members: frozenset[str] = frozenset()  # "Republican": "an Ohio Republican" names Ohio only
    village_words: frozenset[str] = frozenset()  # "Barangay", "Sitio": the name after them is a place
    district_words: frozenset[str] = frozenset()  # "CBD": "in the CBD" is a place
    programme_heads: frozenset[str] = frozenset()  # "Transfer": "the Emergency Cash Transfer" is a programme
    document_heads: frozenset[str] = frozenset()  # "Convention", "Amendment": "the Second Amendment" is a text
    vehicle_makes: frozenset[str] = frozenset()  # "Toyota", "Holden": "a Holden Commodore" is a car
    make_common_words: frozenset[str] = frozenset()  # "Land" (Rover): a make's word that alone is English
    chamber_words: frozenset[str] = frozenset()  # "House", "Senate" (cased): "the House voted" is the chamber
    descriptor_titles: frozenset[str] = frozenset()  # "Victim", "Suspect": "Victim Brian Mwangi" is Brian Mwangi
    tail_imperatives: frozenset[str] = frozenset()  # "Join", "Follow": "Follow Daily Nation on X" names the outlet
    place_honorifics: frozenset[str] = frozenset()  # "Sri": "in Sri Muda" is a place, "Sri Ravi" a person
    price_indices: frozenset[str] = frozenset()  # "CPI": a price index beside price words, a party elsewhere
    price_words: frozenset[str] = frozenset()  # "inflation", "rents": the words that make "CPI" an index
    phrase_openers: frozenset[str] = frozenset()  # "fed up": a listed name's word opening an idiom
    person_places: frozenset[str] = frozenset()  # "jordan": a country alone, or a person's surname or first name
    place_cue_phrases: frozenset[str] = frozenset()  # "sank off", "border with": a place follows
    state_act_verbs: frozenset[str] = frozenset()  # "recalled": with an object below, only a state's act
    state_act_objects: frozenset[str] = frozenset()  # "ambassador", "curfew": "X recalled its ambassador"
    demonym_nouns: frozenset[str] = frozenset()  # "officials": "Velmori officials" makes Velmor a place
    security_words: frozenset[str] = frozenset()  # "Bunds", "Treasuries": "German Bunds rallied" names no one
    currency_nouns: frozenset[str] = frozenset()  # "franc": "the CFA franc" is a currency, no body
    index_moves: frozenset[str] = frozenset()  # "fell": "the MTX 40 fell 1.8%" is an index
    state_blocs: frozenset[str] = frozenset()  # "bloc": "suspended Marundi from the bloc" makes Marundi a state
    shout_words: frozenset[str] = frozenset()  # "GREEDY", "HERO": a tabloid's shouted opener, no acronym
    short_form_heads: frozenset[str] = frozenset()  # "Board": "The Board said" is the body named in full
    site_nouns: frozenset[str] = frozenset()  # "plant": "its Brackley plant" is a firm's site, a place
    masthead_words: frozenset[str] = frozenset()  # "Clarion": "the Clarion" after "the Kelso Clarion" is it
    place_plurals: frozenset[str] = frozenset()  # "villages": "Mbeta and Lwanga, two villages" are places
    body_nouns_after: frozenset[str] = frozenset()  # "department": "the Works and Roads department" is a body
    # "SEC" -> ("Southeastern Conference", cue words): a second body its sentence may mean
    second_senses: dict[str, tuple[str, frozenset[str]]] = field(default_factory=dict)
    # "mt." -> "Mount": a place's abbreviated first word, spelled out in its canonical name
    place_prefix_forms: dict[str, str] = field(default_factory=dict)
    # the gazetteer's ``media``: every news outlet's canonical name and alias, lower case
    media: frozenset[str] = frozenset()
    # "Age" -> "The Age": an outlet's short name that is also a word, read as the outlet only
    # where it stands as a cited name ("told the Age", "according to Dawn", "Punch reported")
    media_short: dict[str, str] = field(default_factory=dict)
    media_programmes: frozenset[str] = frozenset()  # "Breakfast": "Newstalk Breakfast" is Newstalk's show
    # the gazetteer's ``parties``: every party's canonical name, alias and short name, lower case
    parties: frozenset[str] = frozenset()
    # "ANC" -> (("African National Congress", "ZA"), ("Amani National Congress", "KE")): a party's
    # short name that is also a word or another body's, read only beside a party cue or where the
    # article names the party's country (:func:`_party_readings`)
    party_short: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    party_countries: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "ZA" -> South Africa, ...
    party_cues_after: frozenset[str] = frozenset()  # "leader", "MP": "ANC MP X" is the party's
    party_cues_before: frozenset[str] = frozenset()  # "ruling": "the ruling ANC" is the party
    party_office_cues: frozenset[str] = frozenset()  # "leader": "Congress leader X" in India only


def _words(data: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(w.strip().lower() for w in require_list(data, key))


def _optional_words(data: dict[str, Any], key: str) -> frozenset[str]:
    """A word list that older or hand-made gazetteers may leave out (then empty)."""
    if key not in data or data[key] is None:
        return frozenset()
    return _words(data, key)


# An abbreviation with a small letter inside ("LeT", "JeM", "PwC"); "Nato", "Nasa" are not.
_CASED_ALIAS_RE = re.compile(r"[A-Z]+[a-z]{1,2}[A-Z]+")


@lru_cache(maxsize=8)
def _load_gazetteer(path: str) -> Gazetteer:
    data = read_lexicon(Path(path))
    names: dict[str, tuple[str, str]] = {}
    cased: dict[str, tuple[str, str]] = {}
    for place in require_list(data, "places"):
        names[place.lower()] = (place, "place")
    aliases = data.get("place_aliases") or {}
    if not isinstance(aliases, dict):
        raise LexiconError(f"{path}: entry 'place_aliases' must be a mapping 'alias: canonical place'")
    for alias, canonical in aliases.items():
        if not isinstance(canonical, str) or canonical.lower() not in names:
            raise LexiconError(
                f"{path}: place alias {alias!r} points to {canonical!r}, which is not in 'places'; add it there"
            )
        names[str(alias).lower()] = (names[canonical.lower()][0], "place")
    for i, org in enumerate(require_list(data, "organisations", of=dict)):
        name = org.get("name")
        org_aliases = org.get("aliases", [])
        if not isinstance(name, str) or not name.strip() or not isinstance(org_aliases, list):
            raise LexiconError(
                f"{path}: organisations item {i + 1} needs 'name: ...' and 'aliases: [...]' (got {org!r})"
            )
        for alias in [name, *org_aliases]:
            if not isinstance(alias, str):
                raise LexiconError(f"{path}: organisation {name!r} has a non-text alias {alias!r}; quote it")
            if _CASED_ALIAS_RE.fullmatch(alias):
                # "LeT", "JeM": an abbreviation with small letters inside is that name only as
                # written; in any other case it is a word ("Let's go Hawks!").
                cased[alias] = (name, "organisation")
                continue
            names[alias.lower()] = (name, "organisation")
    media, media_short = _media(data, names, cased, path)
    parties, party_short = _parties(data, names, cased, path)
    return Gazetteer(
        names=names,
        titles=_words(data, "titles"),
        # A trade's head word ("Hardware", "Diner") heads an organisation's name like "Foods".
        org_words=_words(data, "org_words") | _optional_words(data, "business_words"),
        place_words=_words(data, "place_words"),
        place_prefixes=_words(data, "place_prefixes"),
        place_cues=_words(data, "place_cues"),
        not_names=_words(data, "not_names"),
        particles=_optional_words(data, "particles"),
        suffixes=_optional_words(data, "name_suffixes"),
        event_words=_optional_words(data, "event_words"),
        event_prefixes=_optional_words(data, "event_prefixes"),
        org_titles=_optional_words(data, "org_titles"),
        connectors=_JOINERS | _optional_words(data, "particles"),
        path=path,
        org_nouns=_optional_words(data, "org_nouns"),
        person_nouns=_optional_words(data, "person_nouns") | _words(data, "titles"),
        org_possessions=_optional_words(data, "org_possessions"),
        name_joiners=_optional_words(data, "name_joiners"),
        regions=_optional_words(data, "regions"),
        admin_place_words=_optional_words(data, "admin_place_words"),
        time_zones=_optional_words(data, "time_zones"),
        clock_time_zones=_optional_words(data, "clock_time_zones"),
        demonyms=_optional_words(data, "demonyms"),
        compound_place_suffixes=_optional_words(data, "compound_place_suffixes"),
        numbered_units=_optional_words(data, "numbered_units"),
        numbered_units_alone=_optional_words(data, "numbered_units_alone"),
        org_verbs=_optional_words(data, "org_verbs"),
        place_followers=_optional_words(data, "place_followers"),
        institution_nouns=_optional_words(data, "institution_nouns"),
        institution_modifiers=_optional_words(data, "institution_modifiers"),
        denominations=_optional_words(data, "denominations"),
        place_titles=_optional_words(data, "place_titles"),
        place_possessions=_optional_words(data, "place_possessions"),
        place_nouns=_optional_words(data, "place_nouns"),
        place_of_words=_optional_words(data, "place_of_words"),
        compound_power_suffixes=_optional_words(data, "compound_power_suffixes"),
        ordinal_units=_optional_words(data, "ordinal_units"),
        work_nouns=_optional_words(data, "work_nouns"),
        title_nouns=_optional_words(data, "title_nouns"),
        firm_tails=_optional_words(data, "firm_tails"),
        title_office_words=_optional_words(data, "title_office_words"),
        office_of_words=_optional_words(data, "office_of_words"),
        race_words=_optional_words(data, "race_words"),
        date_heads=_optional_words(data, "date_heads"),
        back_reference_words=_optional_words(data, "back_reference_words"),
        numbered_places=_optional_words(data, "numbered_places"),
        postal_codes=_postal_codes(data, names, path),
        cased_names=cased,
        org_inner_words=_optional_words(data, "org_inner_words"),
        honorific_suffixes=_optional_words(data, "honorific_suffixes"),
        aircraft_types=_optional_words(data, "aircraft_types"),
        vessel_nouns=_optional_words(data, "vessel_nouns"),
        vessel_prefixes=_optional_words(data, "vessel_prefixes"),
        service_nouns=_optional_words(data, "service_nouns"),
        currency_prefixes=_optional_words(data, "currency_prefixes"),
        instrument_words=_optional_words(data, "instrument_words"),
        market_indices=_optional_words(data, "market_indices"),
        index_heads=_optional_words(data, "index_heads"),
        regime_adjectives=_optional_words(data, "regime_adjectives"),
        org_prefixes=_optional_words(data, "org_prefixes"),
        place_prefix_words=_optional_words(data, "place_prefix_words"),
        label_heads=_optional_words(data, "label_heads"),
        full_name_titles=_optional_words(data, "full_name_titles"),
        post_nominals=_optional_words(data, "post_nominals"),
        party_members=_optional_words(data, "party_members"),
        village_words=_optional_words(data, "village_words"),
        district_words=_optional_words(data, "district_words"),
        programme_heads=_optional_words(data, "programme_heads"),
        document_heads=_optional_words(data, "document_heads"),
        vehicle_makes=_optional_words(data, "vehicle_makes"),
        make_common_words=_optional_words(data, "make_common_words"),
        chamber_words=frozenset(str(w) for w in data.get("chamber_words") or ()),
        descriptor_titles=_optional_words(data, "descriptor_titles"),
        tail_imperatives=_optional_words(data, "tail_imperatives"),
        place_honorifics=_optional_words(data, "place_honorifics"),
        law_words=_optional_words(data, "law_words"),
        place_only_words=_optional_words(data, "place_only_words"),
        for_nouns=_optional_words(data, "for_nouns"),
        of_nouns=_optional_words(data, "of_nouns"),
        interjections=_optional_words(data, "interjections"),
        price_indices=_optional_words(data, "price_indices"),
        price_words=_optional_words(data, "price_words"),
        phrase_openers=_optional_words(data, "phrase_openers"),
        person_places=_optional_words(data, "person_places"),
        place_cue_phrases=_optional_words(data, "place_cue_phrases"),
        state_act_verbs=_optional_words(data, "state_act_verbs"),
        state_act_objects=_optional_words(data, "state_act_objects"),
        demonym_nouns=_optional_words(data, "demonym_nouns"),
        security_words=_optional_words(data, "security_words"),
        currency_nouns=_optional_words(data, "currency_nouns"),
        index_moves=_optional_words(data, "index_moves"),
        state_blocs=_optional_words(data, "state_blocs"),
        shout_words=_optional_words(data, "shout_words"),
        short_form_heads=_optional_words(data, "short_form_heads"),
        site_nouns=_optional_words(data, "site_nouns"),
        masthead_words=_optional_words(data, "masthead_words"),
        place_plurals=_optional_words(data, "place_plurals"),
        body_nouns_after=_optional_words(data, "body_nouns_after"),
        second_senses=_second_senses_of(data, names, path),
        place_prefix_forms=_word_forms(data, "place_prefix_forms", path),
        media=media,
        media_short=media_short,
        media_programmes=_optional_words(data, "media_programmes"),
        parties=parties,
        party_short=party_short,
        party_countries=_party_countries(data, party_short, path),
        party_cues_after=_optional_words(data, "party_cues_after"),
        party_cues_before=_optional_words(data, "party_cues_before"),
        party_office_cues=_optional_words(data, "party_office_cues"),
    )


_COUNTRY_CODE_RE = re.compile(r"[A-Z]{2}")
_THE_WORD_RE = re.compile(r"The \S+")


def _listed_bodies(data: dict[str, Any], key: str, label: str,
                   path: str) -> Iterator[tuple[str, list[str], list[Any], str]]:
    """The items of a gazetteer list of named bodies (``media``, ``parties``), checked.

    Each item gives its name, its aliases, its ``short`` names and its country (ISO 3166
    alpha-2, XX for none); a malformed item is one LexiconError naming the file and the item.
    """
    for i, item in enumerate(data.get(key) or ()):
        name = item.get("name") if isinstance(item, dict) else None
        aliases = item.get("aliases", []) if isinstance(item, dict) else None
        shorts = item.get("short", []) if isinstance(item, dict) else None
        country = item.get("country") if isinstance(item, dict) else None
        if not isinstance(name, str) or not name.strip() or not isinstance(aliases, list) \
                or not isinstance(shorts, list) or not isinstance(country, str) \
                or not _COUNTRY_CODE_RE.fullmatch(country):
            raise LexiconError(f"{path}: {key} item {i + 1} needs 'name: ...', 'aliases: [...]' and 'country: XX' "
                               f"(ISO 3166 alpha-2, XX for none) (got {item!r})")
        for alias in aliases:
            if not isinstance(alias, str):
                raise LexiconError(f"{path}: {label} {name!r} has a non-text alias {alias!r}; quote it")
        yield name, aliases, shorts, country


def _media(data: dict[str, Any], names: dict[str, tuple[str, str]], cased: dict[str, tuple[str, str]],
           path: str) -> tuple[frozenset[str], dict[str, str]]:
    """Load the gazetteer's ``media`` into ``names`` as organisations; return their names and short names.

    An outlet is read like an ``organisations`` entry (its aliases fold onto its
    name). A ``short`` name (an ordinary word: "Age", "Dawn") goes into no
    table of names: only :func:`_cited_outlet` reads it, where it stands as a
    cited name.
    """
    media: set[str] = set()
    short: dict[str, str] = {}
    for name, aliases, shorts, _country in _listed_bodies(data, "media", "media outlet", path):
        for alias in [name, *aliases]:
            media.add(alias.lower())
            if alias in shorts or _THE_WORD_RE.fullmatch(alias):
                # "Dawn", "The Age", "The Atlantic": a word, or "The" and a word that may open a
                # sentence about something else; read only as a cited name (its ``short``).
                continue
            known = names.get(alias.lower())
            if known is not None and known[0] != name:
                raise LexiconError(f"{path}: media outlet {name!r}: {alias!r} is already listed as {known[0]!r} "
                                   f"({known[1]}); leave it out of one of them")
            if _CASED_ALIAS_RE.fullmatch(alias):
                cased[alias] = (name, "organisation")
            else:
                names[alias.lower()] = (name, "organisation")
        for word in shorts:
            if not isinstance(word, str) or " " in word or not word[:1].isupper():
                raise LexiconError(f"{path}: media outlet {name!r}: a short name is one capitalised word (got {word!r})")
            short[word] = name
            media.add(word.lower())
    return frozenset(media), short


def _parties(data: dict[str, Any], names: dict[str, tuple[str, str]], cased: dict[str, tuple[str, str]],
             path: str) -> tuple[frozenset[str], dict[str, tuple[tuple[str, str], ...]]]:
    """Load the gazetteer's ``parties`` into ``names`` as organisations; return their names and short names.

    A party is read like a ``media`` outlet: its aliases fold onto its name. A ``short`` name
    ("Jubilee", "ANC", "PTI") goes into no table of names: only :func:`_party_readings` reads
    it, beside a party cue or in its country's context, and two countries' parties may share it.
    """
    parties: set[str] = set()
    short: dict[str, list[tuple[str, str]]] = {}
    for name, aliases, shorts, country in _listed_bodies(data, "parties", "party", path):
        for alias in [name, *aliases]:
            known = cased.get(alias) if _CASED_ALIAS_RE.fullmatch(alias) else names.get(alias.lower())
            if known is not None and known[0] != name:
                raise LexiconError(f"{path}: party {name!r}: {alias!r} is already listed as {known[0]!r} "
                                   f"({known[1]}); leave it out of one of them or make it a 'short' name")
            parties.add(alias.lower())
            if alias in shorts:
                continue  # "Morena", "Venstre": a party named by a word, read only as its ``short``
            if _CASED_ALIAS_RE.fullmatch(alias):
                cased[alias] = (name, "organisation")  # "AfD", "PiS", "SaS": only as written
            else:
                names[alias.lower()] = (name, "organisation")
        for word in shorts:
            if not isinstance(word, str) or " " in word or not word[:1].isupper():
                raise LexiconError(f"{path}: party {name!r}: a short name is one capitalised word (got {word!r})")
            short.setdefault(word, []).append((name, country))
            parties.add(word.lower())
    return frozenset(parties), {word: tuple(found) for word, found in short.items()}


def _party_countries(data: dict[str, Any], short: dict[str, tuple[tuple[str, str], ...]],
                     path: str) -> dict[str, tuple[str, ...]]:
    """The gazetteer's ``party_countries``: a country code -> the words naming the country in an article."""
    raw = data.get("party_countries") or {}
    if not isinstance(raw, dict) or not all(isinstance(v, list) and v for v in raw.values()):
        raise LexiconError(f"{path}: 'party_countries' must map each country code to its words (ZA: [South Africa])")
    out = {str(code): tuple(str(w) for w in words) for code, words in raw.items()}
    for word, found in short.items():
        for name, country in found:
            if country not in out:
                raise LexiconError(f"{path}: party {name!r} has the short name {word!r} but its country {country!r} "
                                   f"is not in 'party_countries'; add it there")
    return out


def _word_forms(data: dict[str, Any], key: str, path: str) -> dict[str, str]:
    """An optional section mapping a lower-case short form to the word it stands for."""
    raw = data.get(key) or {}
    if not isinstance(raw, dict) or not all(isinstance(k, str) and isinstance(v, str) and v for k, v in raw.items()):
        raise LexiconError(f"{path}: '{key}' must map each short form to its word (mt.: Mount)")
    return {k.lower(): v for k, v in raw.items()}


def _second_senses_of(data: dict[str, Any], names: dict[str, tuple[str, str]],
                      path: str) -> dict[str, tuple[str, frozenset[str]]]:
    """The gazetteer's ``second_senses``: an alias as written -> (the other body, its cue words)."""
    out: dict[str, tuple[str, frozenset[str]]] = {}
    for i, item in enumerate(data.get("second_senses") or ()):
        alias, name, cues = (item.get(k) for k in ("alias", "name", "cues")) if isinstance(item, dict) else (None,) * 3
        if not isinstance(alias, str) or not isinstance(name, str) or not isinstance(cues, list) or not cues:
            raise LexiconError(f"{path}: second_senses item {i + 1} needs 'alias: ...', 'name: ...' and "
                               f"'cues: [...]' (got {item!r})")
        if alias.lower() not in names or name.lower() not in names:
            raise LexiconError(f"{path}: second_senses item {i + 1}: {alias!r} and {name!r} must both be "
                               f"listed names (organisations); add them there")
        out[alias] = (names[name.lower()][0], frozenset(str(c).lower() for c in cues))
    return out


def _postal_codes(data: dict[str, Any], names: dict[str, tuple[str, str]], path: str) -> tuple[tuple[str, str], ...]:
    """The gazetteer's ``postal_codes`` ("OH: Ohio"), each pointing to a listed place."""
    codes = data.get("postal_codes") or {}
    if not isinstance(codes, dict):
        raise LexiconError(f"{path}: entry 'postal_codes' must be a mapping 'code: place'")
    out = []
    for code, place in codes.items():
        if not isinstance(place, str) or place.lower() not in names or names[place.lower()][1] != "place":
            raise LexiconError(f"{path}: postal code {code!r} points to {place!r}, which is not in 'places'; add it there")
        out.append((str(code).upper(), names[place.lower()][0]))
    return tuple(out)


def load_gazetteer() -> Gazetteer:
    """The gazetteer lexicon (``gazetteer.yaml``), parsed and validated once."""
    return _load_gazetteer(str(lexicon_path("gazetteer")))


# A word: dotted initials ("U.S."), or letters with inner apostrophes/hyphens,
# with a final period kept for the abbreviations the gazetteer lists ("Sen.").
# A letter glued to a number is a unit, not a word: "$1.2B Hawks", "$40M Rovers" (round N).
# "R&D", "M&A", "AT&T": capitals joined by an ampersand with no space are one word, so "American
# R&D" is no name "American R" (the abbreviations themselves are in the gazetteer's not_names).
_WORD_RE = re.compile(r"(?:[A-Z]\.){2,}|(?<![\w&])[A-Z]{1,2}&[A-Z]{1,2}(?![\w&])|(?<!\w)[^\W\d_][\w’'\-]*(?:\.(?=[\s,;:)]|$))?")
# Words that join the capitalised words of one name ("Department of Justice");
# the gazetteer's particles ("von der", "de") are added to them.
_JOINERS = frozenset({"of", "and", "for", "the", "&"})
# "I", "I'll", "I'm": capitalised, never a name, and never part of one.
_PRONOUN_I_RE = re.compile(r"I(?:[’'](?:ll|m|ve|d|s))?")
# A speaker label that opens a line of an interview ("Q:", "A:", "MARKS:").
_LABEL_RE = re.compile(r"[\s(\[—–\-\"“”‘’']*(?:[A-Z][A-Za-z]{0,14}:\s*)?[\s(\[—–\-\"“”‘’']*")
_CORPORATE = frozenset({"inc", "corp", "co", "llc", "llp", "ltd", "plc", "lp", "gmbh", "sa", "ag"})
# An opening quote mark just before a word, after a space, a colon, a dash or a bracket.
_OPENING_QUOTES = frozenset('"“‘')
# A comma too: 'said,"Deaths are not' (a quote glued to its verb's comma in South Asian web copy).
_BEFORE_OPENING_QUOTE = frozenset(" \t\n:—–(,")
# "the 14th Motor Rifle Brigade": an ordinal before a unit's name.
_ORDINAL_RE = re.compile(r"(?<![\w.,])\d{1,3}(?:st|nd|rd|th) $")
# "Sarah Lin, 34, of Maplewood": a place after an age appositive.
_AGE_OF_RE = re.compile(r"\d{1,3},\s+of\s+$")
# An age in commas or brackets right after a name ("Chad, 41, said", "Jordan (29)").
_AGE_AFTER_RE = re.compile(r",\s+\d{1,3},|\s+\(\d{1,3}\)")


# Not frozen: a frozen dataclass's __init__ costs three times as much, and every
# word of every sentence is built; nothing assigns to a _Word.
@dataclass(slots=True)
class _Word:
    start: int
    end: int
    text: str
    # The lower-case end of a hyphenated compound the word was cut from ("based" for
    # "Texas-based", "of-two" for "Dad-of-two"); "" for a plain word.
    compound: str = ""


@dataclass(frozen=True, slots=True)
class _Cand:
    start: int
    end: int
    text: str
    sentence: int
    initial: bool  # begins its sentence (a capital there proves nothing)
    after_title: bool
    cue: bool  # after a place cue ("in Morton")
    org_cue: bool = False  # before an organisation's title ("Apple chief executive")
    joined: bool = False  # two runs that a preposition joins into one name ("Meals on Wheels")
    compound: str = ""  # the name opens a hyphenated modifier: "based" for "Texas-based"
    institution: str = ""  # canonical name of the institution it names with its noun ("Bethel AME Church")


def _is_acronym(word: str) -> bool:
    letters = word.replace(".", "")
    return len(letters) >= 2 and letters.isalpha() and letters.isupper() and len(letters) <= 6


@lru_cache(maxsize=8)
def _numbered_re(units: frozenset[str]) -> re.Pattern[str] | None:
    """ "Local 727", "Lodge 44": a capitalised unit word and the number that belongs to the name."""
    if not units:
        return None
    alts = "|".join(sorted(re.escape(u.capitalize()) for u in units))
    # Not a decimal or a thousands group ("Division 1,200") and not a year range. No leading
    # \b: it would defeat the regex engine's first-letter scan; callers check the word start.
    # "Precinct 7-C": a letter after a hyphen is part of the number. "West 14th Street": a
    # direction and an ordinal before a street's name are one word of it.
    return re.compile(rf"(?:(?:{alts}) \d{{1,5}}(?:-?[A-Z]{{1,3}})?\b(?![.,]\d|[\-–]\d)"
                      rf"|{_DIRECTIONS} \d{{1,3}}(?:st|nd|rd|th)(?= [A-Z]))")


# Days of the week: a run never grows from one across a joiner ("Tuesday the RSSL").
_DIRECTIONS = "(?:North|South|East|West|N\\.|S\\.|E\\.|W\\.)"
_DIRECTION_WORDS = frozenset({"north", "south", "east", "west", "n.", "s.", "e.", "w."})


def _words_of(sent: Sentence, gaz: Gazetteer, numbered: re.Pattern[str] | None = None) -> list[_Word]:
    """The words of a sentence; ``numbered`` (when the document has any) glues "Local 727" into one word."""
    out: list[_Word] = []
    append = out.append  # bound once: this loop runs for every word of the article
    text_all = sent.text
    base = sent.start
    # The word pattern has no digits, so a number that ends a name ("Teamsters Local
    # 727") is glued to its unit word afterwards.
    glued = {m.start(): m.end() for m in numbered.finditer(text_all)} if numbered is not None else {}
    # A photo credit glued to a caption's end ("... in Rosario Foto:AP-Daniel Ferro") names the
    # agency and the photographer, not the story's people: the words stop at its label.
    credit = _CREDIT_LABEL_RE.search(text_all) if ":" in text_all else None
    # A match that starts mid-word ("Overlodge 4") has no word starting there: nothing is glued.
    for m in _WORD_RE.finditer(text_all, 0, len(text_all) if credit is None else credit.start()):
        text = m.group()
        start = base + m.start()
        if "-" in text and text[0].isupper():
            cut = _compound_head(text)
            if cut is not None and _given_name_pair(text, text_all, m.start(), gaz):
                cut = None  # "Koo Bon-seok", "Tsai Ing-wen": a hyphenated given name, kept whole
            if cut is not None:
                # "Texas-based", "Dad-of-two": the name (if any) is the capitalised head only. An
                # honorific after a hyphen ("Modi-ji") is no modifier: the word is a plain name.
                out.append(_Word(start, start + len(cut[0]), cut[0],
                                 "" if cut[1] in gaz.honorific_suffixes else cut[1]))
                continue
        if text[0] in "ABC" and _RATING_RE.match(text_all, m.start()):
            continue  # "rates Belcastre AA- with a negative outlook": a credit grade, no name's word
        if text[-1] not in ".s’'-":
            # Nothing to trim (most words): no final period, possessive or apostrophe.
            append(_Word(start, start + len(text), text))
            continue
        if text[-1] == "." and text.count(".") == 1 \
                and not _keeps_period(text, text_all[m.end():], gaz, text_all[max(0, m.start() - 2) : m.start()]):
            text = text[:-1]  # a sentence's last word, not an abbreviation
        if len(text) > 3 and text[-2:] in ("’s", "'s"):
            text = text[:-2]  # the possessive ending: "Cox’s" is Cox
        if text[-1] in "’'-" and not (text[-3:-1] == "ng" and text[-1] in "’'" and text[0].isupper()
                                       and not _SINGLE_OPEN_RE.search(text_all, 0, m.start())):
            # A final apostrophe after "ng" is a letter of Luo and Kalenjin names ("Faith
            # Achieng'", "Ochieng'"), kept unless a single quote is open, which it may close.
            text = text.rstrip("’'-")
        if text:
            out.append(_Word(start, start + len(text), text))
    if glued:
        for i, w in enumerate(out):
            end = glued.get(w.start - base)
            if end is None or w.compound:
                continue
            # "Local 1199 said" stands alone; "Division 2" only inside a name ("Police Division
            # 3"), since alone it is more often a league ("a Division 2 side").
            low = w.text.lower()
            if low in gaz.numbered_units_alone or low in gaz.numbered_places or low in _DIRECTION_WORDS \
                    or (i > 0 and _cap(out[i - 1].text) and text_all[out[i - 1].end - base : w.start - base] == " "):
                w.end = base + end
                w.text = text_all[w.start - base : end]
        # A letter inside a glued number ("7-C") is no word of its own.
        kept, reach = [], -1
        for w in out:
            if w.start >= reach:
                kept.append(w)
                reach = w.end
        out = kept
    return out


# The label of a photo credit after a caption's last word, in English, Spanish, Portuguese and
# Italian copy ("Buenos Aires Foto:AP-Name", "Lima. Photo: Reuters/Name"); not a sentence's first word.
_CREDIT_LABEL_RE = re.compile(r"(?<=\S )(?:Foto|Fotos|Photo|Photos|Picture|Pictures|Image|Credit|Crédito)(?=: ?[A-Z])")

# A credit rating's grade with its notch ("AA-", "BBB+", "A+"): never a word of a name. Bare
# grades stay words: "AAA" is also the motoring club.
_RATING_RE = re.compile(r"(?:AAA|AA|A|BBB|BB|B|CCC|CC|C)[+\-](?![\w\-])")


# A single quote mark opening a quotation: "‘", or "'" after a space or bracket before a letter.
_SINGLE_OPEN_RE = re.compile(r"‘|(?:^|(?<=[\s(\[—–]))'(?=\w)")


# One romanised Korean or Chinese syllable (Revised Romanization, McCune-Reischauer
# without breves, Wade-Giles and pinyin as the press writes them): "seok", "soo",
# "myung", "cheol", "wen", "je". The second half of a hyphenated given name.
_SYLLABLE_RE = re.compile(r"(?:ss|jj|kk|tt|pp|ch|sh|zh|ts|[gkndrmbsjchtpwyfhlxqz])?"
                          r"(?:y?[aeiou]{1,2}|w[aeiou]{1,2}|eo|eu|ae|oe|ui|yeo|yeon)(?:ng|ck|n|m|l|k|p|t|r)?")
# Lower-case ends of English compound modifiers that are also syllable-shaped ("Kremlin-run",
# "Year-long", "Sit-in"): never the end of a given name.
_ENGLISH_ENDS = frozenset("run long in up on off out wide old free high low key hit fan pro con led red "
                          "set net bet big day way man men son ton one two ten year gun war tax law".split())
_FAMILY_BEFORE_RE = re.compile(r"(?:^|[\s(\[“\"‘])[A-Z][a-z]{0,6}\s$")


def _given_name_pair(word: str, text: str, at: int, gaz: Gazetteer) -> bool:
    """Whether a hyphenated word is an East Asian given name after its family name.

    "Koo Bon-seok", "Han Duck-soo", "Tsai Ing-wen": a capitalised short family name, a space,
    then a capitalised syllable, a hyphen and one lower-case syllable. "Texas-based" or
    "Kremlin-run" ends in an English word and is cut at the hyphen as before.
    """
    head, _, tail = word.partition("-")
    if "-" in tail or not (1 < len(head) <= 6 and 1 < len(tail) <= 6) or tail in _ENGLISH_ENDS:
        return False
    if tail in gaz.compound_place_suffixes or tail in gaz.compound_power_suffixes:
        return False
    if _SYLLABLE_RE.fullmatch(tail) is None or _SYLLABLE_RE.fullmatch(head.lower()) is None:
        return False
    return _FAMILY_BEFORE_RE.search(text, max(0, at - 9), at) is not None


def _compound_head(word: str) -> tuple[str, str] | None:
    """(head, end) of a hyphenated compound modifier whose end is lower case, else None.

    "Texas-based" -> ("Texas", "based"), "Dad-of-two" -> ("Dad", "of-two"),
    "Stoke-on-Trent-based" -> ("Stoke-on-Trent", "based"). A name with a
    hyphen ends in a capital ("Ocasio-Cortez", "Stoke-on-Trent") and is left
    whole; so is a word with digits after the head ("Covid-19").
    """
    parts = word.split("-")
    if not parts[-1][:1].islower():
        return None
    k = len(parts)
    while k > 1 and parts[k - 1][:1].islower():
        k -= 1
    head = "-".join(parts[:k])
    if not head or not parts[k:]:
        return None
    return head, "-".join(parts[k:])


# Words that open a sentence and never follow a middle initial in a name.
_SENTENCE_OPENER_RE = re.compile(r"(?:These|This|The|Those|They|It|Its|He|She|We|But|And|There|That|"
                                 r"Their|His|Her|Our|In|On|At|When|While|After|Before|A|An|I)\b")


# Owners' words that stand inside one body's name before a possessive ("the Sheriff's
# Office" is read so; "Court's Registry" rarely): not a parent company's head.
_OWNER_TITLES = frozenset({"sheriff", "sheriffs", "attorney", "attorneys", "children", "women", "people",
                           "peoples", "veterans", "workers", "farmers", "teachers", "nurses"})
# "Chief Information Security Officer", "Deputy Chief Medical Officer": a job title's words
# before its head noun, a title, not a body's name.
_TITLE_LEADS = frozenset({"chief", "deputy", "vice", "senior", "assistant", "associate", "executive",
                          "managing", "principal", "acting", "interim"})
_TITLE_HEAD_AFTER_RE = re.compile(r" (?:Officer|Officers|Director|Manager|Secretary|Editor|Counsel|Engineer|"
                                  r"Scientist|Architect|Analyst|Adviser|Advisor|Executive|Coordinator)\b")
_INDEFINITE_BEFORE_RE = re.compile(r"(?<![\w’'])an? \Z")
# What may follow a name that is its phrase's head: punctuation, a preposition, a verb's "was".
_HEAD_NOUN_END_RE = re.compile(r"(?:[,.;:)]|\s+(?:in|at|on|near|outside|off|along|by|where|that|which|was|is)\b)")
_COMPASS_OF_RE = re.compile(r"\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
                            r"(?:ern)? of \Z")
_ITSELF_BEFORE_RE = re.compile(r"\b(?:calling|calls|called|call|styling|styles|named|naming) itself (?:the )?\Z")
# Nouns for a criminal or armed group after its name ("the Ashfall crew", "the Sinaloa cartel").
_SEAT_NOUNS = frozenset({"headquarters", "hq", "offices"})
_BASE_AFTER_RE = re.compile(r" (?:naval|air|military|army|navy|marine|submarine|air force) bases?\b")

_GANG_NOUNS = frozenset({"gang", "gangs", "crew", "cartel", "syndicate", "militia", "faction", "outfit"})
# A poll's noun after its pollster's name: "An Opinio poll", "a Pollwise survey".
_POLL_NOUNS = frozenset({"poll", "polls", "survey", "surveys"})
# "a February poll by Pulso Valdoria", "a survey from Opinio": the pollster after its poll.
_POLL_BY_RE = re.compile(r"\b(?:poll|polls|survey|surveys|polling|opinion poll) (?:by|from|conducted by|carried out by) \Z")
# "the state capital Birnin Zuru", "the provincial capital, Lomeda": a capital is a place.
_CAPITAL_BEFORE_RE = re.compile(r"\b(?:the|its|state|provincial|regional|national|district|county|[a-z]+['’]s) "
                                r"capital,? \Z")
_ARTICLE_BEFORE_RE = re.compile(r"(?<![\w’'])(?:[Aa]n?|[Tt]he) \Z")
# A chamber's or a board's size before its name: "the 175-seat Landsting", "the 9-member Board".
_SEATS = ("-seat", "-member")
# "TWO YEARS AGO", "48 HOURS LATER": a tabloid's time phrase in capitals; its last word names nothing.
_SHOUTED_TIME_BEFORE_RE = re.compile(r"\b(?:\d+|[A-Z]{3,}) (?:YEARS?|MONTHS?|WEEKS?|DAYS?|HOURS?|MINUTES?|DECADES?) \Z")
# A figure right before a unit written in capitals: "2.06 TMC", "400 MW" (no year: "in 2019 NATO").
_FIGURE_BEFORE_RE = re.compile(r"(?<![\w.,])(?!(?:19|20)\d\d )\d[\d,]*(?:\.\d+)? \Z")
_UNIT_END_RE = re.compile(r"(?:[,.;:)]|\s+(?:of|and|or|in|at|from|to|by)\b|\s*$)")
# "told the House", "addressed the Senate": a chamber's members as a speaker's audience.
_CHAMBER_AUDIENCE_RE = re.compile(r"\b(?:told|tell|tells|telling|addressed|addressing|address|assured|urged) the \Z")
# "Sh346bn Finance Bill", "Rs500cr Metro Project": a sum glued to a currency before a name.
_GLUED_SUM_WORD_RE = re.compile(r"([A-Za-z]{1,4}\.?)\d[\d.,]*(?:bn|m|tn|k|cr|b|mn|billion|million)?$")


def _keeps_period(word: str, after: str, gaz: Gazetteer, before: str = "") -> bool:
    """Whether a word's final period is part of it: "Sen.", "Jr.", "Ft. Worth", "George W. Bush"."""
    low = word.lower()
    if low in gaz.titles or low in gaz.org_words or low in gaz.suffixes or low in gaz.place_words:
        return True
    if (after[:1] in (",", ";", ")") or (before == ", " and after[:1] in ("", " ", "\n"))) \
            and gaz.names.get(low, ("", ""))[1] == "place":
        # "Melfort, Sask., on Friday", "north of Melfort, Sask.": a listed place abbreviation keeps
        # its period (at a sentence's end the period is the abbreviation's too)
        return True
    # An initial or a place abbreviation stands before the next capitalised word.
    nxt = after.lstrip(" ")
    if len(after) - len(nxt) == 1 and nxt[:1].isupper():
        if len(word) == 2 and _SENTENCE_OPENER_RE.match(nxt):
            # "led by Gen Z. These young people": a sentence opener after a capital letter and
            # its period ends the sentence; an initial stands before a name ("George W. Bush").
            return False
        return (len(word) == 2 and word[0].isupper()) or low in gaz.place_prefixes
    return False


def _cap(word: str) -> bool:
    """A capitalised word that may be (part of) a name; "I" and "I'll" never are."""
    return word[:1].isupper() and not _PRONOUN_I_RE.fullmatch(word)


def _particle_name(word: str, gaz: Gazetteer) -> bool:
    """A surname written with a lower-case particle and a hyphen: "al-Assad", "el-Sisi", "bin-Laden"."""
    head, dash, rest = word.partition("-")
    return bool(dash) and rest[:1].isupper() and (head in gaz.particles or head + "-" in gaz.particles)


def _possessive_gap(gap: str) -> bool:
    return gap in ("'s ", "’s ", "' ", "’ ")


def _candidates(doc: Document, gaz: Gazetteer, common: frozenset[str]) -> list[_Cand]:
    """Capitalised runs of each sentence, cut at job titles; headlines only where names are known."""
    cands: list[_Cand] = []
    headlines: list[tuple[Sentence, list[list[_Word]]]] = []
    numbered = _numbered_re(gaz.numbered_units | gaz.numbered_places)
    if numbered is not None and numbered.search(doc.text) is None:
        numbered = None  # most articles name no union local: no search per sentence
    for sent in doc.sentences:
        words = _words_of(sent, gaz, numbered)
        runs = _comma_bodies(doc, words, _comma_names(doc, words, _runs(doc, words, gaz), gaz), gaz)
        deck = _deck(doc, sent, words, gaz, common)
        if deck == "title" or (_headline_like(sent, words, gaz) and not _court_line(sent)):
            headlines.append((sent, [words[i:j] for i, j in runs]))
            continue
        if deck == "sentence" and runs and runs[0][1] - runs[0][0] > 1 \
                and not doc.text[sent.start : words[runs[0][0]].start].strip(_BULLETS + " \t[(\"“‘'"):
            # "Record Pacific marine heatwave ...", "•Orders INEC to withdraw ...": the capital
            # opening a sentence-case headline is the line's; the run it starts is read like a
            # Title Case headline's (only its known names), the rest of the line as usual.
            headlines.append((sent, [words[runs[0][0] : runs[0][1]]]))
            runs = runs[1:]
        office_end = -1  # where an office named alone ends ("the DM"), to read its seat after it
        for i, j in runs:
            run = words[i:j]
            prefix = doc.text[sent.start : run[0].start]
            # A word right after an opening quote mark opens the quoted sentence: 'said: "People are'.
            first_word = bool(_LABEL_RE.fullmatch(prefix)) or (
                prefix[-1:] in _OPENING_QUOTES and (len(prefix) == 1 or prefix[-2] in _BEFORE_OPENING_QUOTE))
            prev = words[i - 1].text.lower() if i > 0 else ""
            if _office_only(doc, words, i, j, gaz):
                office_end = run[-1].end
                continue
            if office_end >= 0 and j - i == 1 and _OFFICE_SEAT_RE.fullmatch(doc.text, office_end, run[0].start):
                # "the Additional District Magistrate (ADM), Tarkot,", "the Collector, Kozhikode": the
                # seat of the office, set off by commas, is a place.
                office_end = -1
                cands.append(_Cand(run[0].start, run[-1].end, doc.text[run[0].start : run[-1].end],
                                   sent.index, False, False, True))
                continue
            office_end = -1
            cands.extend(_split_run(doc, sent, run, first_word, prev, gaz, common))
    if headlines:
        seen = {" ".join(c.text.split()) for c in cands}
        for sent, runs_ in headlines:
            for run in runs_:
                cands.extend(_headline_names(doc, sent, run, gaz, seen))
        cands.sort(key=lambda c: c.start)
    return cands


# A capitalised word with a number after it is a stage of a contest ("from Ashby for Game 3", "in
# Week 5"): no joiner takes it into a name.
_STAGE_NUMBER_RE = re.compile(r" \d")


_OWNER_PLACE_CUES = ("in", "at", "from", "near")


def _owner_is_place_or_body(doc: Document, words: list[_Word], i: int, gaz: Gazetteer) -> bool:
    """Whether the one word owning a body's name ("<X>'s ... Hospital") is a place or a body.

    An acronym ("SPF's"), a listed place, a place cue before it ("at Bradford's") or the
    article's naming it after a place cue elsewhere ("in Gorakhpur district") say so; a
    brand's own possessive ("director of Hope's Door Pregnancy Center") has none of these.
    """
    owner = words[i].text
    if _is_acronym(owner) or gaz.names.get(owner.lower(), ("", ""))[1] == "place":
        return True
    if i > 0 and words[i - 1].text.lower() in _OWNER_PLACE_CUES:
        return True
    return any(f"{cue} {owner}" in doc.text for cue in _OWNER_PLACE_CUES)


_MONTH_DAY_AFTER_RE = re.compile(r"\.? \d{1,2}(?:st|nd|rd|th)?(?![\d:.%])")
_DAY_PART_AFTER_RE = re.compile(r" (?:night|morning|afternoon|evening|noon|midday)\b|,? (?:[A-Z][a-z]{2,8}\.? )?\d{1,2}\b")


def _date_after_name(doc: Document, words: list[_Word], i: int, j: int, gaz: Gazetteer) -> bool:
    """Whether ``words[j]`` is a date written straight after the name ``words[i:j]``.

    US and Malaysian copy put the day after the place with no comma ("a news conference in
    Kelso Tuesday", "floods in Port Dickson December 12"): a month before its day, or a weekday
    after a place cue ("in", "at", "from") or before a part of the day or a date, ends the name.
    A name known whole keeps its day ("Sheffield Wednesday"), and so does a month with no day
    after it ("Theresa May", "August Wilson").
    """
    w = words[j].text.lower()
    if w in _WEEKDAYS:
        if j + 1 < len(words) and _cap(words[j + 1].text) and doc.text[words[j].end : words[j + 1].start] == " ":
            return False  # "the Scotland Sunday Mail": a weekday inside a longer name
        if doc.text[words[i].start : words[j].end].lower() in gaz.names:
            return False
        return (_prev_word(doc.text, words[i].start).lower() in gaz.place_cues
                or _DAY_PART_AFTER_RE.match(doc.text, words[j].end) is not None)
    if w.rstrip(".") in _MONTHS:
        return _MONTH_DAY_AFTER_RE.match(doc.text, words[j].end) is not None \
            and doc.text[words[i].start : words[j].end].lower() not in gaz.names
    return False


def _runs(doc: Document, words: list[_Word], gaz: Gazetteer) -> list[tuple[int, int]]:
    """(start, end) word indices of each run of capitalised words, joiners and particles inside."""
    out = []
    end = 0  # where the last run ended: a run never starts inside another
    for i, first in enumerate(words):
        # Most words are lower case: test the first letter before calling _cap.
        if i < end:
            continue
        if not first.text[:1].isupper() or not _cap(first.text):
            if "-" not in first.text or not _particle_name(first.text, gaz):
                continue
        if first.text in _FIXTURE_VERSUS and _fixture_versus(words, i, gaz):
            continue  # the "V" between a fixture's two sides names nothing
        if first.text[1:2].isupper() and _shouted(first.text, gaz):
            continue  # "SNUBBED the King": a shouted verb opens no name
        j = i + 1
        while j < len(words):
            gap = doc.text[words[j - 1].end : words[j].start]
            w = words[j].text
            if _possessive_gap(gap) and _cap(w):
                # "Boulder County Sheriff's Office": a possessive inside an organisation's name;
                # "St Mary's College Headteacher Paul Grant" too (the title cuts it later). A day
                # owns no organisation: "Tuesday's Linwood County Board" is the board.
                if words[j - 1].text.lower() in gaz.not_names:
                    break
                owner = words[j - 1].text.lower()
                if j - 1 > i and owner in gaz.org_words and owner not in _OWNER_TITLES:
                    # "UnitedHealth Group's Change Healthcare", "Tata Motors' Jaguar Land Rover": a
                    # body's name owns another body (parent and unit), two names.
                    break
                if (j - 1 == i or (j - 2 == i and first.text.lower() in ENGLISH_STOP_WORDS)) \
                        and gaz.names.get(owner, ("", ""))[1] == "place" and owner not in gaz.org_words:
                    break  # "Japan's Fisheries Agency", "Kenya's Ministry of Health": a country's body
                if 1 < j - i <= 3 and owner not in gaz.org_words and gaz.names.get(
                        doc.text[first.start : words[j - 1].end].lower(), ("", ""))[1] == "place":
                    break  # "Nova Scotia's Department of Health", "New York's Metropolitan Opera": two names
                k = j
                while k + 1 < len(words) and _cap(words[k + 1].text) \
                        and not doc.text[words[k].end : words[k + 1].start].strip():
                    k += 1
                if k > j and words[k].text.lower() == "party" and owner not in _OWNER_TITLES \
                        and owner not in gaz.person_nouns and owner not in gaz.org_words \
                        and owner not in gaz.titles and owner not in ENGLISH_STOP_WORDS:
                    break  # "Mr Tamba's National Renewal Party": a party is named for no owner, its leader is a person
                if k == j and w in gaz.chamber_words:
                    break  # "Corrowa's Senate", "Ontario's Legislature": a place and its chamber, two names
                if k == j + 1 and words[k].text in _PLANT_HEADS:
                    break  # "Atherton Glass's Pelham Works": a firm and its plant, two names
                if (j - 1 == i or words[j - 2].text.lower() == "of") and k - j >= 2 \
                        and owner not in _OWNER_TITLES and owner not in gaz.titles \
                        and owner not in gaz.full_name_titles and owner not in gaz.person_nouns \
                        and owner not in _first_names() and words[k].text.lower() in gaz.org_words \
                        and _owner_is_place_or_body(doc, words, j - 1, gaz):
                    # "Nakuru's Mwangaza District Hospital", "Members of SPF's Special Operations
                    # Command": a town or a body owns a body named in three words and more, two names
                    # ("King's College Hospital", "Hope's Door Pregnancy Center" keep their owner).
                    break
                if any(x.text.lower() in gaz.org_words for x in words[j : k + 1]):
                    j = k + 1
                    continue
                break
            if gap == " & " and _cap(w):
                j += 1  # "Marks & Spencer", "Procter & Gamble": an ampersand joins one name
                continue
            if gap.strip():
                break
            if w[:1].isupper() and (w[1:2].isupper() or w[1:2] == "&") \
                    and (w.lower() in gaz.not_names or _shouted(w, gaz)):
                break  # "Montreal ERs", "Council OKs", "Tanya Moss FLED": a term or a shouted verb ends a name
            if j == i + 1 and first.text.lower() in _WEEKDAYS:
                break  # "on Tuesday the RSSL said": a day joins no name
            if _fixture_versus(words, j, gaz):
                break  # "the Ireland V Denmark game": a fixture's two sides, no one body
            if j == i + 2 and words[i + 1].text.lower() in _WEEKDAYS \
                    and (first.text.lower() in _DAY_PREPOSITIONS or first.text.lower() in _TIME_ADVERBS):
                break  # "On Monday Nordic Line said", "Late Friday Jane Ore" ("The Sunday Mail" stays a name)
            if _date_after_name(doc, words, i, j, gaz):
                break  # "in Kelso Tuesday", "Port Dickson December 12": the date is no part of the place
            if _cap(w) or ("-" in w and _particle_name(w, gaz)):
                j += 1
                continue
            if w.islower() and w not in ENGLISH_STOP_WORDS and j - i >= 3 and words[j - 2].text == "and":
                # "Medicines and Healthcare products Regulatory Agency": one lower-case word inside
                # a body's name, between "X and Y" and capitalised words that end on a body's word.
                k = j + 1
                while k < len(words) and _cap(words[k].text) and doc.text[words[k - 1].end : words[k].start] == " ":
                    k += 1
                if k > j + 1 and words[k - 1].text.lower() in gaz.org_words:
                    j = k
                    continue
            # Joiners and particles, one or a few ("of the", "von der"), then a capital.
            k = j
            while k < len(words) and k - j < 3 and words[k].text.lower() in gaz.connectors \
                    and not doc.text[words[k - 1].end : words[k].start].strip():
                k += 1
            if k == j and _listed_particle_place(doc, words, i, j, gaz):
                k += 1  # "Dar es Salaam", "Sharm el Sheikh": a listed place holds its own particle
            joined = [x.text.lower() for x in words[j:k]]
            # One "the" joins a name after one word ("Save the Children", "Alfred the Great"),
            # not after two: "told The Family Standard the Coalition would".
            if k > j and k < len(words) and _cap(words[k].text) \
                    and not doc.text[words[k - 1].end : words[k].start].strip() \
                    and words[k].text.lower() not in gaz.currency_prefixes \
                    and not _STAGE_NUMBER_RE.match(doc.text, words[k].end) \
                    and ((len(joined) == 1 and not (joined[0] == "the" and j - i > 1))
                         or all(x in gaz.particles for x in joined)
                         or (joined == ["of", "the"] and words[j - 1].text.lower() in gaz.org_words)
                         # "Doctors of the World", "Friends of the Earth": a listed name
                         or doc.text[words[i].start : words[k].end].lower() in gaz.names):
                j = k + 1
            else:
                break
        out.append((i, j))
        end = j
    return out


def _listed_particle_place(doc: Document, words: list[_Word], i: int, j: int, gaz: Gazetteer) -> bool:
    """Whether the short lower-case word at ``j`` sits inside a listed place that ends on the capital after it.

    "Dar es Salaam", "Sharm el Sheikh": the particle is no joiner of names in general ("es" is
    no connector), so only a place the gazetteer lists with it joins across it; the place may
    open on any of the run's last three words before the particle.
    """
    w = words[j].text
    if not (w.islower() and len(w) <= 3) or j + 1 >= len(words) or not _cap(words[j + 1].text) \
            or doc.text[words[j].end : words[j + 1].start] != " " \
            or doc.text[words[j - 1].end : words[j].start] != " ":
        return False
    for s in range(max(i, j - 3), j):
        if gaz.names.get(doc.text[words[s].start : words[j + 1].end].lower(), ("", ""))[1] == "place":
            return True
    return False


def _comma_names(doc: Document, words: list[_Word], runs: list[tuple[int, int]],
                 gaz: Gazetteer) -> list[tuple[int, int]]:
    """Join two runs that the gazetteer knows as one name with a comma ("Washington, D.C.")."""
    out: list[tuple[int, int]] = []
    for i, j in runs:
        if out and doc.text[words[out[-1][1] - 1].end : words[i].start] == ", ":
            joined = doc.text[words[out[-1][0]].start : words[j - 1].end].lower()
            if joined in gaz.names:
                out[-1] = (out[-1][0], j)
                continue
        out.append((i, j))
    return out


# A verb shouted in capitals, as tabloids write one word of a headline or a lead ("Why Tanya
# Moss FLED", "How Dean Rawlings SNUBBED the King", "Minister SLAMS"): an inflected verb
# form. Acronyms seldom end so ("NHS", "FBI", "NATO"); the gazetteer's names never count.
_SHOUT_RE = re.compile(r"[A-Z]{2,}(?:ED|ING)|[A-Z]{2,}[AEIOU][A-Z]*S")


def _shouted(word: str, gaz: Gazetteer) -> bool:
    """A verb written in capitals for emphasis, not an acronym ("FLED", "SLAMS"; not "NATO")."""
    return len(word) >= 4 and _SHOUT_RE.fullmatch(word) is not None and word.lower() not in gaz.names


def _headline_like(sent: Sentence, words: list[_Word], gaz: Gazetteer) -> bool:
    """A headline or subheading: no closing punctuation and (nearly) every word capitalised.

    A headline with a verb shouted in capitals after its first word is a
    tabloid's sentence-case line ("How Dean Rawlings SNUBBED the King"): its
    capitals are names, read as in a sentence.
    """
    # A headline may end on a scare-quoted word ("... Over Measles 'Outbreak'"): the quote
    # mark closes the word, not a sentence, unless punctuation stands inside it.
    if len(words) < 2 or sent.text.rstrip().rstrip("\"”’'")[-1:] in ".!?:;,":
        return False
    content = [w.text for w in words if w.text.lower() not in gaz.connectors and w.text.lower() not in ("a", "an", "to", "in", "on", "at", "as", "by", "with", "over", "after")]
    if any(_shouted(w, gaz) for w in content[1:]):
        return False
    caps = sum(1 for w in content if _cap(w))
    return bool(content) and caps >= 0.8 * len(content) and (len(content) >= 3 or all(w.isupper() for w in content))


_BULLETS = "•·▪►■*-–—"
# A court list's line, one defendant a line after "They are:": the name, the age, then
# "of"/"from" and the home town ("Harriet Cole, 23, of Bristol"; "Liam Byrne (28), from Navan").
_COURT_LINE_RE = re.compile(r"[A-Z][\w’'.\-]*(?: [A-Z][\w’'.\-]*){1,4},? (?:\d{1,3},|\(\d{1,3}\),?) (?:of|from) [A-Z]")
_DECK_MAX_WORDS = 20  # the longest headline or deck framing.prepare.is_headline accepts


def _court_line(sent: Sentence) -> bool:
    """Whether a line is one defendant of a court list ("Harriet Cole, 23, of Bristol"): names, read as a sentence."""
    return _COURT_LINE_RE.match(sent.text.strip().lstrip(_BULLETS).lstrip()) is not None


def _deck(doc: Document, sent: Sentence, words: list[_Word], gaz: Gazetteer, common: frozenset[str]) -> str:
    """A headline, deck or crosshead whose capitals prove nothing, though it is not Title Case without punctuation.

    Three shapes: a line framing.prepare calls a headline, written in sentence
    case ("Record Pacific marine heatwave hits Kochi", "•Orders INEC to withdraw
    certificate"), whose first word is capitalised only because it opens the
    line ("sentence"); and a short paragraph whose sentences are all Title
    Case but end in a full stop or a question mark ("Meteorologists Aren't
    Buying It.", "Is Your Pension Safe? Experts Weigh In.": "title"); else "".
    The article's last sentence is never one: nothing after it could confirm a
    name.
    """
    if sent.index >= len(doc.sentences) - 1 or not words or len(words) > _DECK_MAX_WORDS or ":" in sent.text:
        return ""  # a label line ("Additional reporting: Sam Pell") is a credit, read as usual
    if _court_line(sent):
        return ""  # a court list's line "Harriet Cole, 23, of Bristol": a name, an age, a home town
    # A headline closed by a full stop or a question mark (framing.prepare calls a Title-Case
    # one and a question crosshead headlines too) is read by the "title" test below.
    if is_headline(sent, doc.paragraphs, doc.sentences) and sent.text.rstrip()[-1:] not in ".?!":
        return "sentence"
    para = doc.paragraphs[sent.paragraph]
    if len(para.text.split()) > _DECK_MAX_WORDS or para.end - para.start > 8 * _DECK_MAX_WORDS:
        return ""
    text = sent.text.strip().lstrip(_BULLETS).rstrip("\"”’'")
    if text[-1:] not in ".?!":
        return ""
    # Every word capitalised, and one of them a word no name holds ("Aren't", "Is", "Could",
    # a word the article writes in lower case): "Police Chief Helen Marsh spoke." is a
    # sentence, and a caption naming "Kenji Sato, Ozaki Bay Fisheries Cooperative." is names.
    if not all(_cap(w.text) or w.text.lower() in gaz.connectors or w.text.lower() in _HEADLINE_SMALL
               for w in words):
        return ""
    plain = sum(1 for w in words if w.text.lower() not in gaz.connectors and w.text.lower() not in _HEADLINE_SMALL)
    function = any(_NOT_SUFFIX_RE.sub("", w.text.lower()) in ENGLISH_STOP_WORDS or w.text.lower() in common
                   for w in words)
    return "title" if plain >= 2 and function else ""


_NOT_SUFFIX_RE = re.compile(r"(?:n[’']t|[’']s|[’']re|[’']ll)$")


_HEADLINE_SMALL = frozenset(("a", "an", "to", "in", "on", "at", "as", "by", "with", "over", "after"))


def _headline_names(doc: Document, sent: Sentence, run: list[_Word], gaz: Gazetteer, seen: set[str]) -> list[_Cand]:
    """Only the known names inside a Title Case headline run: gazetteer names or names the body uses."""
    out = []
    i = 0
    while i < len(run):
        for j in range(len(run), i, -1):
            if run[j - 1].text.lower() in gaz.connectors:
                continue
            text = doc.text[run[i].start : run[j - 1].end]
            flat = " ".join(text.split())
            if flat.lower() in gaz.names or flat in seen:
                out.append(_Cand(run[i].start, run[j - 1].end, text, sent.index, False, False, False))
                i = j
                break
        else:
            i += 1
    return out


# A departure before a run: "left X for Y", "flights from X for Y" read as two places.
_DEPARTURE_RE = re.compile(r"\b(?:left|leav(?:e|es|ing)|depart(?:s|ed|ing)?|flew|fl(?:y|ies|ying)|sail(?:s|ed|ing)?|"
                           r"bound|head(?:s|ed|ing)|set (?:off|out)|board(?:s|ed|ing)?|took off)\b[^.,;:!?\n]{0,40}\Z")


# Words that close a live blog's label ("<Place> LIVE:", "<Story> LIVE UPDATES |").
_LIVE_LABELS = frozenset({"LIVE", "UPDATES", "LATEST", "BREAKING"})
# The rest of such a label after one of its words: more of them, then the colon, bar or dash.
_LABEL_END_RE = re.compile(rf"(?: (?:{'|'.join(sorted(_LIVE_LABELS))}))*\s*(?::|\||—|–)")
# The head of a plant named for its town ("Thornwick Works", "Carvell Works"): a place, which a
# firm's name may run into ("Harkness Steel Carvell Works").
_PLANT_HEADS = frozenset({"Works"})
_PLANT_OWNED_RE = re.compile(r"['’]s [A-Z][\w\-]+ ([A-Z]\w+)\b")


def _plant_town(word: str, gaz: Gazetteer) -> bool:
    """Whether ``word`` before "Works" names the plant's town ("Thornwick"), not its trade ("Iron", "Steel")."""
    return _cap(word) and _common_noun(word, gaz) and word.lower() not in ENGLISH_STOP_WORDS \
        and word.lower() not in gaz.connectors and word.lower() not in gaz.demonyms


def _particles_then_name(run: list[_Word]) -> bool:
    """Whether a capitalised particle opens a surname: "Le Bihan", "Van der Meulen" (not "Van of the year")."""
    k = 1
    while k < len(run) - 1 and run[k].text in _LOWER_PARTICLES:
        k += 1
    return run[k].text[:1].isupper()


def _split_run(
    doc: Document, sent: Sentence, run: list[_Word], initial: bool, prev: str, gaz: Gazetteer,
    common: frozenset[str],
) -> list[_Cand]:
    """Cut a capitalised run at titles: "ICE acting Director Matthew Albence" -> ICE, Matthew Albence."""
    # Leading "The" belongs to the sentence, not the name ("The Clarion Ledger"); so does a
    # capitalised function word opening the sentence ("In January", "But Schumer").
    while run and not (run[0].text == "An" and len(run) > 1
                       # "An Garda Síochána", "An Post": the Irish article opens a listed name
                       and doc.text[run[0].start : run[-1].end].lower() in gaz.names) and (
                   run[0].text.lower() in ("the", "a", "an")
                   # "Sr. Teodoro Ccahuana": Spanish "Señor" before a name; after one ("King Sr.")
                   # it is a suffix and stays (gazetteer name_suffixes)
                   or (run[0].text == "Sr." and len(run) > 1)
                   or (run[0].text.lower() in gaz.connectors
                       and not (len(run) == 1 and _party_at_home(doc, run[0].text, gaz))  # "the DA" (South Africa)
                       # "Le Bihan said", "La Liga said", "told Le Monde": a capitalised Romance or
                       # Dutch particle before a capital opens the name, not the sentence
                       and not (len(run) > 1 and run[0].text[:1].isupper() and run[0].text.lower() in _NAME_PARTICLES
                                and _particles_then_name(run)
                                and not doc.text[run[0].end : run[1].start].strip()))
                   # "Outside City Hall, ...", "Inside Leeds Crown Court": a preposition opening the sentence
                   or (initial and run[0].text.lower() in gaz.place_cues and len(run) > 1)
                   or (initial and run[0].text.lower() in ENGLISH_STOP_WORDS and len(run) > 1
                       # "Bill Hart, 61,": sklearn's stop words hold one first name
                       and run[0].text.lower() not in _first_names())):
        prev = run[0].text.lower()
        run = run[1:]
        initial = False
    # "Residents The Straits Times spoke to said", "Officials The Hindu contacted": a listed name
    # written with its "The" after the words before it (a subject with the outlet's relative
    # clause, no "whom") is a name of its own; the words before are read apart.
    the_at = next((k for k in range(1, len(run) - 1) if run[k].text == "The"
                   and (doc.text[run[k + 1].start : run[-1].end].lower() in gaz.names
                        or doc.text[run[k].start : run[-1].end].lower() in gaz.names
                        or doc.text[run[k].start : run[-1].end].lower() in gaz.media)), 0)
    if the_at:
        return [*_split_run(doc, sent, run[:the_at], initial, prev, gaz, common),
                *_split_run(doc, sent, run[the_at:], False, prev, gaz, common)]
    # "Today Wellington announced", "Yesterday Kilmarnock fell silent": a day opening the
    # sentence without its comma is no part of the name after it ("Today FM" is listed).
    if initial and len(run) > 1 and run[0].text.lower() in _DAY_ADVERBS \
            and doc.text[run[0].start : run[-1].end].lower() not in gaz.names:
        prev = run[0].text.lower()
        run = run[1:]
        initial = False
    # "Wallets Chainward has tagged as ...": a plural noun the article writes in lower case
    # ("hot wallets") opening the sentence before a one-word name is the sentence's noun.
    if initial and len(run) == 2 and run[0].text.endswith("s") and run[0].text.lower() in common \
            and run[0].text.lower() not in _first_names() and _cap(run[1].text) \
            and run[1].text.lower() not in gaz.org_words and run[1].text.lower() not in gaz.place_words \
            and run[1].text.lower() not in gaz.names and doc.text[run[0].start : run[1].end].lower() not in gaz.names:
        # Not a body named for its field and its country ("Athletics Kenya", "Hockey Canada").
        prev = run[0].text.lower()
        run = run[1:]
        initial = False
    # "Thornbury Vale LIVE: police seal off ...", "Storm Ida LIVE UPDATES |": a live blog's label
    # after the place or story it follows is no part of that name.
    while len(run) > 1 and run[-1].text in _LIVE_LABELS and _LABEL_END_RE.match(doc.text, run[-1].end):
        run = run[:-1]
    # "Communist Varenia", "Socialist Venezuela": a regime's ideology before a state's name is no
    # part of it, and says the name is a state (a place cue). A body's head keeps the whole
    # ("Communist Party"), and so does a word the article writes in lower case ("Socialist
    # Alternative" beside "an alternative").
    if len(run) == 2 and run[0].text.lower() in gaz.regime_adjectives and _cap(run[1].text) \
            and run[1].text.lower() not in gaz.org_words and run[1].text.lower() not in common \
            and run[1].text.lower() not in gaz.not_names \
            and doc.text[run[0].start : run[1].end].lower() not in gaz.names:
        prev = "in"
        run = run[1:]
        initial = False
    # "Residents of East Palestine", "Members of Congress": a common noun before "of" is
    # not part of the name (unlike "Bank of England", whose head is an organisation word).
    if len(run) > 2 and run[1].text.lower() == "of" and _common_noun(run[0].text, gaz) \
            and (initial or run[0].text.lower() in common) \
            and doc.text[run[0].start : run[-1].end].lower() not in gaz.names:  # "Doctors of the World"
        # "Residents of Mabushi", "Villagers of Kaptarakwa": the people of a place, a place cue.
        prev = "in" if run[0].text.lower() in gaz.place_followers else "of"
        run = run[2:]
        initial = False
        while run and run[0].text.lower() in gaz.connectors:
            run = run[1:]
    # "Support for Reform Alliance rose", "Funding for Rural Roads": a noun of backing or aid
    # opening the sentence before "for" is no part of the name ("Transport for London",
    # "Moms for Liberty" are names: their first word is not such a noun). "News of Mazda's
    # plan", "Word of the Kelso Clarion's closure": a noun of tidings before "of" neither
    # ("News of the World" is one: known whole).
    for joint, nouns in (("for", gaz.for_nouns), ("of", gaz.of_nouns)):
        if initial and len(run) > 2 and run[1].text.lower() == joint and run[0].text.lower() in nouns \
                and doc.text[run[0].start : run[-1].end].lower() not in gaz.names:
            prev = joint
            run = run[2:]
            initial = False
            while run and run[0].text.lower() in gaz.connectors:
                run = run[1:]
    if len(run) > 1 and run[0].text.lower() in _QUESTION_WORDS:
        # "Q&A: How Kemper Bank lost", "...: What Lakandula exposed": a question word opening a
        # headline's clause is no part of the name after it.
        prev = run[0].text.lower()
        run = run[1:]
        initial = False
    if len(run) > 1 and run[0].text.lower().rstrip(".") in gaz.village_words \
            and run[1].text.lower() not in gaz.titles:
        # "Barangay Bagong Silang", "Sitio Malipayon": the village word says the name after it is
        # a place and is no part of it ("Barangay Captain Elena Santos" is a title).
        prev = "in"
        run = run[1:]
        initial = False
    if not run:
        return []
    described = False
    if len(run) > 1 and run[0].text.isupper() and run[0].text.lower() in gaz.org_nouns:
        # "the NGO SeaBridge Humanitarian": a kind of body written as an abbreviation describes
        # the name after it, like "the charity Open Harbour Relief".
        prev = run[0].text.lower()
        run = run[1:]
        initial = False
        described = True
    if gaz.vessel_nouns and (prev in gaz.vessel_nouns or (
            len(run) > 1 and run[0].text.isupper() and run[0].text.lower() in gaz.vessel_prefixes)):
        # "the fishing boat Sea Swallow", "MV Ocean Star": a vessel's name. A vessel is none of
        # the kinds framing compares, and read as a person it would be a false party.
        return []
    if gaz.service_nouns and len(run) > 1 and prev == "the" and not described:
        after = _next_word(doc.text, run[-1].end)
        if after in gaz.service_nouns and (after not in _ROUTE_NOUNS or _ROUTE_AFTER_RE.match(doc.text, run[-1].end)) \
                and run[-1].text.lower() not in gaz.org_words \
                and not any(w.text.lower() in gaz.names for w in run) \
                and doc.text[run[0].start : run[-1].end].lower() not in gaz.names \
                and doc.text[run[0].start : run[-1].end].lower() not in gaz.demonyms:
            # "the Coastal Dawn ferry", "the Northern Star sleeper", "the Silver Comet service to
            # Kelbridge": a ferry's or a train's own name before what it is, left out like "the
            # ferry Island Spirit". "the Metropolitan Police service" ends in a body's head word.
            return []
    if len(run) == 2 and _BRAND_SHAPE_RE.fullmatch(run[1].text) and not _BRAND_SHAPE_RE.fullmatch(run[0].text) \
            and run[0].text.lower() not in gaz.names \
            and doc.text.count(run[0].text) > doc.text.count(doc.text[run[0].start : run[1].end]):
        # "its Halcyra FlowWatch system" in an article that names "Halcyra" alone: a product
        # written like a brand (an inner capital) glued to its maker names the maker, a firm.
        return [_Cand(run[0].start, run[0].end, run[0].text, sent.index, initial, False, False, org_cue=True)]
    unit_of = next((k for k in range(2, len(run) - 1) if run[k].text == "of"
                    and run[k - 1].text.lower() in _AREA_UNITS and _cap(run[k + 1].text)), 0)
    if unit_of and not any(w.text.lower() in gaz.connectors for w in run[: unit_of - 1]) \
            and run[0].text.lower() not in _COMPASS_ADJECTIVES and run[0].text.lower() not in gaz.demonyms \
            and (run[-1].text.lower() in gaz.admin_place_words
                 or gaz.names.get(doc.text[run[unit_of + 1].start : run[-1].end].lower(), ("", ""))[1] == "place"):
        # "Ukpara Local Government Area of Enugu State", "Kaliganj Upazila of Gazipur District": an
        # area named with its unit, then the state or district it lies in: two places, and the
        # state keeps its unit word (no title there: nothing follows it).
        return [_Cand(w[0].start, w[-1].end, doc.text[w[0].start : w[-1].end], sent.index, False, False, True)
                for w in (run[:unit_of], run[unit_of + 1 :])]
    if 3 <= len(run) <= 4 and run[0].text.lower() in gaz.demonyms and (
            run[1].text.lower() in _first_names()
            or (prev in ("the", "a", "an") and all(_common_noun(w.text, gaz) and w.text.lower() not in gaz.connectors
                                                    and not w.text.isupper() for w in run[1:]))):
        # "the German Katrin Vogel", "Norwegian Ingrid Solberg": a nationality adjective is not
        # part of the name ("Norwegian Air" has no first name after the adjective).
        prev = run[0].text.lower()
        run = run[1:]
        initial = False
    if len(run) == 1 and run[0].text.isupper() and run[0].text.lower() in gaz.post_nominals:
        return []  # "Oladapo-Bamidele, SAN,": the rank set off by commas names no one
    if len(run) > 1 and run[-1].text.isupper() and run[-1].text.lower() in gaz.post_nominals \
            and not run[-2].text.isupper():
        # "Femi Falana SAN", "Lord Pannick KC": a rank or honour after the name is no part of it
        # and says the name is a person's.
        run = run[:-1]
        prev = prev if prev in gaz.titles else "mr"
    if len(run) >= 4 and run[-1].text.isupper() and run[-1].text.lower() in gaz.titles \
            and run[0].text.lower() in gaz.titles and not run[-2].text.isupper() \
            and run[-2].text.lower() not in gaz.titles:
        # "The Rt Hon Fiona MacLeod MP", "Dr Ama Owusu MP": a member's letters after a titled name
        # close it (alone after a place, "Pune MP", they stay the title of the name after).
        run = run[:-1]
    if 1 < len(run) <= 3 and prev in ("a", "an") and run[-1].text.lower() in gaz.party_members:
        # "an Ohio Republican", "a Texas Democrat": a description of a politician; the party word
        # names no one, and the words before it are the home state or district.
        return _split_run(doc, sent, run[:-1], False, "in", gaz, common)
    fork = next((k for k in range(1, len(run) - 1) if run[k].text == "for"), 0)
    if fork and run[fork - 1].text.lower() not in gaz.org_words and run[fork + 1].text.lower() != "the" \
            and _DEPARTURE_RE.search(doc.text, max(sent.start, run[0].start - 50), run[0].start):
        # "left Laredo for Tegucigalpa", "boarded buses in El Paso for Ciudad Juárez": a
        # journey's two ends, not one name joined by "for".
        return [replace(c, cue=True) if not c.after_title else c
                for c in (*_split_run(doc, sent, run[:fork], initial, prev, gaz, common),
                          *_split_run(doc, sent, run[fork + 1 :], False, "for", gaz, common))]
    if len(run) >= 3 and run[0].text.lower() in gaz.full_name_titles \
            and all(_cap(w.text) and not w.text.isupper() and w.text.lower() not in gaz.org_words
                    and w.text.lower() not in gaz.place_words for w in run[1:]):
        # "Prince Adebayo Ajibulu", "Pa Jacob Adebusoye": a form of address before a given name
        # and a surname, which other outlets leave out ("Prince Harry" keeps his one name).
        prev = "mr"
        run = run[1:]
        initial = False
    aircraft = False
    hospital = False
    if gaz.aircraft_types:
        model = next((k for k in range(1, len(run)) if run[k].text.lower() in gaz.aircraft_types
                    and _MODEL_RE.match(doc.text, run[k].start if any(ch.isdigit() for ch in run[k].text)
                                        else run[k].end)), 0)
        if model:
            # "Northway Air ATR 72-600", "a Skyline Regional Embraer E175": the operator's name ends
            # before the maker and model, which name an aircraft type, not a party.
            run = run[:model]
            aircraft = True
            while run and run[-1].text.lower() in gaz.connectors:
                run = run[:-1]
    if len(run) >= 4 and run[-1].text in _PLANT_HEADS and _plant_town(run[-2].text, gaz) \
            and run[-2].text.lower() not in common and run[-3].text.lower() not in gaz.connectors \
            and doc.text[run[0].start : run[-1].end].lower() not in gaz.names:
        # "the Brackley Chemicals Thornwick Works", "Harkness Steel Carvell Works": a firm's name,
        # then its plant named for the town (a place), in one capitalised run.
        plant = _Cand(run[-2].start, run[-1].end, doc.text[run[-2].start : run[-1].end], sent.index, False, False, True)
        return [*_split_run(doc, sent, run[:-2], initial, prev, gaz, common), plant]
    # "Carmaker Stellantis said": a common noun for a kind of organisation opening the
    # sentence describes the name after it (the evidence is read again in _evidence).
    if initial and len(run) > 1 and run[0].text.lower() in gaz.org_nouns and run[1].text.lower() not in gaz.connectors \
            and run[0].text.lower() not in gaz.org_words and _head([w.text for w in run]) not in gaz.org_words:
        prev = run[0].text.lower()
        run = run[1:]
        initial = False
        described = True
    if not run:
        return []
    # "Kerala Rains: Schools shut ...", "Devbhoomi Pradesh Bus Accident: The bus ...": a topic
    # kicker opening the sentence. Only the place or body it starts with is a name; a kicker
    # that starts with no known name is read as usual ("Joe Biden: the year ahead").
    if initial and len(run) >= 2 and doc.text[run[-1].end : run[-1].end + 1] == ":" \
            and doc.text[run[0].start : run[-1].end].lower() not in gaz.names \
            and run[-1].text.lower() not in gaz.place_words and run[-1].text.lower() not in gaz.org_words:
        keep = next((k for k in range(len(run) - 1, 0, -1)
                     if doc.text[run[0].start : run[k - 1].end].lower() in gaz.names
                     or run[k - 1].text.lower() in gaz.place_words), 0)
        if keep:
            run = run[:keep]
            if len(run) == 1:
                return [_Cand(run[0].start, run[0].end, run[0].text, sent.index, False, False, True)]
    # "Leader of the Opposition in the Rajya Sabha Mallika Reddy", "Chief Whip in the Assembly
    # X": the house a parliamentary office is held in, then its holder, in one capitalised run.
    if len(run) >= 3 and _HOUSE_OFFICE_RE.search(doc.text, max(sent.start, run[0].start - 80), run[0].start):
        cut = next((k for k in range(len(run) - 3, -1, -1)
                    if run[k].text.lower() in gaz.org_words and 2 <= len(run) - k - 1 <= 3
                    and all(_common_noun(w.text, gaz) for w in run[k + 1 :])), None)
        if cut is not None:
            return [*_split_run(doc, sent, run[: cut + 1], initial, prev, gaz, common),
                    _Cand(run[cut + 1].start, run[-1].end, doc.text[run[cut + 1].start : run[-1].end],
                          sent.index, False, True, False)]
    pieces: list[tuple[list[_Word], bool]] = []
    # "the Prince of Wales": a place title that is otherwise a name's own word ("Prince Harry")
    # is a title before "of" only.
    last_title = max((k for k, w in enumerate(run) if (w.text.lower() in gaz.titles and w.text not in _MD_NAMES)
                      or (w.text.lower() in gaz.full_name_titles and k + 1 < len(run) and run[k + 1].text == "of"
                          and w.text.lower() in gaz.place_titles)), default=-1)
    if last_title >= 0 and doc.text[run[0].start : run[-1].end].lower() in gaz.names:
        last_title = -1  # "Islamic State", "Police Scotland": a listed name holds its title word
    elif last_title == 0 and len(run) == 1 and _party_at_home(doc, run[0].text, gaz):
        last_title = -1  # "the DA said" in a South African article: the party, no district attorney
    elif last_title > 0 and len(run) > 2 and run[0].text.lower() in gaz.place_prefix_words:
        last_title = -1  # "Taman Sri Muda", "Jalan Tun Razak": a place named after a titled person
    elif last_title == 0 and len(run) == 2 and run[0].text.lower() in gaz.place_honorifics \
            and prev in gaz.place_cues and not doc.text.startswith(("'s", "’s"), run[-1].end):
        last_title = -1  # "in Sri Muda", "at Seri Kembangan": an honorific opening a Malaysian place's name
    elif last_title == len(run) - 1 and len(run) >= 4 and run[-1].text.lower() in gaz.org_words:
        # "Ravi Chandran of Wyvern Police told", "Supt Ann Roe of Kent Police": a title word that
        # closes the run after "<name> of <X>" heads the body the person is of, no title.
        of = next((k for k in range(len(run) - 3, 0, -1) if run[k].text == "of"), 0)
        if of and not any(w.text.lower() in gaz.titles for w in run[of + 1 : -1]):
            last_title = max((k for k in range(of) if _title_at(run, k, gaz)), default=-1)
    if last_title >= 2 and not _title_at(run, last_title, gaz):
        last_title = max((k for k in range(last_title) if _title_at(run, k, gaz)), default=-1)
    if last_title >= 1 and last_title == len(run) - 1 and run[-2].text.lower() in _first_names():
        # "Elder Marie Cardinal", "Nation youth Kaylee Cardinal": a title word closing the run
        # after a given name is the family name
        last_title = max((k for k in range(last_title - 1) if _title_at(run, k, gaz)), default=-1)
    if _head([w.text for w in run]) in gaz.org_words and len(run) > 1 \
            and not (0 <= last_title < len(run) - 1 and run[last_title + 1].text.lower() in _first_names()):
        # "Port Harlan Police Department": a title word inside a name; but a first name after
        # it starts a person ("Bank of England Governor Andrew Bailey").
        last_title = -1
    if last_title == 0 and len(run) > 2 and run[-1].text.lower() in gaz.place_words \
            and run[1].text.lower() not in _first_names() and run[1].text.lower() not in gaz.titles:
        # "the Police Station Junction", "Police Barracks Roundabout": a place named after the
        # building at it; a first name after the title starts a person ("Police Chief Ann Hall").
        last_title = -1
    unit = next((k for k in (1, 2) if k < len(run) and run[k].text.lower() in _TERRITORY_WORDS), 0)
    if last_title == 0 and unit and (unit == len(run) - 1 or run[unit + 1].text.lower() in gaz.connectors) \
            and not any(w.text.lower() in _first_names() or w.text.lower() in gaz.titles for w in run[1:unit]):
        # "the Federal Territory", "the Federal Capital Territory", "Mexico's Federal District": a
        # title's word opening a unit of a federation names the place, no person after a title.
        last_title = -1
    if last_title == 0 and len(run) > 2 and run[1].text.lower() in gaz.org_words \
            and run[1].text.lower() not in gaz.titles:
        # "State Administration for Market Regulation", "State Grid Corporation": a title
        # word opening a body's name ("Police Commissioner Ann Roe" keeps its title).
        last_title = -1
    if 0 <= last_title < len(run) - 3 and run[last_title + 1].text in _CLASS_ORDINALS \
            and run[last_title + 2].text == "Class":
        # "Seaman First Class Kristine Abaya", "Petty Officer Second Class X", "Airman First Class
        # X": a rank's grade is the rest of the title.
        last_title += 2
    after_title = prev in gaz.titles
    placed = -1  # the piece after "<place title> of", if any
    if last_title >= 0 and last_title < len(run) - 1:
        head = run[:last_title]
        # What stands before a title is kept only if it is a name by itself ("ICE", "Meridian Logistics").
        lead = [w for w in head]
        while lead and (lead[-1].text.lower() in gaz.titles or lead[-1].text.lower() in gaz.connectors):
            lead.pop()
        if lead and any(w.text.lower() == "and" for w in head[len(lead):]):
            # "Sgt. Luis Ortega and Insp Ravi Sandhu": two titled people in a list.
            # "Local MLA Rekha Arya and SSP Manoj Katyal": the first person's own title cuts
            # the lead too; what stands before it is read as before any title.
            k0 = max((k + 1 for k in range(len(lead) - 1) if _title_at(lead, k, gaz)), default=0)
            if k0 > 0 and lead[:k0 - 1]:
                before = [w for w in lead[:k0 - 1] if w.text.lower() not in gaz.titles]
                if before and before == lead[:len(before)]:
                    pieces.append((_name_before_title(doc, before, gaz), False))
            if lead[k0:]:
                pieces.append((lead[k0:], k0 > 0 or after_title))
        elif lead and _office_words(lead, gaz):
            pass  # "Additional District Magistrate Priya Thapa": the words before are the title's
        elif lead:
            # "Lakeview City Manager", "Suffolk County District Attorney", "Pima County Elections
            # Director": the office words belong to the title; a unit of government or "police"
            # among them says the name before is a place ("Brookhaven Town Supervisor").
            office, kept = False, len(lead)
            # "Dunmore District Mayor", "Kessa District Governor": a mayor or governor is of the
            # district, the unit named whole ("Lakeview City Manager" keeps the bare name).
            # "New York City Mayor", "Lagos State Governor" stay the city and the state as
            # other outlets name them bare; a district is a unit around its town, not the town.
            whole = kept > 1 and run[kept].text.lower() in gaz.place_titles \
                and lead[-1].text.lower() in gaz.admin_place_words and lead[-1].text.lower() not in _CITY_STATE \
                and lead[-2].text.lower() not in gaz.org_words
            while not whole and kept > 1 and lead[kept - 1].text.lower() in gaz.title_office_words:
                kept -= 1
                word = lead[kept].text.lower()
                office = office or word in gaz.admin_place_words or word in gaz.place_followers
            if lead[kept - 1].text.lower() in gaz.org_words:
                kept, office = len(lead), False  # "Hillcrest Christian School District": the school's
            lead = lead[:kept]
            if office or whole:
                placed = len(pieces)
                pieces.append((lead, False))
            else:
                pieces.append((_name_before_title(doc, lead, gaz), False))
        rest = run[last_title + 1 :]
        if rest[0].text.lower() == "of":
            # "the Bishop of Norwich", "President of Meridian Logistics": what follows
            # "<title> of" is where or what the title is of, not the person.
            while rest and rest[0].text.lower() in gaz.connectors:
                rest = rest[1:]
            holder = _holder_after_of(rest, gaz, doc.text)
            if holder:
                # "Chief of Staff Amina Bello", "Minister of Health X", "the Bishop of Norwich X",
                # "Governor of the Central Bank of Y X": a person named after what the title is of.
                rest, person = rest[: len(rest) - holder], rest[len(rest) - holder :]
                while rest and rest[-1].text.lower() in gaz.connectors:
                    rest = rest[:-1]
                if rest and all(_office_of(w.text, gaz) or w.text.lower() in gaz.connectors
                                or w.text.lower() in gaz.titles for w in rest):
                    rest = []  # "of Staff", "of Health", "of Department": the office, no name
            else:
                person = []
            if rest and run[last_title].text.lower() in gaz.place_titles:
                placed = len(pieces)
            if rest:
                pieces.append((rest, False))
            if person:
                pieces.append((person, True))
        else:
            got = _person_of_place(rest, True, gaz)
            if len(got) == 2:
                placed = len(pieces) + 1
            pieces.extend(got)
    elif last_title == len(run) - 1 and 2 <= len(run) <= 3 and run[-1].text == "General" and prev in _HOSPITAL_CUES \
            and not any(w.text.lower() in gaz.titles or w.text.lower() in gaz.connectors for w in run[:-1]) \
            and not _CAP_NEXT_RE.match(doc.text, run[-1].end):
        # "a nurse at Ashgrove General", "taken to Toronto General": a hospital's short name, where
        # "General" is no title (a title before a name is written "at General Motors' plant").
        pieces.append((run, False))
        hospital = True
    elif last_title == len(run) - 1 and len(run) > 2 and (run[-2].text.lower() in gaz.connectors
                                                          or _defines_abbreviation(doc, run[0].start, run[-1].end, gaz)):
        # "Department of Justice": the title word is part of the name; so it is in a name that
        # defines its abbreviation ("Health and Safety Executive (HSE)").
        pieces.append((run, False))
    elif last_title == len(run) - 1 and len(run) > 1:
        lead = run[:-1]
        while lead and (lead[-1].text.lower() in gaz.titles or lead[-1].text.lower() in gaz.connectors):
            lead.pop()
        if lead and all(w.text.lower() in gaz.title_office_words for w in lead) \
                and (len(lead) > 1 or lead[0].text.lower() not in gaz.org_words):
            # "the Resident Electoral Commissioner", "the Police Public Relations Officer", "its
            # Publicity Secretary": the words before the title are its office, no body.
            pass
        elif lead and len(lead) > 1 and lead[-1].text.lower() in gaz.title_office_words \
                and lead[-1].text.lower() not in gaz.org_words and lead[-1].text.lower() not in gaz.admin_place_words \
                and lead[-1].text.lower() not in gaz.place_followers:
            # "the former Volta Regional Minister", "the Western Provincial Director": a region's
            # adjective before the title is the office's, and the lead no name as written.
            pass
        elif lead:
            pieces.append((lead, False))
    elif last_title == -1:
        # "For 60-year-old Shantabai Kamble of Khadki": an age before the run says a person opens it.
        # "Colleen Dunleavy of Pellham stands with a sign": a caption's posture verb says so too.
        got = _person_of_place(run, after_title, gaz, aged=prev.endswith("year-old")
                               or _POSTURE_AFTER_RE.match(doc.text, run[-1].end) is not None)
        if len(got) == 2:
            placed = len(pieces) + 1
        pieces.extend(got)
    # "Apple chief executive Tim Cook": a name before an organisation's lower-case title.
    after = doc.text[run[-1].end : sent.end].lstrip(" ")
    next_word = after.split(" ", 1)[0].lower().rstrip(",")
    org_cue = next_word in gaz.org_titles or described or aircraft or hospital
    out = []
    for k, (words, titled) in enumerate(pieces):
        # A joiner or a lower-case particle never ends a name; a capitalised particle does
        # ("Sitaram Das", "Ana Dos"): there it is the surname.
        while words and words[-1].text.lower() in gaz.connectors \
                and (words[-1].text.lower() in _JOINERS or not words[-1].text[:1].isupper() or len(words) == 1) \
                and not (len(words) == 1 and _party_at_home(doc, words[0].text, gaz)):  # "the DA" (South Africa)
            words = words[:-1]
        if not words:
            continue
        start, end = words[0].start, words[-1].end
        if k == 0 and words[-1].text.lower() in gaz.ordinal_units and start >= 4 \
                and doc.text[start - 1] == " " and doc.text[start - 2] in "htsd":
            ordinal = _ORDINAL_RE.search(doc.text, start - 5, start)
            if ordinal is not None:
                start = ordinal.start()  # "14th Motor Rifle Brigade": the number names the unit
        out.append(
            _Cand(
                start=start, end=end, text=doc.text[start:end], sentence=sent.index,
                initial=initial and k == 0 and words[0] is run[0] and k != placed, after_title=titled,
                cue=k == placed or (k == 0 and (((prev in gaz.place_cues or _cue_phrase(doc.text, start, gaz)
                                                  or (len(words) == 1 and prev.startswith("suspend")
                                                      and _suspended_state(doc.text, start, end, gaz)))
                                 # "Shares in Kestrel rose", "a stake in Orsted": "in" after a holding
                                 # names the firm held, not a place
                                 and not (prev == "in" and _HOLDING_IN_RE.search(doc.text, max(0, start - 16), start)))
                                or (prev == "of" and _AGE_OF_RE.search(doc.text, max(0, start - 12), start) is not None))),
                org_cue=org_cue and len(pieces) == 1 and not titled,
                compound=words[-1].compound,
            )
        )
    return out


# Where a hospital's short name stands ("a nurse at Ashgrove General", "taken to Toronto General").
_HOSPITAL_CUES = frozenset({"at", "to", "from", "outside", "into"})
_CAP_NEXT_RE = re.compile(r"['’]?s?\s+[A-Z]")
_HOLDING_IN_RE = re.compile(r"\b(?:shares|stake|stakes|holding|holdings|investment|investments|invested|"
                            r"interest|interests|stock) in \Z", re.IGNORECASE)
_HOUSE_OFFICE_RE = re.compile(
    r"\b(?:[Ll]eader|[Ww]hip|[Ss]peaker|[Cc]hairman|[Cc]hairperson|[Mm]ember|[Pp]resident)"
    r"(?:\s+of\s+the\s+[A-Z]\w+(?:\s+[A-Z]\w+)?)?\s+in\s+the\s+$")
_OFFICE_SEAT_RE = re.compile(r"\)?(?:\s*\([A-Z][A-Za-z.]{1,7}\))?,\s")
_BRACKET_THEN_NAME_RE = re.compile(r"\)\s+[A-Z]")
_ABBR_THEN_NAME_RE = re.compile(r"\s*\([A-Z][A-Za-z.&-]{0,7}\)\s+[A-Z]")


def _office_only(doc: Document, words: list[_Word], i: int, j: int, gaz: Gazetteer) -> bool:
    """Whether the run words[i:j] names an office, not a holder or a body.

    Commonwealth papers write offices in full and capitalised ("the Superintendent
    of Police", "the Additional District Magistrate", "the DM"): made only of title
    words, office words ("District") and joiners, with one title a person holds
    (not "Police" or "State", which also head bodies), such a run names no one.
    So does the wing or abbreviation in brackets between a title and a name
    ("General Manager (Operations) Rajeev Uniyal", "Station House Officer (SHO)
    Ramesh Yadav"): the title and its bracket go with the person after them.
    """
    run = words[i:j]
    if len(run) <= 2 and _party_at_home(doc, run[-1].text, gaz) and (len(run) == 1 or run[0].text.lower() == "the"):
        return False  # "the DA" in a South African article: the Democratic Alliance, no district attorney
    # "The SEC said": a listed body whose initials spell a title ("Sec.") is the body.
    if _office_words(run, gaz) and doc.text[run[0].start : run[-1].end].lower().removeprefix("the ") not in gaz.names:
        return True
    # "in charge of Public Relations", "the National Security brief": an office's field alone,
    # only office words and no body's head ("State Police" stays the body), names no one.
    if len(run) > 1 and all(w.text.lower() in gaz.title_office_words or w.text.lower() in gaz.connectors for w in run) \
            and not any(w.text.lower() in gaz.org_words for w in run) \
            and doc.text[run[0].start : run[-1].end].lower() not in gaz.names:
        return True
    start, end = run[0].start, run[-1].end
    # "(Operations)" between a title and a name: a wing of the office
    if i > 0 and len(run) <= 3 and doc.text[start - 1 : start] == "(" \
            and words[i - 1].text.lower() in gaz.titles \
            and doc.text[words[i - 1].end : start].strip() == "(" \
            and _BRACKET_THEN_NAME_RE.match(doc.text, end) is not None:
        return True
    # "Station House Officer (SHO) Ramesh Yadav": a title that defines its abbreviation
    # right before a name is the person's title
    last = run[-1].text.lower()
    return last in gaz.titles and last not in gaz.org_words \
        and _ABBR_THEN_NAME_RE.match(doc.text, end) is not None


def _office_words(run: list[_Word], gaz: Gazetteer) -> bool:
    """Whether the words are only title, office and joining words, one a title a person holds."""
    lows = [w.text.lower() for w in run]
    return all(w in gaz.titles or w in gaz.connectors or w in gaz.title_office_words for w in lows) \
        and any(w in gaz.titles and w not in gaz.org_words and w not in gaz.title_office_words for w in lows)


_CITY_STATE = frozenset({"city", "state"})
_TERRITORY_WORDS = frozenset({"territory", "territories", "district"})
_CLASS_ORDINALS = frozenset({"First", "Second", "Third", "1st", "2nd", "3rd"})


@lru_cache(maxsize=1)
def _portfolio_words() -> frozenset[str]:
    """A minister's portfolio words (the quotes module's lexicon), lower-cased; empty if it cannot load."""
    from framing.quotes import load_roles  # quotes imports this module: read it lazily

    try:
        return frozenset(w.lower() for w in load_roles().portfolio_words)
    except FramingError:
        return frozenset()


def _office_of(word: str, gaz: Gazetteer) -> bool:
    """Whether a word after "<title> of" names an office or a portfolio ("Staff", "Health"), not a body."""
    low = word.lower()
    return low in gaz.office_of_words or low in _portfolio_words()


def _holder_after_of(rest: list[_Word], gaz: Gazetteer, text: str) -> int:
    """How many closing words of what follows "<title> of" are the title holder's name, else 0.

    The name is two or three capitalised words that are no body, place or title word,
    opening on a known first name, or following only office words ("of Staff Amina
    Bello", "of Army Staff Faruk Olaniyan"); something must stand before it.
    """
    if len(rest) < 3:
        return 0
    firsts = _first_names()
    for size in (2, 3):
        if len(rest) <= size:
            break
        name = rest[len(rest) - size :]
        if not all(_cap(w.text) for w in name) or any(
            w.text.lower() in gaz.org_words or w.text.lower() in gaz.place_words or w.text.lower() in gaz.titles
            or w.text.lower() in gaz.connectors or w.text.isupper() or not w.text[:1].isalpha()
            for w in name
        ):
            continue
        before = rest[: len(rest) - size]
        if before[-1].text.lower() in gaz.connectors or text[before[-1].end : name[0].start] != " ":
            continue  # "of Health & Population Welfare": the portfolio goes on
        if name[0].text.lower() in firsts or all(_office_of(w.text, gaz) for w in before):
            return size
    return 0


def _title_at(run: list[_Word], k: int, gaz: Gazetteer) -> bool:
    """Whether word k of a run is a title word standing as a title.

    A title word after "of" is part of a name when no title stands before the
    "of": "Fraternal Order of Police Lodge 44", but "Chief of Police Ann Roe"
    and "Secretary of State Marco Rubio" are titles.
    """
    if run[k].text.lower() not in gaz.titles:
        return False
    return not (k >= 2 and run[k - 1].text.lower() == "of" and run[k - 2].text.lower() not in gaz.titles)


def _common_noun(word: str, gaz: Gazetteer) -> bool:
    """A capitalised word that is no organisation, place or title word and no known name."""
    low = word.lower()
    return not (low in gaz.org_words or low in gaz.place_words or low in gaz.titles
                # "The Chamber of Minerals and Energy": a body's inner word opens its name
                or low in gaz.org_inner_words
                or low in gaz.names or low in gaz.place_prefixes or word.isupper())


# A caption's verb of a body's posture after a name: only a person stands, sits or poses.
_POSTURE_AFTER_RE = re.compile(r" (?:stands|stood|sits|sat|kneels|knelt|poses|posed|smiles|smiled|weeps|wept|"
                               r"waves|waved|holds up|looks on)\b")


def _person_of_place(run: list[_Word], titled: bool, gaz: Gazetteer,
                     aged: bool = False) -> list[tuple[list[_Word], bool]]:
    """ "Mitt Romney of Utah", "Kevin Marsh of Millbrook": a person and a place, not one name.

    The place after "of" is split off when the gazetteer knows it, or when the
    words before "of" are a person's name (a known first name and one or two
    more words, or any two or three after an age: "60-year-old Shantabai Kamble of
    Khadki") and the words after it are one or two that head no organisation
    ("Kevin Marsh of Millbrook", not "Bank of England").
    """
    low = [w.text.lower() for w in run]
    if "of" in low[2:-1]:
        k = low.index("of", 2)
        place = " ".join(low[k + 1 :])
        before = low[:k]
        if before[-1] in gaz.org_words or before[-1] in gaz.place_words or before[0] in gaz.org_words:
            return [(run, titled)]
        known = gaz.names.get(place, ("", ""))[1]
        person = 2 <= k <= 3 and (titled or aged or before[0] in _first_names())
        if known == "place" or (
            not known and person and len(low) - k - 1 <= 2
            and "of" not in low[k + 1 :] and low[-1] not in gaz.org_words and low[-1] not in gaz.titles
        ) or (person and (known == "organisation" or low[-1] in gaz.org_words
                          or low[-1].rstrip(".") in _CORPORATE)):
            # "Mary Barra of General Motors": a person and the organisation she is of.
            return [(run[:k], titled), (run[k + 1 :], False)]
    return [(run, titled)]


# A model designation after an aircraft maker or type word: " 737", " 72-600", " E175", " A320neo",
# "-400", or the type word itself with digits ("E175", "Q400").
_MODEL_RE = re.compile(r"(?:[\s\-]*[A-Za-z]{0,3}\d|[A-Za-z]+\d)")


# A minister's or a shadow's title after a portfolio word ("Health Minister", "Transport Secretary").
_PORTFOLIO_TITLE_RE = re.compile(r" (?:Minister|Secretary|Critic|[Mm]inister|[Ss]ecretary|[Cc]ritic)s?\b")


def _name_before_title(doc: Document, lead: list[_Word], gaz: Gazetteer) -> list[_Word]:
    """What stands before a title: an organisation ("Meridian Logistics chief executive")
    or the start of the title itself ("ICE Southern Region Communications Director"),
    of which only a leading abbreviation is a name."""
    text = doc.text[lead[0].start : lead[-1].end]
    low = text.lower()
    head = _head([w.text for w in lead])
    if len(lead) > 1 and low not in gaz.names and _PORTFOLIO_TITLE_RE.match(doc.text, lead[-1].end):
        # "Quebec Health Minister", "Ontario Energy Minister": the portfolio belongs to the
        # title, so only the jurisdiction before it is a name (not "Quebec Health").
        return _name_before_title(doc, lead[:-1], gaz)
    if len(lead) == 1 and low not in gaz.names and not _is_acronym(lead[0].text) \
            and _PORTFOLIO_TITLE_RE.match(doc.text, lead[-1].end):
        return []  # "Finance Minister Lucia Benavente": the portfolio is the title's, no name
    if low in gaz.names or head in gaz.org_words or len(lead) == 1:
        return lead
    if _is_acronym(lead[0].text) or lead[0].text.lower() in gaz.names:
        return lead[:1]
    if head in gaz.place_words:
        return lead  # "Marion County Sheriff Billy Woods": a county before the title is a place
    return []


@lru_cache(maxsize=8)
def _institution_re(nouns: frozenset[str], modifiers: frozenset[str]) -> re.Pattern[str]:
    """What follows a name that an institution noun makes an institution's: "'s church", " elementary school"."""
    noun = "|".join(sorted(map(re.escape, nouns)))
    mod = "|".join(sorted(map(re.escape, modifiers))) or "(?!)"
    # Not "schools" or "school-age", and not a school's district or board ("the Fairview
    # school district" is the district's, whose name the words do not give).
    return re.compile(
        rf"(?P<poss>['’]s)?\ (?:(?:{mod})\ )?(?:{noun})\b(?![\-'’])"
        rf"(?!\ (?:district|board|system|year|term|bus|zone|trustee|governor)s?\b)"
    )


# "a Leeds school", "another Baptist church": an institution in a place, not its name.
_INDEFINITE_RE = re.compile(r"(?:^|\s)(?:[Aa]n?|[Aa]nother|[Ee]very|[Ee]ach|[Aa]ny|[Nn]o|[Oo]ne)\s+$")
_SAINTS = frozenset({"st", "st.", "saint", "ste", "ste."})


def _institution(doc: Document, c: _Cand, gaz: Gazetteer, common: frozenset[str] = frozenset()) -> _Cand:
    """A name with its lower-case institution noun: "Bethel AME church" -> Bethel AME Church, else ``c``.

    Local papers write the noun in lower case ("Greater Mount Olive Baptist
    church", "Ridgeview middle school"); the name and its noun are one
    institution, an organisation, whatever the name's own head says
    ("Great Ormond Street hospital"). The mention spans the noun; the
    canonical name capitalises it so that "Bethel AME Church" in another
    outlet is the same row. Left alone: after "a"/"another" ("a Leeds
    school"), a known place or a person's title before it, a single
    denomination or nationality word ("the Methodist church"), and a
    possessive unless the name is a saint's ("St Anne's church", not "Tate's
    church").
    """
    text = doc.text
    if text[c.end : c.end + 1] not in (" ", "'", "’") or c.after_title:
        return c
    if c.initial and " " not in c.text and c.text.lower() in common:
        return c  # "Three hospital staff", "Two school buses": a capital that only opens the sentence
    m = _institution_re(gaz.institution_nouns, gaz.institution_modifiers).match(text, c.end)
    if m is None:
        saint = _SAINT_POSS_RE.match(text, c.end)
        if saint is not None and c.text.split(" ", 1)[0].lower() in _SAINTS and " " in c.text:
            # "vicar of St Aldhelm's, told": a saint's possessive with no noun after it is the
            # parish church or school named for the saint, a body (linked to its full name by
            # _short_forms when the article writes it), never the saint.
            end = c.end + 2
            return _Cand(c.start, end, text[c.start : end], c.sentence, c.initial, False, False,
                         institution=text[c.start : end].replace("’", "'"))
        return c
    low = " ".join(c.text.split()).lower()
    if low in gaz.denominations or low in gaz.demonyms or gaz.names.get(low, ("", ""))[1] == "place":
        return c
    if m.group("poss") and low.split(" ", 1)[0] not in _SAINTS:
        return c
    if _INDEFINITE_RE.search(text, max(0, c.start - 10), c.start):
        return c
    noun = " ".join(w.capitalize() for w in m.group().lstrip("'’s").split())
    canonical = f"{' '.join(c.text.split())}{m.group('poss') or ''} {noun}"
    return _Cand(c.start, m.end(), text[c.start : m.end()], c.sentence, c.initial, False, False,
                 institution=canonical)


# A saint's possessive that no noun or name follows: "St Aldhelm's, told", "at St Mary's."
_SAINT_POSS_RE = re.compile(r"['’]s(?![\w'’])(?!\s+[A-Z])")
# Between the pieces of a body's long name: "Department for Environment, Food and Rural
# Affairs", "Department of Climate Change, Energy, the Environment and Water",
# "Ministry of Petroleum, Energy, and Mining".
_BODY_GAPS = frozenset({", ", ", the ", ", and ", ", and the "})
# Heads of a body of its own: a piece ending on one is the next body of a list ("the Ministry
# of Health, Kenya Medical Research Institute and Red Cross"), not a portfolio of the first.
_BODY_HEADS = frozenset(
    "department ministry bureau institute centre center commission council agency office authority "
    "association foundation fund trust society board court service union university hospital party".split()
)

# "Ireland V Denmark": the capitalised "versus" of a sports fixture between two places.
_FIXTURE_VERSUS = frozenset({"V", "V.", "Vs", "Vs.", "VS"})

def _fixture_versus(words: list[_Word], j: int, gaz: Gazetteer) -> bool:
    """Whether word ``j`` is a fixture's "V" between two listed places ("Ireland V Denmark")."""
    return words[j].text in _FIXTURE_VERSUS and 0 < j < len(words) - 1 \
        and gaz.names.get(words[j - 1].text.lower(), ("", ""))[1] == "place" \
        and gaz.names.get(words[j + 1].text.lower(), ("", ""))[1] == "place"


# The heads that close a public utility's or a service body's name after "<X> and <Service>".
_UTILITY_HEADS = _BODY_HEADS | frozenset({"company", "corporation"})


def _comma_bodies(doc: Document, words: list[_Word], runs: list[tuple[int, int]],
                  gaz: Gazetteer) -> list[tuple[int, int]]:
    """Join the comma-separated portfolios of one body's name: "Bureau of Alcohol, Tobacco, Firearms and Explosives".

    Either the first run opens a body ("<organisation word> of|for X") and the
    chain ends at its "and" (inside the last piece or before it), as such names
    do; or the chain is followed by its own initials in brackets ("Philippine
    Atmospheric, Geophysical and Astronomical Services Administration (PAGASA)").
    Each further piece is short, holds no name the gazetteer knows, no person's
    first name or title, no acronym, and is no body of its own: a list of bodies
    or places after a body ("the Ministry of Health, Nairobi and Mombasa") fails.
    """
    if len(runs) < 2:
        return runs
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(runs):
        i, j = runs[k]
        if k + 1 == len(runs) or doc.text[words[j - 1].end : words[runs[k + 1][0]].start] not in _BODY_GAPS:
            out.append((i, j))  # most runs stand alone: no comma before the next
            k += 1
            continue
        opens = any(words[x].text.lower() in gaz.org_words and words[x + 1].text in ("of", "for")
                    for x in range(i, j - 2))
        a, b = runs[k + 1]
        if doc.text[words[j - 1].end : words[a].start] == ", " and j - i >= 2 \
                and words[j - 2].text.lower() in gaz.not_names and words[j - 1].text.lower() not in gaz.org_words \
                and b - a <= 5 and any(w.text == "and" for w in words[a + 1 : b - 1]) \
                and (words[b - 1].text.lower() in _BODY_HEADS or words[b - 1].text.lower() in gaz.short_form_heads):
            # "the National Prices, Rents and Tariffs Board": an adjective that is no name alone
            # ("National", "Federal") opens a list of portfolios that closes on "and" and a body's head.
            out.append((i, b))
            k += 2
            continue
        end = k
        m = k
        while m + 1 < len(runs):
            a, b = runs[m + 1]
            gap = doc.text[words[runs[m][1] - 1].end : words[a].start]
            if gap not in _BODY_GAPS:
                break
            piece = [w.text for w in words[a:b]]
            parts = " ".join(piece).lower().replace(" and the ", " and ").split(" and ")
            if len(piece) > 6 or any(x in gaz.names for x in parts) \
                    or piece[0].lower() in _first_names() or piece[0].lower() in gaz.titles \
                    or any(p.isupper() and len(p) > 1 for p in piece):
                break
            m += 1
            closes = "and" in piece or "and" in gap
            if opens and closes and piece[-1].lower() not in _BODY_HEADS:
                end = m  # the name closes at its "and"
            elif closes and _defines_abbreviation(doc, words[i].start, words[b - 1].end, gaz):
                end = m
            if "and" in gap or piece[-1].lower() in _BODY_HEADS:
                break
        if end > k:
            out.append((i, runs[end][1]))
            k = end + 1
            continue
        out.append((i, j))
        k += 1
    return out


_ADVERB_THE_RE = re.compile(r"(?:Yet|But|And|Or|So|Still|Now|Then|However|Meanwhile) the (?=[A-Z])")
_QUESTION_WORDS = frozenset({"what", "how", "why", "who", "when", "where", "which", "whose"})
# A village word right before a name ("Barangay ", "Brgy. ", "Sitio ").
_VILLAGE_BEFORE_RE = re.compile(r"\b[A-Z][a-z]+\.? \Z")
# Another street beside this one, or a junction word before it.
_STREET_AFTER_RE = re.compile(r" and (?:[A-Z][\w'’\-]* ){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Way|Drive|Parade|Lane|"
                              r"Boulevard|Highway|Crescent|Terrace)\b")
_STREET_BEFORE_RE = re.compile(r"(?:\b(?:Street|St|Avenue|Ave|Road|Rd|Way|Drive|Parade|Lane|Boulevard|Highway|"
                               r"Crescent|Terrace) and |\b(?:junction|corner|intersection|crossroads) of (?:the )?)\Z")
# "in the CBD", "across the CBD": a district word after a place cue and "the".
# "Typhoon Lakandula", "Hurricane Maria", "Cyclone Freddy": a storm's given name.
# Lower-case storm words ("super typhoon Lakandula") name one as well; a bare lower-case "storm"
# does not ("the storm Ortega faced" is no storm's name).
_STORM_RE = re.compile(r"\b(?:(?:[Ss]uper )?[Tt]yphoon|[Hh]urricane|[Cc]yclone|[Tt]ropical [Ss]torm|Storm|"
                       r"[Tt]ropical [Dd]epression) "
                       r"([A-Z][a-z]+)\b")
# "the CBD oil", "the CBD market": cannabidiol, not a district.
_PRODUCT_AFTER_RE = re.compile(r" (?:oil|oils|products?|market|industry|gumm(?:y|ies)|sales|brands?|compan(?:y|ies))\b")
# "(PCG) District Eastern Visayas", "(NPF) Zone 2 Command": a unit after its body's acronym.
_UNIT_WORDS = frozenset({"district", "region", "regional", "division", "command", "zone", "field", "station", "unit"})
_ACRONYM_BEFORE_RE = re.compile(r"\([A-Z][A-Z\-]{1,9}\) \Z")
_FOLLOWING_WORD_RE = re.compile(r" ([a-z]+)\b")
# "Ukpara Local Government Area of Enugu State", "Kaliganj Upazila of Gazipur District": an area's
# unit word before "of", then the state or district it lies in. Not "Southern District of Texas"
# (a court's district) or "Philippine Area of Responsibility" (no unit after "of").
_AREA_UNITS = frozenset({"area", "lga", "upazila", "tehsil", "taluk", "taluka", "mandal"})
# "the Silver Comet service to Kelbridge": "service" names a route only before where it runs.
_ROUTE_NOUNS = frozenset({"service", "services"})
_ROUTE_AFTER_RE = re.compile(r" [a-z]+ (?:to|from|between|linking|connecting)\b")


def _next_word(text: str, end: int) -> str:
    """The lower-case word right after ``end`` ("" after punctuation or a capital)."""
    m = _FOLLOWING_WORD_RE.match(text, end)
    return m.group(1) if m is not None else ""


# A count right before a name: "35 Mobile Command Centers".
_COUNT_BEFORE_RE = re.compile(r"(?<![\w.,])\d[\d,]* \Z")
# "Institute for", "Centre of": an organisation word and the subject it is for.
_BODY_OF_RE = re.compile(r"\b(?:Institute|Centre|Center|Council|Commission|Department|Ministry|Bureau|Office|"
                         r"Agency|Foundation|Society|Academy|School|College|Museum|Fund|Board|"
                         # round Y: "the Chamber of Minerals and Energy of Western Corrin"
                         r"Chamber|Federation|Association|Confederation)\s+(?:for|of)\s+[A-Z]")
# Heads of streets that close a street's name ("Harbour Way", "Grand Parade"), read as a
# street only beside another street ("X Way and Y Drive") or after a junction word.
# Heads that close a street's or a square's name; after a place cue or a preposition the name
# is that street even when its first word is a first name ("in Martin Place", "Anna Place said").
_SQUARE_HEADS = frozenset("place street avenue road square boulevard parade terrace crescent plaza".split())
_SQUARE_CUES = frozenset(
    "in at near outside inside into around from off on along past down up through across toward towards via".split()
)
_AREA_AFTER_RE = re.compile(r" areas?\b")
_MAKER_CUES = frozenset({"and", "by", "from", "with", "at", "said", "says"})
_CAP_AFTER_RE = re.compile(r"[ \-][A-Z0-9]")
_STREET_PAIR_HEADS = frozenset(
    "street st st. avenue ave ave. road rd rd. way drive parade lane boulevard highway crescent terrace".split()
)


def _split_and(doc: Document, c: _Cand, gaz: Gazetteer) -> list[_Cand]:
    """Split "Canton and Sebastopol" in two; keep "Immigration and Customs Enforcement" whole.

    An ampersand never splits: the press writes it inside firms' names
    ("Marks & Spencer"), not between two names in running prose.
    """
    if " and " not in c.text:
        return [c]
    words = c.text.split()
    low = c.text.lower()
    if low in gaz.names or (low.startswith(("u.s. ", "us ", "uk ")) and low.split(" ", 1)[1] in gaz.names):
        return [c]  # "U.S. Securities and Exchange Commission": a listed body after its country's initials
    parts = c.text.split(" and ")
    if len(parts) == 2 and len(parts[0].split()) >= 2 and parts[0].split()[-1].lower() in gaz.org_words \
            and all(w.lower() in gaz.org_words for w in parts[1].split()):
        # "the Kell Hospital and Research Centre": the words after "and" are all a body's words,
        # with no name of their own, so they end one body ("Kell Hospital and Lomeda University"
        # are two).
        return [c]
    if len(parts) == 2 and len(parts[0].split()) >= 2 and len(parts[1].split()) == 2 \
            and parts[0].split()[-1].lower() not in _BODY_HEADS \
            and parts[1].split()[-1].lower() in _UTILITY_HEADS \
            and parts[1].split()[0].lower() not in gaz.names and parts[1].split()[0].lower() not in _first_names():
        # "Nairobi Water and Sewerage Company", "Kenya Power and Lighting Company": the one
        # service word after "and" has no name of its own and the head ends the first part's
        # body, so the words are one utility ("Nairobi Water and Kenya Power" stay two).
        return [c]
    lead = parts[0].split()[0].lower()
    if len(parts) == 2 and all(2 <= len(x.split()) <= 4 for x in parts) and c.initial and lead.endswith("s") \
            and (lead[:-1] in gaz.person_nouns or lead[:-1] in gaz.titles) \
            and parts[0].split()[1].lower() in _first_names() and lead not in gaz.org_words:
        # "Reporters Anna Berg and Lewis Church travelled": a plural job word opening the
        # sentence lists persons, whatever word ends the second ("Church" is a surname here).
        pass
    elif len(parts) == 2 and not _defines_abbreviation(doc, c.start, c.end, gaz) \
            and (all(len(x.split()) >= 2 and x.split()[-1].lower() in gaz.org_words for x in parts)
                 or all(x.lower() in gaz.names for x in parts)):
        # "Human Dignity Watch and Conscience International", "United States and Australia": two
        # bodies or places, each whole (a name's own "and" joins words that are not whole
        # names: "Food and Drug Administration", "Department of Health and Human Services").
        pass
    elif len(parts) == 2 and all(len(x.split()) >= 2 and x.split()[-1].lower() in _STREET_PAIR_HEADS for x in parts):
        pass  # "Parliament Road and City Hall Way": two streets of a junction, each a place
    elif len(parts) == 2 and _is_acronym(parts[1]) and len(parts[1]) >= 3 and _BODY_OF_RE.search(parts[0]):
        # "the Institute for Fiscal Studies and HSBC": a body's subjects are words, so an
        # acronym after its "and" is a second body (a name the gazetteer lists whole, such as
        # "Ministry of Science and ICT", returned above).
        pass
    elif len(parts) == 2 and _is_acronym(parts[0]) and len(parts[0]) >= 3 and " " not in parts[1] \
            and parts[1].lower() in gaz.org_words:
        # "along with SDRF and Army personnel", "NDRF and Police teams": a body's initials and a
        # force's one word are two bodies (a name's "and" joins words, not a body's initials).
        pass
    elif _head(words) in gaz.org_words or words[0].lower() in gaz.org_words \
            or _defines_abbreviation(doc, c.start, c.end, gaz):
        return [c]
    elif len(parts) == 2 and _BODY_OF_RE.search(parts[0]) and parts[0].split()[0].lower() not in _first_names() \
            and parts[1].lower() not in gaz.names and parts[1].split()[0].lower() not in _first_names() \
            and parts[1].split()[-1].lower() not in _BODY_HEADS and not _is_acronym(parts[1]):
        # "Eastern Visayas Institute for Climate and Ocean Sciences", "Mindanao Institute for
        # Peace and Development Studies": the "and" joins the subjects of one body, named after
        # "<organisation word> for|of"; two bodies end on a body's head each.
        return [c]
    out = []
    pos = c.start
    for part in c.text.split(" and "):
        start = doc.text.index(part, pos)
        out.append(_Cand(start, start + len(part), part, c.sentence, c.initial and start == c.start,
                         c.after_title and start == c.start, c.cue and start == c.start))
        pos = start + len(part)
    return out


# " (HSE)": an abbreviation in brackets right after a name.
_ABBR_AFTER_RE = re.compile(r" \(([A-Z][A-Za-z.&]{1,9})\)")


_OWNER_RE = re.compile(r"([A-Z][\w\-]+)['’]s ")


def _owner_cut(doc: Document, cands: list[_Cand], gaz: Gazetteer) -> list[_Cand]:
    """A one-word owner cut from the body after it when the body stands on its own.

    "Tessougué's Union for Renewal and Solidarity (URS)": the body's own initials
    follow it without the owner, or the article names it elsewhere without him;
    two names. "Children's Hospital", "Lloyd's Register" keep their possessive
    (never written without it).
    """
    if "'s " not in doc.text and "’s " not in doc.text:
        return cands
    texts = {c.text for c in cands}
    out: list[_Cand] = []
    for c in cands:
        # "With Brandt's Civic Union": a capitalised function word after a label's colon opens
        # the run, not the owner's name.
        head = c.text.split(" ", 1)[0]
        skip = len(head) + 1 if head.lower() in ENGLISH_STOP_WORDS and " " in c.text else 0
        m = _OWNER_RE.match(c.text, skip)
        if m is None or m.end() >= len(c.text) or " " not in c.text[m.end():] \
                or m.group(1).lower() in gaz.org_words or m.group(1).lower() in gaz.not_names:
            out.append(c)
            continue
        rest = c.text[m.end():]
        at = c.start + m.end()
        if rest in texts or _defines_abbreviation(doc, at, c.end, gaz):
            out.append(replace(c, start=c.start + skip, end=c.start + m.end(1), text=m.group(1),
                               initial=c.initial and not skip))
            out.append(_Cand(at, c.end, rest, c.sentence, False, False, False))
        else:
            out.append(c)
    return out


def _defines_abbreviation(doc: Document, start: int, end: int, gaz: Gazetteer) -> bool:
    """Whether the words at start:end are followed by their own initials in brackets: "Health and Safety Executive (HSE)"."""
    m = _ABBR_AFTER_RE.match(doc.text, end)
    return m is not None and (_initials(doc.text[start:end], gaz.connectors) == m.group(1).replace(".", "").upper()
                              or _acronym_of(m.group(1), doc.text[start:end], gaz.connectors))


def _join_names(doc: Document, cands: list[_Cand], gaz: Gazetteer) -> list[_Cand]:
    """Join two names a preposition stands between into one organisation where the text shows it is one.

    "Meals on Wheels", "Women in Film", "Girls on the Run": the run of capitals
    breaks at the lower-case word, and most of the time it should ("from Harry
    Kane to Jude Bellingham", "Officials in Westbrook said"). So the two
    pieces are joined only with evidence (see :func:`_one_name`).
    """
    if not gaz.name_joiners or len(cands) < 2:
        return cands
    text = doc.text
    out: list[_Cand] = []
    i = 0
    while i < len(cands):
        a = cands[i]
        if i + 1 < len(cands):
            b = cands[i + 1]
            gap = text[a.end : b.start]
            if b.sentence == a.sentence and _joiner_gap(gap, gaz) and _one_name(doc, a, b, gap, gaz):
                out.append(_Cand(a.start, b.end, text[a.start : b.end], a.sentence, a.initial, False, a.cue,
                                 joined=True))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


# The capitalised word right before a name ("Al" of "Al Jazeera"), when only a space parts them.
_WORD_BEFORE_RE = re.compile(r"(?<![\w’'\-])([A-Z][\w\-]*) \Z")


def _media_joins(doc: Document, cands: list[_Cand], gaz: Gazetteer) -> list[_Cand]:
    """Rejoin a listed outlet's name that the runs of capitals cut ("Citizen" + "TV", "Al" + "Jazeera").

    The pieces are joined only where together they spell a name the gazetteer's
    ``media`` lists, so a run cut for any other reason stays cut.
    """
    text = doc.text
    out: list[_Cand] = []
    i = 0
    while i < len(cands):
        a = cands[i]
        before = _WORD_BEFORE_RE.search(text, max(0, a.start - 16), a.start)
        if before is not None and before.group(1) != "The" and f"{before.group(1)} {a.text}".lower() in gaz.media \
                and (not out or out[-1].end <= before.start(1)):
            start = before.start(1)
            a = replace(a, start=start, text=text[start : a.end],
                        initial=a.initial or not text[:start].strip() or text[:start].rstrip()[-1:] in ".!?\"“")
        if i + 1 < len(cands):
            b = cands[i + 1]
            if b.sentence == a.sentence and text[a.end : b.start] == " " \
                    and f"{a.text} {b.text}".lower() in gaz.media:
                out.append(replace(a, end=b.end, text=text[a.start : b.end]))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


# "<First> <Last> of <Name>": a person, then what they belong to ("Gloria Estrada-Finn of
# Estrada-Finn Rubin LLP", "Tom Raeburn of Fenwick Shaw", "Jane Doe of Chicago").
_PERSON_OF_RE = re.compile(r"([A-Z][\w’'\-]+(?: [A-Z][\w’'\-.]*){1,2}) of ([A-Z].*)")


def _person_of_firm(c: _Cand, gaz: Gazetteer) -> list[_Cand]:
    """``c`` cut in two where a person's full name stands before "of" and another name.

    A lawyer, an analyst or a partner is named with their firm ("Martin Kessler of
    Kessler Brandt LLP"): two names, the person and the firm (or the town), so the
    person links to their other mentions and the firm is listed on its own. Only a
    name that opens with a common first name and holds no title, body or place word is
    cut (or one whose second name ends on a firm's legal suffix, "LLP"): "Mary Queen of
    Scots", "University of Leeds" and "Bank of America" stay whole.
    """
    if " of " not in c.text:
        return [c]
    m = _PERSON_OF_RE.fullmatch(c.text)
    if m is None:
        return [c]
    person = m.group(1).split()
    last = m.group(2).rsplit(" ", 1)[-1].lower().rstrip(".")
    # A first name the lexicon knows, or a firm's legal suffix closing the second name ("Dana
    # Whitlock of Whitlock Greer LLP"), says the first name is a person's ("Fraternal Order of
    # Police" has neither).
    if person[0].lower() not in _first_names() and last not in _CORPORATE:
        return [c]
    if any(w.lower() in gaz.titles or w.lower() in gaz.org_words or w.lower() in gaz.place_words
           or w.lower() in gaz.not_names for w in person):
        return [c]
    a, b = m.start(2), len(c.text)
    return [replace(c, end=c.start + m.end(1), text=m.group(1)),
            _Cand(c.start + a, c.start + b, m.group(2), c.sentence, False, False, False)]


def _body_then_person(c: _Cand, gaz: Gazetteer) -> list[_Cand]:
    """``c`` cut in two where a body's name ends on its head word and a person's full name follows.

    "Branch president of the Oilfield Workers Union Anil Ramdass told": the office before the
    body ("president of the") leaves no title between the body and its officer, so the runs
    join them. A body of two words and more that ends on a body's head word ("Union",
    "Association"), then a known first name and one or two capitalised words with no body,
    place or title word among them, are two names ("Bank of England Governor X" keeps its
    title cut; "Union Jack" has no body before it).
    """
    words = c.text.split(" ")
    if len(words) < 4:
        return [c]
    for k in range(2, len(words) - 1):
        if words[k - 1].lower() not in gaz.org_words or words[k].lower() not in _first_names():
            continue
        rest = words[k:]
        if not 2 <= len(rest) <= 3 or not all(_cap(w) and not w.isupper() for w in rest) \
                or any(w.lower() in gaz.org_words or w.lower() in gaz.place_words or w.lower() in gaz.titles
                       or w.lower() in gaz.connectors for w in rest) \
                or c.text.lower() in gaz.names:
            return [c]
        cut = len(" ".join(words[:k]))
        return [replace(c, end=c.start + cut, text=c.text[:cut]),
                _Cand(c.start + cut + 1, c.end, c.text[cut + 1 :], c.sentence, False, True, False)]
    return [c]


def _joiner_gap(gap: str, gaz: Gazetteer) -> bool:
    """Whether ``gap`` is " on ", " to ", " on the " (a name joiner and an optional "the")."""
    if not 3 < len(gap) <= 14 or gap[0] != " " or gap[-1] != " ":
        return False
    parts = gap.split(" ")[1:-1]  # exact single spaces: a line break or double space is no name
    return parts[0] in gaz.name_joiners and (len(parts) == 1 or (len(parts) == 2 and parts[1] == "the"))


# ", a nonprofit that runs outreach": an appositive read to its noun, whatever closes it.
_OPEN_APPOS_RE = re.compile(r",\s+(?:a|an|the)\s+([^,.;:()\"“”]{1,80})")


def _word_initials(name: str) -> str:
    """The first letter of every word ("Women in Film" -> "WIF"): some acronyms keep the small words."""
    return "".join(w[0] for w in name.split()).upper()


def _one_name(doc: Document, a: _Cand, b: _Cand, gap: str, gaz: Gazetteer) -> bool:
    """Whether "A on B" is one organisation's name: the evidence next to it, and none against it.

    Against: a person on either side (a title before it, a first name: "from
    Harry Kane to Jude Bellingham"), a name the gazetteer knows or an
    abbreviation ("Police in Ohio", "ICE in Texas"), a place-shaped name
    ("Residents on Elm Street"), a day or month ("Biden on Tuesday").
    For (strong): an appositive organisation noun ("Streets to Home, a
    nonprofit"), a defined abbreviation ("Women in Film (WIF)"), the same
    words twice in the article; unless the joiner is a place cue ("in", "at":
    "Volkswagen in Wolfsburg said its"), also "which", "said its", an
    organisation's possession, an organisation noun before it ("the nonprofit
    Bridges to Recovery"). "said" after it (weak) counts only in
    mid-sentence, where a capital means a name, and not after
    "from"/"between" ("from Smith to Jones said" is two people).
    """
    if a.after_title or b.after_title:
        return False
    first = _first_names()
    for c in (a, b):
        words = c.text.split()
        low = " ".join(words).lower()
        if low in gaz.names or low in gaz.not_names or _is_acronym(c.text):
            return False
        # A first name opens a person's full name ("Jude Bellingham"); alone it is often a word ("Hope").
        if len(words) > 1 and (words[0].lower() in first or words[-1].lower() in gaz.place_words
                               or words[0].lower() in gaz.place_prefixes):
            return False
    text = doc.text
    name = text[a.start : b.end]
    if gap == " to " and " " not in a.text and a.text.lower() in gaz.org_words and b.text.count(" ") >= 1 \
            and text[max(0, a.start - 4) : a.start].lower() == "the " and b.text.split()[0].lower() not in gaz.names:
        # "the Committee to Protect Journalists", "the Campaign to End Loneliness": a body's word
        # alone, then its purpose in capitals, is one name ("the Council to Westminster" has
        # no purpose of two words).
        return True
    m = _AFTER_RE.match(text, b.end)
    got = m.lastgroup if m is not None else None
    # After a place word ("in", "at", "across") the words after the name may be where it
    # is: "Volkswagen in Wolfsburg said its", "the carmaker Volkswagen in Wolfsburg" are the
    # firm, so only evidence that covers the whole (an appositive, an abbreviation, the
    # whole twice) joins it.
    located = gap.split(" ")[1] in gaz.place_cues
    if m is not None:
        if got == "appos" and _appositive_kind(m.group("appos"), gaz) == "organisation":
            return True
        if got == "which" and not located:
            return True
        if got == "pron" and m.group("pron") == "its" and not located:
            return True
        if got == "poss" and not located and (m.group("poss") in gaz.org_possessions
                                              or m.group("poss").split()[0] in gaz.org_possessions):
            return True
        if got == "abbr":
            abbr = m.group("abbr").replace(".", "").upper()
            if abbr in (_word_initials(name), _initials(name, gaz.connectors)):
                return True
    # An appositive that ends the sentence: "the grant went to Women in Film, a nonprofit that ...".
    appos = _OPEN_APPOS_RE.match(text, b.end)
    if appos is not None and got != "appos" and _appositive_kind(appos.group(1), gaz) == "organisation":
        return True
    before, word = ("", "") if a.initial else _before(text, a.start)
    if before == "desc" and word in gaz.org_nouns \
            and (not located or _head(b.text.split()) in gaz.org_words):
        # "the group Civilians in Conflict Watch": after a place word the second part must
        # head an organisation itself ("the carmaker Volkswagen in Wolfsburg" is the firm).
        return True
    if located and (_head(a.text.split()) in gaz.org_words or text.count(b.text) > text.count(name)):
        # "St Mary's Hospital in Leeds", "a Summit Fresh Market in Lakewood" twice with "the
        # Lakewood shooting" elsewhere: a complete body's name, or a place the article names
        # alone too, then where it is; only the evidence above (an abbreviation, an
        # appositive) joins it.
        return False
    if text.count(name) >= 2:
        return True
    return got == "said" and not a.initial and not located and word not in ("from", "between")


def _head(words: list[str]) -> str:
    """The head word of a name: the word before "of" if any, else the last."""
    low = [w.lower() for w in words]
    if "of" in low[1:]:
        return low[low.index("of") - 1]
    return low[-1]


def _initials(name: str, connectors: frozenset[str] | None = None) -> str:
    """The initials of a name's capitalised words; ``connectors`` default to the gazetteer's."""
    parts = [p for p in re.split(r"[\s\-]+", name) if p and _cap(p)]
    if parts:
        # Looked up once per name, not once per word (each lookup checks the lexicon folder).
        if connectors is None:
            connectors = load_gazetteer().connectors
        parts = [p for p in parts if p.lower() not in connectors]
    if parts and parts[0].replace(".", "") in ("U", "US") and len(parts) > 2:
        parts = parts[1:]
    return "".join(p[0] for p in parts).upper()


# What :func:`_abbreviates` reads of a name: its initials, its words as an acronym spells them
# (:func:`_acronym_words`), and the initials after a leading abbreviation (None if none leads).
_NameInitials = tuple[str, list[str], str | None]


def _name_initials(name: str, connectors: frozenset[str]) -> _NameInitials:
    """The parts of ``name`` that :func:`_abbreviates` compares an abbreviation with."""
    first, _, rest = name.partition(" ")
    lead = rest.count(" ") >= 1 and _is_acronym(first)
    return _initials(name, connectors), _acronym_words(name, connectors), (_initials(rest, connectors) if lead else None)


def _abbreviates(abbr: str, name: str, connectors: frozenset[str] | None = None,
                 memo: dict[str, _NameInitials] | None = None) -> bool:
    """Whether ``abbr`` ("RFS") abbreviates ``name``: its initials, or those after a leading
    abbreviation of the jurisdiction ("NSW Rural Fire Service", "NHS Blood and Transplant"),
    or a looser acronym of its words (:func:`_acronym_of`: "LEDAP", "QATSIL").

    ``memo`` keeps each name's parts for a caller that tries many abbreviations on the same names.
    """
    abbr = abbr.replace(".", "")
    if memo is None:
        if _initials(name, connectors) == abbr or _acronym_of(abbr, name, connectors):
            return True
        first, _, rest = name.partition(" ")
        return rest.count(" ") >= 1 and _is_acronym(first) and _initials(rest, connectors) == abbr
    parts = memo.get(name)
    if parts is None:
        parts = memo[name] = _name_initials(name, connectors if connectors is not None else load_gazetteer().connectors)
    initials, words, after_lead = parts
    return initials == abbr or _spells_acronym(abbr, words) or after_lead == abbr


# A body's last word that its acronym often leaves out: "Queensland Aboriginal and Torres
# Strait Islander Legal Service (QATSIL)", "Kenya National Commission on Human Rights (KNCHR)"
# keeps all; "... Legal Service" written QATSIL drops the head.
_ACRONYM_DROPPED_HEADS = frozenset({"service", "services", "inc", "ltd", "limited", "corporation", "company"})


def _acronym_of(abbr: str, name: str, connectors: frozenset[str] | None = None) -> bool:
    """Whether ``abbr`` spells ``name``'s capitalised words, each giving the first one to three of
    its letters in order ("LEDAP": Legal Defence and Assistance Project; "NACOSTI": National
    Commission for Science, Technology and Innovation), or all but a generic last word
    ("QATSIL": ... Legal Service). Three letters at least and no word skipped, so a short
    acronym never fits a long name by chance."""
    if len(abbr) < 3 or not abbr.isupper() or not abbr.isalpha():
        return False
    if connectors is None:
        connectors = load_gazetteer().connectors
    return _spells_acronym(abbr, _acronym_words(name, connectors))


def _acronym_words(name: str, connectors: frozenset[str]) -> list[str]:
    """A name's capitalised words but its joiners, lower-cased: what :func:`_acronym_of` spells."""
    return [p.lower() for p in re.split(r"[\s\-,]+", name) if p and _cap(p) and p.lower() not in connectors]


def _spells_acronym(abbr: str, words: list[str]) -> bool:
    """:func:`_acronym_of` for a name already cut into its words by :func:`_acronym_words`."""
    if len(abbr) < 3 or not abbr.isupper() or not abbr.isalpha():
        return False
    if len(words) < 2 or len(words) > len(abbr) + 1:
        return False
    if len(words) > 2 and words[-1] in _ACRONYM_DROPPED_HEADS and _spells(abbr.lower(), words[:-1]):
        return True
    return len(words) <= len(abbr) and _spells(abbr.lower(), words)


def _spells(abbr: str, words: list[str]) -> bool:
    """Whether ``abbr`` is the words' prefixes of one to three letters each, in order (a tiny search)."""
    if not words:
        return not abbr
    if not abbr:
        return False
    head, rest = words[0], words[1:]
    return any(abbr[:n] == head[:n] and _spells(abbr[n:], rest)
               for n in range(1, min(3, len(head), len(abbr) - len(rest)) + 1))


# What follows a name and says what it names. Tried at the name's end, in this order.
_AFTER_RE = re.compile(
    r"""
      (?P<who>,\s+who\b)                                  # "Okonkwo Adebayo, who runs a bakery"
    | (?P<which>,\s+which\b)                              # "Thames Water, which serves"
    | (?P<age>,\s+(?:aged\s+)?\d{1,3},)                    # "Obama, 63," / "Kelly Hughes, 38,"
    | ['’]s\s+(?P<poss>[a-z]+(?:\s+[a-z]+)?)               # "Boeing's chief executive"
    | \s+\((?P<abbr>[A-Z][A-Za-z.&]{1,9})\)                # "Human Rights Watch (HRW)"
    | ,\s+(?:a|an|the)\s+(?P<appos>[^,.;:()"“”]{1,80}?),\s  # "Ofgem, the energy regulator, said"
    | \s+(?:said|says|told\s+[a-z]+|added|insisted|argued|claimed|stated|announced)
      \s+(?:(?:on|last)\s+[A-Za-z]+\s+)?(?:that\s+)?(?P<pron>he|she|its)\b   # "Obama said he", "X said its"
    | \s+(?P<said>said|says|added|told)\b(?!\s+(?:in|on)\s+a\s+statement)
    | \s+(?P<plural>have|are|were)\s                       # "Network Rail have", "Arsenal were"
    | \s+(?P<next>[a-z][a-z\-]+)                          # "Riverside Animal Shelter director"
    """,
    re.X,
)
_QUOTE_CLOSERS = frozenset('"”’')
# "the family of (hero volunteer) X": a name that completes an "of" phrase is not its clause's subject.
_OF_BEFORE_RE = re.compile(r"\b[a-z]+ of (?:[a-z\-]+ ){0,3}\Z")
_DESC_RE = re.compile(r"[a-z][a-z\-]+")
# A person's name has none of these inside; an organisation's often does.
# Filipino "ng" ("of") joins the words of a body's name, never a person's (round T).
_ORG_JOIN_RE = re.compile(r" (?:&|for|the|ng) ")
_APPOS_WORD_RE = re.compile(r"[A-Za-z][A-Za-z\-]*(?:['’]s?)?")
# An appositive is read up to its first preposition or relative word: "the head of
# the union" says nothing about the name before it.
_APPOS_STOP = frozenset("of for at in on with who which that whose from to by and or".split())


# Heads of a place's appositive besides the gazetteer's place nouns, and the words that may follow
# such a head ("a small island east of the capital"; not "a village elder", "a town councillor").
_APPOS_PLACE_HEADS = frozenset({"island", "islet", "atoll", "archipelago", "peninsula", "hamlet"})
_APPOS_PLACE_NEXT = frozenset("of in on near off east west north south northeast northwest southeast southwest "
                              "about some just outside that which where with".split())


# "Md Rafiqul Islam": Bangladeshi and Pakistani copy writes Mohammad as "Md", part of the name; a
# managing director is "MD" ("MD Craig Tolhurst").
_MD_NAMES = frozenset({"Md", "Md."})
# Nouns that name a person only before "of" ("the head of the post"; "a head office", "a market
# leader" name none).
_HEAD_OF_NOUNS = frozenset({"head", "leader", "boss", "deputy", "secretary-general"})


def _appositive_kind(phrase: str, gaz: Gazetteer) -> str | None:
    """The kind an appositive gives ("a retired bus driver": person; "the climate group": organisation)."""
    words = [m.group() for m in _APPOS_WORD_RE.finditer(phrase)]
    for k, w in enumerate(words):
        if w[-1] in "'’" or w[-2:] in ("'s", "’s"):
            continue  # a possessive modifies the noun after it: "the company's chief executive"
        low = w.lower()
        if low in _APPOS_STOP:
            return None
        if low in _HEAD_OF_NOUNS and k + 1 < len(words) and words[k + 1] == "of":
            return "person"  # "Rahmadi, the head of the camp's health post", "the leader of the union"
        if low == "year-old" or low.endswith("-year-old"):
            # "Brian Ochieng, a 19-year-old university student": an age is a person's, whatever
            # body the noun after it names ("university", "college").
            return "person"
        if low in gaz.person_nouns:
            return "person"
        if (low in gaz.place_nouns or low in _APPOS_PLACE_HEADS) \
                and (k + 1 == len(words) or words[k + 1].lower() in _APPOS_PLACE_NEXT):
            return "place"  # "Isla Corva, a small island east of", "Kessa, a fishing village of 2,000"
        if low in gaz.org_nouns:
            if k + 1 < len(words) and words[k + 1].islower() and words[k + 1] in gaz.person_nouns:
                # "a university student", "a union official": the noun modifies a person; not a
                # name opening a relative clause ("a trading firm Mr. Varga-Roth co-founded").
                return "person"
            return "organisation"
    return None


# A job and "at" before a name: the name is where the person works, a body ("head of research at
# X", "a senior analyst at X", "a partner at X"). Not a place of work's town: "a nurse in X".
_JOB_AT_RE = re.compile(r"\b(?:head|chief|director|analyst|economist|strategist|researcher|professor|lecturer|"
                        r"partner|lawyer|engineer|executive|manager|spokesperson|spokeswoman|spokesman|"
                        r"chairman|chairwoman|founder|co-founder)(?: of [a-z][a-z\- ]{0,30}?)? at \Z")
_POSS_HEAD_RE = re.compile(r"['’]s ([A-Z][a-z]+)(?: ([A-Z][a-z]+))? [A-Z]")
_STATE_HEADS = frozenset({"president", "vice president", "prime minister", "king", "queen", "emir", "sultan",
                          "crown prince"})
_POSS_CHAMBER_RE = re.compile(r"['’]s ([A-Z]\w+)\b(?! [A-Z])")


def _evidence(doc: Document, c: _Cand, gaz: Gazetteer, defined: dict[str, str],
              common: frozenset[str]) -> tuple[str, int] | None:
    """What the words around one mention say it names: (kind, strength) or None.

    Strength 2 (outweighs a first name): "X, who" / "X, which", an age
    appositive, an appositive noun ("a nurse", "the energy regulator"), an
    organisation's possession ("X's shares", "X's chief executive"), a defined
    abbreviation. Strength 1 (outweighs only the defaults): "X said he/she/its",
    plural agreement ("X have", British style for organisations and teams),
    "the X Y", a descriptor before the name ("carmaker X"), a role after it
    ("X director"), "shares of X", the speaker after a quote ('," X said').
    """
    text = doc.text
    single = " " not in c.text
    initial = c.initial and single
    if gaz.honorific_suffixes and text[c.end : c.end + 1] in (" ", "-"):
        # "Patil saheb", "Gupta ji", "Modi-ji": an honorific after the name says it is a person's.
        m = _NEXT_WORD_RE.match(text, c.end + 1)
        if m is not None and m.group().lower() in gaz.honorific_suffixes:
            return "person", 2
    if _COMPASS_OF_RE.search(text, max(0, c.start - 16), c.start):
        return "place", 2  # "west of Ipswich, which ...", "30km north of Kitale": a place's bearing
    plant = _PLANT_OWNED_RE.match(text, c.end)
    if plant is not None and plant.group(1) in _PLANT_HEADS:
        return "organisation", 2  # "workers at Atherton Glass's Pelham Works": a plant's owner is a firm
    if _CAPITAL_BEFORE_RE.search(text, max(0, c.start - 24), c.start):
        return "place", 2  # "the state capital Birnin Zuru", "the country's capital, Lomeda"
    if _POLL_BY_RE.search(text, max(0, c.start - 32), c.start):
        return "organisation", 2  # "a February poll by Pulso Valdoria": the pollster
    if _JOB_AT_RE.search(text, max(0, c.start - 48), c.start):
        return "organisation", 2  # "head of investigations at Chainward", "an analyst at Fenwick": the employer
    if single and _state_act(text, c.end, gaz):
        return "place", 1  # "Yesterday Kessmark recalled its ambassador", "Ondari imposed a curfew": a state
    if single:
        m = _POSS_HEAD_RE.match(text, c.end)
        heads = (m.group(1).lower(), f"{m.group(1)} {m.group(2)}".lower()) if m is not None else ()
        if any(h in _STATE_HEADS or h in gaz.place_possessions for h in heads):
            # "Benuara's President Emmanuel Ekwueme-Dada", "Ostrania's Foreign Minister Ana Varga": a
            # state's office written as a title before its holder; a firm's is written lower case
            # ("Coinvale president") or after the name.
            return "place", 2
    if gaz.chamber_words:
        m = _POSS_CHAMBER_RE.match(text, c.end)
        if m is not None and m.group(1) in gaz.chamber_words:
            return "place", 2  # "Corrowa's Senate voted", "Ontario's Legislature": a state's chamber
    if not single and not c.initial and _INDEFINITE_BEFORE_RE.search(text, max(0, c.start - 4), c.start) \
            and _HEAD_NOUN_END_RE.match(text, c.end):
        # "inside a Summit Fresh Market in Lakewood", "at a Holiday Inn Express near": one outlet
        # of a chain takes "a"; a person never does. Not "a Castle Rock man" (a place before its noun).
        return "organisation", 1
    such = _SUCH_AS_RE.search(text, max(0, c.start - 120), c.start)
    if such is not None and _kind_noun(such.group(1).lower()) in gaz.org_nouns:
        # "platforms such as Lumen and Skeet", "Big Tech giants such as Lumen", "banks like
        # Barclays, Lloyds and NatWest": the names a plural body noun lists are bodies.
        return "organisation", 2
    if _ITSELF_BEFORE_RE.search(text, max(0, c.start - 24), c.start):
        # "a group of cybercriminals calling itself Ashfall", "an outfit that calls itself X":
        # what names itself "itself" is a body ("calling himself" would be a person's alias).
        return "organisation", 2
    if initial:
        # A capital opening a sentence proves nothing: "Officials said he", "Separately, the firm".
        low = c.text.lower()
        if low in common or low in gaz.person_nouns or low in gaz.org_nouns or low.endswith("ly"):
            return None
    a = _AFTER_RE.match(text, c.end)
    before, word = ("", "") if initial else _before(text, c.start)
    if not c.initial and word and (a is None or a.lastgroup != "poss"):
        verbs = _org_verb_re(gaz.org_verbs)
        if verbs is not None and verbs.search(text, max(0, c.start - 24), c.start):
            # "whose family has run Brancato Hardware", "works at Lucky Star": one runs, owns
            # or works at a business. Not before a possessive: "ran Joe Biden's campaign".
            return "organisation", 2
    if a is not None:
        got = a.lastgroup
        if got == "who" and single and _HOME_PLACE_BEFORE_RE.search(text, max(0, c.start - 12), c.start):
            # "Declan Moloney (55), from Drumlea, who has worked ...": the clause is the person's, and
            # ", from X," between them is where the person is from.
            return "place", 1
        if got == "who" or got == "age":
            return "person", 2
        if got == "which":
            # A town takes "which" too ("Maplewood, which flooded"): for one word it only
            # outweighs the defaults, and a place cue ("in Maplewood, which") comes first.
            return "organisation", (1 if single else 2)
        if got == "poss":
            words = a.group("poss")
            if words in gaz.org_possessions or words.split()[0] in gaz.org_possessions:
                return "organisation", 2
            if single and not _adjective_shaped(c.text) \
                    and (words in gaz.place_possessions or words.split()[0] in gaz.place_possessions):
                # "Ostrania's army", "Karsk's foreign ministry": what a state has. Weak: a
                # surname named in full elsewhere never gets here (see extract_entities).
                return "place", 1
        elif got == "abbr":
            if a.group("abbr") in defined:
                return "organisation", 2
        elif got == "appos":
            # "On Santa Rena, the mayor, Giuseppina Caruso,": the phrase is the next name's title.
            kind = None if text[a.end() : a.end() + 1].isupper() else _appositive_kind(a.group("appos"), gaz)
            if kind is not None:
                return kind, 2
        elif got == "pron":
            if not (initial and c.text.endswith("s")):  # "Witnesses said he"
                return ("organisation" if a.group("pron") == "its" else "person"), 1
        elif initial:
            return None
        elif got == "plural":
            # "Smith and Jones are": the plural is the list's; "the family of hero volunteer
            # Brendan Hollis have": the noun before "of" is the subject.
            if before != "list" and not _OF_BEFORE_RE.search(text, max(0, c.start - 48), c.start):
                return "organisation", 1
        elif got == "said":
            if before == "quote":
                return "person", 1
            if before == "the" and single:
                return "organisation", 1  # "The Lakers said"
        elif got == "next" and single and before == "the" and a.group("next") in gaz.place_nouns \
                and not _adjective_shaped(c.text):
            return "place", 1  # "the Brisk enclave", "the Osk front"
        elif got == "next" and before == "the" and _BASE_AFTER_RE.match(text, c.end) \
                and c.text.rsplit(" ", 1)[-1].lower() not in gaz.org_words:
            return "place", 1  # "the Mar Azul naval base", "the Kessel air base": the base's town
        elif got == "next" and a.group("next") in _SEAT_NOUNS and c.text.rsplit(" ", 1)[-1].lower() in gaz.org_words:
            return "organisation", 2  # "at Navy headquarters in Lima": a body's seat, not a place
        elif got == "next" and single and before == "the" and a.group("next") in _GANG_NOUNS:
            return "organisation", 1  # "the HALCYON gang", "the Sinaloa cartel": a criminal group
        elif got == "next" and single and a.group("next") in _POLL_NOUNS \
                and _ARTICLE_BEFORE_RE.search(text, max(0, c.start - 4), c.start):
            return "organisation", 1  # "An Opinio poll for", "a Pollwise survey": the pollster
        elif got == "next" and not single:
            # Not "word": that is the word before the name, read again below ("the charity X docked").
            nxt = a.group("next")
            if before == "the" and nxt in gaz.place_nouns and c.text.rsplit(" ", 1)[-1].lower() not in gaz.org_words:
                return "place", 1  # "the Gandun Sarki forest", "the Upper Kessa valley": a place before its noun
            if before == "the" and nxt in gaz.place_titles and c.text.rsplit(" ", 1)[-1].lower() not in gaz.org_words:
                return "place", 1  # "the Nakhon Sawan governor", "the Puerto Alto mayor": the office's place
            if nxt in gaz.org_titles or nxt in gaz.person_nouns or nxt[:-1] in gaz.person_nouns:
                return "organisation", 1  # "Turning Point USA founder", "Sunrise Movement organisers"
    if (a is None or a.lastgroup != "appos") and text.startswith(",", c.end):
        # "Northbridge Relief, a British charity that runs ...": an appositive the sentence
        # goes on from, with no closing comma.
        appos = _OPEN_APPOS_RE.match(text, c.end)
        if appos is not None:
            # "Santa Rena, the coast guard said": a speaker after the name, not an appositive.
            kind = None if _SPEECH_RE.search(appos.group(1)) else _appositive_kind(appos.group(1), gaz)
            if kind is not None:
                return kind, 2
    if before == "shares":
        return "organisation", 1
    if word.endswith(_SEATS):
        return "organisation", 2  # "the 175-seat Landsting", "the 15-member council": a chamber or a board
    if before == "the" and not single:
        return "organisation", 1
    if before == "desc":
        if word in gaz.org_nouns:
            return "organisation", 1
        if word == "of" and not single and _TITLE_OF_RE.search(text, max(0, c.start - 30), c.start) is not None:
            # "deputy leader of Britain Forward", "a spokesman for ..." : what an office is held in
            # is a body (a place after a place title is read before: "the Mayor of Harrowgate").
            title = _TITLE_OF_RE.search(text, max(0, c.start - 30), c.start).group(1).lower()  # type: ignore[union-attr]
            if title in gaz.titles and title not in gaz.place_titles:
                return "organisation", 1
        if single and word in gaz.person_nouns:
            return "person", 1
    return None


_NEXT_WORD_RE = re.compile(r"[A-Za-z'’]+")
# A plural noun and "such as"/"like"/"including", then the names listed so far up to this one.
_SUCH_AS_RE = re.compile(r"\b([A-Za-z][a-z\-]+),? (?:such as|like|including) "
                         r"(?:[A-Z][\w&'’.\-]*(?: [A-Z][\w&'’.\-]*){0,3}(?:, |,? and |,? or ))*\Z")


def _kind_noun(plural: str) -> str:
    """The singular of a plural noun of kind ("companies" -> "company", "giants" -> "giant"); others unchanged."""
    if plural.endswith("ies") and len(plural) > 4:
        return plural[:-3] + "y"
    if plural.endswith("s") and not plural.endswith("ss"):
        return plural[:-1]
    return plural

_SPEECH_RE = re.compile(r"\b(?:said|says|told|added|reported|announced|confirmed)\b")
_TITLE_OF_RE = re.compile(r"\b([A-Za-z\-]+) of $")
# A brand written in camel case ("FlightAware", "SeaBridge", "YouTube", "SpaceX") or with digits
# glued on ("FlightRadar24"): a company's or a product's, not a person's nor a place's. Surname
# prefixes written so ("McDonald", "MacArthur", "DeSantis", "LaToya", "FitzGerald", "VanDyke")
# are left out: their lower-case part is one or two letters, or a listed prefix.
_BRAND_SHAPE_RE = re.compile(r"(?!(?:Mac|Mc|Fitz|Van|Von|Del|Des|Dos|Las|Los|San|Ter|Ten)[A-Z])"
                             r"[A-Z][a-z]{2,}(?:[A-Z][\w]*|\d+)")


def _brand_shaped(words: list[str]) -> bool:
    """Whether a name's first word is written like a brand (see :data:`_BRAND_SHAPE_RE`)."""
    return _BRAND_SHAPE_RE.fullmatch(words[0]) is not None


def _adjective_shaped(word: str) -> bool:
    """A capitalised word shaped like a nationality adjective ("Velorian", "Marovese", "Kurdish").

    "the Velorian border town" says the town is a place, not the adjective;
    the demonyms lexicon lists real ones, this catches those it does not.
    """
    return word.endswith(("ian", "ese", "ish", "ean"))


@lru_cache(maxsize=8)
def _org_verb_re(verbs: frozenset[str]) -> re.Pattern[str] | None:
    """The gazetteer's org_verbs ("runs", "works at") ending just before a name (an optional "the")."""
    if not verbs:
        return None
    alts = alternation(sorted(verbs, key=len, reverse=True))
    return re.compile(rf"(?<![\w\-]){alts}\s+(?:the\s+)?$")


def _before(text: str, start: int) -> tuple[str, str]:
    """What stands just before a name: ("quote" | "shares" | "the" | "list" | "desc" | "", the word).

    '"...," Alvarez said' (quote), "shares of X", "the Boston Celtics" (people
    take no article), "Smith and Jones" (list), "bakery chain Greggs" (desc: a
    lower-case word). Plain string tests on a short window: this runs for every
    unknown name.
    """
    window = text[max(0, start - 30) : start].rstrip()
    if not window or len(window) == start - max(0, start - 30):
        return "", ""  # nothing before, or no space between: "AT&T", "(ICE"
    last = window[-1]
    if last in _QUOTE_CLOSERS:
        return ("quote", "") if window[:-1].rstrip()[-1:] in (",", "?", "!") else ("", "")
    if last in ",&":
        return "list", ""
    parts = window.rsplit(None, 2)
    word = parts[-1]
    if word == "the" or word == "The":
        return "the", word
    if word == "and" or word == "or":
        return "list", word
    if (word == "of" or word == "in") and len(parts) > 1 and parts[-2].lower() in ("shares", "stock"):
        return "shares", word
    if _DESC_RE.fullmatch(word):
        return "desc", word
    return "", word


@lru_cache(maxsize=8)
def _phrases_re(phrases: frozenset[str]) -> re.Pattern[str] | None:
    """A pattern for any of ``phrases`` ending right before a name (case folded)."""
    if not phrases:
        return None
    alts = alternation(sorted(phrases, key=len, reverse=True), ignorecase=True, loose=False)
    return re.compile(rf"(?<![\w\-]){alts}\s+\Z", re.IGNORECASE)


# "flight SK417 to Tromvik", "Flight AX 211 from Lomeda": a flight's number, then where it flies.
_FLIGHT_TO_RE = re.compile(r"\b[Ff]lights? [A-Z0-9]{2}[A-Z]? ?\d{1,4}[A-Z]? (?:to|from) \Z")


def _cue_phrase(text: str, start: int, gaz: Gazetteer) -> bool:
    """Whether the words right before ``start`` say a place follows ("sank off", "border with")."""
    pattern = _phrases_re(gaz.place_cue_phrases)
    return (pattern is not None and pattern.search(text, max(0, start - 32), start) is not None) \
        or (text.find("light", max(0, start - 24), start) >= 0
            and _FLIGHT_TO_RE.search(text, max(0, start - 24), start) is not None)


_SUSPEND_BEFORE_RE = re.compile(r"\bsuspend(?:ed|s|ing)? \Z")


@lru_cache(maxsize=4)
def _bloc_after_re(blocs: frozenset[str]) -> re.Pattern[str] | None:
    """ " from the regional bloc", " from the East African Community": a community of states."""
    if not blocs:
        return None
    alts = alternation(sorted(blocs, key=len, reverse=True), ignorecase=True, loose=False)
    return re.compile(rf" from (?:the |its |all )?(?:[\w\-]+ ){{0,3}}?{alts}\b", re.IGNORECASE)


def _suspended_state(text: str, start: int, end: int, gaz: Gazetteer) -> bool:
    """ "suspended Marundi from the bloc": a state suspended from a community of states."""
    if not _SUSPEND_BEFORE_RE.search(text, max(0, start - 12), start):
        return False
    pattern = _bloc_after_re(gaz.state_blocs)
    return pattern is not None and pattern.match(text, end) is not None


@lru_cache(maxsize=8)
def _state_act_re(verbs: frozenset[str], objects: frozenset[str]) -> re.Pattern[str] | None:
    if not verbs or not objects:
        return None
    v = alternation(sorted(verbs), loose=False)
    o = alternation(sorted(objects, key=len, reverse=True), loose=False)
    return re.compile(rf" (?:(?:has|had|have|will|would|also|then|later) )?{v} (?:[\w\-’']+ ){{0,3}}?{o}\b")


def _state_act(text: str, end: int, gaz: Gazetteer) -> bool:
    """Whether the words after a name say only a state does it ("recalled its ambassador")."""
    pattern = _state_act_re(gaz.state_act_verbs, gaz.state_act_objects)
    return pattern is not None and pattern.match(text, end) is not None


@lru_cache(maxsize=8)
def _people_nouns_re(nouns: frozenset[str]) -> re.Pattern[str]:
    """A word written right before one of a state's people ("Velmori" in "Velmori officials")."""
    return re.compile(rf"\b(\w+)(?= {alternation(sorted(nouns, key=len, reverse=True), loose=False)}\b)")


@lru_cache(maxsize=4)
def _words_before_people(text: str, nouns: frozenset[str]) -> frozenset[str]:
    """Every word the text writes right before a state's people, read once per article."""
    return frozenset(m.group(1) for m in _people_nouns_re(nouns).finditer(text))


_PEOPLE_ENDINGS = ("i", "n", "an", "ian", "ese")


@by_identity(8)
def _people_nouns(gaz: Gazetteer) -> frozenset[str]:
    """A state's people and possessions ("officials", "army"): the nouns a people's adjective stands before."""
    return gaz.demonym_nouns | gaz.place_possessions


def _people_adjective(text: str, name: str, gaz: Gazetteer) -> bool:
    """Whether the text writes a people's adjective of ``name`` before a state's people ("Velmori officials")."""
    nouns = _people_nouns(gaz)  # one set per gazetteer: its hash is then computed once, not per name
    if not nouns or len(name) < 4 or not name.isalpha():
        return False
    before = _words_before_people(text, nouns)
    return any(name + ending in before for ending in _PEOPLE_ENDINGS)


def _name_evidence(doc: Document, mentions: list[_Cand], gaz: Gazetteer, defined: dict[str, str],
                   common: frozenset[str]) -> tuple[str, int] | None:
    """The strongest evidence over every mention of one name ("" as kind when mentions disagree).

    One name is one kind in one article: "Greggs said" at the start of a
    sentence is the organisation that "bakery chain Greggs said it" showed.
    A single word whose people's adjective the article writes before a
    state's people ("Velmor" beside "Velmori officials") is a place.
    """
    if mentions and " " not in mentions[0].text and mentions[0].text.lower() not in gaz.names \
            and _people_adjective(doc.text, mentions[0].text, gaz):
        return "place", 2
    best: tuple[str, int] | None = None
    for c in mentions:
        ev = _evidence(doc, c, gaz, defined, common)
        if ev is None:
            continue
        if best is None or ev[1] > best[1]:
            best = ev
        elif ev[1] == best[1] and ev[0] != best[0]:
            best = ("", ev[1])
    if (best is None or best[1] < 1) and mentions and (_group_named(doc, mentions) or _team_named(doc, mentions)):
        return "organisation", 1
    return best


# "members of Last Harvest", "the group Rising Soil", "activists from Green Tide": a group's name
# after the word for its people or for a group (a person is never "joined" or "a member of").
_GROUP_BEFORE_RE = re.compile(
    r"\b(?:(?:[Mm]embers?|[Ss]upporters?|[Aa]ctivists?|[Pp]rotesters?|[Cc]ampaigners?|[Ff]ounders?) (?:of|from|with)|(?:[Tt]he|[Aa]) (?:climate |protest |campaign |activist |pressure |advocacy |"
    r"militant |rebel |splinter |action )?(?:group|movement|collective|network|campaign|organisation|organization|"
    r"outfit|coalition|alliance)(?:,| called| known as| named)?|joined|founded|banned|proscribed) \Z")
# A word of the game next to a team's name: a result, a fixture, its people, its market.
_TEAM_CUE_RE = re.compile(
    r"\b(?:beat|beats|beaten|defeated|thrashed|lost|won|draw|drew|vs?\.?|coach|captain|skipper|fans|franchise|"
    r"side|squad|league|season|innings|wickets?|runs|goals?|match|fixture|final|auction|bought|signed|"
    r"played|plays|playing|owners?|team|games?|ballpark)\b")
# A plural surname ("Evans", "Hughes", "Rogers") is no team nickname: an "-es" plural or a
# first name plus "s" is left to the person default.
_PLURAL_NICK_RE = re.compile(r"[A-Z][a-z]+[^se\W]s")


# A ban's term after the name: "banned X and Y for six years", "banned X for life" is a sanction on
# a person or a player, not a group's proscription.
_BAN_TERM_RE = re.compile(r"[^.;\n]{0,80}? for (?:life|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|"
                          r"twelve|fifteen|twenty) (?:years?|months?|weeks?|matches|games|races))\b")


def _group_named(doc: Document, mentions: list[_Cand]) -> bool:
    """Whether the article writes a name as a group's: "members of X", "the group X"."""
    if mentions[0].text.split()[0].lower() in _first_names():
        return False
    for c in mentions:
        m = _GROUP_BEFORE_RE.search(doc.text, max(0, c.start - 50), c.start)
        if m is not None and not (m.group().startswith("banned") and _BAN_TERM_RE.match(doc.text, c.end)):
            return True
    return False


def _team_named(doc: Document, mentions: list[_Cand]) -> bool:
    """Whether a place and a plural nickname ("Karachi Kings", "Tricity Tuskers") are a sports team.

    The shape alone is the team's (no first name opens it, its last word a
    plural no surname is); a word of the game in one of its sentences says so.
    """
    words = " ".join(mentions[0].text.split()).split()
    if len(words) != 2 or words[0].lower() in _first_names() or not _PLURAL_NICK_RE.fullmatch(words[1]) \
            or words[1][:-1].lower() in _first_names():
        return False
    return any(_TEAM_CUE_RE.search(doc.sentences[c.sentence].text) for c in mentions)


@lru_cache(maxsize=1)
def _first_names() -> frozenset[str]:
    """Common first names (the quotes module's lexicon), lower-cased; empty if it cannot load."""
    from framing.quotes import known_first_names  # quotes imports this module: read it lazily

    return known_first_names()


@lru_cache(maxsize=1)
def _hypocorisms() -> dict[str, frozenset[str]]:
    """Each given name (lower case) -> the full names it may stand for ("danny" -> {"daniel"}).

    Read from the ``hypocorisms`` section of ``first_names.yaml``; a full name
    stands for itself only. A lexicon without the section gives no pairs.
    """
    data = read_lexicon(lexicon_path("first_names"))
    table = data.get("hypocorisms")
    if table is None:
        return {}
    where = data.get("_path", "first_names.yaml")
    if not isinstance(table, dict):
        raise LexiconError(f"{where}: entry 'hypocorisms' must be a mapping 'Daniel: [Dan, Danny]'")
    out: dict[str, set[str]] = {}
    full = {str(k).lower() for k in table}
    for name, forms in table.items():
        if not isinstance(name, str) or not isinstance(forms, list) or not all(isinstance(f, str) for f in forms):
            raise LexiconError(f"{where}: hypocorism {name!r} must map a name to a list of short forms, like 'Daniel: [Dan, Danny]'")
        key = name.lower()
        out.setdefault(key, set()).add(key)
        for form in forms:
            if form.lower() in full:
                raise LexiconError(f"{where}: {form!r} is a full name and a short form of {name!r}; list it in one place")
            out.setdefault(form.lower(), set()).add(key)
    return {k: frozenset(v) for k, v in out.items()}


def _given_names(name: str) -> frozenset[str] | None:
    """The full first names a person's name may have ("Danny Price" -> {"daniel"}); None if not listed."""
    return _hypocorisms().get(name.split(" ", 1)[0].lower())


def _hypocorism_variant(a: str, b: str) -> bool:
    """Whether two person names differ only in a first name and its short form ("Danny Price"/"Daniel Price").

    The surname and every other word must be the same; two different full
    first names ("Daniel"/"David") never match, and neither do unlisted ones.
    """
    wa, wb = a.split(" "), b.split(" ")
    if len(wa) < 2 or len(wa) != len(wb) or wa[0] == wb[0] or wa[1:] != wb[1:]:
        return False
    ga, gb = _given_names(a), _given_names(b)
    return ga is not None and gb is not None and not ga.isdisjoint(gb)


def _merge_hypocorisms(found: list[tuple[_Cand, str, str]]) -> list[tuple[_Cand, str, str]]:
    """Give a person named by a short first name later (or earlier) one canonical name with the full form.

    Read in text order; a name joins the one earlier name it matches, and only
    while the full names they may have still agree ("Chris Long" may join
    "Christopher Long" or "Christine Long", not both).
    """
    persons = list(dict.fromkeys(canon for _c, canon, kind in sorted(found, key=lambda x: x[0].start)
                                 if kind == "person" and " " in canon))
    if len(persons) < 2:
        return found
    names = _hypocorisms()
    if not any(p.split(" ", 1)[0].lower() in names for p in persons):
        return found
    reps: dict[str, frozenset[str]] = {}  # representative name -> full first names still possible
    target: dict[str, str] = {}
    for canon in persons:
        hits = [r for r in reps if _hypocorism_variant(r, canon) and not reps[r].isdisjoint(_given_names(canon) or ())]
        if len(hits) == 1:
            target[canon] = hits[0]
            reps[hits[0]] = reps[hits[0]] & (_given_names(canon) or frozenset())
        else:
            reps[canon] = _given_names(canon) or frozenset()
    if not target:
        return found
    return [(c, target.get(canon, canon) if kind == "person" else canon, kind) for c, canon, kind in found]


def _classify(
    c: _Cand, gaz: Gazetteer, evidence: Callable[[str], tuple[str, int] | None] | None = None
) -> tuple[str, str] | None:
    """(canonical, kind) from the gazetteer, the shape of the name and the evidence around it, or None.

    ``evidence(name)`` is what the article's wording says about the name (see
    :func:`_evidence`); it is asked only when the shape leaves the kind open:
    (kind, 2) outweighs a first name ("Morgan Stanley, which"), (kind, 1) only the
    defaults (a capitalised pair read as a person, a place cue).
    """
    text = " ".join(c.text.split())
    low = text.lower()
    if text in gaz.cased_names:
        return gaz.cased_names[text]
    if low in gaz.names:
        return gaz.names[low]
    if low.startswith("u.s. ") and low[5:] in gaz.names:
        return gaz.names[low[5:]]
    if gaz.media_programmes and low.rsplit(" ", 1)[-1] in gaz.media_programmes:
        # "Newstalk Breakfast", "RTÉ Morning Ireland": a show named after its broadcaster is the
        # broadcaster, the party the article cites.
        shown = low.split()
        for k in range(len(shown) - 1, 0, -1):
            head = " ".join(shown[:k])
            if head in gaz.media and head in gaz.names:
                if all(w in gaz.media_programmes for w in shown[k:]):
                    return gaz.names[head]
                break
    if c.joined:
        return text, "organisation"  # "Meals on Wheels": joined only on an organisation's evidence
    words = text.split()
    if len(words) >= 3 and words[1].lower() == "of" and words[0].lower() in gaz.names:
        # "ACLU of Ohio" is the chapter the article elsewhere spells out in full.
        canonical, kind = gaz.names[words[0].lower()]
        if kind == "organisation":
            return f"{canonical} of {' '.join(words[2:])}", "organisation"
    if text.isupper() and (len(words) > 1 or len(text.replace(".", "")) > 6):
        # Shouted words the gazetteer does not know ("WHAT'S NEXT", "BREAKING") are
        # subheadings and labels, not names. One long word the words around it call a body
        # ("the ransomware group ASHFALL has", "ASHFALL's leak site") is a name a trade site
        # writes in capitals: the organisation, under its title-case form so that it meets
        # the outlet that writes "Ashfall".
        if len(words) == 1 and text.isalpha() and evidence is not None \
                and (evidence(c.text) or ("", 0))[0] == "organisation":
            return text.title(), "organisation"
        return None
    if len(words) == 2 and words[1][:1].isdigit() and words[0].lower() in gaz.numbered_places:
        return text, "place"  # "Precinct 7-C", "Ward 12": a unit of the city
    if len(words) >= 2 and words[-1][:1].isdigit() and words[-2].lower() in gaz.numbered_units:
        return text, "organisation"  # "Teamsters Local 727", "Fraternal Order of Police Lodge 44"
    if len(words) >= 3 and words[-1].isdigit() and any(w.lower() in _BROADCAST_WORDS for w in words[:-1]):
        return text, "organisation"  # "Canal Info 24", "Radio Ouest 95": a broadcaster and its channel
    if len(words) >= 2 and words[-1].lower().rstrip(".") in _CORPORATE:
        # "Koch Foods Inc." and "Koch Foods" are one company.
        text = " ".join(words[:-1]).rstrip(",")
        return text, "organisation"
    head = _head(words)
    # A plural head counts as its singular: "Parents for Responsible Schools".
    heads = {head, head[:-1]} if len(head) > 4 and head.endswith("s") and not head.endswith("ss") else {head}
    multi = len(words) > 1
    first_low = words[0].lower()
    if head == "house" and ("of" in (w.lower() for w in words) or gaz.names.get(first_low, ("", ""))[1] == "place"):
        heads = set()  # "House of Assembly", "the Colorado House": a chamber, not a building
    if len(words) == 2 and words[1] in _PLANT_HEADS and _plant_town(words[0], gaz):
        return text, "place"  # "the Ellesby Works", "Thornwick Works": a plant named for its town
    if len(words) == 2 and _is_acronym(words[0]) and words[1].lower() in gaz.demonyms:
        return text, "organisation"  # "BWS Hausa", "VOA Amharic": a broadcaster's language service
    if multi and first_low in gaz.place_prefix_words:
        return text, "place"  # "Casa Rosada", "Plaza de Mayo", "Palacio de Hacienda": a building or square
    if len(words) >= 3 and first_low in gaz.org_words and words[1] in _ROMANCE_OF and not heads & gaz.place_words:
        # "Hospital del Puerto", "Banco de la Provincia": a body's word, then a Romance "of", opens a
        # body's name, whatever clause follows it ("at the Hospital del Puerto, who asked").
        return text, "organisation"
    if len(words) == 2 and head in _SURNAME_BUSINESS_HEADS and first_low in _first_names():
        return text, "person"  # "David Lodge", "Anna Bar": after a first name the head is a surname
    if multi and (heads & gaz.org_words or first_low in ("department", "ministry", "bureau", "office", "university")
                  or first_low in gaz.org_prefixes):
        return text, "organisation"  # "Banco Nación", "Grupo Talar": a Romance body's first word
    if multi and gaz.org_inner_words and not heads & gaz.place_words \
            and any(w.lower() in gaz.org_inner_words for w in words[:-1]):
        # "Major League Baseball", "Greater Halverton Chamber of Commerce": a body's word
        # inside the name makes a body wherever it stands.
        return text, "organisation"
    if multi and _ORG_JOIN_RE.search(text):
        # "Marks & Spencer", "Moms for Liberty", "Save the Children": no person's name has these inside.
        return text, "organisation"
    place_head = multi and bool(heads & gaz.place_words or words[0].lower() in gaz.place_prefixes)
    ev = evidence(c.text) if evidence is not None else None
    kind, tier = ev if ev is not None else ("", 0)
    if place_head and multi and words[-1].lower() in gaz.place_only_words and words[0].lower() not in _first_names():
        # "on Ijoka Road, the state chairman said": a head no surname has outweighs the comma
        # read as a person's appositive.
        return text, "place"
    if kind == "person" and multi and any(w.lower() in _SLOGAN_WORDS for w in words[1:]):
        # "an email to 8 On Your Side, a Coinvale spokesperson said": no person's name holds
        # "Your" or "Our"; the appositive is the next clause's subject.
        return None
    if tier >= 2 and kind and (kind in ("person", "place") or not place_head):
        # "Isla Corva, a small island": a place's appositive settles a place head that is also a
        # first name ("Isla").
        return text, kind
    if _brand_shaped(words) and not (place_head and multi):
        # "FlightAware", "SeaBridge Humanitarian", "from FlightRadar24": a brand's shape outweighs
        # a place cue and the person default.
        return text, "organisation"
    if place_head and multi and words[-1].lower() in gaz.place_only_words:
        # "Raj Bhavan", "Tamboura Showground": a head no surname has outweighs a first name ("Raj").
        return text, "place"
    if multi and len(words) <= 4 and gaz.names.get(words[-1].lower(), ("", ""))[1] == "place" \
            and words[-1].lower() not in _first_names() and first_low not in _first_names() \
            and not any(w.lower() in _PLACE_MODIFIERS or w.lower() in gaz.place_prefixes
                        or w.lower() in gaz.place_words or gaz.names.get(w.lower(), ("", ""))[1] == "place"
                        or not _cap(w) for w in words[:-1]):
        # "Parks Canada", "Indigenous Services Canada", "Environment Canada", "Hockey Canada": a
        # body named for its field and the country (Canada's federal departments and sports
        # bodies write their names so). A region's modifier keeps the place ("Western Canada",
        # "Downtown Ottawa", "Mainland China"); a first name keeps the person ("Michael Jordan").
        return text, "organisation"
    if len(words) == 2 and words[1].lower() in _COMPASS and gaz.names.get(first_low, ("", ""))[1] == "place":
        return text, "place"  # "Leeds North", "Medway South": a constituency or a district of the place
    if multi and len(words) <= 3 and first_low in _COMPASS_ADJECTIVES and not c.after_title:
        # "Eastern Samar", "Western Leyte", "Northern Cape": a compass adjective opens a region's
        # name, never a person's; a body's head word ("Western Union") was read above.
        return text, "place"
    if multi and len(words) <= 3 and words[-1].lower() in _STREET_ABBREVIATIONS:
        # "George St", "Queen St", "Smith Rd": an abbreviated street head is no surname,
        # whatever the first name before it.
        return text, "place"
    if len(words) == 3 and head in _STREET_HEADS:
        # "Tom Mboya Street", "Kenneth Matiba Street": a street named after a person; "Street"
        # is a surname only after a given name alone ("Picabo Street").
        return text, "place"
    if 2 <= len(words) <= 3 and words[0].lower() in _first_names():
        # "David Park", "Lisa Hill": a known first name makes a person, whatever the last word.
        return text, "person"
    if place_head:
        return text, "place"
    if len(words) == 1 and _is_acronym(text):
        return text, "organisation"
    if c.org_cue and (len(words) == 1 or tier < 1):
        # "Apple chief executive", "a Skyline Regional Embraer E175": an operator's or a body's cue.
        return text, "organisation"
    if c.after_title and len(words) == 1:
        return text, "person"
    if c.cue and not c.after_title:
        return text, "place"
    if c.after_title and multi and tier < 2:
        # "Insp Ravi Sandhu were both hurt": a name right after a person's title is a
        # person; the plural or "said its" after it is weak against that.
        return text, "person"
    if tier >= 1 and kind:
        return text, kind
    if len(words) >= 2 and all(_cap(w) or w.lower() in gaz.connectors or _particle_name(w, gaz) for w in words) \
            and not any(w.lower() in _SLOGAN_WORDS for w in words[1:]):
        return text, "person"
    if c.after_title and len(words) == 1:
        return text, "person"
    return None


# A Romance "of" after a body's first word ("Hospital del Puerto", "Colegio de Abogados").
_ROMANCE_OF = frozenset("de del della di da do dos das des du".split())
# Particles that open a name when capitalised ("Le Bihan", "La Liga", "De Gaulle", "Van Dijk").
_NAME_PARTICLES = frozenset("le la de del della di da du van von des dos el der al".split())
# The lower-case particles that may stand between a capitalised one and the surname ("Van der Meulen").
_LOWER_PARTICLES = frozenset("der den de la le van von ten ter".split())
# Heads of a business's name that are also surnames: after a first name the pair is a person.
_SURNAME_BUSINESS_HEADS = frozenset({"lodge", "inn", "bar", "store", "shop", "mart", "steel"})
# Modifiers that make "<modifier> <place>" a part of the place, not a body named for the place.
_PLACE_MODIFIERS = frozenset(
    "western eastern northern southern central atlantic pacific rural urban downtown uptown midtown old "
    "upper lower greater metro inner outer coastal mainland continental metropolitan suburban little "
    "north south east west northwest northeast southwest southeast northwestern northeastern "
    "southwestern southeastern interior arctic english french".split()
)
_COMPASS = frozenset("north south east west central northeast northwest southeast southwest".split())
# Compass adjectives that open a region's name ("Eastern Cape", "Northern Samar"), never a person's.
_COMPASS_ADJECTIVES = frozenset(
    "northern southern eastern western northeastern northwestern southeastern southwestern".split()
)
_STREET_HEADS = frozenset({"street", "st.", "avenue", "ave.", "road", "rd.", "boulevard", "highway"})
_STREET_ABBREVIATIONS = frozenset({"st", "st.", "rd", "rd.", "ave", "ave.", "blvd", "blvd.", "hwy", "pde", "tce"})


# Words inside a capitalised run that no person's name holds: a sign or a slogan ("Homes Not
# Home Runs", "Schools Not Stadiums", "Hands Off Our Park", "Yes To Homes").
_SLOGAN_WORDS = frozenset("not no our your we us off yes is are must now".split())


def _after_portfolio(c: _Cand) -> _Cand | None:
    """The person's name after a minister's portfolio ("for Health Simon Harris" -> "Simon Harris"), else None."""
    words = c.text.split(" ")
    firsts = _first_names()
    for k in range(2, len(words) - 1):
        if words[k].lower() in firsts:
            cut = len(" ".join(words[:k])) + 1
            return replace(c, start=c.start + cut, text=c.text[cut:], after_title=True)
    last = max(k for k, w in enumerate(words) if w.lower() in _JOINERS)
    if len(words) - last - 1 >= 3 and all(w[:1].isupper() for w in words[last + 1 :]):
        # "for Migration Henrik Lindqvist", "for Internal Affairs and Migration Henrik Lindqvist":
        # with no first name known, the portfolio's last word and the holder's two names ("for
        # Arts and Culture" ends on the portfolio and names no one).
        cut = len(" ".join(words[:-2])) + 1
        return replace(c, start=c.start + cut, text=c.text[cut:], after_title=True)
    return None


# A nickname in quotes inside a person's name: 'Brendan "Hoss" Hollis', "Mauricio “Big Mo” Moreno".
_NICKNAME_RE = re.compile(r"\b[A-Z][\w’'.\-]* ([\"“‘])([A-Z][^\"“”‘’\n]{0,24}?)[\"”’] (?=[A-Z][a-z])")


_DAY_ADVERBS = frozenset({"today", "yesterday", "tonight", "tomorrow"})
# The preposition opening a sentence with a day ("On Monday Nordic Line said", "By Friday ...").
_DAY_PREPOSITIONS = frozenset({"on", "by", "from", "for", "at", "after", "during", "until", "since", "before"})
_TIME_ADVERBS = frozenset({"late", "early", "earlier", "later", "last", "next", "this", "since", "until", "before",
                           "after", "by", "on", "mid", "from", "through", "every", "each", "past"})


def extract_entities(doc: Document) -> tuple[EntityMention, ...]:
    """Every person, organisation and place named in ``doc``'s content, in text order.

    A nickname in quotes inside a name ('Brendan "Hoss" Hollis') is read as blank
    space, so the name is the one other outlets write without it; the nickname
    alone elsewhere in the article ("Hoss said") is that person.
    """
    nicks = list(_NICKNAME_RE.finditer(doc.text)) if '"' in doc.text or "“" in doc.text or "‘" in doc.text else []
    if nicks:
        # 'Smith "Protect Our Kids" Act', '"Save Our Pier" Campaign': a title before a law or a body.
        gaz = load_gazetteer()
        heads = gaz.event_words | gaz.org_words
        nicks = [m for m in nicks if doc.text[m.end():].split(" ", 1)[0].strip(".,;:").lower() not in heads]
    if not nicks:
        return _extract_entities(doc)
    chars = list(doc.text)
    for m in nicks:
        chars[m.start(1) : m.end() - 1] = " " * (m.end() - 1 - m.start(1))
    text = "".join(chars)
    blank = replace(doc, text=text, sentences=tuple(replace(s, text=text[s.start : s.end]) for s in doc.sentences))
    # The name as written keeps its nickname; its canonical form has none.
    mentions = [replace(m, text=doc.text[m.start : m.end], canonical=" ".join(m.canonical.split()))
                if "  " in m.text else m for m in _extract_entities(blank)]
    # The nickname alone is the person whose name held it.
    named: dict[str, str] = {}
    for m in nicks:
        holder = next((x.canonical for x in mentions if x.kind == "person" and x.start < m.start(1) < x.end), None)
        if holder is not None:
            named[m.group(2)] = holder
    inside = {n.start(2) for n in nicks}
    return tuple(replace(x, canonical=named[x.text], kind="person")
                 if x.text in named and x.start not in inside else x
                 for x in mentions)


# A broadcaster's word inside a name ("Radio Ouest", "Télé Nord", "Canal Info", "Channel"): a
# number right after it is the channel's and part of the name ("Canal Info 24", "Radio Ouest 95").
# "News" is left out: the tables keep "Eyewitness News" and "Action News" without the number.
_BROADCAST_WORDS = frozenset("radio télé tele télévision canal channel info fm".split())
_CHANNEL_NO_RE = re.compile(r" (\d{1,3})(?![\d.,:%\-/])(?! (?:per|percent|minutes?|hours?|days?|years?|people|cent|[ap]\.?m\b))")


def _channel_number(doc: Document, c: _Cand) -> _Cand:
    """The candidate with its channel number when it names a broadcaster ("Canal Info 24")."""
    if " " not in c.text or not any(w.lower() in _BROADCAST_WORDS for w in c.text.split()):
        return c
    m = _CHANNEL_NO_RE.match(doc.text, c.end)
    if m is None:
        return c
    return replace(c, end=m.end(), text=doc.text[c.start : m.end()])


# "the Report on Government Services", "the Convention on the Rights of the Child": the
# words after a document's head and "on"/"of"/"into" are its subject, not a body.
_DOCUMENT_OF_RE = re.compile(r"\b(?:Report|Convention|Treaty|Declaration|Covenant|Charter|Protocol|Review|Inquiry)"
                             r" (?:on|of|into|for) (?:the )?\Z")
# "the Known Exploited Vulnerabilities catalog": a catalogue's title before its common noun.
_CATALOG_AFTER_RE = re.compile(r" catalog(?:ue)?s?\b")
# "the Finance Bill", "Kenya's Finance Bill": a bill named after "the" or a possessive.
_BILL_BEFORE_RE = re.compile(r"(?:\b[Tt]he |['’]s |\b[A-Z][a-z]{0,3}\.?\d[\d.,]*(?:bn|tn|mn|cr|m|b|k)? )\Z")
# "an Office for Civil Rights" is a body, but "Inspector-General of Police", "Secretary of
# State": an office's title with its scope, no name in it.
_OFFICE_OF_RE = re.compile(r"([A-Za-z\-]+) of (?:the )?([A-Za-z]+)")


_FRENCH_ARTICLES = frozenset({"le", "la", "les", "du", "au"})


# Endings of adjectives written with a capital in a title-case phrase ("Presidential",
# "Parliamentary", "Constitutional"): after a nationality, they open no body's name.
_ADJECTIVE_ENDS = ("ial", "ary", "al", "ic")
_LOWER_WORD_AFTER_RE = re.compile(r" ([a-z]+)\b")
# A minister's title before the portfolio it holds ("the Minister of Labour, ...").
# ("general secretary of the union" is the union's: a secretary's "of" is left alone.)
_PORTFOLIO_OF_RE = re.compile(r"\b[Mm]inisters? of (?:the )?\Z")
_CAP_NEXT_WORD_RE = re.compile(r" [A-Z]")
# "of" and a lower-case word that is no determiner: "Price of tram line", not "Jones of the union".
_OF_COMMON_AFTER_RE = re.compile(r" of (?!(?:the|a|an|his|her|its|their|our|my|your|this|that)\b)[a-z]")


def _common_noun_after(text: str, end: int) -> bool:
    """A lower-case word after ``end`` that reads as a noun, not a verb ("vote", not "said" or "has")."""
    m = _LOWER_WORD_AFTER_RE.match(text, end)
    if m is None:
        return False
    word = m.group(1)
    return word not in ENGLISH_STOP_WORDS and not word.endswith("ed") and _SPEECH_RE.fullmatch(word) is None


@lru_cache(maxsize=1)
def _opening_speech_verbs() -> frozenset[str]:
    """Past forms in -ed of the reporting verbs that may stand before their speaker ("Added", "Noted")."""
    data = read_lexicon("reporting_verbs")
    return frozenset(f for v in data.get("verbs", ()) if isinstance(v, dict) and v.get("invert", True) is not False
                     for f in v.get("forms", ()) if isinstance(f, str) and f.endswith("ed") and " " not in f)


def _without_lead_word(c: _Cand, gaz: Gazetteer, after: str = "") -> _Cand:
    """``c`` without a descriptor or a social tail's imperative that opens it.

    "Victim Brian Mwangi", "Suspect Dylan Price": the descriptor is no part
    of the name when a first name follows it ("Victim Support" is a charity).
    "Join the Lagos Herald on Telegram", "Follow Qanat International": the
    imperative of a site's social tail opens the outlet's name, not a name.
    """
    head, _, rest = c.text.partition(" ")
    low = head.lower()
    if not rest:
        return c
    rest_words = rest.lower().split()
    if low in gaz.descriptor_titles and 2 <= len(rest_words) <= 3 and rest.lower() not in gaz.names \
            and not any(w in gaz.org_words or w in gaz.place_words for w in rest_words):
        cut = len(head) + 1
        return replace(c, start=c.start + cut, text=rest, initial=False, after_title=True)
    plural_job = low.endswith("s") and (low[:-1] in gaz.person_nouns or low[:-1] in gaz.titles)
    if c.initial and (low in gaz.person_nouns or plural_job) and head not in _MD_NAMES and 2 <= len(rest_words) <= 3 \
            and rest.lower() not in gaz.names \
            and all(_cap(w) and not w.isupper() for w in rest.split()) \
            and not any(w in gaz.org_words or w in gaz.place_words or w in gaz.person_nouns or w in gaz.titles
                        or w in gaz.connectors for w in rest_words):
        # "Guard Alan Buxton, 58,", "Journalist Farida Qureshi-Baig was jailed": a job or a role
        # opening the sentence in title case before a full name, as a title ("Driver" is no name).
        cut = len(head) + 1
        return replace(c, start=c.start + cut, text=rest, initial=False, after_title=True)
    if c.initial and low in _opening_speech_verbs() and low not in gaz.names and 2 <= len(rest_words) <= 3 \
            and all(_cap(w) for w in rest.split()) and rest.lower() not in gaz.names:
        # 'Added Tomas Varga, a professor: "..."': a reporting verb put before its speaker opens
        # the sentence; it is no part of the name ("Said", a given name, ends in no "-ed").
        cut = len(head) + 1
        return replace(c, start=c.start + cut, text=rest, initial=False)
    if low in gaz.race_words and c.text.lower() not in gaz.names \
            and (gaz.names.get(rest.lower(), ("", ""))[1] == "place"
                 or after.lower() in gaz.place_followers or f"{after.lower()}s" in gaz.place_followers):
        # "a Black Tulsa resident", "Black Leeds residents": the race is no part of the place.
        cut = len(head) + 1
        return replace(c, start=c.start + cut, text=rest, initial=False)
    if low in gaz.denominations and c.text.lower() not in gaz.names \
            and gaz.names.get(rest.lower(), ("", ""))[1] == "place":
        # "largely Lutheran Norway": a faith's adjective before a country is no part of it.
        cut = len(head) + 1
        return replace(c, start=c.start + cut, text=rest, initial=False)
    if c.initial and len(head) > 5 and low.endswith("ed") and c.text.lower() not in gaz.names \
            and low not in gaz.names and low not in _first_names() and 1 <= len(rest_words) <= 3 \
            and (gaz.names.get(rest.lower(), ("", ""))[1] == "place" or rest_words[-1] in gaz.place_words):
        # "Frightened Marlow Tower residents": a participle opening the sentence describes the
        # people; it is no part of the place ("United Kingdom", known whole, keeps its word).
        cut = len(head) + 1
        return replace(c, start=c.start + cut, text=rest, initial=False)
    if gaz.interjections:
        lowered = c.text.lower()
        for phrase in gaz.interjections:
            if lowered.startswith(phrase + " ") and 1 <= c.text.count(" ") - phrase.count(" ") <= 3:
                # '"Thank God Ann Roe is safe"': an exclamation glued before the name opens no name.
                cut = len(phrase) + 1
                return replace(c, start=c.start + cut, text=c.text[cut:], initial=False)
    if low in _FRENCH_ARTICLES and gaz.names.get(rest.lower(), ("", ""))[1] == "place" \
            and c.text.lower() not in gaz.names:
        # "« Le Québec a déjà ... »": French puts an article before a province or a country; the
        # article is no part of the name ("Le Havre", "La Paz", known whole, keep theirs).
        cut = len(head) + 1
        return replace(c, start=c.start + cut, text=rest, initial=False)
    if low in gaz.tail_imperatives and c.initial:
        cut = len(head) + 1 + (4 if rest.startswith("the ") else 0)
        if " " in c.text[cut:]:
            return replace(c, start=c.start + cut, text=c.text[cut:], initial=False)
    return c


def _document_or_product(doc: Document, c: _Cand, gaz: Gazetteer) -> bool:
    """Whether ``c`` names a document, a legal text, an office or a model rather than a party.

    A treaty or an amendment ("the Second Amendment", "UN Convention"), a bill
    after "the" ("the Finance Bill"), the subject of a report ("Report on
    Government Services"), a catalogue's title, an office's title with its
    scope ("Inspector-General of Police") and a car model ("Holden Commodore")
    are none of the people, bodies and places framing compares.
    """
    text = c.text
    if " " not in text:
        return False
    low = text.lower()
    if low in gaz.names:
        return False
    words = low.split()
    last = words[-1]
    if last in gaz.document_heads:
        return True
    if last == "bill" and _BILL_BEFORE_RE.search(doc.text, max(0, c.start - 16), c.start):
        return True
    if _DOCUMENT_OF_RE.search(doc.text, max(0, c.start - 24), c.start) or _CATALOG_AFTER_RE.match(doc.text, c.end):
        return True
    office = _OFFICE_OF_RE.fullmatch(text)
    if office is not None and all(p in gaz.titles for p in office.group(1).lower().split("-")) \
            and office.group(2).lower() in gaz.titles:
        return True
    return len(words) == 2 and words[0] in gaz.vehicle_makes and last not in gaz.org_words \
        and last.rstrip("s") not in ("motor", "group")


_PRICE_WORD_RE = re.compile(r"[a-z]+(?: cent)?|%")


def _price_sentence(doc: Document, c: _Cand, gaz: Gazetteer) -> bool:
    """Whether the sentence of ``c`` speaks of prices ("inflation", "rents", "3.4%"): a "CPI" there is the index."""
    sent = doc.sentences[c.sentence]
    return any(m.group() in gaz.price_words for m in _PRICE_WORD_RE.finditer(doc.text[sent.start : sent.end].lower()))


def _extract_entities(doc: Document) -> tuple[EntityMention, ...]:
    """:func:`extract_entities` on a document whose nicknames (if any) are blanked."""
    gaz = load_gazetteer()
    common = _common_words(doc)
    cands = [piece for c in _owner_cut(doc, _candidates(doc, gaz, common), gaz) for piece in _split_and(doc, c, gaz)]
    # "Brandt's Civic Union and Holt's Progressive Alliance": each owner is cut once the list is.
    cands = _owner_cut(doc, cands, gaz)
    cands = [piece for c in cands for piece in _person_of_firm(c, gaz)]
    cands = [piece for c in cands for piece in _body_then_person(c, gaz)]
    cands = _join_names(doc, cands, gaz)
    if gaz.media:
        cands = _media_joins(doc, cands, gaz)
    cands = [_channel_number(doc, c) for c in cands]
    if gaz.institution_nouns:
        cands = [_institution(doc, c, gaz, common) for c in cands]
    mid = {c.text for c in cands if not c.initial}  # names seen where a capital means a name
    defined = _abbreviations(doc, cands, gaz)
    found: list[tuple[_Cand, str, str]] = []
    pending: list[_Cand] = []
    titles = _titles_of_works(doc, gaz)
    dated = _dateline_names(doc, cands, gaz)
    datelines = [(a, b) for a, b, _ in dated]
    outlet = _outlet_names(doc, gaz)
    aside = _set_aside(doc)
    forced: dict[int, str] = {}  # start -> kind, when the words around the name settle it
    models: set[str] = set()  # car models named after their make ("Commodore" of "Holden Commodore")
    # Storms' own names ("Typhoon Lakandula"): alone elsewhere ("Lakandula's winds") they name
    # the storm, none of the parties framing compares.
    storms = ({m.group(1) for m in _STORM_RE.finditer(doc.text)} if gaz.event_prefixes else set())
    # Village words ("Barangay", "Brgy.") are read only in the articles that hold one.
    villages = any(w.capitalize() in doc.text for w in gaz.village_words)
    generic = _generic_abbreviations(doc.text)
    # "Coastal Lung Syndrome (CLS)", "Affordable Care Act (ACA)": capitals defined by a
    # disease's, an event's or a law's name name no party either.
    generic |= {a for a, full in defined.items() if full.rsplit(" ", 1)[-1].lower() in gaz.event_words}
    live = []
    for c in cands:
        if generic and c.text in generic and c.text.lower() not in gaz.names:
            continue  # "over lowest astronomical tide (LAT)": a common noun's capitals, no body
        if aside and any(a <= c.start < b for a, b in aside):
            continue  # a wire's editor note, a case name, a translated foreign phrase
        if c.text.endswith(_BOX_VERBS) and doc.text[max(0, c.start - 5) : c.start] == "What ":
            # "What Fairbridge Economics Says", "What Bloomberg Intelligence Says": a market
            # wire's box title; the name is the body whose view the box gives.
            c = replace(c, end=c.end - len(c.text.rsplit(" ", 1)[1]) - 1, text=c.text.rsplit(" ", 1)[0])
            forced[c.start] = "organisation"
        elif " " not in c.text and _SURNAMED_RE.search(doc.text, max(0, c.start - 12), c.start):
            forced[c.start] = "person"  # "a technician surnamed Oh": the person, by family name only
        low0 = c.text.lower()
        if villages and low0.rstrip(".") in gaz.village_words:
            continue  # "Brgy." cut from the village it names ("Brgy. Tinago")
        if villages and " " in c.text and low0.split(" ", 1)[0] in gaz.village_words \
                and low0.split()[1] not in gaz.titles:
            # "... San Isidro and Sitio Malipayon": the second village of a pair kept its word.
            cut = c.text.index(" ") + 1
            c = replace(c, start=c.start + cut, text=c.text[cut:], initial=False)
            low0 = c.text.lower()
        if villages and _VILLAGE_BEFORE_RE.search(doc.text, max(0, c.start - 10), c.start) \
                and doc.text[max(0, c.start - 10) : c.start].split()[-1].lower().rstrip(".") in gaz.village_words:
            forced[c.start] = "place"  # "Barangay Sabang Dako", "Brgy. Tinago", "Sitio Malipayon": a village
        elif " " in c.text and low0.rsplit(" ", 1)[-1] in _STREET_PAIR_HEADS and c.text.count(" ") <= 3 \
                and (_STREET_AFTER_RE.match(doc.text, c.end)
                     or _STREET_BEFORE_RE.search(doc.text, max(0, c.start - 40), c.start)):
            forced[c.start] = "place"  # "the junction of Patrick Street and Grand Parade": streets
        elif low0 in gaz.district_words and not _PRODUCT_AFTER_RE.match(doc.text, c.end) \
                and (doc.text[max(0, c.start - 4) : c.start].lower() == "the " or f"the {c.text}" in doc.text
                     or doc.text[max(0, c.start - 3) : c.start] in ("'s ", "’s ")):
            # An article that writes "the CBD" once means the district in its headline too
            # ("take over CBD over ...", "sponsors of CBD chaos").
            forced[c.start] = "place"  # "shops in the CBD", "toured the CBD": a city's business district
        elif c.text.count(" ") == 1 and low0.rsplit(" ", 1)[-1] in _SQUARE_HEADS \
                and _prev_word(doc.text, c.start).lower() in _SQUARE_CUES:
            forced[c.start] = "place"  # "in Martin Place", "sealed off Harvey Place": a street, not a person
        elif _AREA_AFTER_RE.match(doc.text, c.end) and not c.after_title \
                and gaz.names.get(low0, ("", ""))[1] != "organisation":
            forced[c.start] = "place"  # "Esk Point and Harlow Palms areas": a place's area
        elif c.text.count(" ") == 1 and c.text.split(" ", 1)[0].isupper() and len(c.text.split(" ", 1)[0]) <= 4 \
                and low0.split(" ", 1)[1] in gaz.vehicle_makes:
            forced[c.start] = "organisation"  # "GM Holden", "VW Skoda": a maker's marque under its parent
        elif " " not in c.text and low0 in gaz.vehicle_makes and low0 not in common \
                and low0 not in gaz.make_common_words \
                and not _CAP_AFTER_RE.match(doc.text, c.end) \
                and (c.initial or doc.text[max(0, c.start - 2) : c.start] == ", "
                     or _prev_word(doc.text, c.start).lower() in _MAKER_CUES
                     or doc.text.startswith(("'s ", "’s "), c.end)) \
                and not any(x.text.endswith(" " + c.text) for x in cands):
            # "Toyota said", "a statement from Toyota", "Tesla, Hyundai and GM": the maker alone as
            # a party; "her Mazda", "unmarked Subaru cars" are cars, "Doug Ford" keeps his surname.
            forced[c.start] = "organisation"
        elif low0.split(" ", 1)[0] in _UNIT_WORDS and " " in c.text \
                and _ACRONYM_BEFORE_RE.search(doc.text, max(0, c.start - 14), c.start):
            # "the Philippine Coast Guard (PCG) District Eastern Visayas": a unit of the body
            # whose acronym stands before it, not a person.
            forced[c.start] = "organisation"
        journey = _FROM_TO_BEFORE_RE.search(doc.text, max(0, c.start - 40), c.start) \
            if c.start not in forced and c.text.count(" ") <= 1 and doc.text[c.start - 4 : c.start] == " to " else None
        if journey is not None and journey.group(1).lower() not in gaz.titles \
                and journey.group(1).lower() not in _first_names() and c.text.split(" ", 1)[0].lower() not in _first_names():
            # "flew from Lahore to Karachi", "from Accra to Tamale": a journey's other end ("from
            # Mr Smith to Jones", "from John to Mary" are people).
            forced[c.start] = "place"
        opener = _ADVERB_THE_RE.match(c.text)
        if opener:
            # '... of the Bank".Yet the Chancellor, Marcus Delaney': a sentence adverb or
            # conjunction glued to "the" (a sentence its period did not close) opens no name.
            c = replace(c, start=c.start + opener.end(), text=c.text[opener.end():], initial=False)
            low0 = c.text.lower()
        if storms and c.text in storms:
            continue  # "What Lakandula exposed": the storm the article names "Typhoon Lakandula"
        if " " in c.text and (low0.rsplit(" ", 1)[-1] in gaz.programme_heads
                              or (low0.endswith("s") and doc.text[c.start - 2 : c.start - 1].isdigit()
                                  and _COUNT_BEFORE_RE.search(doc.text, max(0, c.start - 12), c.start)
                                  and low0 not in gaz.names and _next_word(doc.text, c.end) in ENGLISH_STOP_WORDS)):
            # "the Emergency Cash Transfer": a programme; "35 Mobile Command Centers and ...": a
            # counted common noun in title case. Neither names a party framing compares. A count
            # of a body's people ("150 Canadian Armed Forces members") counts the noun after it.
            continue
        if "-" in c.text and c.text.count(" ") >= 2:
            family, given = c.text.rsplit(" ", 2)[1:]
            if "-" in given and _given_name_pair(given, family + " ", len(family) + 1, gaz):
                # "Health and Welfare Cho Kyoo-hong", "Energy Koo Bon-seok": a portfolio left
                # over from a long title, then a family name and a hyphenated given name.
                cut = len(c.text) - len(family) - len(given) - 1
                c = replace(c, start=c.start + cut, text=c.text[cut:], after_title=True)
        if c.text.split(" ", 1)[0] in ("for", "of"):
            # "Minister for Health Simon Harris", "the Minister for Enterprise, Trade and ...": a
            # portfolio left over from a cut title; the name, if any, starts at a known first name.
            named = _after_portfolio(c)
            if named is None:
                continue
            c = named
        if any(a <= c.start and c.end <= b for a, b in titles):
            continue  # "The Bluest Eye", "Gender Queer": a book or film, not a name
        if datelines and any(a <= c.start < b for a, b in datelines):
            continue  # read by _dateline_names
        if " " in c.text:
            glued = _GLUED_SUM_WORD_RE.match(c.text.split(" ", 1)[0])
            if glued is not None and glued.group(1).lower().rstrip(".") in gaz.currency_prefixes:
                # "the Sh346bn Finance Bill": the sum is no part of the name after it.
                cut = c.text.index(" ") + 1
                c = replace(c, start=c.start + cut, text=c.text[cut:], initial=False)
        if c.text.split(" ", 1)[0].lower() in _TITLE_LEADS and _TITLE_HEAD_AFTER_RE.match(doc.text, c.end):
            continue  # "the hospital's Chief Information Security Officer": a job title
        if not c.initial and c.text in gaz.chamber_words:
            if _CHAMBER_AUDIENCE_RE.search(doc.text, max(0, c.start - 16), c.start) \
                    or (doc.text[c.end : c.end + 2].strip()[:1].isupper()
                        and doc.text[max(0, c.start - 8) : c.start].endswith((" in the ", " of the "))):
                # "the Majority Leader told the House": the members addressed, no party (table T);
                # "in the Assembly Farhan Qureshi": the rest of a title before a name (table M).
                continue
            forced[c.start] = "organisation"  # "the House voted", "on the House floor": the chamber
        if " " not in c.text and c.text in models:
            continue  # "the Commodore" after "a stolen Holden Commodore": the car, no party
        c = _without_lead_word(c, gaz, _next_word(doc.text, c.end)
                               if c.text.partition(" ")[0].lower() in gaz.race_words else "")
        if _document_or_product(doc, c, gaz):
            if c.text.count(" ") == 1 and c.text.split()[0].lower() in gaz.vehicle_makes:
                models.add(c.text.split()[1])
            continue
        low = c.text.lower()
        stop = low in ENGLISH_STOP_WORDS and not (c.text.isupper() and low in gaz.names)  # "US"
        if low in gaz.person_places and _AGE_AFTER_RE.match(doc.text, c.end):
            found.append((c, c.text, "person"))  # "Chad, 41, said": a given name, with an age
            continue
        if gaz.body_nouns_after and not stop and low not in gaz.names and low not in gaz.not_names \
                and not c.after_title and (" " in c.text or doc.text.startswith(" party", c.end)) \
                and _body_noun_after_re(gaz.body_nouns_after).match(doc.text, c.end):
            # "the Works and Roads department", "the opposition Lumo Unity party": a lower-case
            # body's noun right after the name says the name is the body's ("the Health department":
            # one word before a department's noun is its field, not a name).
            found.append((c, c.text, "organisation"))
            continue
        if c.text.isupper() and len(c.text) <= 3 and _DOLLAR_AFTER_RE.match(doc.text, c.end):
            continue  # "US$19bn", "NZ$4m", "HK$10": a currency's country code, not the country
        if low in gaz.not_names or stop or _not_a_name(doc, c, gaz) or _time_zone(doc, c, gaz):
            continue
        if low in gaz.price_indices and _price_sentence(doc, c, gaz):
            continue  # "CPI inflation eased", "rose faster than the CPI": the index (Indian copy's party elsewhere)
        if c.initial and " " not in c.text and f"{low} {_next_word(doc.text, c.end).lower()}" in gaz.phrase_openers:
            continue  # "Fed up with the delays": an idiom opening the sentence, not the Federal Reserve
        head, _, rest = low.partition(" ")
        if head in _TIME_ADVERBS and rest in gaz.not_names:
            continue  # "Late Sunday, police said", "Early Tuesday": a time opening a sentence
        if low in gaz.demonyms and (c.compound or " " not in c.text or low not in gaz.names):
            continue  # "Russian state media", "a Dutch-owned factory", "South Korean officials": a nationality
        if " " in c.text and all(w in gaz.demonyms or w in gaz.denominations for w in low.split()) \
                and low not in gaz.names:
            # "the Korean American community", "Irish American voters", "a Chinese Christian": an
            # identity (nationalities and faiths), not a place or a body
            continue
        if c.text.count(" ") == 1 and low.split(" ", 1)[0] in gaz.demonyms and low not in gaz.names \
                and low.endswith(_ADJECTIVE_ENDS) and low.rsplit(" ", 1)[1] not in gaz.org_words \
                and _common_noun_after(doc.text, c.end):
            continue  # "The Norwegian Parliamentary vote": a nationality and an adjective before a noun
        if " " not in c.text and doc.text[max(0, c.start - 2) : c.start] == ": " and low not in gaz.names \
                and _OF_COMMON_AFTER_RE.match(doc.text, c.end):
            continue  # "Leeds mayor: Price of tram line could hit $2bn": a clause's first word, no person
        if _PORTFOLIO_OF_RE.search(doc.text, max(0, c.start - 30), c.start) is not None \
                and gaz.names.get(low, ("", ""))[1] != "place" and not _CAP_NEXT_WORD_RE.match(doc.text, c.end) \
                and not any(w in _first_names() for w in low.split()) \
                and not any(x.text.endswith(" " + c.text) for x in cands):
            # "the Minister of Labour, Ada Obi", "Minister of Mines and Energy": a portfolio, no body,
            # unless the article names the ministry too ("Ministry of Human Resources"): its short form.
            continue
        if " " not in c.text and low in _demonym_tails(gaz.demonyms) \
                and _prev_word(doc.text, c.start).lower() + " " + low in gaz.demonyms:
            continue  # "Sri Lankan fishermen" whose "Sri" was read as an honorific
        if c.text.isupper() and _label(doc, c) and low not in gaz.names:
            continue  # "CLAIM:", "THE FACTS:", "WHAT WE FOUND:": a fact-check's label, not a name
        if c.text.isupper() and " " not in c.text and low not in gaz.names and _section_label(doc, c):
            continue  # "NATION", "WORLD" alone over the copy: the page's section, no body
        if gaz.date_heads and " " in c.text and low.rsplit(" ", 1)[-1] in gaz.date_heads \
                and not (c.text.count(" ") == 1 and low.split(" ", 1)[0] in _first_names()):
            continue  # "Election Day", "Veterans Day": a date, not a person ("Doris Day" is one)
        live.append(c)
    by_text: dict[str, list[_Cand]] = {}
    for c in live:
        by_text.setdefault(c.text, []).append(c)
    heads = {m.group(1) for name in by_text for m in [_CAMPAIGN_RE.match(name)] if m is not None}
    if heads:
        # "Coloradans" beside "Coloradans for Safer Communities", "Parents" beside "Parents Against
        # Vaping": a plural people's noun alone is the people, never the campaign named after them.
        live = [c for c in live if c.text not in heads]
        by_text = {k: v for k, v in by_text.items() if k not in heads}
    if any(" of " in name for name in by_text):
        live = _split_person_of(live, by_text, gaz)
        by_text = {}
        for c in live:
            by_text.setdefault(c.text, []).append(c)
    # A single word that opens or ends a longer name of the article ("Cox" for "Bryan
    # Cox", "Meridian" for "Meridian Logistics") takes its meaning from that name
    # (_resolve_pending), not from the words around it.
    # Not the first word of a firm's arm in one country ("Coinvale" of "Coinvale US"), nor the place
    # a body's name ends on after "of" ("Belcastre" of "Fédération des Entreprises de Belcastre"):
    # those words name the parent and the place, read from their own wording.
    parts = {w for name in by_text if " " in name for w in (name.split(" ", 1)[0], name.rsplit(" ", 1)[-1])
             if (w != name.split(" ", 1)[0] or not _regional_arm(name, gaz))
             and (w != name.rsplit(" ", 1)[-1] or name.split()[-2] not in _OF_WORDS)}
    # The last words of person-shaped names ("Renata Okafor", "Ann Wagner"): alone, such a
    # word is that person's surname, not a place ("rein in Okafor") nor a listed group.
    first = _first_names()
    surnames = {name.rsplit(" ", 1)[-1] for name, cs in by_text.items()
                if " " in name and len(name.split()) <= 3
                and (name.split(" ", 1)[0].lower() in first or any(x.after_title for x in cs))}
    # "the Brandts", "the Okafors": a family named by the plural of a surname the article gives
    # in full (Kayla Brandt) is that household, no organisation.
    live = [c for c in live if " " in c.text or not c.text.endswith("s") or c.text[:-1] not in surnames
            or doc.text[max(0, c.start - 4) : c.start].lower() != "the "]
    if gaz.race_words:
        # "an unarmed Black teen", "White residents": a race, not a place; a surname stays ("White said").
        lasts = {name.rsplit(" ", 1)[-1] for name in by_text if " " in name}
        live = [c for c in live if " " in c.text or c.text.lower() not in gaz.race_words or c.text in lasts]
    parties = _party_readings(doc, live, gaz) if gaz.party_short else {}
    cache: dict[str, tuple[str, int] | None] = {}

    def evidence(name: str) -> tuple[str, int] | None:
        # Read lazily and once per name: most names are settled by the gazetteer or their head word.
        if name not in cache:
            cache[name] = None if name in parts else _name_evidence(doc, by_text[name], gaz, defined, common)
        return cache[name]

    for c in live:
        if c.institution:
            found.append((c, c.institution, "organisation"))
            continue
        if c.text in defined:
            found.append((c, defined[c.text], "organisation"))
            continue
        if forced and c.start in forced:
            found.append((c, c.text, forced[c.start]))
            continue
        if c.start in parties:
            found.append((c, parties[c.start], "organisation"))  # "Jubilee leader", "the ruling ANC"
            continue
        if gaz.media_short and c.text in gaz.media_short and _cited_outlet(doc, c):
            found.append((c, gaz.media_short[c.text], "organisation"))  # "told the Age", "Dawn reported"
            continue
        if c.text in outlet:
            # The article's own outlet, named in its text ("told Global News Now", "questions from
            # The Commons"): that organisation, never another entry the words spell (House of Commons).
            found.append((c, outlet[c.text], "organisation"))
            continue
        if c.compound and c.text.lower() not in gaz.names:
            # "a Marsden-based firm", "London-born": the name before -based/-born is a place;
            # before any other ending ("Kelvale-owned") it is a name only if the article says so.
            suffix = c.compound.split("-", 1)[0]
            if suffix in gaz.compound_place_suffixes:
                found.append((c, c.text, "place"))
            elif suffix in gaz.compound_power_suffixes and c.text.rsplit(" ", 1)[-1].lower() in gaz.org_words:
                # "the Hadar Front-run enclave", "a Hamas Movement-backed list": a body's word closes
                # the name, so the body runs it, not a state.
                found.append((c, c.text, "organisation"))
            elif suffix in gaz.compound_power_suffixes and c.text not in parts \
                    and not any(x.after_title for x in by_text[c.text]):
                # "Vardan-backed militias", "Rwanda-occupied": the press writes these of states;
                # a person's surname named in full in the article ("Trump-backed") stays pending.
                found.append((c, c.text, "place"))
            else:
                pending.append(c)
            continue
        if c.text.lower() in gaz.regions and _COMPASS_PAIR_RE.match(doc.text, c.end) \
                and doc.text[max(0, c.start - 4) : c.start].lower() != "the ":
            # "workers from South and Southeast Asia", "East and West Africa": the bare compass
            # word shares the name after it, and is no place alone ("the South and North Dakota"
            # keeps the region).
            continue
        if c.text.lower() in gaz.regions and doc.text[max(0, c.start - 4) : c.start].lower() == "the ":
            # "homelessness across the West": a region, however the words after it read ("the West have").
            found.append((c, c.text, "place"))
            continue
        if " for " in c.text:
            lead, _, tail = c.text.partition(" for ")
            if tail in surnames and " " not in lead and lead.lower() not in gaz.names:
                # "Lawyers for Whitcombe", "Supporters for Okafor": a common noun and the person's
                # surname, not a group called so ("Moms for Liberty").
                start = c.start + len(lead) + 5
                c = _Cand(start, c.end, tail, c.sentence, False, False, False)
        if c.text in surnames and not c.after_title and _WHERE_AFTER_RE.match(doc.text, c.end):
            found.append((c, c.text, "place"))  # "sent to Dalton, where three were shot": a person is "who"
            continue
        if c.text in surnames and not c.after_title and not _placed_surname(doc.text, c, gaz) \
                and gaz.names.get(c.text.lower(), ("", "organisation"))[1] == "organisation":
            pending.append(c)  # resolved to the person by _resolve_pending
            continue
        got = _classify(c, gaz, evidence)
        if c.initial and len(c.text.split()) == 1 and c.text.lower() not in gaz.names and not _is_acronym(c.text) \
                and c.text not in gaz.cased_names \
                and not (got is not None and (evidence(c.text) or ("", 0))[0]):
            # "Young children", "Specifically, ...": a capital at the start proves nothing
            # unless the words around it do ("Whitfield said she", "Alvarez, a retired bus driver,").
            pending.append(c)
            continue
        if c.initial and got is not None and got[1] == "person" and c.text.split()[0].lower() in common:
            pending.append(c)
            continue
        if got is None:
            pending.append(c)
        else:
            found.append((c, got[0], got[1]))
    found = _short_forms(found, gaz, evidence, doc.text)
    found = _hospital_short_names(doc, found)
    found = _surnames_over_cues(found, gaz, doc.text)
    found = _expand_acronyms(found, gaz)
    found = _fold_middle_names(found)
    found = _resolve_pending(pending, found, mid, gaz, common, doc.text)
    found = _particle_surnames(found, pending)
    found = _first_names_alone(found, pending, gaz)
    if gaz.place_plurals:
        found = _listed_settlements(doc, found, pending, gaz)
    found = _propagate_lists(doc, found, pending, gaz)
    found = _same_text(found, pending)
    found = _tail_short_forms(found, gaz)
    if gaz.short_form_heads or gaz.masthead_words:
        found = _head_word_short_forms(found, pending, gaz)
    found = _of_body_short_forms(found, gaz)
    if dated:
        found.extend(_dateline_found(dated, found))
    found = _places_over_short_forms(doc, found, pending, gaz)
    found = _places_after_of(doc, found, gaz)
    found = _merge_hypocorisms(found)
    found = _full_names(found, doc)
    found = _without_demonyms(found, gaz)
    found = _nation_back_refs(doc, found)
    found = _place_bodies(doc, found, gaz)
    found = _known_as(doc, found)
    found = _addressed_given_names(found, gaz)
    found = _places_over_persons(found)
    found = _owner_and_unit(doc, found)
    found = _places_over_bodies(found)
    found = _surnames_of_persons(found, gaz)
    if gaz.back_reference_words:
        # "the Federal Government" with no "Government of X" in the article: a common noun, no
        # name ("Government" beside "Government of St. Corwin" is that body and was linked to it).
        found = [f for f in found if f[1] != f[0].text or f[0].text.lower() not in gaz.back_reference_words]
    mentions = _fold(found)
    if gaz.second_senses:
        mentions = _second_senses(doc, mentions, gaz)
    return tuple(sorted(mentions, key=lambda m: m.start))


@lru_cache(maxsize=8)
def _party_cue_res(after: frozenset[str], before: frozenset[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The gazetteer's party cues as two patterns: right after a name, and ending right before one."""
    joined = sorted((w for w in after if w.startswith("-")), key=len, reverse=True)
    spaced = sorted((w for w in after if not w.startswith("-")), key=len, reverse=True)
    after_re = rf"(?:[’']s)?(?:\s+{alternation(spaced, loose=True)}|{alternation(joined) if joined else '(?!)'})\b"
    before_re = rf"\b{alternation(sorted(before, key=len, reverse=True), loose=True)}\s+(?:the\s+)?\Z"
    return re.compile(after_re, re.IGNORECASE), re.compile(before_re, re.IGNORECASE)


@lru_cache(maxsize=256)
def _country_re(words: tuple[str, ...]) -> re.Pattern[str]:
    """Any of a country's words (its name, adjective, capital) as whole words, as written."""
    return re.compile(rf"(?<![\w.]){alternation(sorted(words, key=len, reverse=True), loose=True)}(?!\w)")


def _party_at_home(doc: Document, word: str, gaz: Gazetteer) -> bool:
    """Whether ``word`` is a party's short name and the article names that party's country."""
    return word in gaz.party_short and any(_country_re(gaz.party_countries[code]).search(doc.text)
                                           for _, code in gaz.party_short[word])


# Two names of a list: "Jubilee and ODM", "the PTI, PML-N and PPP".
_LIST_GAP_RE = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s+)(?:the\s+)?\Z")


def _party_readings(doc: Document, cands: Sequence[_Cand], gaz: Gazetteer) -> dict[int, str]:
    """The party each short party name of the article stands for, by the start of its mention.

    A short name ("Jubilee", "ANC", "PTI", "Congress") is the party where the article names that
    party in full, where it names the party's country (one of the parties sharing the name), or,
    for an acronym naming no such country, beside a party cue ("the ruling ANC", "PTI leader") or
    another party in a list ("the PTI and PML-N"): then the first party listed under that name. A
    word ("Jubilee", "Labor", "Morena") is read only in its country's context. A short name that is also another listed body (the Press
    Trust of India's "PTI", the US "Congress") needs both: a cue or a list, and the country.
    """
    shorts = [i for i, c in enumerate(cands) if c.text in gaz.party_short]
    if not shorts:
        return {}
    named = set()
    for c in cands:
        low = c.text.lower()
        if low in gaz.parties:
            known = gaz.cased_names.get(c.text) or gaz.names.get(low)
            if known is not None:
                named.add(known[0])
    cue_after, cue_before = _party_cue_res(gaz.party_cues_after, gaz.party_cues_before)
    office_after, _ = _party_cue_res(gaz.party_office_cues, frozenset({"ruling"}))
    countries: dict[str, bool] = {}

    def in_article(code: str) -> bool:
        if code not in countries:
            countries[code] = bool(_country_re(gaz.party_countries[code]).search(doc.text))
        return countries[code]

    def party_beside(j: int, gap: str) -> bool:
        return 0 <= j < len(cands) and cands[j].text.lower() in gaz.parties and bool(_LIST_GAP_RE.fullmatch(gap))

    out: dict[int, str] = {}
    for i in shorts:
        c = cands[i]
        options = gaz.party_short[c.text]
        full = [name for name, _ in options if name in named]
        if len(full) == 1:
            out[c.start] = full[0]  # "the Pakistan Tehreek-e-Insaf (PTI)": the article names it
            continue
        cued = bool(cue_after.match(doc.text, c.end) or cue_before.search(doc.text, max(0, c.start - 30), c.start)
                    or (i > 0 and party_beside(i - 1, doc.text[cands[i - 1].end : c.start] + " "))
                    or (i + 1 < len(cands) and party_beside(i + 1, doc.text[c.end : cands[i + 1].start])))
        home = [name for name, code in options if in_article(code)]
        other = c.text.lower() in gaz.names or c.text in gaz.cased_names
        if len(home) == 1 and (cued or not other or office_after.match(doc.text, c.end)):
            out[c.start] = home[0]
        elif not home and cued and not other and c.text.isupper() \
                and not any(in_article(code) for code in gaz.party_countries):
            # An acronym only: a word ("Labor leaders" of US unions, "a Jubilee concert") needs its
            # country; and none where the article is about another country ("PNP" in Manila).
            out[c.start] = options[0][0]  # "the ruling ANC": the first listed, the one world copy means
    return out


def _surnames_of_persons(found: list[tuple[_Cand, str, str]], gaz: Gazetteer) -> list[tuple[_Cand, str, str]]:
    """A lone word read as a body that is the surname of the one person the article names in full is
    that person: "Ewald Kessling ... Kessling spokesman Jonas Brandt". (A place stays a place: the
    tables hold towns that are the surnames of people in the same article, "Peter Barnsley" and
    "Barnsley".) Not a word the gazetteer lists or a chamber's or a body's word ("the House" beside
    a "Corrigan House" misread as a person), nor one of another name of the article ("Kessling
    Foundation"), nor the surname of two persons.
    """
    persons: dict[str, set[str]] = {}
    others: set[str] = set()
    for c, canonical, kind in found:
        words = canonical.split()
        if kind == "person" and 2 <= len(words) <= 3:
            persons.setdefault(words[-1], set()).add(canonical)
        elif kind != "person" and len(words) > 1:
            others.update(words)
    if not persons:
        return found
    out = []
    for c, canonical, kind in found:
        if kind == "organisation" and canonical == c.text and " " not in c.text and c.text not in others \
                and len(persons.get(c.text, ())) == 1 and c.text.lower() not in gaz.names \
                and c.text not in gaz.chamber_words and c.text.lower() not in gaz.org_words:
            canonical, kind = next(iter(persons[c.text])), "person"
        out.append((c, canonical, kind))
    return out


@lru_cache(maxsize=8)
def _cues_re(cues: frozenset[str]) -> re.Pattern[str]:
    """Any of ``cues`` as whole words (lower case)."""
    return re.compile(rf"\b{alternation(sorted(cues, key=len, reverse=True), loose=False)}\b")


def _second_senses(doc: Document, mentions: Sequence[EntityMention], gaz: Gazetteer) -> list[EntityMention]:
    """An abbreviation of two bodies read by its sentences: "his SEC debut" is the Southeastern Conference.

    The gazetteer's alias holds unless the article names the other body in full or a sentence
    holding the abbreviation has one of its cue words; then every mention of it in the article that took the alias is that body.
    """
    taken: dict[str, str] = {}
    named = {m.canonical for m in mentions}
    for m in mentions:
        sense = gaz.second_senses.get(m.text)
        if sense is None or m.text in taken or m.canonical != gaz.names[m.text.lower()][0]:
            continue
        # The other body named in full in the article ("the Southeastern Conference ... the SEC").
        if sense[0] in named or _cues_re(sense[1]).search(doc.sentences[m.sentence].text.lower()):
            taken[m.text] = sense[0]
    if not taken:
        return list(mentions)
    return [replace(m, canonical=taken[m.text]) if m.text in taken and m.canonical == gaz.names[m.text.lower()][0]
            else m for m in mentions]


# "Coloradans for Safer Communities", "Moms Against Guns": a plural noun opening a campaign's name.
_CAMPAIGN_RE = re.compile(r"([A-Z][a-z]+s) (?:for|Against|against|United) ")


def _places_over_bodies(found: list[tuple[_Cand, str, str]]) -> list[tuple[_Cand, str, str]]:
    """One word the article reads as a place in one mention ("families in Lakewood") is that
    place where it only modifies a noun ("the Lakewood shooting", "a Lakewood police officer",
    "drove to Ridgeport on Tuesday"), not an organisation of the same bare name. A word that
    is the short form of a longer body's name (canonical "Norvane Networks") keeps it."""
    places = {canon for c, canon, kind in found if kind == "place" and " " not in canon}
    if not places:
        return found
    return [(c, canon, "place" if kind == "organisation" and canon in places and c.text == canon else kind)
            for c, canon, kind in found]


def _owner_and_unit(doc: Document, found: list[tuple[_Cand, str, str]]) -> list[tuple[_Cand, str, str]]:
    """Two names a possessive joins, one an organisation, are both organisations: "Tata Motors'
    Jaguar Land Rover", "Ahold Delhaize's Stop & Shop" (a parent and its unit or brand).

    Only a name read as a person by its shape alone changes: no title before it and no known
    first name ("Elon Musk's SpaceX", "Sen. Ana Ruiz's office" stay persons).
    """
    first = _first_names()
    ordered = sorted(found, key=lambda f: f[0].start)
    flip: set[str] = set()
    for (a, ca, ka), (b, cb, kb) in zip(ordered, ordered[1:]):
        if {ka, kb} != {"person", "organisation"} or doc.text[a.end : b.start] not in _POSSESSIVE_GAPS:
            continue
        c, canon = (a, ca) if ka == "person" else (b, cb)
        if not c.after_title and " " in canon and canon.split(" ", 1)[0].lower() not in first:
            flip.add(canon)
    # "President Amadou Tessougué" anywhere: a titled person stays one where he owns a body
    # ("Tessougué's Union for Renewal and Solidarity").
    flip -= {canon for c, canon, kind in found if kind == "person" and c.after_title}
    if not flip:
        return found
    return [(c, canon, "organisation" if kind == "person" and canon in flip else kind) for c, canon, kind in found]


_POSSESSIVE_GAPS = frozenset({"'s ", "’s ", "' ", "’ "})


def _places_over_persons(found: list[tuple[_Cand, str, str]]) -> list[tuple[_Cand, str, str]]:
    """A name of two or more words that the article reads as a place is no person elsewhere in it.

    "in Barangay Sabang Dako" then "... and that Sabang Dako had been included":
    the words after it may read like a person's, but a place named by a
    place cue keeps its kind, unless the name opens with a listed first name
    or follows a title somewhere ("Sydney Lane", "Mayor Hinds Brook" stay
    people).
    """
    places = {canon for _c, canon, kind in found if kind == "place" and " " in canon}
    if not places:
        return found
    firsts = _first_names()
    people = {canon for c, canon, kind in found if kind == "person" and canon in places
              and canon.split(" ", 1)[0].lower() not in firsts}
    people -= {canon for c, canon, kind in found if kind == "person" and c.after_title}
    if not people:
        return found
    return [(c, canon, "place" if kind == "person" and canon in people else kind) for c, canon, kind in found]


# "Junrey Molina, 33, known in Sabang Dako as Kuya Jun-jun", "Maricris Gabon, 24, whom
# neighbors call Inday", "Francisca Ebarle, 79, known to everyone in Tinago as Lola Pacing":
# the name a person goes by, given right after the full name in the same clause.
_KNOWN_AS_RE = re.compile(
    r",(?: \d{1,3},)?[^.;:\"“”()]{0,60}?\b(?:(?:better )?known(?: to [\w ]{1,30}?| in [\w ]{1,30}?)? as|"
    r"whom [\w ]{1,40}? calls?|who(?:m)? [\w ]{1,40}? call|nicknamed|dubbed) "
    r"(?:['‘\"“])?([A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*){0,2})"
)


_KNOWN_AS_CUES = (" known ", " call", "nicknamed", "dubbed")


def _known_as(doc: Document, found: list[tuple[_Cand, str, str]]) -> list[tuple[_Cand, str, str]]:
    """A name a person goes by ("known to neighbors as Mang Doring") is that person wherever it stands alone (round T2)."""
    if not any(cue in doc.text for cue in _KNOWN_AS_CUES):
        return found  # most articles give no nickname: no match per person
    alias: dict[str, str] = {}
    for c, canonical, kind in found:
        if kind == "person" and " " in canonical:
            m = _KNOWN_AS_RE.match(doc.text, c.end)
            if m is not None and m.group(1) != c.text:
                alias.setdefault(m.group(1), canonical)
    if not alias:
        return found
    return [(c, alias[c.text], kind) if kind == "person" and c.text in alias else (c, canonical, kind)
            for c, canonical, kind in found]


_OWNED_RE = re.compile(r"([A-Z][\w\-]*)['’]s (.+)")
_OWNER_BEFORE_RE = re.compile(r"([A-Z][\w\-]*)['’]s $")
# A state's own court or house, which the gazetteer lists under the national one's name.
_STATE_BODY_HEADS = frozenset({"Court", "Senate", "Legislature", "Assembly"})


def _place_bodies(doc: Document, found: list[tuple[_Cand, str, str]], gaz: Gazetteer) -> list[tuple[_Cand, str, str]]:
    """A place's own body named with a possessive takes the place's name: "Westmark's Supreme Court" is
    the Westmark Supreme Court another outlet writes without the possessive (round T).

    Two forms: the possessive inside the name when the owner is a place the article names
    ("Westmark's Supreme Court"), and a court or house the gazetteer lists under the national
    name right after a place's possessive ("Ohio's Supreme Court": not the U.S. Supreme Court).
    """
    places = {canonical for _c, canonical, kind in found if kind == "place"}
    out = []
    for c, canonical, kind in found:
        if kind == "organisation":
            m = _OWNED_RE.fullmatch(canonical)
            if m and (m.group(1) in places or gaz.names.get(m.group(1).lower(), ("", ""))[1] == "place"):
                canonical = f"{m.group(1)} {m.group(2)}"
            elif canonical.split()[-1] in _STATE_BODY_HEADS and gaz.names.get(canonical.lower(), ("", ""))[1] == kind:
                b = _OWNER_BEFORE_RE.search(doc.text, max(0, c.start - 40), c.start)
                owner = b.group(1) if b else ""
                if owner in places and owner not in ("U.S.", "US", "America", "United States"):
                    canonical = f"{owner} {canonical}"
        out.append((c, canonical, kind))
    return out


def _addressed_given_names(found: list[tuple[_Cand, str, str]], gaz: Gazetteer) -> list[tuple[_Cand, str, str]]:
    """A form of address before a given name ("Aling Nenita", "Mang Rolando") is the one person of the
    article with that given name ("Nenita Cabarles"); with none or several it stays as written (round T)."""
    full: dict[str, set[str]] = {}
    for _c, canonical, kind in found:
        words = canonical.split()
        if kind == "person" and len(words) >= 2 and words[0].lower() not in gaz.full_name_titles:
            full.setdefault(words[0], set()).add(canonical)
    out = []
    for c, canonical, kind in found:
        words = canonical.split()
        if kind == "person" and len(words) == 2 and words[0].lower() in gaz.full_name_titles \
                and len(full.get(words[1], ())) == 1:
            canonical = next(iter(full[words[1]]))
        out.append((c, canonical, kind))
    return out


_THE_NATION_RE = re.compile(r"\b[Tt]he (Nation)(?![\w\-])(?! of\b)")


def _nation_back_refs(doc: Document, found: list[tuple[_Cand, str, str]]) -> list[tuple[_Cand, str, str]]:
    """'the Nation' after one named Nation ("Kinnear Lake Cree Nation") is that Nation (Canadian style)."""
    if "the Nation" not in doc.text and "The Nation" not in doc.text:
        return found
    nations = {canon for _c, canon, kind in found
               if kind == "organisation" and canon.endswith(" Nation") and canon.count(" ") >= 1
               and canon.split()[-2] != "First" or canon.endswith(" First Nation") and canon.count(" ") >= 2}
    if len(nations) != 1:
        return found
    (canon,) = nations
    first = min(c.start for c, cn, _k in found if cn == canon)
    taken = [(c.start, c.end) for c, _cn, _k in found]
    sents = doc.sentences
    out = list(found)
    for m in _THE_NATION_RE.finditer(doc.text, first):
        a, b = m.span(1)
        if any(x < b and a < y for x, y in taken):
            continue
        idx = next((s.index for s in sents if s.start <= a < s.end), None)
        if idx is None:
            continue
        out.append((_Cand(a, b, "Nation", idx, False, False, False), canon, "organisation"))
    return out


@lru_cache(maxsize=4)
def _demonym_tails(demonyms: frozenset[str]) -> frozenset[str]:
    """The last words of the demonyms of two or more words ("lankan" of "sri lankan")."""
    return frozenset(d.rsplit(" ", 1)[1] for d in demonyms if " " in d)


_PREV_WORD_RE = re.compile(r"([A-Za-z]+)\s+$")


def _prev_word(text: str, start: int) -> str:
    """The word just before ``start`` (empty if none)."""
    m = _PREV_WORD_RE.search(text, max(0, start - 20), start)
    return m.group(1) if m else ""


# Plural endings of the people of a place, with what the place's name ends in instead:
# "Montrealers", "New Yorkers" (-ers), "Bostonians" (-ians), "Californians", "Georgians"
# (-ns), "Texans" (-ans for -as), "Canadians" (-ians for -a), "Pakistanis", "Israelis" (-is),
# "Somalis" (-is for -ia).
_DEMONYM_ENDINGS = (("ers", ""), ("ians", ""), ("ns", ""), ("ans", "as"), ("ites", ""), ("ians", "a"),
                    ("is", ""), ("is", "ia"))
# The same people's adjective, one word: "Velmoran" troops (-n), "Fijian" (-an), "Iranian"
# (-ian), "Pakistani", "Qareshi" (-i), "Somali" (-i for -ia).
_DEMONYM_ADJECTIVE_ENDINGS = (("n", ""), ("an", ""), ("ian", ""), ("ian", "a"), ("i", ""), ("i", "ia"))


def _without_demonyms(found: list[tuple[_Cand, str, str]], gaz: Gazetteer) -> list[tuple[_Cand, str, str]]:
    """Drop "New Yorkers", "Montrealers", "West Islanders", "Velmoran": the people of a place the
    article or the gazetteer names, or their adjective, not a place or a body. A team's name
    ("Rangers", "Steelers") has no place for its stem and stays.

    The place may be the first word of a longer place's name ("Qareshi" of "the Qaresh Strip"):
    an invented or little-known country is often named only inside its cities' and regions' names.
    """
    # Plurals of any length ("New Yorkers"); an adjective alone ("Velmoran", not "Velmoran Prison
    # Service"), or of a place of two words ("two South American plants": South America's).
    singles = [(c, canon) for c, canon, _ in found if canon == c.text and canon[:1].isupper()
               and (canon[-1:] == "s" or canon.count(" ") <= 1)]
    if not singles:
        return found
    places = {canon.lower() for _c, canon, kind in found if kind == "place"}
    places |= {p.split(" ", 1)[0] for p in places if " " in p}

    def place(stem: str) -> bool:
        return stem.lower() in places or gaz.names.get(stem.lower(), ("", ""))[1] == "place"

    def people(canon: str) -> bool:
        if canon[-1:] == "s" and canon[:-1].lower() in gaz.demonyms:
            return True  # "Filipinos", "Kenyans": the plural of a listed people's word
        ends = _DEMONYM_ENDINGS if canon[-1:] == "s" else _DEMONYM_ADJECTIVE_ENDINGS
        return any(canon.endswith(e) and len(canon) - len(e) >= 3 and place(canon[: len(canon) - len(e)] + r)
                   for e, r in ends)

    drop = {canon for _c, canon in singles if people(canon)}
    if not drop:
        return found
    return [(c, canon, kind) for c, canon, kind in found if not (canon == c.text and canon in drop)]


# A dateline: a city in capitals ("MARSDEN BRIDGE", "McALLEN", "ST. LOUIS"), then
# optionally its state or country, a date and the agency's credit, then a dash.
_DATELINE_RE = re.compile(
    r"""
    (?P<city>(?:Mc|Mac)?[A-Z][A-Z.'’\-]+(?:\ (?:Mc|Mac)?[A-Z][A-Z.'’\-]*){0,3}
      (?:/(?:Mc|Mac)?[A-Z][A-Z.'’\-]+(?:\ (?:Mc|Mac)?[A-Z][A-Z.'’\-]*){0,3})*)  # "LAGOS/ABUJA": two cities
    (?:,\ (?P<region>[A-Z][\w.'’\-]*(?:\ [A-Z][\w.'’\-]*){0,2}))?
    (?:,\ [A-Z][a-z]{2,8}\.?\ \d{1,2})?                 # ", June 4"
    \s*(?:\([^()]{1,40}\)\s*)?                       # "(AP)", "(Reuters)": the credit, not listed
    (?:—|–|--|-)(?=\s|$)
    """,
    re.X,
)
# A clock time just before a word: "9:15 a.m. ", "10pm ", "19.42 ", "0800 ".
_CLOCK_RE = re.compile(r"\d(?:\s*[ap]\.?\s?m\.?|[:.]\d\d|\d{3})\s*\(?$")


def _time_zone(doc: Document, c: _Cand, gaz: Gazetteer) -> bool:
    """A time-zone abbreviation ("ET", "BST"): never a name; "CT" and the like only after a clock time."""
    text = c.text
    if len(text) > 5 or not text.isupper():
        return False
    low = text.lower()
    if low not in gaz.time_zones:
        return False
    if low not in gaz.clock_time_zones:
        return True
    return _CLOCK_RE.search(doc.text, max(0, c.start - 14), c.start) is not None


def _title_case(text: str) -> str:
    """A name in capitals as a name is written: "MARSDEN BRIDGE" -> "Marsden Bridge", "McALLEN" -> "Mcallen"."""
    def word(m: re.Match[str]) -> str:
        w = m.group()
        if len(w) > 2 and w[:2] == "Mc":
            return "Mc" + w[2:].capitalize()
        return w.capitalize()
    return re.sub(r"[^\W\d_]+", word, text)


def _dateline_names(doc: Document, cands: list[_Cand], gaz: Gazetteer
                    ) -> list[tuple[int, int, list[tuple[_Cand, str, str]]]]:
    """The places a dateline names: (start, end of the dateline, [(name, canonical, "place")]).

    "MARSDEN BRIDGE, England (AP) —" names Marsden Bridge and England;
    "NEW YORK, June 4 (Reuters) -" New York (a date and the wire's credit are
    not names). Prepare sets most datelines aside (they stand outside every
    sentence, and their names are given the sentence they open); one it kept
    is read at the start of a paragraph's first sentence. The city's
    canonical name is the gazetteer's, else its title case (matched to the
    body's spelling later, by :func:`_dateline_found`).
    """
    spots: list[tuple[int, str, int]] = []  # (where the dateline starts, its text, the sentence it opens)
    set_aside = [b for b in doc.boilerplate if b.reason == "dateline"]
    for b in set_aside:
        nxt = next((s.index for s in doc.sentences if s.start >= b.end), None)
        if nxt is not None:
            spots.append((b.start, doc.text[b.start : b.end], nxt))
    if not set_aside:
        para = -1
        for s in doc.sentences:
            # Only a paragraph's first sentence near the top that opens with two capitals ("McA..." too).
            # A wire's summary bullets can push the dateline past the eighth paragraph: there it
            # needs its full shape, a date or the wire's credit before the dash (checked below).
            if s.paragraph != para and s.paragraph < _DATELINE_DEEP and s.text[:1].isupper() \
                    and (s.text[1:2].isupper() or s.text[:2] == "Mc"):
                spots.append((s.start, s.text, s.index))
            para = s.paragraph
    out = []
    for start, text, sentence in spots:
        m = _DATELINE_RE.match(text)
        if m is None or len(m.group("city").replace(".", "")) < 3 or m.group("city").lower() in ENGLISH_STOP_WORDS:
            continue
        if not set_aside and doc.sentences[sentence].paragraph >= 8 and not _DATED_OR_CREDITED_RE.search(m.group()):
            continue
        pieces = []
        # A wire's joint dateline ("QARESH CITY/MARDEN") names each city; the offsets are the group's own.
        at = m.start("city")
        parts = []
        for piece in m.group("city").split("/"):
            parts.append(("city", piece, at))
            at += len(piece) + 1
        if m.group("region") is not None:
            parts.append(("region", m.group("region"), m.start("region")))
        for group, name, where in parts:
            if group == "region" and name.split()[0].lower() in _MONTHS:
                continue
            a = start + where
            known = gaz.names.get(name.lower())
            if group == "region" and len(name) == 2 and name.isupper():
                # "SPRINGDALE, AR —": a state's postal code, read as one only here.
                state = dict(gaz.postal_codes).get(name)
                known = (state, "place") if state else known
            canon = known[0] if known else (_title_case(name) if name.isupper() or group == "city" else name)
            pieces.append((_Cand(a, a + len(name), name, sentence, False, False, True), canon, "place"))
        out.append((start, start + m.end(), pieces))
    return out


_DATELINE_DEEP = 16  # how far down a dateline with its date or credit is still looked for
_DATED_OR_CREDITED_RE = re.compile(r", [A-Z][a-z]{2,8}\.? \d{1,2}\b|\([^()]{1,40}\)\s*(?:—|–|--|-)$")


def _dateline_found(dated: list[tuple[int, int, list[tuple[_Cand, str, str]]]],
                    found: list[tuple[_Cand, str, str]]) -> list[tuple[_Cand, str, str]]:
    """The dateline's places, spelt as the body spells them ("McALLEN" is the body's "McAllen")."""
    body = {canon.lower(): canon for _c, canon, _k in found}
    return [(c, body.get(canon.lower(), canon), kind) for _a, _b, pieces in dated for c, canon, kind in pieces]


# What an outlet adds to its name for its web desk: "Fox News Digital", "Sky News Online".
_OUTLET_SUFFIXES = ("Digital", "Online")


# Where a masthead's short name ("Age", "Dawn", "Punch") stands as a cited outlet: after "the"
# or a citing phrase, or before "reported"; never before "of" or another capitalised word.
_CITED_BEFORE_RE = re.compile(r"(?:\b[Tt]he|\baccording to|\btold|\b(?:quoted|reported|cited|published) by"
                              r"|\binterview with|\bspeaking to|\breport (?:by|in)|\bwr(?:ote|iting) in)\s+\Z")
_CITED_AFTER_RE = re.compile(r",?\s+reported\b")
# What may follow a cited outlet: punctuation, its possessive, or a word of citing; never a
# common noun it would modify ("the Punch bowl", "the Star player").
_CITED_NEXT_RE = re.compile(r"[’']s\b|[^\w\s]|\s*\Z|\s+(?:said|says|reported|reports|wrote|writes|quoted|cited|"
                            r"newspaper|daily|website|that|on|in|and|when|last|earlier|on|editor|reporter|"
                            r"correspondent|columnist|journalist|has|had|was|is)\b")


def _cited_outlet(doc: Document, c: _Cand) -> bool:
    """Whether a short masthead name ("Age", "Dawn") stands where an outlet is cited ("told the Age")."""
    if " " in c.text or not _CITED_NEXT_RE.match(doc.text, c.end):
        return False
    return bool(_CITED_BEFORE_RE.search(doc.text, max(0, c.start - 24), c.start)
                or _CITED_AFTER_RE.match(doc.text, c.end))


_SYNDICATED_RE = re.compile(r" ?\((?:via|from|through) [^()]+\)$")


def _outlet_names(doc: Document, gaz: Gazetteer) -> dict[str, str]:
    """The article's own outlet as its text may name it -> its canonical name.

    "Global News Now", "Frontline News Digital", "The Courier's" (the
    possessive is cut from the word). The canonical name drops a leading
    "The" when two or more words remain ("Daily Clarion"); a one-word name
    keeps it ("The Commons", "The Hill"), which alone would read as another
    thing. The gazetteer's spelling is used only when it names the outlet
    itself ("Guardian" for The Guardian), never another entry the words
    spell ("Commons" is the House of Commons elsewhere).
    """
    # A syndicated copy's outlet line names its source and the site that ran it ("CNN (via
    # Harbour Post)"): the article's own outlet is the source.
    outlet = _SYNDICATED_RE.sub("", " ".join(doc.article.outlet.split()))
    if " " not in outlet and not outlet[:1].isupper():
        return {}
    bare = outlet[4:] if outlet.startswith("The ") else outlet
    canonical = bare if " " in bare else outlet
    known = gaz.names.get(bare.lower()) or gaz.names.get(outlet.lower())
    if known is not None and known[1] == "organisation" \
            and known[0].lower().removeprefix("the ") == bare.lower():
        canonical = known[0]
    names = {outlet: canonical, bare: canonical}
    for suffix in _OUTLET_SUFFIXES:
        names[f"{bare} {suffix}"] = canonical
    for form in station_forms(bare):
        names[form] = canonical
    return names


def station_forms(outlet: str) -> tuple[str, ...]:
    """The short names a broadcaster calls itself by: "WKFR Action News 8" -> WKFR, Action News 8, Action News.

    A station names itself by its call letters or by its brand, and the
    channel's number is no word of the brand. Any other name gives none.
    """
    words = outlet.split()
    forms: list[str] = []
    if len(words) >= 2 and _CALL_SIGN_RE.fullmatch(words[0]):
        forms.append(words[0])
        words = words[1:]
        rest = " ".join(words)
        # A brand names the station ("Action News 8", "Eyewitness News"); "BBC News" is
        # no "News", and "NBC Bay Area" no "Bay Area", which is a place.
        if len(words) >= 2 and _BRAND_RE.search(rest):
            forms.append(rest)
    if len(words) >= 2 and words[-1].isdigit():
        forms.append(" ".join(words[:-1]))
    return tuple(forms)


# A word that makes words after call letters a station's brand.
_BRAND_RE = re.compile(r"\d|\b(?:News|TV|Radio)\b")
# A broadcaster's call letters: "WKFR", "KXTV", "WXIA-TV", "CBC".
_CALL_SIGN_RE = re.compile(r"[A-Z]{3,5}(?:-(?:TV|FM|AM|DT))?")


def _outlet_renames(docs: Sequence[Document]) -> dict[str, str]:
    """Every way the compared outlets name themselves -> the outlet's name as the event gives it.

    So an outlet's row is named as the outlet ("The Commons Report", "WKFR
    Action News 8"), whichever article mentions it, and the report can tell
    an outlet naming itself from a finding about coverage.
    """
    gaz = load_gazetteer()
    out: dict[str, str] = {}
    for d in docs:
        own = _SYNDICATED_RE.sub("", d.article.outlet)  # "CNN (via Harbour Post)": the row is CNN's
        for alias, canonical in _outlet_names(d, gaz).items():
            out.setdefault(alias, own)
            out.setdefault(canonical, own)
    return out


# A label that opens a line: words in capitals, then a colon ("CLAIM:", "THE FACTS:").
# "CLAIM:", and a broadcaster's video or link label before a bar ("WATCH | Minister defends ...").
_LABEL_LINE_RE = re.compile(r"[A-Z][A-Z’' ]{0,30}(?::| \|)")


def _section_label(doc: Document, c: _Cand) -> bool:
    """Whether a word in capitals is a paragraph by itself over the copy: a section's label.

    Papers print the page's section over a story ("NATION", "WORLD", "COUNTIES"); a dateline
    runs on into its sentence, so a word alone in one of the first paragraphs names no one.
    """
    para = doc.paragraphs[doc.sentences[c.sentence].paragraph]
    return para.index <= 1 and len(doc.paragraphs) > 1 and para.text.strip(" \t|:•·-—–") == c.text


def _label(doc: Document, c: _Cand) -> bool:
    """Whether a name in capitals is (part of) a label opening its line: "CLAIM:", "THE FACTS:".

    Fact-check and explainer formats head their paragraphs so; the label is
    no name, while a heading in capitals without the colon is read as usual.
    """
    m = _LABEL_LINE_RE.match(doc.text, doc.text.rfind("\n", 0, c.start) + 1)
    return m is not None and m.end() > c.end


# Just before a quoted title: a kind of work ("single “", "album \"") or a year's possessive ("2021’s “").
_WORK_BEFORE_RE = re.compile(r"(?:\b([a-z]+)|\b(?:19|20)\d\d[’']s) [\"“‘']?\Z")


def _titles_of_works(doc: Document, gaz: Gazetteer) -> list[tuple[int, int]]:
    """Quoted stretches that are titles of works: short, every main word capitalised.

    A quoted "The Bluest Eye" or "Gender Queer" names a book, not a person; a
    quoted sentence ("We Will Win," she said) has a verb in lower case or ends
    with punctuation, so it is not taken for a title.
    """
    out = []
    for span in doc.quote_spans:
        words = span.text.split()
        if not 1 <= len(words) <= 8:
            continue
        if span.text.rstrip()[-1:] in ".,!?;:":
            # US style puts a comma or a period inside the closing quote ('his single “Slow Burn,”',
            # 'for 2021’s “Low Light.”'): a title still, when a kind of work or a year's
            # possessive stands just before it.
            if span.text.rstrip()[-1:] not in ".," or len(words) > 5:
                continue
            m = _WORK_BEFORE_RE.search(doc.text, max(0, span.start - 24), span.start)
            if m is None or (m.group(1) is not None and m.group(1) not in gaz.title_nouns):
                continue
            words = span.text.rstrip()[:-1].split()
        main = [w for w in words if w.lower() not in _TITLE_SMALL_WORDS]
        if main and all(w[:1].isupper() or w[:1].isdigit() for w in main):
            out.append((span.start, span.end))
    # Unquoted titles: a list after a plural kind of work ("many series, including The Quiet Garden,
    # Blue Lantern and ...") up to the sentence's end or a maker's "by"; a title with its "The"
    # after a verb of making ("who wrote The Long Road Home").
    for m in _WORKS_LIST_RE.finditer(doc.text):
        stop = _LIST_END_RE.search(doc.text, m.end())
        out.append((m.end(), stop.start() if stop is not None else len(doc.text)))
    for m in _MADE_TITLE_RE.finditer(doc.text):
        if m.group(1).lower() not in gaz.names and m.group(1)[4:].lower() not in gaz.names:
            out.append((m.start(1), m.end(1)))  # not "wrote The Times a letter": a listed name
    return out


_WORKS_LIST_RE = re.compile(r"\b(?:titles|series|films|movies|shows|books|novels|albums|songs|anime|plays|"
                            r"programmes|programs|games),? (?:including|such as|like) ")
_LIST_END_RE = re.compile(r"[.!?;:](?:\s|$)|\n| by ")
_MADE_TITLE_RE = re.compile(r"\b(?:wrote|authored|penned|directed) (The(?: (?:[A-Z][\w’'\-]*|of|and|the|in|on|a))*"
                            r" [A-Z][\w’'\-]*)")


_TITLE_SMALL_WORDS = frozenset("a an and as at but by for from in into nor of on or the to up with".split())


# The lower-case word after a name, past "& Justice" words joined to it by an ampersand.
_BILL_AFTER_RE = re.compile(r"\)\s+([A-Z][a-z]+)\b")  # ") Bill", ") Act" after a bracketed short title
_WORK_AFTER_RE = re.compile(r"(?: & [A-Z][\w’']*)* ([a-z]+)")


# ", from " right before a name: a home place set off after a person's name.
# "Declan Moloney (55), from Drumlea, who", "a teacher at the French lycée in Koundiba, who had
# left": the clause is the person's named before the place.
_HOME_PLACE_BEFORE_RE = re.compile(r"(?:,\s*from|(?<=[a-z] )(?:in|near|outside))\s+\Z")
# The day number after a month.
_DAY_AFTER_RE = re.compile(r"\.?\s+\d{1,2}(?:st|nd|rd|th)?\b")


_FLIGHT_NO_RE = re.compile(r" ?\d{1,4}\b")


# A word a tabloid shouts in capitals for emphasis ("bosses SCRAP free parking", "Mum's HELL
# as thugs TORCH family car", "eco-zealots GLUE themselves"): a vowel after its first letter
# (a word, not initials such as "NNPC", "USGS"), a lower-case content word or a possessive
# before it (an acronym follows "the", "at", "from", "a"), a lower-case word or the end after it.
_LOUD_WORD_RE = re.compile(r"[A-Z]+[AEIOUY][A-Z]*")
_LOUD_BEFORE_RE = re.compile(r"(?:^|[\s(])([a-z][a-z\-]*|[A-Za-z]+[’']s) \Z")
_LOUD_AFTER_RE = re.compile(r" [a-z]|\s*(?:[.,;:!?]|$)")
# After a shouted opener: a lower-case word that is no verb of saying ("NUPENG said" is a body).
_LOUD_OPENER_AFTER_RE = re.compile(r" (?!(?:said|says|told|has|have|is|was|will|would|on|in)\b)[a-z]")


# A label word and its colon opening a line or a sentence ("VERDICT: ", "Our rating: "), then
# the one shouted word that closes it: a fact-check box's verdict, no name.
_VERDICT_BEFORE_RE = re.compile(r"(?:^|\n|[.!?]\s+)[A-Z][A-Za-z]{2,14}(?: [a-z]{2,8})?:\s+\Z")
_VERDICT_AFTER_RE = re.compile(r"\s*(?:[.!]|$)")


# Three or more words in capitals in a row: a shouted headline, on its own line or run into
# the standfirst after it ("POLAND FARMER PROTESTS BLOCK ROADS NATIONWIDE “We should ...").
_CAPS_STRETCH_RE = re.compile(r"(?<![\w’'\-])(?:[A-Z][A-Z’'\-]+[ \t]+){2,}[A-Z][A-Z’'\-]+(?![\w’'\-])")


def _caps_line_word(text: str, start: int, end: int, word: str) -> bool:
    """Whether ``word`` stands in a stretch of three or more words in capitals ("DOCKERS HALT
    SHIPPING AGAIN") and nowhere else in the text: a headline's word, no acronym. One the article
    writes again ("KFU CALLS STRIKE" over "The KFU said") is the acronym; the caller keeps listed names."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    line = text[lo : hi if hi >= 0 else len(text)]
    if line == line.upper() and sum(1 for w in line.split() if len(w) > 1 and w.isalpha()) >= 3:
        return word not in text.replace(line, "")  # a line wholly in capitals ("... AS 287(G) ARRESTS SURGE")
    for m in _CAPS_STRETCH_RE.finditer(line):
        if m.start() <= start - lo and end - lo <= m.end():
            return word not in text.replace(m.group(), "")
    return False


def _shouted_word(doc: Document, c: _Cand, gaz: Gazetteer) -> bool:
    """A common word written in capitals for emphasis, not an acronym ("SCRAP", "HELL"; not "NNPC")."""
    word = c.text
    if len(word) >= 3 and word.isalpha() and word.isupper() and _caps_line_word(doc.text, c.start, c.end, word):
        return True
    if len(word) < 4 or not word.isalpha() or not _LOUD_WORD_RE.fullmatch(word) or f"({word})" in doc.text:
        return False
    if _VERDICT_BEFORE_RE.search(doc.text, max(0, c.start - 30), c.start) and _VERDICT_AFTER_RE.match(doc.text, c.end):
        return True  # a fact-check box's verdict after its label: "VERDICT: FALSE.", "Rating: MISLEADING"
    # Tabloids shout in the headline, the standfirst and its bullets; in the body an unknown
    # acronym after a verb ("Staff warned NASA engineers") is far likelier.
    sent = doc.sentences[c.sentence]
    if c.sentence > 3 and not is_headline(sent, doc.paragraphs, doc.sentences):
        return False
    if c.initial and word.lower() in gaz.shout_words and _LOUD_OPENER_AFTER_RE.match(doc.text, c.end):
        return True  # "GREEDY pilots", "HERO firefighter Dan Whitley": a tabloid's emotive word, shouted
    if c.initial and _LOUD_OPENER_AFTER_RE.match(doc.text, c.end) and doc.text.count(word) == 1 \
            and (len(word) >= 5 or word.lower() in _LOWER_WORD_RE.findall(doc.text)) \
            and 3 * sum(ch in "AEIOUY" for ch in word) >= len(word) \
            and _next_word(doc.text, c.end).removesuffix("s") not in gaz.person_nouns:
        # "FERRY bosses ignored ...", "ASYLUM seekers ...": a tabloid lead shouts its first word.
        # An acronym opening a sentence is short, or named again, or written nowhere in lower
        # case, or has few vowels ("KCHRE"), or stands before its people ("KNUT officials").
        return True
    m = _LOUD_BEFORE_RE.search(doc.text, max(0, c.start - 30), c.start)
    if m is None or m.group(1) in ENGLISH_STOP_WORDS:
        return False
    return _LOUD_AFTER_RE.match(doc.text, c.end) is not None


# A field of study after a prize or a degree ("the Nobel Prize in Physics", "a PhD in
# Chemistry"): the place cue "in" before it proves nothing; a listed place stays one.
_FIELD_OF_RE = re.compile(r"(?:\b(?:Prizes?|Awards?|Medals?|degrees?|PhD|Ph\.D\.|doctorate|diploma|"
                          r"[Mm]aster['’]s|[Bb]achelor['’]s|[Mm]ajor(?:ed|s)?) in )\Z")


# "from <Place> to ": the name after is the journey's other end, a place like the first.
_FROM_TO_BEFORE_RE = re.compile(r"\bfrom ([A-Z][\w’'\-]+)(?: [A-Z][\w’'\-]+)? to \Z")
_FEAST_AFTER_RE = re.compile(r"['’]s (?:Day|Eve|Night)\b")
_MODEL_WORD_RE = re.compile(r"\d")
_FLIGHT_NUMBER_AFTER_RE = re.compile(r" \d{2,4}[A-Z]?(?!\d|[,.:]\d|%)")
_FLIGHT_BEFORE = frozenset({"on", "as", "flight", "flights", "aboard", "board", "operating"})
# An aircraft's registration: the country's prefix with a digit, a hyphen, then the letters
# ("5N-RAM" in Nigeria, "9G-ABC" in Ghana, "5Y-KQA" in Kenya).
_REGISTRATION_BEFORE_RE = re.compile(r"(?<![\w\-])\d[A-Z]-\Z")
_RECORDERS = frozenset({"Recorder", "Recorders"})
_CHIEF_OF_BEFORE_RE = re.compile(r"\bChiefs? of (?:the )?\Z")


def _not_a_name(doc: Document, c: _Cand, gaz: Gazetteer) -> bool:
    """Capitalised runs that name no person, organisation or place."""
    words = c.text.split()
    low = c.text.lower()
    if low in gaz.names:
        return False
    if len(words) > 1 and words[0].lower() in _SAINTS and _FEAST_AFTER_RE.match(doc.text, c.end):
        return True  # "St David's Day", "St Patrick's Eve": a saint's feast, a date
    if len(words) == 1 and low in gaz.date_heads and doc.text[max(0, c.start - 3) : c.start] in ("'s ", "’s "):
        return True  # the "Day" of "St Andrew's Day", cut from its saint by the possessive
    if len(words) > 1 and gaz.aircraft_types and (
            (words[0].lower() in gaz.aircraft_types and all(_MODEL_WORD_RE.search(w) for w in words[1:]))
            or (words[-1].lower() in gaz.aircraft_types and all(_MODEL_WORD_RE.search(w) for w in words[:-1]))):
        return True  # "the Boeing MD83", "the Eurocopter EC135 T2", "the A320 Airbus": an aircraft type
    if len(words) == 1 and len(c.text) == 2 and c.text.isupper() and _FLIGHT_NUMBER_AFTER_RE.match(doc.text, c.end) \
            and _prev_word(doc.text, c.start).lower() in _FLIGHT_BEFORE:
        return True  # "on PK 8303", "left as KQ 431": an airline's code in a flight number
    if len(words) == 1 and c.text.isupper() and _REGISTRATION_BEFORE_RE.search(doc.text, max(0, c.start - 4), c.start):
        return True  # "registration number 5N-RAM": an aircraft's registration after its country prefix
    if words[-1] == "Staff" and _CHIEF_OF_BEFORE_RE.search(doc.text, max(0, c.start - 14), c.start):
        return True  # "Chief of the Army Staff", "Chief of Defence Staff": a commander's office, no body
    if len(words) > 1 and words[-1] in _RECORDERS and words[-2].lower() in ("voice", "data"):
        return True  # "the Cockpit Voice Recorder", "the Flight Data Recorder": an aircraft's recorder
    if len(words) == 1 and _shouted_word(doc, c, gaz):
        return True
    if len(words) == 1 and c.text.isupper() and c.start > 8:
        if _SHOUTED_TIME_BEFORE_RE.search(doc.text, max(0, c.start - 24), c.start):
            return True  # "warned TWO YEARS AGO that": a time phrase shouted, no body
        if _FIGURE_BEFORE_RE.search(doc.text, max(0, c.start - 16), c.start) and _UNIT_END_RE.match(doc.text, c.end):
            return True  # "a storage capacity of 2.06 TMC, breached": a unit after its figure, no body
    if doc.text.startswith(")", c.end) and c.start > 0 and doc.text[c.start - 1] == "(":
        m = _BILL_AFTER_RE.match(doc.text, c.end, c.end + 40)
        if m is not None and (m.group(1).lower() in gaz.instrument_words or m.group(1).lower() in gaz.law_words):
            return True  # "the Online Safety Amendment (Social Media Minimum Age) Bill": a bill's title
    if len(c.text.replace(".", "")) < 2:
        return True  # "zones A and B", a stray initial
    if _legal_or_market(doc, c, gaz):
        return True
    if low.rstrip(".") in _MONTHS and _DAY_AFTER_RE.match(doc.text, c.end):
        return True  # "CHICAGO/DUBLIN, Oct 14 (Reuters)": a date, whatever the dateline around it
    if words[-1].lower() in gaz.event_words or (len(words) > 1 and words[0].lower() in gaz.event_prefixes) \
            or (len(words) > 2 and f"{words[0]} {words[1]}".lower() in gaz.event_prefixes):
        return True  # "Marshall Ridge Fire", "Tropical Storm Helene", "Affordable Care Act"
    if gaz.work_nouns and doc.text[c.end : c.end + 1] == " " and (doc.text[c.end + 1 : c.end + 2].islower()
                                                                  or doc.text[c.end + 1 : c.end + 2] == "&"):
        # "our Infectious Disease newsletter", "the Sentinel Crime & Justice newsletter": a publication's title.
        m = _WORK_AFTER_RE.match(doc.text, c.end, c.end + 60)
        if m is not None and m.group(1) in gaz.work_nouns:
            return True
    if gaz.title_nouns and c.start > 2 and doc.text[c.start - 1] == " ":
        # "the ballad Glass Harbour", "the album Low Light", "his slow jam Velvet Rope": a work's title.
        m = _PREV_WORD_RE.search(doc.text, max(0, c.start - 20), c.start)
        if m is not None and m.group(1) in gaz.title_nouns:
            return True
    if len(words) == 1 and low.endswith("s") and low[:-1] in gaz.titles \
            and _prev_word(doc.text, c.start).lower() in gaz.titles:
        return True  # "Vice Chancellors will extend", "Deputy Governors met": a plural title, no one
    if c.start > 3 and _FIELD_OF_RE.search(doc.text, max(0, c.start - 16), c.start):
        return True  # "a Nobel Prize in Physics", "a master's in Public Policy": a field, no place
    if c.start > 0 and doc.text[c.start - 1] in "#@":
        return True  # "#MahantjiForCM", "@KaraMbeki": a hashtag is a slogan, a handle an account, not a name
    if len(words) == 1 and low in gaz.aircraft_types and _MODEL_RE.match(doc.text, c.end):
        return True  # "an ATR 42 aircraft", "the Boeing 737": an aircraft type
    if len(words[-1]) <= 3 and words[-1].isupper():
        after = doc.text[c.end : c.end + 6]
        if after[:1] == "$" and len(words) == 1:
            return True  # "EC$6.2 million", "J$120 million", "NZ$": a currency, not a body
        if _FLIGHT_NO_RE.match(after) is not None and (
                words[0].lower() == "flight" or doc.text[max(0, c.start - 7) : c.start].lower().rstrip().endswith("flight")):
            return True  # "flight NW 2418", "Flight QK 771": a flight number, not a name
    if _is_acronym(c.text) and re.search(r"\b(?:[Aa]n?|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Mm]y)\s+$", doc.text[max(0, c.start - 8) : c.start]):
        return True  # "a GP", "an MP", "her CEO": a job, not an organisation
    return False


# A case name "Dobbs v. Jackson Women's Health Organization", "Moody v NetChoice",
# "Free Speech Coalition v. Paxton": the parties' capitalised words on both sides of "v."
# (the words of a name may be joined by "of", "the", "and", "&", "for", "de").
_CASE_PARTY = r"[A-Z][\w’'.&\-]*(?:\s+(?:of|the|and|&|for|de|del|[A-Z][\w’'.&\-]*))*"
_CASE_NAME_RE = re.compile(rf"{_CASE_PARTY}\s+vs?\.?\s+(?:[Tt]he\s+)?{_CASE_PARTY}")
# A short quotation followed by its translation in brackets: '"Tunamwachia Mungu" (We leave
# it to God)', '"Mungu ni mwema" [God is good]'. The quoted words are another language's,
# capitalised by its own rules, not names; the bracket holds two or more words.
_TRANSLATED_RE = re.compile(r"[\"“‘]([^\"“”‘’\n]{1,80})[\"”’][,.]?\s*[(\[]([^)\]\n]{3,120})[)\]]")
# The same gloss inside the quotation, right after its opening words.
_GLOSSED_RE = re.compile(r"[\"“‘]([^\"“”‘’\n()\[\]]{1,60}?)\s*[(\[]([^)\]\n]{3,120})[)\]]")


def _set_aside(doc: Document) -> list[tuple[int, int]]:
    """Spans of the text that hold no names however they are capitalised: case names ("Roe v.
    Wade": the case is a legal instrument, and its parties are listed only where the article
    names them on their own)
    and quoted foreign words followed by their translation in brackets. (A wire's editor note,
    "(ATTN: ADDS quotes; UPDATES prices)", is set aside by preparation for every stage.)"""
    text = doc.text
    out: list[tuple[int, int]] = []
    if " v. " in text or " v " in text or " vs" in text:
        out.extend(m.span() for m in _CASE_NAME_RE.finditer(text))
    if "(" in text or "[" in text:
        for m in _TRANSLATED_RE.finditer(text):
            if " " in m.group(2).strip() and not m.group(2).strip().isupper():
                out.append(m.span(1))
        for m in _GLOSSED_RE.finditer(text):
            if m.group(2).count(" ") >= 2 and not m.group(2).isupper():
                out.append(m.span(1))  # '"Tunamwachia Mungu (We leave it to God). Gladys ...'
    return out


# The verb of a market wire's box title "What <Body> Says".
_BOX_VERBS = (" Says", " Thinks", " Expects", " Sees")
# "a worker surnamed Park", "a man surnamed Oh": Chinese and Korean news agencies' way of
# naming a person by family name only.
_SURNAMED_RE = re.compile(r"\bsurnamed\s+$")
# "(R-Cumming)", "D-Minn.", "I-Vt.": a US legislator's party and state or home town.
_PARTY_TAG_RE = re.compile(r"[RDI]-[A-Z]")
# "Won3.4tn", "Rs1,200cr", "Sh450m": a currency prefix glued to a figure.
_GLUED_SUM_RE = re.compile(r"([A-Za-z]{1,4}\.?)\d")
# A Roman numeral of two or more letters (a lone "I" is the pronoun, "V" an initial).
_ROMAN_RE = re.compile(r"(?=[IVX]{2,5}\b)X{0,3}(?:IX|IV|V?I{0,3})")
# After a name: a number ("Senate Bill 214"), "appointee" ("a Clinton appointee").
_CODE_RE = re.compile(r"(?=[A-Za-z]{0,3}\d)[A-Z\d][A-Za-z\d]{1,5}")  # "P47", "EC8A", "D4": a code with a digit
_NUMBER_AFTER_RE = re.compile(r"\s?\d")
_DOLLAR_AFTER_RE = re.compile(r"\$\s?\d")
_CODE_AFTER_RE = re.compile(r" (?:[A-Z]{0,2}\d{1,3}[A-Z]?|[A-Z])\b")  # "Terminal 3", "Gate B12", "Zone C"
_APPOINTEE_RE = re.compile(r"[\s\-](?:appointee|appointed|nominee)s?\b")


@lru_cache(maxsize=4)
def _index_moves_re(moves: frozenset[str]) -> re.Pattern[str] | None:
    """ " 40 fell", " 100 closed": an index's number, then what the index did."""
    if not moves:
        return None
    return re.compile(rf" \d{{1,4}} (?:{'|'.join(sorted(map(re.escape, moves)))})\b")


def _legal_or_market(doc: Document, c: _Cand, gaz: Gazetteer) -> bool:
    """Capitalised words that are a bill, a sum, a party tag, an index or an appointing
    president, not a person, organisation or place (see :func:`_not_a_name`)."""
    words = c.text.split()
    low = c.text.lower()
    if _PARTY_TAG_RE.match(c.text):
        return True  # "R-Cumming", "D-Atlanta": a legislator's party and home town
    if len(words) == 1:
        m = _GLUED_SUM_RE.match(c.text)
        if m is not None and m.group(1).lower() in gaz.currency_prefixes:
            return True  # "Won3", "Sh50", "Rs1": a currency glued to its figure
        if _ROMAN_RE.fullmatch(c.text) and _prev_word(doc.text, c.start).lower() in gaz.label_heads:
            return True  # "intensity VIII", "category IV": a grade on a scale, not a body
        if low in gaz.label_heads and _CODE_AFTER_RE.match(doc.text, c.end):
            return True  # "at Terminal 3", "Platform 4": a numbered part of a place, no place by itself
        if low in gaz.currency_prefixes and len(low) > 1 and _NUMBER_AFTER_RE.match(doc.text, c.end) \
                and doc.text[c.end : c.end + 1] == " " and low not in gaz.names:
            return True  # "Rs 1,200", "Sh 50 million": the currency written apart
    if len(words) == 2 and words[0].lower() in gaz.demonyms:
        m = _GLUED_SUM_RE.match(words[1])
        if m is not None and m.group(1).lower() in gaz.currency_prefixes:
            # "Indian Rs10m", "Pakistani Rs8m": a currency told apart from another of its name
            return True
    if words[-1].lower().rstrip(".") in gaz.instrument_words and _NUMBER_AFTER_RE.match(doc.text, c.end):
        return True  # "Senate Bill 214", "SB 976", "Proposition 22": a bill or measure
    label = words[1:] if len(words) == 3 and words[0] == "No" else words  # "he had No Plan B"
    if len(label) == 2 and (label[0].lower() in gaz.label_heads or label[0].lower()[:-1] in gaz.label_heads) \
            and (len(label[1]) <= 2 or _CODE_RE.fullmatch(label[1])):
        # "Category A", "Schedule 1", "Phase II": a category, not a name; so a court exhibit's
        # or a form's code ("Exhibit P47", "Forms EC8A").
        return True
    if len(words) > 1 and (words[0].lower() in gaz.law_words or words[-1].lower() in gaz.law_words) \
            and words[0].lower() not in _first_names():
        return True  # "Rental Law", "Ley de Alquileres", "Loi Climat": a law ("Jude Law" keeps his name)
    if low in gaz.market_indices or (len(words) > 1 and words[0].lower() in gaz.market_indices
                                     and low not in gaz.names):
        return True  # "the Merval", "the FTSE 100", "KOSPI": a stock index
    if len(words) > 1 and words[-1].lower() in gaz.index_heads and low not in gaz.names:
        return True  # "the Tellis Composite Index", "the Hang Seng Index": an index the list lacks
    if len(words) == 1 and _is_acronym(c.text) and low not in gaz.names:
        if _next_word(doc.text, c.end) in gaz.currency_nouns:
            return True  # "the CFA franc", "the CFP franc": a currency's initials, no body
        moves = _index_moves_re(gaz.index_moves)
        if moves is not None and moves.match(doc.text, c.end):
            return True  # "the MTX 40 fell 1.8%": an index's letters and number, like "the CAC 40"
    if words[-1].lower() in gaz.security_words and all(w.lower() in gaz.demonyms for w in words[:-1]):
        return True  # "German Bunds rallied", "Treasuries fell": bonds, no name
    if _APPOINTEE_RE.match(doc.text, c.end) and len(words) == 1:
        return True  # "a Clinton appointee", "Trump-appointed judges": the judge is described, not the president named
    return False


def _split_person_of(live: list[_Cand], by_text: dict[str, list[_Cand]], gaz: Gazetteer) -> list[_Cand]:
    """ "Jaylen Reed of Fairmont" is the person and the place when the article names "Jaylen Reed" alone too.

    :func:`_person_of_place` splits such a run when it knows the first name;
    an unusual first name needs the article's own evidence: the same two or
    three words, or their last word (the surname), written elsewhere as a
    name by themselves. The words after
    "of" are one or two that head no organisation ("Bank of England" stays).
    """
    out = []
    for c in live:
        lead, sep, tail = c.text.partition(" of ")
        lead_words, tail_words = lead.split(), tail.split()
        if sep and (lead in by_text or lead_words[-1] in by_text) and 2 <= len(lead_words) <= 3 and 1 <= len(tail_words) <= 2 \
                and all(_cap(w) for w in lead_words + tail_words) \
                and not ({lead_words[-1].lower(), tail_words[-1].lower()} & (gaz.org_words | gaz.place_words)) \
                and gaz.names.get(tail.lower(), ("", "place"))[1] == "place" and lead.lower() not in gaz.names:
            at = c.start + len(lead) + len(sep)
            out.append(_Cand(c.start, c.start + len(lead), lead, c.sentence, c.initial, c.after_title, False))
            out.append(_Cand(at, c.end, tail, c.sentence, False, False, True))
        else:
            out.append(c)
    return out


def _fold_middle_names(found: list[tuple[_Cand, str, str]]) -> list[tuple[_Cand, str, str]]:
    """ "Trevor Holt" is "Trevor James Holt" named in the article: one person, by the fuller name.

    A two-word person joins the one three-word person of the article with the
    same first and last word (a middle name or initial between: "Dana K.
    Price"); two such people ("Mary Ann Smith", "Mary Jo Smith") leave it alone.
    """
    fuller: dict[tuple[str, str], set[str]] = {}
    # Iberian names carry two family names, the father's first ("Ignacio Beltrán Mora"): the
    # press drops the second ("Ignacio Beltrán", "Beltrán"). Only a middle word that is no
    # first name counts ("Mary Ann Smith" is never "Ann").
    paternal: dict[str, set[str]] = {}
    lasts: set[str] = set()
    for _c, canon, kind in found:
        words = canon.split()
        if kind == "person" and len(words) == 3:
            fuller.setdefault((words[0], words[2]), set()).add(canon)
            if _cap(words[1]) and words[1][-1:].isalpha() and words[1].lower() not in _first_names():
                fuller.setdefault((words[0], words[1]), set()).add(canon)
                paternal.setdefault(words[1], set()).add(canon)
        if kind == "person" and len(words) >= 2:
            lasts.add(words[-1])
    if not fuller:
        return found
    out = []
    for c, canon, kind in found:
        words = canon.split()
        hits = fuller.get((words[0], words[1])) if kind == "person" and len(words) == 2 else None
        if kind == "person" and len(words) == 1 and canon == c.text and canon not in lasts:
            hits = paternal.get(canon)
        out.append((c, next(iter(hits)), kind) if hits and len(hits) == 1 else (c, canon, kind))
    return out


def _first_names_alone(found: list[tuple[_Cand, str, str]], pending: list[_Cand],
                       gaz: Gazetteer) -> list[tuple[_Cand, str, str]]:
    """A first name alone ("Darnell's mother", "her son Jaylon") is the one person the article names so.

    Features and local papers call a young victim by his first name. The word
    is the person when exactly one person named in full in the article has it
    as first word, and the gazetteer gives it no other meaning ("Jordan" the
    country stays); a place the article names ("Tyler City Council") stays too.
    """
    firsts: dict[str, set[str]] = {}
    for _c, canon, kind in found:
        if kind == "person" and " " in canon:
            firsts.setdefault(canon.split(" ", 1)[0], set()).add(canon)
    if not firsts:
        return found
    places = _named_places(found, gaz)

    def person(c: _Cand) -> str | None:
        hits = firsts.get(c.text) if " " not in c.text and c.text not in places else None
        if hits and len(hits) == 1 and c.text.lower() not in gaz.names:
            return next(iter(hits))
        return None

    # "Uncle Dennis" after "Uncle Dennis Cartwright": a word read as a person by itself is that
    # person too, unless some person of the article has it as surname ("Mr Jordan").
    surnames = {canon.rsplit(" ", 1)[-1] for _c, canon, kind in found if kind == "person" and " " in canon}
    out = []
    for c, canon, kind in found:
        full = person(c) if canon == c.text and (kind != "person" or c.text not in surnames) else None
        out.append((c, full, "person") if full else (c, canon, kind))
    known = {c.start for c, _, _ in found}
    for c in pending:
        full = person(c) if c.start not in known else None
        if full:
            out.append((c, full, "person"))
            known.add(c.start)
    return out


def _tail_short_forms(found: list[tuple[_Cand, str, str]], gaz: Gazetteer) -> list[tuple[_Cand, str, str]]:
    """ "the Justice Coalition" after "the Fairmont Justice Coalition", "City Hall" after "Westfield City Hall".

    A name of two or more words that ends the one longer name of the same
    kind in the article is that name, shortened the way second references
    are; a name the gazetteer lists keeps its own entry ("Supreme Court").
    """
    longer = [(canon, kind) for _c, canon, kind in found if kind != "person" and canon.count(" ") >= 2]
    if not longer:
        return found
    out = []
    for c, canon, kind in found:
        if kind != "person" and " " in canon and canon.lower() not in gaz.names:
            hits = {lc for lc, lk in longer if lk == kind and lc.endswith(" " + canon)}
            if len(hits) == 1:
                canon = hits.pop()
        out.append((c, canon, kind))
    return out


def _particle_surname(name: str) -> bool:
    """Whether a name is a surname with its particles, capitalised: "Van der Meulen", "De la Cruz"."""
    words = name.split()
    return len(words) >= 2 and words[0].lower() in _NAME_PARTICLES and words[0][:1].isupper() \
        and all(w in _LOWER_PARTICLES for w in words[1:-1]) and words[-1][:1].isupper()


def _particle_surnames(found: list[tuple[_Cand, str, str]], pending: list[_Cand]) -> list[tuple[_Cand, str, str]]:
    """ "Van der Meulen said" after "Rutger van der Meulen": the surname and its particles, the one person.

    A sentence's start capitalises the first particle, so the words are no
    surname's plain spelling; they are the person named in full whose name
    ends with them, whatever their case.
    """
    loose = [c for c in pending if _particle_surname(c.text)]
    if not loose and not any(_particle_surname(c.text) for c, _canon, _k in found):
        return found
    fulls = [canon for _c, canon, kind in found if kind == "person" and canon.count(" ") >= 2]

    def full(name: str) -> str | None:
        hits = {f for f in fulls if f.lower().endswith(" " + name.lower()) and f.lower() != name.lower()}
        return hits.pop() if len(hits) == 1 else None

    out = []
    for c, canon, kind in found:
        whole = full(c.text) if canon == c.text and _particle_surname(c.text) else None
        out.append((c, whole, "person") if whole else (c, canon, kind))
    known = {c.start for c, _, _ in found}
    for c in loose:
        whole = full(c.text) if c.start not in known else None
        if whole:
            out.append((c, whole, "person"))
    return out


def _head_word_short_forms(found: list[tuple[_Cand, str, str]], pending: list[_Cand],
                           gaz: Gazetteer) -> list[tuple[_Cand, str, str]]:
    """ "The Board said" after "the Rail Accident Investigation Board": the one body so named.

    A body's head word alone ("Board", "Alliance", "Commission") is how copy
    refers back to a body named in full; it is that body when exactly one
    organisation of the article ends with it, and no name when none does (nor
    when two do: the reader cannot tell which).
    """
    def heads(word: str) -> bool:
        return " " not in word and word.lower() in gaz.short_form_heads and word[:1].isupper() \
            and word.lower() not in gaz.names

    def masthead(word: str) -> bool:
        # "the Clarion" after "the Kelso Clarion": a newspaper's head word, linked like a body's,
        # but kept as written with no paper to link to (a paper may be known by the word alone)
        return " " not in word and word.lower() in gaz.masthead_words and word[:1].isupper() \
            and word.lower() not in gaz.names

    loose = [c for c in pending if heads(c.text) or masthead(c.text)]
    if not loose and not any((heads(c.text) or masthead(c.text)) and canon == c.text for c, canon, _k in found):
        return found
    tails: dict[str, set[str]] = {}
    for _c, canon, kind in found:
        if kind == "organisation" and " " in canon:
            tails.setdefault(canon.rsplit(" ", 1)[1], set()).add(canon)
    out = []
    for c, canon, kind in found:
        if heads(c.text) and canon == c.text:
            hits = tails.get(c.text, set())
            if len(hits) == 1:
                out.append((c, next(iter(hits)), "organisation"))
            continue
        if kind == "organisation" and canon == c.text and masthead(c.text):
            hits = tails.get(c.text, set())
            if len(hits) == 1:
                canon = next(iter(hits))
        out.append((c, canon, kind))
    known = {c.start for c, _, _ in out}
    for c in loose:
        hits = tails.get(c.text, set())
        if c.start not in known and len(hits) == 1:
            out.append((c, next(iter(hits)), "organisation"))
    return out


def _of_body_short_forms(found: list[tuple[_Cand, str, str]], gaz: Gazetteer) -> list[tuple[_Cand, str, str]]:
    """'The Steering Committee will meet' after 'the Steering Committee of the Lomeda Teachers
    Federation': a unit of a body named by its own words alone is the one "<unit> of <body>" of the
    article that opens with them (none or two: kept as written)."""
    units: dict[str, set[str]] = {}
    for _c, canon, kind in found:
        if kind == "organisation" and " of " in canon:
            unit = canon.split(" of ", 1)[0]
            if " " in unit and unit.rsplit(" ", 1)[1].lower() in gaz.org_words:
                units.setdefault(unit, set()).add(canon)
    if not units:
        return found
    out = []
    for c, canon, kind in found:
        hits = units.get(canon, set()) if kind == "organisation" and canon == c.text \
            and canon.lower() not in gaz.names else set()
        out.append((c, next(iter(hits)), kind) if len(hits) == 1 else (c, canon, kind))
    return out


def _hospital_short_names(doc: Document, found: list[tuple[_Cand, str, str]]) -> list[tuple[_Cand, str, str]]:
    """A hospital's short name is its full name: "a nurse at Ashgrove General" names Ashgrove General Hospital.

    Local and national outlets write both ("Toronto General", "Mass General"); with the head
    word back the outlets that write it in full and those that shorten it make one row.
    """
    short = {c.text for c, canon, kind in found
             if kind == "organisation" and canon == c.text and canon.endswith(" General")
             and _prev_word(doc.text, c.start).lower() in _HOSPITAL_CUES}
    if not short:
        return found
    # The same words elsewhere (a caption's "Ashgrove General Hospital in Ontario" read as a
    # headline up to the name the body uses) are the hospital too.
    return [(c, f"{c.text} Hospital", "organisation") if c.text in short else (c, canon, kind)
            for c, canon, kind in found]


def _same_text(found: list[tuple[_Cand, str, str]], pending: list[_Cand]) -> list[tuple[_Cand, str, str]]:
    """A name left undecided is what the same words are elsewhere in the article ("Boulder")."""
    by_text: dict[str, set[tuple[str, str]]] = {}
    for c, canon, kind in found:
        by_text.setdefault(c.text, set()).add((canon, kind))
    known = {c.start for c, _, _ in found}
    out = list(found)
    for c in pending:
        hits = by_text.get(c.text, set())
        if c.start not in known and len(hits) == 1:
            canon, kind = next(iter(hits))
            out.append((c, canon, kind))
    return out


_HONORIFIC_BEFORE_RE = re.compile(r"\b(Mr|Mrs|Ms|Miss|Mister)\.? \Z")
_HONORIFIC_SEX = {"Mr": "male", "Mister": "male", "Mrs": "female", "Ms": "female", "Miss": "female"}
# The kin word right before a full name says the person's sex ("his wife Maureen Coyle",
# "her husband Keith Ogden") when the first-name list does not know the name.
_KIN_BEFORE_RE = re.compile(r"\b(wife|widow|mother|daughter|sister|husband|widower|father|son|brother)\W{0,2}\s\Z")
_KIN_SEX = {"wife": "female", "widow": "female", "mother": "female", "daughter": "female", "sister": "female",
            "husband": "male", "widower": "male", "father": "male", "son": "male", "brother": "male"}
_APOSTROPHES = str.maketrans("’‘`", "\'\'\'")


def _sex_of(doc: Document, c: _Cand, canon: str) -> str | None:
    """A full name's sex, from the kin word before it or its listed first name; None when neither says."""
    kin = _KIN_BEFORE_RE.search(doc.text, max(0, c.start - 12), c.start)
    if kin:
        return _KIN_SEX[kin.group(1)]
    try:
        from framing.quotes import load_names

        names = load_names()
    except (ImportError, FramingError):
        return None
    first = canon.split(" ", 1)[0]
    return "female" if first in names.female else "male" if first in names.male else None


def _full_names(found: list[tuple[_Cand, str, str]], doc: Document) -> list[tuple[_Cand, str, str]]:
    """A surname after a title ("Mr Price", "Ms Sturgeon") is the person named in full in the article.

    Straight and curly apostrophes are one letter ("Ng'ang'a" is "Ng’ang’a").
    An Iberian double family name alone ("Quintero Ruiz", not a first name
    before it) is the one fuller name it ends, whatever kind its context
    suggested. When a man and a woman share
    the surname, the honorific picks the one of its sex ("Mrs Coyle" after
    "Brian Coyle and his wife Maureen Coyle"); when it cannot, none is picked.
    """
    full = [(c, canon) for c, canon, kind in found if kind == "person" and len(canon.split()) >= 2]
    if not full:
        return found
    firsts = _first_names()
    person_places = load_gazetteer().person_places
    out = []
    for c, canon, kind in found:
        words = canon.split()
        if kind == "place" and canon == c.text and canon.lower() in person_places:
            # "Rep. Jim Jordan ... Jordan said": a country that is a common surname, alone, is the
            # one person of the article named in full with it.
            hits = {f for _fc, f in full if f.split()[-1] == canon}
            if len(hits) == 1:
                canon, kind = hits.pop(), "person"
            out.append((c, canon, kind))
            continue
        if kind == "person" and len(words) == 1:
            key = canon.translate(_APOSTROPHES)
            hits = {f for _fc, f in full if f.split()[-1].translate(_APOSTROPHES) == key}
            if not hits and len(key) >= 3:
                # "Justice Tamba" after "Mary Okello-Tamba": one half of a hyphenated surname,
                # as the press shortens it, is the one person whose surname it is part of.
                hits = {f for _fc, f in full if "-" in f.split()[-1]
                        and key in f.split()[-1].translate(_APOSTROPHES).split("-")}
            if len(hits) > 1:
                hon = _HONORIFIC_BEFORE_RE.search(doc.text, max(0, c.start - 8), c.start)
                if hon:
                    sex = _HONORIFIC_SEX[hon.group(1)]
                    sexes = {f: {_sex_of(doc, fc, f) for fc, ff in full if ff == f} - {None} for f in hits}
                    same = {f for f in hits if sexes[f] == {sex}}
                    hits = same if same else {f for f in hits if not sexes[f]}
            if len(hits) == 1:
                canon = hits.pop()
        elif len(words) == 2 and canon == c.text and words[0].lower() not in firsts:
            # Whatever kind the words around it suggested ("Quintero Ruiz sent both teams off"
            # reads like a body's act): the double surname of a person named in full is he.
            hits = {f for _fc, f in full if len(f.split()) >= 3 and f.endswith(" " + canon)}
            if len(hits) == 1:
                canon, kind = hits.pop(), "person"
        out.append((c, canon, kind))
    return out


_STOP_WORDS: frozenset[str] = frozenset(ENGLISH_STOP_WORDS)
# A word written in lower case; all its characters are already lower case.
_LOWER_WORD_RE = re.compile(r"(?<![\w.])[a-z][a-z’'\-]+")


@lru_cache(maxsize=1)
def _stop_words_not_names() -> frozenset[str]:
    """The stop words that are no first name: sklearn lists "bill", and "Bill Hart" is a person."""
    return _STOP_WORDS - _first_names()


def _common_words(doc: Document) -> frozenset[str]:
    """Words the article writes in lower case (so a capital on them only opens a sentence)."""
    return frozenset(_LOWER_WORD_RE.findall(doc.text)) | _stop_words_not_names()


_CONTRACTION_PART_RE = re.compile(r"[A-Z][a-z]*")
_BRACKETED_CAPS_RE = re.compile(r"[\[(]([A-Z]{2,6})[\])]")
_LOWER_WORDS_BEFORE_RE = re.compile(r"(?:[a-z][a-z\-]* ){2,6}\Z")
_ACRONYM_SKIPS = frozenset({"of", "and", "or", "the", "for", "in", "on", "to", "a", "an"})


def _contraction_of(abbr: str, name: str, connectors: frozenset[str]) -> bool:
    """Whether a camel-case short form ("LegCo", "ProvSen") opens each word of ``name`` in turn."""
    if abbr.isupper() or abbr.islower():
        return False
    parts = _CONTRACTION_PART_RE.findall(abbr)
    words = [w for w in name.split() if w.lower() not in connectors]
    return len(parts) >= 2 and "".join(parts) == abbr and len(parts) == len(words) \
        and all(w.lower().startswith(p.lower()) for p, w in zip(parts, words))


def _generic_abbreviations(text: str) -> set[str]:
    """Capitals a text defines in brackets after lower-case words: "lowest astronomical tide (LAT)".

    The words are a common noun's, so the capitals name no party wherever they stand.
    """
    out = set()
    for m in _BRACKETED_CAPS_RE.finditer(text):
        words = _LOWER_WORDS_BEFORE_RE.search(text, max(0, m.start() - 80), m.start())
        if words is not None:
            initials = "".join(w[0] for w in words.group().split()).upper()
            # "differences of sex development (DSD)": the small words may be left out
            short = "".join(w[0] for w in words.group().split() if w not in _ACRONYM_SKIPS).upper()
            if initials.endswith(m.group(1)) or short.endswith(m.group(1)):
                out.add(m.group(1))
    return out


def _abbreviations(doc: Document, cands: list[_Cand], gaz: Gazetteer) -> dict[str, str]:
    """Abbreviations the text defines: "Immigration and Customs Enforcement (ICE)", "HSI (Homeland ...)"."""
    out: dict[str, str] = {}
    by_end = {c.end: c for c in cands}
    by_start = {c.start: c for c in cands}
    for m in re.finditer(r"\(([A-Z][A-Za-z.&]{1,9})\)", doc.text):
        abbr = m.group(1)
        before = doc.text[: m.start()].rstrip()
        c = by_end.get(len(before))
        if c is not None and ((_initials(c.text, gaz.connectors).startswith(abbr.replace(".", "")[:1])
                               and _initials(c.text, gaz.connectors) == abbr.replace(".", "").upper())
                              # "Legal Defence and Assistance Project (LEDAP)": a looser acronym
                              or _acronym_of(abbr, c.text, gaz.connectors)
                              or (c.joined and _word_initials(c.text) == abbr.replace(".", "").upper())
                              or _contraction_of(abbr, c.text, gaz.connectors)):
            known = gaz.names.get(c.text.lower()) or gaz.names.get(abbr.lower())
            out[abbr] = known[0] if known else c.text
    for m in re.finditer(r"\b([A-Z]{2,6}) \(([^()]{4,80})\)", doc.text):
        abbr, full = m.group(1), m.group(2)
        if _initials(full, gaz.connectors) == abbr:
            inner = by_start.get(m.start(2))
            known = gaz.names.get(full.lower()) or gaz.names.get(abbr.lower())
            out[abbr] = known[0] if known else (inner.text if inner else full)
    return out


def _surnames_over_cues(found: list[tuple[_Cand, str, str]], gaz: Gazetteer,
                        text: str = "") -> list[tuple[_Cand, str, str]]:
    """A word read as a place only for the word before it ("rein in Okafor") that is a person's surname.

    A place cue is a preposition, and prepositions also end phrasal verbs
    ("rein in", "stand up to", "vote against"); the person the article names
    in full ("Renata Okafor") is the better reading. Gazetteer places keep
    their reading ("Jackson" the city), and so does a word after wording no
    phrasal verb ends ("a hospital near Buxton", "grew up outside Selby").
    """
    last: dict[str, set[str]] = {}
    for _c, canon, kind in found:
        if kind == "person" and " " in canon:
            last.setdefault(canon.rsplit(" ", 1)[-1], set()).add(canon)
    if not last:
        return found
    out = []
    for c, canon, kind in found:
        hits = last.get(c.text) if kind == "place" and c.cue and " " not in c.text else None
        if hits and len(hits) == 1 and c.text.lower() not in gaz.names and not _placed_surname(text, c, gaz):
            out.append((c, next(iter(hits)), "person"))
        else:
            out.append((c, canon, kind))
    return out


# "Dalton, where three people were shot": what the clause after it says happened there.
# "South and Southeast Asia", "North or South America": a compass word, then one that opens a
# named region, then the region's head
_COMPASS_PAIR_RE = re.compile(r"\s+(?:and|or|&)\s+(?:North|South|East|West|Central)[a-z]*\s+[A-Z]")
_WHERE_AFTER_RE = re.compile(r",? where\b")


def _placed_surname(text: str, c: _Cand, gaz: Gazetteer) -> bool:
    """Whether a lone surname stands where only a place does ("near Buxton,", not "outside Okafor's home")."""
    return bool(text) and " " not in c.text and _cue_phrase(text, c.start, gaz) \
        and not text.startswith(("'s", "’s", "'", "’"), c.end)


def _short_forms(found: list[tuple[_Cand, str, str]], gaz: Gazetteer,
                 evidence: Callable[[str], tuple[str, int] | None], text: str = "") -> list[tuple[_Cand, str, str]]:
    """A name read as a person that is an organisation's name less its head word is that organisation.

    "Grace Covenant" beside "Grace Covenant Academy", "Oakridge Christian"
    beside "Oakridge Christian Academy": local papers shorten a school's or a
    church's name so. Not when the words around the short form say it is a
    person ("Grace Covenant, 41, said", a title before it).
    """
    orgs = {canon for _c, canon, kind in found if kind == "organisation" and canon.count(" ") >= 1}
    if not orgs:
        return found
    heads: dict[str, set[str]] = {}
    for org in orgs:
        short, head = org.rsplit(" ", 1)
        if head.lower() in gaz.org_words:
            heads.setdefault(short, set()).add(org)
    cued = {canon for c, canon, kind in found if c.cue and kind == "place"}  # "in Westbrook" anywhere: the place
    out = []
    for c, canon, kind in found:
        hits = heads.get(canon) if kind in ("person", "place") and (
            not c.after_title
            # "senior Kestrel executives" beside "Kestrel Minerals": a staff noun after the word says
            # it is the firm they work for, whatever title came before
            or _STAFF_AFTER_RE.match(text, c.end) is not None) else None
        if kind == "organisation" and canon.split(" ", 1)[0].lower() in _SAINTS and canon.endswith("'s") \
                and len(heads.get(canon, ())) == 1:
            out.append((c, next(iter(heads[canon])), "organisation"))  # "St Aldhelm's" for its church
            continue
        if kind == "organisation" and canon == c.text and " " not in canon:
            # "A Crestline spokesperson" beside "Crestline Live": a firm's name less a tail that
            # never names a body alone ("Live", "Bio", "Holdings") is the same firm; "Ford" beside
            # "Ford Foundation" stays two bodies.
            hits = {o for o in heads.get(canon, set()) if o.rsplit(" ", 1)[1].lower() in gaz.firm_tails}
            if hits and len(hits) == 1:
                out.append((c, next(iter(hits)), "organisation"))
                continue
        if hits and len(hits) > 1:
            hits = _near_forms_as_one(hits, found)
        if hits and len(hits) == 1 and canon not in cued and _short_form_fits(c, canon, kind, gaz, evidence):
            out.append((c, next(iter(hits)), "organisation"))
        else:
            out.append((c, canon, kind))
    return out


def _near_forms_as_one(hits: set[str], found: list[tuple[_Cand, str, str]]) -> set[str]:
    """One body's names written with a short and a long head ("Dana Air", "Dana Airline") as the
    one the article names first; other bodies' names as they are."""
    first = next((canon for _c, canon, _k in found if canon in hits), None)
    if first is not None and all(_near_long_forms(first.split(), h.split()) for h in hits):
        return {first}
    return hits


# Staff nouns after a firm's short name ("senior Kestrel executives", "Castell staff").
_STAFF_AFTER_RE = re.compile(r" (?:executives|officials|staff|employees|workers|managers|shareholders|"
                             r"investors|directors|engineers|bosses)\b")


def _short_form_fits(c: _Cand, canon: str, kind: str, gaz: Gazetteer,
                     evidence: Callable[[str], tuple[str, int] | None]) -> bool:
    """Whether a name read as a person or a place may be an organisation's short form.

    Three words and more as before ("Grace Covenant" for "Grace Covenant
    Academy") unless the words around it say person. One word before a
    company's head ("Brennan" beside "Brennan Foods", "Brennan’s" in Irish
    usage) only when it is no known place and nothing around it says person
    or place: "Dublin" beside "Dublin Bus" and "in Westbrook" beside "the
    Westbrook Tribune" stay places.
    """
    ev = evidence(c.text) or ("", 0)
    if kind == "person" and " " in canon:
        return ev[0] != "person"
    if canon.lower() in gaz.names or ev[0] in ("person", "place"):
        return False  # "Reporters in Westbrook" beside "the Westbrook Tribune": the town
    return True


def _expand_acronyms(found: list[tuple[_Cand, str, str]], gaz: Gazetteer) -> list[tuple[_Cand, str, str]]:
    """An undefined abbreviation ("CDU president") is the organisation with those initials, if one."""
    orgs = {canon for _, canon, kind in found if kind == "organisation" and len(canon.split()) >= 2}
    # Each abbreviation is tried on every name once, however often the article writes it.
    hits_of: dict[str, set[str]] = {}
    memo: dict[str, _NameInitials] = {}
    out = []
    for c, canon, kind in found:
        # A listed party's acronym too ("CDU"): the article's own "Coastal Dockworkers Union" wins;
        # so does any listed body's ("NTA" beside the article's "National Transport Authority").
        if kind == "organisation" and _is_acronym(c.text) \
                and (canon == c.text or (c.text.lower() in gaz.parties and canon.lower() in gaz.parties)
                     or gaz.names.get(c.text.lower(), ("", ""))[0] == canon):
            if c.text not in hits_of:
                hits_of[c.text] = {o for o in orgs if _abbreviates(c.text, o, gaz.connectors, memo)}
            hits = hits_of[c.text] - {canon}  # the listed party's own name spells its initials too
            if len(hits) == 1:
                canon = next(iter(hits))
        out.append((c, canon, kind))
    return out


_OF_WORDS = frozenset({"of", "de", "du", "des", "di", "del", "della", "do", "da"})


def _regional_arm(name: str, gaz: Gazetteer) -> bool:
    """Whether a name is a firm's arm in one country or region: its brand, then a place ("Coinvale US",
    "Castell Europe", "Tata Steel UK"). Its first word alone is the parent, not this arm; a first
    name opening it makes a person ("Michael Jordan")."""
    words = name.split()
    return len(words) >= 2 and " of " not in name and words[0].lower() not in _first_names() \
        and gaz.names.get(words[-1].lower(), ("", ""))[1] == "place" and words[-1][:1].isupper()


# A people noun after a name: "Yarrabin elders", "Wiradjuri people", "Maasai families".
_PEOPLE_AFTER_RE = re.compile(r" (?:people|peoples|elders?|man|men|woman|women|famil(?:y|ies)|communit(?:y|ies)|"
                              r"clans?|native title|traditional owners|custodians|businesses|youth)\b")


# A place's head its people leave out: "Meadowgate" for "the Meadowgate Estate".
_SHORTENED_PLACE_HEADS = frozenset({"Estate", "Estates"})


def _resolve_pending(
    pending: list[_Cand], found: list[tuple[_Cand, str, str]], mid: set[str], gaz: Gazetteer,
    common: frozenset[str], doc_text: str = "",
) -> list[tuple[_Cand, str, str]]:
    """Give unknown single names a meaning from the full names of the same article."""
    out = list(found)
    persons = [(c, canon) for c, canon, kind in found if kind == "person" and len(canon.split()) >= 2]
    orgs = [(c, canon) for c, canon, kind in found if kind == "organisation" and len(canon.split()) >= 2]
    named_places = _named_places(found, gaz)
    for c in pending:
        word = c.text
        if len(word.split()) != 1 or (c.initial and word.lower() in common):
            continue
        # "Cox said": the surname of a person named in full before (or after) it.
        # A straight and a curly apostrophe are one letter ("Ng'ang'a said" after "Ng’ang’a").
        key = word.translate(_APOSTROPHES)
        same_person = {canon for pc, canon in persons if canon.split()[-1].translate(_APOSTROPHES) == key}
        if not same_person and len(key) >= 3:
            # "Tamba said" after "Mary Okello-Tamba": one half of a hyphenated surname (see _full_names)
            same_person = {canon for pc, canon in persons if "-" in canon.split()[-1]
                           and key in canon.split()[-1].translate(_APOSTROPHES).split("-")}
        if len(same_person) == 1:
            out.append((c, same_person.pop(), "person"))
            continue
        # "Westbrook has 60 beds" beside the "Westbrook City Council": the city, not the council.
        if word in named_places:
            out.append((c, word, "place"))
            continue
        # "its Brackley plant", "their Dagenham factory": a firm's site named for its town.
        site = _FOLLOWING_WORD_RE.match(doc_text, c.end) if doc_text else None
        if site is not None and site.group(1) in gaz.site_nouns and _prev_word(doc_text, c.start) in ("its", "their"):
            out.append((c, word, "place"))
            continue
        # "Yarrabin elders", "the Yarrabin people" beside the "Yarrabin Native Title Aboriginal
        # Corporation": a people named before its people noun is no body (nor a place).
        if _PEOPLE_AFTER_RE.match(doc_text, c.end):
            continue
        # "Meridian has offered": the first word of an organisation named in full.
        # "Belcastre's biggest union" beside "Belcastre Debout" and "SUD-Fer Belcastre": a word two
        # bodies' names both hold (opening or closing them) is the place they are named for.
        # A firm's own names ("Coinvale Global", "Coinvale US") are one firm's, no two bodies.
        holders = {canon for oc, canon in orgs if word in (canon.split()[0], canon.split()[-1])
                   and not _regional_arm(canon, gaz) and canon.split()[-1].lower() not in gaz.firm_tails}
        if len(holders) > 1:
            holders = _near_forms_as_one(holders, found)  # "Dana Air" and "Dana Airline": one firm's names
        if len(holders) >= 2 and word.lower() not in gaz.names and not _is_acronym(word) \
                and word.lower() not in gaz.org_words and not _PLURAL_NICK_RE.fullmatch(word):
            # Not a body's head word ("Bank", "Court") nor a team's plural nickname ("Hawks").
            out.append((c, word, "place"))
            continue
        # Not "Coinvale" for "Coinvale US": a firm's bare name is the parent, not its arm in one country.
        same_org = {canon for oc, canon in orgs if canon.split()[0] == word and not _regional_arm(canon, gaz)}
        if len(same_org) > 1:
            same_org = _near_forms_as_one(same_org, found)
        if len(same_org) == 1:
            out.append((c, same_org.pop(), "organisation"))
            continue
        # "Rowanbrook residents" beside "the Rowanbrook Estate": an estate's name less its head.
        same_estate = {canon for _pc, canon, kind in found if kind == "place" and canon.count(" ") == 1
                       and canon.split()[0] == word and canon.split()[1] in _SHORTENED_PLACE_HEADS}
        if len(same_estate) == 1:
            out.append((c, same_estate.pop(), "place"))
            continue
        # "the Larkhill estate" beside "Larkhill Road": a word that opens a place's name of the
        # article, before a place noun, is the place itself.
        nxt = _FOLLOWING_WORD_RE.match(doc_text, c.end) if doc_text else None
        if nxt is not None and nxt.group(1) in gaz.place_nouns and doc_text[max(0, c.start - 4) : c.start] == "the " \
                and any(kind == "place" and canon.split()[0] == word for _pc, canon, kind in found):
            out.append((c, word, "place"))
            continue
        # "CDU president": the initials of an organisation named in full.
        if _is_acronym(word):
            by_initials = {canon for oc, canon in orgs if _initials(canon, gaz.connectors) == word.replace(".", "")}
            if len(by_initials) == 1:
                out.append((c, by_initials.pop(), "organisation"))
    return out


@lru_cache(maxsize=8)
def _place_said_res(admin: frozenset[str], followers: frozenset[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """("the city of " before a name, " police" after it): wording that says a word is a place."""
    never = re.compile(r"(?!)")
    before = re.compile(rf"\b(?:{'|'.join(sorted(map(re.escape, admin)))})\ of\ $") if admin else never
    after = re.compile(rf"\ (?:{'|'.join(sorted(map(re.escape, followers)))})\b") if followers else never
    return before, after


def _places_over_short_forms(doc: Document, found: list[tuple[_Cand, str, str]], pending: list[_Cand],
                             gaz: Gazetteer) -> list[tuple[_Cand, str, str]]:
    """A bare word the article shows is a place is the place, not a group named after it.

    "in Harrowgate, Ohio", "outside Harrowgate", "the Harrowgate police", a
    dateline: "Harrowgate" is the city even where it could be short for the
    "Harrowgate Justice Coalition" (a group named after its city). Evidence
    of a place: the word read as a place anywhere in the article (gazetteer,
    dateline, place cue, a list with places), "the city of X" (any
    admin_place_word), "X police", "X residents". Without any, the first word
    of an organisation still stands for it ("Meridian has offered").
    Undecided mid-sentence words with such wording are places too.
    """
    # Only words that are some organisation's first word, or still undecided, can change.
    short = {c.text for c, canon, kind in found
             if kind == "organisation" and " " not in c.text and canon != c.text and canon.split(" ", 1)[0] == c.text}
    known = {c.start for c, _, _ in found}
    rest = [c for c in pending if c.start not in known and not c.initial and " " not in c.text]
    if not short and not rest:
        return found
    text = doc.text
    before, after = _place_said_res(gaz.admin_place_words | gaz.place_of_words, gaz.place_followers)
    # Every mention of such a word is a candidate, so the wording is read around the mentions only.
    said = {c.text for c in [*(c for c, _, _ in found if c.text in short), *rest]
            if after.match(text, c.end) or before.search(text, max(0, c.start - 16), c.start)}
    places = said | {canon for _c, canon, kind in found if kind == "place" and canon in short}
    if not places:
        return found
    out = [(c, c.text, "place") if kind == "organisation" and c.text in places and c.text in short
           and canon != c.text else (c, canon, kind) for c, canon, kind in found]
    out.extend((c, c.text, "place") for c in rest if c.text in said)
    return out


def _places_after_of(doc: Document, found: list[tuple[_Cand, str, str]],
                     gaz: Gazetteer) -> list[tuple[_Cand, str, str]]:
    """A name of two words and more after "the state of", "the province of", "the community of" is
    the place ("firefighters in the state of Serra Alta", "the province of Alta Serra"), however its
    words read alone; a title before it or a body's head word closing it keeps its reading."""
    before, _after = _place_said_res(gaz.admin_place_words | gaz.place_of_words, gaz.place_followers)
    out = []
    for c, canon, kind in found:
        if kind != "place" and canon == c.text and " " in canon and not c.after_title \
                and canon.rsplit(" ", 1)[1].lower() not in gaz.org_words and canon.lower() not in gaz.names \
                and before.search(doc.text, max(0, c.start - 16), c.start):
            kind = "place"
        out.append((c, canon, kind))
    return out


def _named_places(found: list[tuple[_Cand, str, str]], gaz: Gazetteer) -> frozenset[str]:
    """The places that names of the article are named after: "Westbrook" in "Westbrook City Council".

    A unit of government after a name ("City", "County", "Township") says the
    words before it are a place: "Harlow District Council", "Maplewood County
    Sheriff's Office", "Brookfield Township".
    """
    out = set()
    for _c, canon, kind in found:
        words = canon.split()
        if kind == "person" or len(words) < 2:
            continue
        k = next((i for i, w in enumerate(words[1:], 1) if w.lower() in gaz.admin_place_words), 0)
        if k:
            out.add(" ".join(words[:k]))
    return frozenset(out)


_LISTED_AFTER_RE = re.compile(r" (?:and|or) \Z")


@lru_cache(maxsize=4)
def _body_noun_after_re(nouns: frozenset[str]) -> re.Pattern[str]:
    """A lower-case body's noun right after a name (" department", " party")."""
    return re.compile(rf" {alternation(sorted(nouns, key=len, reverse=True), loose=False)}\b")


@lru_cache(maxsize=4)
def _settlement_res(plurals: frozenset[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(", three villages", "A, B and C" ending there): an appositive that counts settlements,
    and the list of names right before it."""
    word = rf"[A-Z{_UPPER_LATIN}](?:[^\W\d_]|[’'\-])+"
    nouns = alternation(sorted(plurals, key=len, reverse=True), loose=False)
    counted = re.compile(rf", (?:the |all )?(?:two|three|four|five|six|seven|eight|nine|ten|several|both|\d+) "
                         rf"(?:[\w\-’']+ ){{0,2}}?{nouns}\b")
    listed = re.compile(rf"(?<![\w\-’']){word}(?:, {word})*,? (?:and|or) {word}\Z")
    return counted, listed


def _listed_settlements(doc: Document, found: list[tuple[_Cand, str, str]], pending: list[_Cand],
                        gaz: Gazetteer) -> list[tuple[_Cand, str, str]]:
    """ "Mbeta, Kiraso and Lwanga, three settlements below the dam": every name listed is a place.

    The appositive counts the names and says what they are; the list's words that nothing else
    decided (the first one opening its sentence too) are those places.
    """
    if not pending:
        return found
    counted, listed = _settlement_res(gaz.place_plurals)
    spans = []
    for m in counted.finditer(doc.text):
        names = listed.search(doc.text, max(0, m.start() - 160), m.start())
        if names is not None:
            spans.append(names.span())
    if not spans:
        return found
    known = {c.start for c, _, _ in found}
    out = list(found)
    for c in pending:
        if c.start not in known and " " not in c.text and any(a <= c.start < b for a, b in spans) \
                and c.text.lower() not in gaz.names:
            out.append((c, c.text, "place"))
    return out


def _propagate_lists(
    doc: Document, found: list[tuple[_Cand, str, str]], pending: list[_Cand], gaz: Gazetteer
) -> list[tuple[_Cand, str, str]]:
    """Names listed with a place are places: "in Bay Springs, Carthage, Canton and Sebastopol".

    A one-word name joined by "and" or "or" right after an organisation is an
    organisation too ("the Resolution Foundation and Barclays"): the press
    lists bodies with bodies. Only "and"/"or" count there, not a comma, which
    also opens an appositive ("the union, Unite, said").
    """
    known = {c.start for c, _, _ in found}
    rest = [c for c in pending if c.start not in known and not c.initial]
    out = list(found)
    if rest:
        orgs = {c.end: canon for c, canon, kind in found if kind == "organisation"}
        for c in list(rest):
            m = _LISTED_AFTER_RE.search(doc.text, max(0, c.start - 6), c.start)
            if m and " " not in c.text and m.start() in orgs:
                out.append((c, c.text, "organisation"))
                rest.remove(c)
    changed = True
    while changed and rest:
        changed = False
        # The places known at this pass, by where they end and start: a list's gap is at most six
        # characters, so each name looks only at the places that close or open within six of it
        # (trying every place for every name took seconds on a 15,000-word article).
        ends: dict[int, list[_Cand]] = {}
        starts: dict[int, list[_Cand]] = {}
        for p, _, kind in out:
            if kind == "place":
                ends.setdefault(p.end, []).append(p)
                starts.setdefault(p.start, []).append(p)
        for c in list(rest):
            near = [p for e in range(c.start - 6, c.start + 1) for p in ends.get(e, ())]
            near += [p for s in range(c.end, c.end + 7) for p in starts.get(s, ()) if p.end > c.start]
            for p in near:
                lo, hi = (p.end, c.start) if p.end <= c.start else (c.end, p.start)
                gap = doc.text[lo:hi]
                if 0 <= hi - lo <= 6 and re.fullmatch(r"\s*(?:,|,?\s*and|,?\s*or)\s*", gap):
                    nxt = _next_word(doc.text, c.end)
                    if p.end <= c.start and gap.strip() == "," and nxt and nxt not in ENGLISH_STOP_WORDS:
                        # "Back in Oskin, Eli asks every morning": a verb after the name makes it
                        # the clause's subject, not the state after a town ("in Dayton, Ohio, police").
                        continue
                    out.append((c, c.text, "place"))
                    rest.remove(c)
                    changed = True
                    break
    return out


# "SATO Kenji", "TANAKA Hiroshi": Japanese (and some Chinese and Korean) outlets write the
# family name first in capitals; other outlets write "Kenji Sato".
_FAMILY_CAPS_RE = re.compile(r"([A-Z]*[AEIOU][A-Z]*(?<=[A-Z]{3})(?:-[A-Z]{2,})?) ([A-Z][a-z]+)")


def _family_first_in_capitals(name: str) -> str:
    """ "SATO Kenji" -> "Kenji Sato"; any other name unchanged."""
    m = _FAMILY_CAPS_RE.fullmatch(name)
    if m is None:
        return name
    gaz = load_gazetteer()
    family = m.group(1).lower()
    if family in gaz.titles or family in gaz.person_nouns or family in gaz.not_names or family in gaz.names:
        return name  # "MUM Sarah", "DR Patel": a shouted title, not a family name
    return f"{m.group(2)} {m.group(1).title()}"


def _fold(found: list[tuple[_Cand, str, str]]) -> list[EntityMention]:
    """Fold spelling variants of one article's names onto the first spelling."""
    canon_of: dict[tuple[str, str], str] = {}
    # The names seen, by kind and number of words: a spelling variant has as many words.
    seen: dict[tuple[str, int], list[str]] = {}
    out = []
    forms = load_gazetteer().place_prefix_forms
    for c, canonical, kind in sorted(found, key=lambda x: x[0].start):
        if kind == "person":
            canonical = _family_first_in_capitals(canonical)
        elif kind == "place" and " " in canonical and forms:
            head, rest = canonical.split(" ", 1)
            if head.lower() in forms:
                canonical = f"{forms[head.lower()]} {rest}"  # "Mt. Kessara" is "Mount Kessara"
        key = (canonical, kind)
        if key not in canon_of:
            same_shape = seen.setdefault((kind, len(canonical.split())), [])
            match = next((s for s in same_shape if spelling_variant(s, canonical)), None)
            canon_of[key] = match if match is not None else canonical
            same_shape.append(canon_of[key])
        out.append(EntityMention(c.start, c.end, c.text, canon_of[key], kind, c.sentence))
    return out


def _edits(a: str, b: str) -> int:
    """Damerau-Levenshtein distance (optimal string alignment), for short names."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


# Romanisations of one Korean vowel or syllable ending that outlets write differently
# ("Min-chul"/"Min-cheol", "Kyoo-hong"/"Kyu-hong", "Seong"/"Sung", "Hee"/"Hui"):
# Revised Romanization against McCune-Reischauer and the bearers' own spellings.
_ROMANISATIONS = (("eo", "u"), ("oo", "u"), ("ee", "i"), ("ui", "i"), ("ae", "e"), ("yu", "yu"))


@lru_cache(maxsize=4096)
def _name_key(word: str) -> str:
    """A word of a name as outlets may all write it: lower case, without accents
    ("Almirón"/"Almiron"), and for a hyphenated East Asian given name with one
    spelling of each romanised vowel ("Min-cheol"/"Min-chul")."""
    plain = unicodedata.normalize("NFKD", word.lower())
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    if "-" in plain:
        for a, b in _ROMANISATIONS:
            plain = plain.replace(a, b)
    return plain


def _same_name_word(x: str, y: str, alone: bool) -> bool:
    """Whether two words of a name differ only in accents or romanisation; a word standing
    alone keeps its case ("US" and "Us" are not one name)."""
    if _name_key(x) != _name_key(y):
        return False
    return not alone or (x.isupper() == y.isupper() and x[:1].isupper() == y[:1].isupper())


def spelling_variant(a: str, b: str) -> bool:
    """Whether two names are one name spelt two ways ("Sebastopol"/"Sebastapol", "Terrence"/"Terrance").

    The rule: the same number of words; all words equal (in a name of several words,
    whatever their case) but one, and that one
    differs by a single edit (insertion, deletion, substitution or swap of
    neighbours), is at least five letters long and keeps its first letter.
    Shorter words are left alone: "Koch" and "Cook" are different people, and
    so are a man's and a woman's first name ("Robert"/"Roberta", "Mario"/"Maria").
    """
    if a == b:
        return True
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb):
        return False
    # House styles capitalise a name's particles or not ("Rosalind De La Vega", "de la Vega";
    # "Van der Linde"): words that differ only in case are the same words.
    alone = len(wa) == 1
    diff: tuple[str, str] | None = None
    for x, y in zip(wa, wb):
        if x != y and (alone or x.lower() != y.lower()) and not _same_name_word(x, y, alone):
            if diff is not None:
                return False  # a second word differs: two names, whatever the rest
            diff = (x, y)
    if diff is None:
        return True
    x, y = diff
    if (x + "n" == y and x.endswith("a")) or (y + "n" == x and y.endswith("a")):
        return False  # "Veloria"/"Velorian", "Kenya"/"Kenyan": a country and its adjective
    if not (min(len(x), len(y)) >= 5 and x[0].lower() == y[0].lower() and _edits(x.lower(), y.lower()) == 1):
        return False
    if len(wa) > 1 and x == wa[0]:
        genders = _genders()
        gx, gy = genders.get(x.lower()), genders.get(y.lower())
        if gx is not None and gy is not None and gx != gy:
            return False
    return True


@lru_cache(maxsize=1)
def _genders() -> dict[str, str]:
    """First names (lower case) -> "f" or "m", from the quotes module's lexicon; empty if it cannot load."""
    try:
        from framing.quotes import load_names

        names = load_names()
    except (ImportError, FramingError):
        return {}
    return {**{n.lower(): "f" for n in names.female}, **{n.lower(): "m" for n in names.male}}


def compare_entities(docs: Sequence[Document], entities_per_doc: Sequence[Sequence[EntityMention]]) -> tuple[EntityRow, ...]:
    """Which articles name each person, organisation and place (spellings folded across outlets)."""
    order = [d.article.id for d in docs]
    renames = _outlet_renames(docs)

    def key_of(m: EntityMention) -> tuple[str, str]:
        if m.kind == "organisation" and m.canonical in renames:
            return renames[m.canonical], m.kind
        return m.canonical, m.kind

    keys: dict[tuple[str, str], int] = {}
    for mentions in entities_per_doc:
        for m in mentions:
            keys.setdefault(key_of(m), len(keys))
    # Full names anchor the folding: "Okafor" joins "Terrence Okafor", "CDU" the union.
    anchors: list[tuple[str, str]] = []
    # Anchors by number of words: a spelling variant has as many words as its name.
    anchors_of_size: dict[int, list[tuple[str, str]]] = {}
    acronyms = any(kind == "organisation" and _is_acronym(name) for name, kind in keys)
    connectors = load_gazetteer().connectors if acronyms else None
    initials_memo: dict[str, _NameInitials] = {}  # each anchor's initials, read once for every abbreviation
    target: dict[tuple[str, str], tuple[str, str]] = {}
    # Person anchors -> the full first names still possible for them ("Chris Long": Christopher, Christine, ...).
    given: dict[tuple[str, str], frozenset[str]] = {}
    # Anchors by their shorter forms: (last words, kind) for "City Hall" -> "Carver City Hall",
    # (first, last word) for "Trevor Holt" -> "Trevor James Holt".
    tails: dict[tuple[str, str], list[tuple[str, str]]] = {}
    middles: dict[tuple[str, str], list[tuple[str, str]]] = {}
    listed = load_gazetteer().names
    formed: dict[str, tuple[str, str]] = {}  # a name's merge form -> the first key with it
    # "Castellan" -> "Castellan Therapeutics": a firm's name without its head word
    brands: dict[str, list[tuple[str, str]]] = {}
    org_words = load_gazetteer().org_words
    institutions = load_gazetteer().institution_nouns
    tails_of_firms = load_gazetteer().firm_tails  # "Coinvale" -> "Coinvale Global", "Crestline" -> "Crestline Live"
    mastheads = load_gazetteer().masthead_words  # "Clarion" -> "Kelso Clarion"
    # "Steering Committee" -> "Steering Committee of the Lomeda Teachers Federation": a body's unit
    # named by its own words in one outlet, in full in another (see _of_body_short_forms)
    units: dict[str, list[tuple[str, str]]] = {}
    # The event's home place: the place most mentioned, when every article names it. A generic
    # body the gazetteer lists ("Supreme Court") written bare in one outlet is the home place's
    # own ("Norway's Supreme Court", read "Norway Supreme Court") written in full in another.
    home = _home_place(entities_per_doc)
    # Longer names first; of one length, the spelling with "and" over the one with "&".
    # A name whose given names are initials ("S R Nimbalkar") comes after the full names of two
    # words and more and before single words, to join the full name it stands for.
    # A middle initial ("Tobias R. Ngata") comes after the full names of its length, to join the
    # one whose middle name it stands for ("Tobias Rangi Ngata").
    same_acronym = _same_acronym_bodies(entities_per_doc, key_of)
    # A place's hyphen parts count as words (_sort_words), and of one length a place written with its
    # hyphen or accents comes before the plain spelling: "Lac-Mégantic", not "Lac Megantic", names the row.
    for key in sorted(keys, key=lambda k: (-(1.5 if _initialled(k) else _sort_words(k) - 0.5 * _middle_initialled(k)),
                                           " & " in k[0], k[1] == "place" and k[0].isascii() and "-" not in k[0],
                                           keys[k])):
        partner = same_acronym.get(key)
        if partner is not None and partner in target:
            # "Kenya Ports Authority (KPA)" / "Kenyan Ports Authority (KPA)": one body (see _same_acronym_bodies)
            target[key] = target[partner]
            continue
        form = _merge_form(*key)
        if form in formed and (formed[form][1] == key[1] or " " in key[0]):
            # "Centers for Medicare & Medicaid Services" / "... and Medicaid ...", "Appeal Court" /
            # "Court of Appeal", "Hamad bin Rashid Al Sawadi" / "Hamad al-Sawadi": one name.
            target[key] = target[formed[form]]
            continue
        formed.setdefault(form, key)
        # A multiword name is one entity whatever kind each article's context
        # suggested ("Parents for Responsible Schools" read as a person in one
        # article and a place in another); single words keep their kind
        # ("Jackson" the city, "Jackson" the mayor).
        size = len(key[0].split())
        match = next(
            (
                a
                for a in anchors_of_size.get(size, ())
                if (a[1] == key[1] or (size > 1 and a[0].lower() == key[0].lower()))
                and spelling_variant(a[0], key[0])
            ),
            None,
        )
        if match is None:
            hits = brands.get(key[0], []) if key[1] == "organisation" and size <= 2 else []
            match = (hits[0] if len(hits) == 1 else None) \
                or _surname_match(anchors, key) or _initials_match(anchors, key, connectors, initials_memo) \
                or _initialled_match(anchors, key) or _middle_initial_match(middles, key) \
                or _hypocorism_match(anchors_of_size.get(size, ()), key, given) \
                or _short_match(key, size, tails, middles, listed, mastheads)
        if match is None and key[1] == "organisation" and size == 2:
            # "Dana Air" / "Dana Airline": one firm's name with its head word written long or short.
            near = [a for a in brands.get(key[0].split()[0], ()) if _near_long_forms(a[0].split(), key[0].split())]
            match = target[near[0]] if len(near) == 1 else None
        if match is None and key[1] == "organisation" and len(units.get(key[0], ())) == 1 \
                and key[0].lower() not in listed:
            match = target[units[key[0]][0]]
        if match is None and home and key[1] == "organisation" and key[0].lower() in listed \
                and (f"{home} {key[0]}", key[1]) in target:
            match = target[(f"{home} {key[0]}", key[1])]
        if match is None:
            anchors.append(key)
            anchors_of_size.setdefault(size, []).append(key)
            match = key
            words = key[0].split()
            if key[1] == "organisation" and size == 2 and (words[1].lower() in org_words or words[1].lower() in tails_of_firms) \
                    and words[0].lower() not in org_words and key[0].lower() not in listed:
                brands.setdefault(words[0], []).append(key)
            elif key[1] == "organisation" and size >= 3 and words[-1].lower() in institutions \
                    and key[0].lower() not in listed:
                # "the Al Noor and Linwood mosques": an institution named without its noun, in a
                # list before the plural ("Al Noor" of "Al Noor Mosque").
                brands.setdefault(" ".join(words[:-1]), []).append(key)
            if key[1] == "organisation" and " of " in key[0]:
                unit = key[0].split(" of ", 1)[0]
                if " " in unit and unit.rsplit(" ", 1)[1].lower() in org_words:
                    units.setdefault(unit, []).append(key)
            if key[1] != "person":
                for i in range(1, size - 1):
                    tails.setdefault((" ".join(words[i:]), key[1]), []).append(key)
                if key[1] == "organisation" and size >= 2 and words[-1].lower() in mastheads:
                    tails.setdefault((words[-1], key[1]), []).append(key)
            elif size == 3:
                middles.setdefault((words[0], words[2]), []).append(key)
                # Spanish and Portuguese double surnames: "Nicolás Herrera Pons" is "Herrera
                # Pons" and "Nicolás Herrera" in outlets that drop a given name or the mother's
                # surname (the first surname is the one a name is never written without).
                tails.setdefault((" ".join(words[1:]), "person"), []).append(key)
                tails.setdefault((" ".join(words[:2]), "person"), []).append(key)
            elif size == 4 and words[2][:1].isupper() and words[3][:1].isupper():
                # A double given name before a double surname ("Juan Carlos Pérez Soto"):
                # "Juan Carlos Pérez" drops the mother's surname.
                tails.setdefault((" ".join(words[:3]), "person"), []).append(key)
                # ... and "Ortiz Llorente" alone drops both given names (a referee, a coach).
                tails.setdefault((" ".join(words[2:]), "person"), []).append(key)
        target[key] = match
    # 'Benjamin “Benjie” Lagdameo' in one outlet says the "Benjie Lagdameo" of another is he.
    for mentions in entities_per_doc:
        for m in mentions:
            nick = _QUOTED_NICKNAME_RE.fullmatch(m.text) if m.kind == "person" else None
            if nick is not None and f"{nick.group(1)} {nick.group(3)}" == m.canonical:
                alias = (f"{nick.group(2)} {nick.group(3)}", "person")
                if alias in target and target[alias] == alias and alias != key_of(m):
                    # The alias and every shorter form folded into it ("Lagdameo") join the full name.
                    to = target[key_of(m)]
                    target = {k: (to if v == alias else v) for k, v in target.items()}
    entities_per_doc = _short_forms_across(docs, entities_per_doc, {target[key_of(m)] for ms in entities_per_doc for m in ms})
    groups: dict[tuple[str, str], list[tuple[str, EntityMention]]] = {}
    for doc, mentions in zip(docs, entities_per_doc):
        for m in mentions:
            groups.setdefault(target.get(key_of(m), key_of(m)), []).append((doc.article.id, m))
    rows = []
    for (canonical, kind), items in groups.items():
        arts = tuple(a for a in order if any(x[0] == a for x in items))
        refs = tuple(
            EntityRef(article=a, start=m.start, end=m.end, text=m.text, sentence=m.sentence)
            for a, m in sorted(items, key=lambda x: (order.index(x[0]), x[1].start))
        )
        spellings = tuple(dict.fromkeys(r.text for r in refs))
        status = "only-one" if len(arts) == 1 else ("shared" if len(arts) == len(order) else "some")
        kinds = [m.kind for _a, m in items]
        # The kind most mentions agree on; a tie goes to organisation, then place.
        kind = max(sorted(set(kinds), key=lambda k: ("organisation", "place", "person").index(k) if k in ("organisation", "place", "person") else 9), key=kinds.count)
        rows.append(EntityRow(canonical, kind, arts, status, spellings, refs))
    kind_rank = {k: i for i, k in enumerate(ENTITY_KINDS)}
    rows.sort(key=lambda r: (-len(r.articles), kind_rank.get(r.kind, 9), order.index(r.articles[0]), r.mentions[0].start))
    return tuple(rows)


def _home_place(entities_per_doc: Sequence[Sequence[EntityMention]]) -> str:
    """The place an event's articles mention most, if every article names it; else ""."""
    counts: dict[str, int] = {}
    for mentions in entities_per_doc:
        for m in mentions:
            if m.kind == "place":
                counts[m.canonical] = counts.get(m.canonical, 0) + 1
    if not counts:
        return ""
    top = max(counts.values())
    best = [p for p, n in counts.items() if n == top]
    if len(best) != 1 or not all(any(m.kind == "place" and m.canonical == best[0] for m in ms)
                                 for ms in entities_per_doc):
        return ""
    return best[0]


# A capitalised word as the comparison reads it in an article's text ("O'Rourke's": O'Rourke).
# A capitalised word with a small letter in it, in any Latin script ("Yıldırım", "Þórðardóttir").
_UPPER_LATIN = "".join(ch for ch in map(chr, range(0xC0, 0x250)) if ch.isupper())
_LOWER_LATIN = "".join(ch for ch in map(chr, range(0xC0, 0x250)) if ch.islower())
_CAP_TOKEN_RE = re.compile(rf"(?<![\w’'\-.])[A-Z{_UPPER_LATIN}][A-Za-z{_UPPER_LATIN}{_LOWER_LATIN}’'\-]*"
                           rf"[a-z{_LOWER_LATIN}][A-Za-z{_UPPER_LATIN}{_LOWER_LATIN}’'\-]*")
_NAME_BEFORE_RE = re.compile(r"[A-Z][\w’'\-.]* \Z")


def _short_forms_across(docs: Sequence[Document], entities_per_doc: Sequence[Sequence[EntityMention]],
                        roots: set[tuple[str, str]]) -> list[Sequence[EntityMention]]:
    """Each article's mentions, with the short forms of names only other outlets give in full.

    "Sule ordered an inquiry" beside another outlet's "Governor Amina Sule", "out of Tolgarth"
    beside "the Tolgarth Estate": alone, such a word opening a sentence or with no cue around it
    proves nothing and extraction leaves it out; the other outlet's full name says who or what it
    is. Only a word no article names otherwise, never written in lower case in the article,
    standing alone (no capitalised word touching it) and short for one name only.
    """
    gaz = load_gazetteer()
    first = _first_names()
    # A person's full name counts only with a known first name or a title before it somewhere
    # ("Governor Amina Sule"): "Volant Lumen" read as a person is no anchor for "Lumen".
    titled = {(m.canonical, m.kind) for doc, ms in zip(docs, entities_per_doc) for m in ms
              if m.kind == "person" and " " in m.text
              and _prev_word(doc.text, m.start).lower() in gaz.titles}
    shorts: dict[str, set[tuple[str, str]]] = {}
    for canonical, kind in roots:
        words = canonical.split()
        # "Luiz Fernando dos Santos Oliveira": lower-case particles do not count to the name's length
        named = len(words) - sum(1 for w in words[1:-1] if w in gaz.particles)
        if kind == "person" and 2 <= named <= 4 and (words[0].lower() in first or (canonical, kind) in titled):
            short = words[-1]
            if short[:1].islower() and "-" in short and short[: short.index("-") + 1] in gaz.particles:
                short = short[:1].upper() + short[1:]  # "al-Mansoori" opens a sentence as "Al-Mansoori"
        elif kind == "place" and len(words) == 2 and words[1] in _SHORTENED_PLACE_HEADS:
            short = words[0]
        else:
            continue
        low = short.lower()
        if len(short) < 3 or not short[:1].isupper() or low in gaz.names or low in first or low in gaz.not_names \
                or low in ENGLISH_STOP_WORDS or low in gaz.titles:
            continue
        shorts.setdefault(short, set()).add((canonical, kind))
    shorts = {k: v for k, v in shorts.items() if len(v) == 1}
    if not shorts:
        return list(entities_per_doc)
    out: list[Sequence[EntityMention]] = []
    for doc, mentions in zip(docs, entities_per_doc):
        own = {(m.canonical, m.kind) for m in mentions}
        words_here = {w for m in mentions for w in (*m.text.split(), *m.canonical.split())}
        wanted = {k: next(iter(v)) for k, v in shorts.items() if not v & own and k not in words_here and k in doc.text}
        if not wanted:
            out.append(mentions)
            continue
        lower = _LOWER_WORD_RE.findall(doc.text)
        # Quoted words ('chants of "Keter Must Go"') and glosses are read by extraction alone.
        spans = [(m.start, m.end) for m in mentions] + [(q.start, q.end) for q in doc.quote_spans] + _set_aside(doc)
        added: list[EntityMention] = []
        for t in _CAP_TOKEN_RE.finditer(doc.text):
            word = t.group()
            if word[-2:] in ("'s", "’s"):
                word = word[:-2]
            root = wanted.get(word)
            if root is None or word.lower() in lower or any(a <= t.start() < b for a, b in spans):
                continue
            end = t.start() + len(word)
            if _NAME_BEFORE_RE.search(doc.text, max(0, t.start() - 30), t.start()) is not None \
                    and not _sentence_opens(doc, t.start()):
                continue  # "Mr Sule", "Lake Tolgarth": a longer name, read by extraction
            if doc.text[end : end + 1] == " " and (doc.text[end + 1 : end + 2].isupper()
                                                   or doc.text[end + 1 : end + 2].isdigit()):
                continue  # "Sule Holdings", "Lumen 7": the word opens another name or a model
            if _prev_word(doc.text, t.start()).lower() in ("a", "an", "the"):
                continue  # "a Clinton appointee", "the Keter government": a description, no naming
            bracket = doc.text.rfind("(", max(0, t.start() - 60), t.start())
            if bracket > 0 and ")" not in doc.text[bracket : t.start()] \
                    and doc.text[:bracket].rstrip()[-1:] in _QUOTE_CLOSERS:
                continue  # '"Keter aende nyumbani" (Keter go home)': a quoted chant's gloss
            sent = next((s.index for s in doc.sentences if s.start <= t.start() < s.end), None)
            if sent is None:
                continue
            added.append(EntityMention(t.start(), end, word, root[0], root[1], sent))
        out.append(tuple(sorted((*mentions, *added), key=lambda m: m.start)) if added else mentions)
    return out


def _sentence_opens(doc: Document, at: int) -> bool:
    """Whether ``at`` is where a sentence of ``doc`` starts (after any opening quote)."""
    return any(s.start <= at < s.end and not doc.text[s.start : at].strip(" \"“‘'(") for s in doc.sentences)


# 'Benjamin “Benjie” Lagdameo': a given name, a nickname in quotes, the family name.
_QUOTED_NICKNAME_RE = re.compile(r"(\S+) [“\"‘']([A-Z][\w\-]*)[”\"’'] (.+)")
_NASAB_RE = re.compile(r"\b(?:bin|bint|ibn|ben|binti) [A-Z][\w’'\-]*\s*", re.IGNORECASE)
_ARTICLE_RE = re.compile(r"\b(?:al|el)[\s\-]+(?=\w)", re.IGNORECASE)
# "Appeal Court" is the "Court of Appeal"; "Health Ministry" the "Ministry of Health".
_COURT_OF_RE = re.compile(r"(\w+) (court|ministry)")


_DOTTED_RE = re.compile(r"(?<![\w.])(?:[^\W\d_]\.){2,}")


def _merge_form(name: str, kind: str) -> str:
    """The form two outlets' spellings of one name share, compared across articles.

    "&" and "and" are one ("Centers for Medicare & Medicaid Services"), and a long body's "and"
    may be left out; "Appeal Court" is
    the "Court of Appeal", "Health Ministry" the "Ministry of Health"; an Arabic name keeps its given name and family name, without
    the chain of "bin <father>" and with one spelling of the article "Al"/"al-"/"el-"
    ("Hamad bin Rashid Al Sawadi" is the "Hamad al-Sawadi" of other outlets).
    """
    low = " ".join(name.lower().replace(" & ", " and ").split())
    if low.startswith("the "):
        low = low[4:]
    if "." in low:
        low = _DOTTED_RE.sub(lambda d: d.group(0).replace(".", ""), low)  # "B.C. Wildfire Service" = "BC ..."
    if kind == "organisation" and " and " in low and low.count(" ") >= 4:
        # "Kivu Water and Sewerage Authority" / "Kivu Water Sewerage Authority": outlets keep or
        # drop the "and" between a long name's subjects, one body.
        low = low.replace(" and ", " ")
    if kind == "organisation":
        m = _COURT_OF_RE.fullmatch(low)
        return f"{m.group(2)} of {m.group(1)}" if m is not None else low
    if kind == "place" and ("-" in low or not low.isascii()):
        # "Lac-Mégantic" / "Lac Megantic", "Guinea-Bissau" / "Guinea Bissau": a place's hyphen
        # and accents, which outlets keep or drop, make no second place.
        return " ".join(_name_key(w) for w in low.replace("-", " ").split())
    if kind == "person" and "-" in low and not any(p in low for p in (" al-", " el-", "al-", "el-")):
        # Hispanic double surnames hyphenated in English copy ("Mejia-Paz" / "Mejía Paz"):
        # one name without the hyphen and the accents.
        low = " ".join(_name_key(w) for w in low.replace("-", " ").split())
    elif kind == "person" and " " in low and not low.isascii():
        low = " ".join(_name_key(w) for w in low.split())
    if kind == "person" and (" al" in low or " el" in low or " bin" in low or " ibn" in low or " bint" in low):
        low = _ARTICLE_RE.sub("al-", _NASAB_RE.sub("", low))
        words = low.split()
        if len(words) > 2 and words[-1].startswith("al-"):
            low = f"{words[0]} {words[-1]}"
    if kind == "person" and " " in low and len(low) - low.rfind(" ") > 8 and "h" in low[low.rfind(" "):]:
        # A long romanised surname written with and without its aspirates ("Prathumthanakorn" /
        # "Pratumtanakorn": Thai, Khmer and Indic "th", "ph", "kh" for one sound): one spelling.
        cut = low.rfind(" ")
        low = low[:cut] + _ASPIRATE_RE.sub("", low[cut:])
    return low


_ASPIRATE_RE = re.compile(r"(?<=[tpk])h")


def _hypocorism_match(
    keys: Sequence[tuple[str, str]], key: tuple[str, str], given: dict[tuple[str, str], frozenset[str]]
) -> tuple[str, str] | None:
    """A short first name in one outlet ("Danny Price") and the full one in another ("Daniel Price").

    The one anchor it matches, if the full names the two may have still
    agree; ``given`` keeps, per anchor, the full names its matches leave.
    """
    if key[1] != "person" or " " not in key[0]:
        return None
    mine = _given_names(key[0])
    if mine is None:
        return None
    hits = [k for k in keys if k[1] == "person" and _hypocorism_variant(k[0], key[0])
            and not given.setdefault(k, _given_names(k[0]) or frozenset()).isdisjoint(mine)]
    if len(hits) != 1:
        return None
    given[hits[0]] = given[hits[0]] & mine
    return hits[0]


def _short_match(
    key: tuple[str, str], size: int, tails: dict[tuple[str, str], list[tuple[str, str]]],
    middles: dict[tuple[str, str], list[tuple[str, str]]], listed: dict[str, tuple[str, str]],
    mastheads: frozenset[str] = frozenset(),
) -> tuple[str, str] | None:
    """The one fuller name of another outlet that a short one stands for.

    "Trevor Holt" and "Trevor James Holt" (a middle name or initial left
    out); "City Hall" and "Carver City Hall", "Justice Coalition" and
    "Fairmont Justice Coalition" (the last words of the one longer name of
    the kind; a name the gazetteer lists keeps its own row); "Clarion" and
    "Kelso Clarion" (a newspaper's head word, ``mastheads``).
    """
    if size < 2:
        if key[1] == "organisation" and key[0].lower() in mastheads and key[0].lower() not in listed:
            hits = tails.get(key, [])
            return hits[0] if len(hits) == 1 else None
        return None
    if key[1] == "person":
        first, _, last = key[0].partition(" ")
        hits = middles.get((first, last), []) if size == 2 else []
        if not hits and size in (2, 3):
            hits = tails.get(key, [])
    elif key[0].lower() not in listed:
        hits = tails.get(key, [])
    else:
        hits = []
    return hits[0] if len(hits) == 1 else None


def _surname_match(keys: list[tuple[str, str]], key: tuple[str, str]) -> tuple[str, str] | None:
    """A surname alone in one outlet ("Okafor") and the full name in another."""
    if key[1] != "person":
        return None
    if " " in key[0]:
        # "Van der Meulen said" for "Rutger van der Meulen": a surname with its particles, which a
        # sentence's start capitalises.
        words = key[0].split()
        if words[0].lower() not in _NAME_PARTICLES or any(w not in _LOWER_PARTICLES for w in words[1:-1]):
            return None
        tail = " " + key[0].lower()
        hits = [k for k in keys if k[1] == "person" and k[0].lower().endswith(tail)]
        return hits[0] if len(hits) == 1 else None
    # A curly and a straight apostrophe are one letter ("Ndung’u" / "Ndung'u").
    surname = key[0].replace("’", "'")
    hits = [k for k in keys if k[1] == "person" and k[0].split()[-1].replace("’", "'") == surname]
    if not hits:
        # "Koo" for "Koo Bon-seok" (the family name first, before a hyphenated given name);
        # "Lanusse" for "Federico Lanusse Arrieta" (the first of two surnames).
        hits = [k for k in keys if k[1] == "person" and (
            (k[0].count(" ") == 1 and "-" in k[0].split()[1] and k[0].split()[0] == key[0])
            or (k[0].count(" ") == 2 and k[0].split()[1] == key[0]))]
    return hits[0] if len(hits) == 1 else None


_INITIAL_RE = re.compile(r"(?:[A-Z]\.?|(?:[A-Z]\.){2,})")


def _sort_words(key: tuple[str, str]) -> int:
    """The words of a name as the merge order counts them (a place's hyphen parts are words)."""
    return len(key[0].replace("-", " ").split()) if key[1] == "place" else len(key[0].split())


def _middle_initialled(key: tuple[str, str]) -> bool:
    """Whether a person's name of three words has an initial in the middle ("Tobias R. Ngata")."""
    words = key[0].split()
    return key[1] == "person" and len(words) == 3 and not _INITIAL_RE.fullmatch(words[0]) \
        and _INITIAL_RE.fullmatch(words[1]) is not None


def _middle_initial_match(middles: dict[tuple[str, str], list[tuple[str, str]]],
                          key: tuple[str, str]) -> tuple[str, str] | None:
    """A middle initial in one outlet ("Tobias R. Ngata") and the middle name in another ("Tobias Rangi Ngata")."""
    if not _middle_initialled(key):
        return None
    first, mid, last = key[0].split()
    hits = [k for k in middles.get((first, last), ()) if not _middle_initialled(k)
            and k[0].split()[1][:1].upper() == mid[:1].upper()]
    return hits[0] if len(hits) == 1 else None


def _same_acronym_bodies(entities_per_doc: Sequence[Sequence[EntityMention]],
                         key_of: Callable[[EntityMention], tuple[str, str]]) -> dict[tuple[str, str], tuple[str, str]]:
    """Bodies that two outlets spell out differently and abbreviate alike, each to the other.

    "Nigerian Civil Aviation Authority (NCAA)" / "Nigeria Civil Aviation Authority (NCAA)",
    "National Bus and Railway Union (NBRU)" / "National Bus and Rail Union": one acronym and
    long forms whose words match but for a word's ending (Kenya/Kenyan, Rail/Railway) and one
    word more or less ("Workers"). "National Union of Students" / "National Union of
    Seafarers" (both NUS) differ in a whole word: two bodies.
    """
    longs: dict[str, list[tuple[str, str]]] = {}
    for mentions in entities_per_doc:
        for m in mentions:
            if m.kind == "organisation" and m.text != m.canonical and _is_acronym(m.text) and " " in m.canonical:
                key = key_of(m)
                if key not in longs.setdefault(m.text, []):
                    longs[m.text].append(key)
    out: dict[tuple[str, str], tuple[str, str]] = {}
    for keys in longs.values():
        if len(keys) == 2 and _near_long_forms(keys[0][0].split(), keys[1][0].split()):
            out[keys[0]], out[keys[1]] = keys[1], keys[0]
    return out


def _near_long_forms(a: list[str], b: list[str]) -> bool:
    """Whether two long forms differ only in words' endings and at most one word more or less."""
    if len(a) < len(b):
        a, b = b, a
    if len(a) - len(b) > 1:
        return False
    skipped = len(a) == len(b)
    i = 0
    for w in b:
        while i < len(a) and not (a[i].lower().startswith(w.lower()) or w.lower().startswith(a[i].lower())):
            if skipped:
                return False
            skipped = True
            i += 1
        if i == len(a) or min(len(w), len(a[i])) < 3 and w.lower() != a[i].lower():
            return False
        i += 1
    return True


def _initialled(key: tuple[str, str]) -> bool:
    """Whether a person's given names are written as initials only ("S R Nimbalkar", "J.K. Rowling")."""
    words = key[0].split()
    return key[1] == "person" and len(words) >= 2 and all(_INITIAL_RE.fullmatch(w) for w in words[:-1])


def _initialled_match(keys: list[tuple[str, str]], key: tuple[str, str]) -> tuple[str, str] | None:
    """Initials and a surname in one outlet ("S R Nimbalkar") and the full name in another ("Sudhakar Nimbalkar")."""
    if not _initialled(key):
        return None
    words = key[0].split()
    hits = [k for k in keys if k[1] == "person" and " " in k[0] and k[0].split()[-1] == words[-1]
            and k[0][:1] == words[0][:1] and not _initialled(k)]
    return hits[0] if len(hits) == 1 else None


def _initials_match(
    keys: list[tuple[str, str]], key: tuple[str, str], connectors: frozenset[str] | None = None,
    memo: dict[str, _NameInitials] | None = None,
) -> tuple[str, str] | None:
    """An abbreviation in one outlet ("CDU") and the name spelt out in another.

    ``memo`` keeps each name's initials across the abbreviations tried on them (see :func:`_abbreviates`).
    """
    if key[1] != "organisation" or not _is_acronym(key[0]):
        return None
    hits = [k for k in keys if k[1] == "organisation" and _abbreviates(key[0], k[0], connectors, memo)]
    return hits[0] if len(hits) == 1 else None
