"""Tests for framing.entities: names in real news sentences, folding, and who names whom."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.entities import _load_gazetteer, compare_entities, extract_entities, spelling_variant
from framing.errors import LexiconError
from framing.events import load_event
from framing.model import Article
from framing.prepare import prepare

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds" / "mississippi-raids-2019"
STRIKE = ROOT / "tests" / "data" / "events" / "port-harlan-strike-2024"
MARSDEN = ROOT / "tests" / "data" / "events" / "marsden-bridge-explosion-2025"


def names(text: str) -> list[tuple[str, str, str]]:
    doc = prepare(Article(id="t", outlet="Test", text=text))
    return [(m.text, m.canonical, m.kind) for m in extract_entities(doc)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ICE acting Director Matthew Albence said each case would be handled individually.",
         [("ICE", "Immigration and Customs Enforcement", "organisation"),
          ("Matthew Albence", "Matthew Albence", "person")]),
        ("About 300 were arrested by the Immigration and Customs Enforcement (ICE) agency. ICE said so.",
         [("Immigration and Customs Enforcement", "Immigration and Customs Enforcement", "organisation"),
          ("ICE", "Immigration and Customs Enforcement", "organisation"),
          ("ICE", "Immigration and Customs Enforcement", "organisation")]),
        ("Young children were seen crying. Specifically, roughly 30 were released.", []),
        # A town named for its creek is a place; a relief agency is an organisation.
        ("Floodwater reached Alder Creek before dawn, and the Red Cross opened a shelter.",
         [("Alder Creek", "Alder Creek", "place"), ("Red Cross", "Red Cross", "organisation")]),
        ("Police Chief Helen Marsh spoke. Marsh said officers showed restraint.",
         [("Helen Marsh", "Helen Marsh", "person"), ("Marsh", "Helen Marsh", "person")]),
        ("The plants include the Koch Foods Inc. facility in Morton, Mississippi.",
         [("Koch Foods Inc.", "Koch Foods", "organisation"), ("Morton", "Morton", "place"),
          ("Mississippi", "Mississippi", "place")]),
        ("The Clarion Ledger first reported their release.",
         [("Clarion Ledger", "Clarion Ledger", "organisation")]),
        ("Members of the Coastal Dockworkers Union walked out. CDU president Terrance Okafor objected.",
         [("Coastal Dockworkers Union", "Coastal Dockworkers Union", "organisation"),
          ("CDU", "Coastal Dockworkers Union", "organisation"),
          ("Terrance Okafor", "Terrance Okafor", "person")]),
        ("Shots were fired in El Paso, Texas, on Saturday, the FBI said.",
         [("El Paso", "El Paso", "place"), ("Texas", "Texas", "place"),
          ("FBI", "Federal Bureau of Investigation", "organisation")]),
        ("Plants in Bay Springs, Carthage and Sebastapol were raided.",
         [("Bay Springs", "Bay Springs", "place"), ("Carthage", "Carthage", "place"),
          ("Sebastapol", "Sebastapol", "place")]),
        ("Gov. Gavin Newsom met Sen. Alex Padilla in Los Angeles, a spokeswoman for the governor said.",
         [("Gavin Newsom", "Gavin Newsom", "person"), ("Alex Padilla", "Alex Padilla", "person"),
          ("Los Angeles", "Los Angeles", "place")]),
        ("Protesters gathered outside the Department of Justice on Tuesday.",
         [("Department of Justice", "Department of Justice", "organisation")]),
    ],
)
def test_extract_entities_table(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert names(text) == expected


P, O, L = "person", "organisation", "place"

# Real-world-style sentences from many outlets and house styles (US wires, UK
# broadsheets and the BBC, European copy, local news): each with the exact
# (text, canonical, kind) entities a careful reader would list. Measured before
# any round-2 change: see the module report; kept as the regression table.
REAL_WORLD: list[tuple[str, list[tuple[str, str, str]]]] = [
    # From the acceptance event: a first name makes a person whatever the last word;
    # a plural head still marks an organisation; a quoted book title is not a name;
    # a known organisation's chapter expands like the organisation.
    ("Board member David Park voted against the motion.", [("David Park", "David Park", P)]),
    ("Parents for Responsible Schools collected 600 signatures.",
     [("Parents for Responsible Schools", "Parents for Responsible Schools", O)]),
    ('The board removed "The Bluest Eye" by Toni Morrison from the shelves.',
     [("Toni Morrison", "Toni Morrison", P)]),
    ("The ACLU of Ohio said it was reviewing the vote.",
     [("ACLU of Ohio", "American Civil Liberties Union of Ohio", O)]),
    ("Senate Majority Leader Chuck Schumer, D-N.Y., has not said when the bill will reach the floor.",
     [("Senate", "Senate", O), ("Chuck Schumer", "Chuck Schumer", P)]),
    ("Deck hand Gareth Price, 34, fell into the hold. Mr Price's family said they hoped no other family would suffer.",
     [("Gareth Price", "Gareth Price", P), ("Price", "Gareth Price", P)]),
    ("What's Next\n\nThe committee will vote on the bill again in June.", []),
    ("WHAT'S NEXT\n\nAides said a vote before the August recess was possible.", []),
    ("Chuck Schumer's office did not respond to a request for comment from The Associated Press.",
     [("Chuck Schumer", "Chuck Schumer", P), ("Associated Press", "Associated Press", O)]),
    ("European Commission President Ursula von der Leyen arrived in Brussels on Thursday.",
     [("European Commission", "European Commission", O), ("Ursula von der Leyen", "Ursula von der Leyen", P),
      ("Brussels", "Brussels", L)]),
    ("The Paris airport is named after Charles de Gaulle, the wartime leader.",
     [("Paris", "Paris", L), ("Charles de Gaulle", "Charles de Gaulle", P)]),
    ("Vice President JD Vance told reporters in Ohio that the plan was dead.",
     [("JD Vance", "JD Vance", P), ("Ohio", "Ohio", L)]),
    ("The former president, George W. Bush, spoke in Dallas; Sen. Mitt Romney of Utah did not.",
     [("George W. Bush", "George W. Bush", P), ("Dallas", "Dallas", L), ("Mitt Romney", "Mitt Romney", P),
      ("Utah", "Utah", L)]),
    ("Robert F. Kennedy Jr., the health secretary, testified before the Senate Finance Committee.",
     [("Robert F. Kennedy Jr.", "Robert F. Kennedy Jr.", P),
      ("Senate Finance Committee", "Senate Finance Committee", O)]),
    ("The Rev. Martin Luther King Jr. was assassinated in Memphis in 1968.",
     [("Martin Luther King Jr.", "Martin Luther King Jr.", P), ("Memphis", "Memphis", L)]),
    ("Rep. Alexandria Ocasio-Cortez, D-N.Y., criticised the White House on Friday.",
     [("Alexandria Ocasio-Cortez", "Alexandria Ocasio-Cortez", P), ("White House", "White House", O)]),
    # The dateline is set aside by prepare (boilerplate), but it names a place: its city,
    # title-cased (changed in round 5: it used to be left out, so a city named only in the
    # dateline was missed); the wire's credit "(Reuters)" is not a name.
    ("LONDON (Reuters) - Britain's rail unions called off a planned strike on Monday.",
     [("LONDON", "London", L), ("Britain", "United Kingdom", L)]),
    ("ST. LOUIS \u2014 A Washington University researcher moved from St. Louis to Washington, D.C., last year.",
     [("ST. LOUIS", "St. Louis", L), ("Washington University", "Washington University", O),
      ("St. Louis", "St. Louis", L), ("Washington, D.C.", "Washington, D.C.", L)]),
    ("Prime Minister Keir Starmer told MPs that the NHS would get more money.",
     [("Keir Starmer", "Keir Starmer", P), ("NHS", "National Health Service", O)]),
    ("Sir Keir Starmer met Dame Judi Dench at Downing Street.",
     [("Keir Starmer", "Keir Starmer", P), ("Judi Dench", "Judi Dench", P), ("Downing Street", "Downing Street", L)]),
    ("Dr Sarah Jones, a GP in Leeds, said waiting lists were growing.",
     [("Sarah Jones", "Sarah Jones", P), ("Leeds", "Leeds", L)]),
    ("Lord Cameron, the foreign secretary, flew to Kyiv on Tuesday.",
     [("Cameron", "Cameron", P), ("Kyiv", "Kyiv", L)]),
    ("Officers from the Metropolitan Police arrested two men in Hackney, east London.",
     [("Metropolitan Police", "Metropolitan Police", O), ("Hackney", "Hackney", L), ("London", "London", L)]),
    ("Apple chief executive Tim Cook said the company would invest $500 billion in the US.",
     [("Apple", "Apple", O), ("Tim Cook", "Tim Cook", P), ("US", "United States", L)]),
    ("The fire was 5% contained, according to the Boulder County Sheriff's Office.",
     [("Boulder County Sheriff's Office", "Boulder County Sheriff's Office", O)]),
    ("The Marshall Ridge Fire had burned about 6,200 acres by Sunday afternoon.", []),
    ("Tropical Storm Helene is expected to strengthen into a hurricane before reaching Florida.",
     [("Florida", "Florida", L)]),
    ("Fort Worth police said the suspect, 41, was held at the Tarrant County jail.",
     [("Fort Worth", "Fort Worth", L), ("Tarrant County", "Tarrant County", L)]),
    ("The standoff ended in Ft. Worth, Texas, after 11 hours.",
     [("Ft. Worth", "Fort Worth", L), ("Texas", "Texas", L)]),
    ("A crew member died during a crossing between Holyhead and Dublin, Cardiff Crown Court heard.",
     [("Holyhead", "Holyhead", L), ("Dublin", "Dublin", L), ("Cardiff Crown Court", "Cardiff Crown Court", O)]),
    ("Stena Coastal Ltd had failed to fix a faulty railing, the court heard.",
     [("Stena Coastal Ltd", "Stena Coastal", O)]),
    ("FirstGroup Plc shares fell 3% after Network Rail announced the closures.",
     [("FirstGroup Plc", "FirstGroup", O), ("Network Rail", "Network Rail", O)]),
    ("RMT general secretary Mick Lynch said members would walk out on Tuesday.",
     [("RMT", "RMT", O), ("Mick Lynch", "Mick Lynch", P)]),
    ("Transport Secretary Louise Haigh urged both sides to return to talks.",
     [("Louise Haigh", "Louise Haigh", P)]),
    ("Owner Phil Marks said the shop on Amsterdam Avenue would reopen.",
     [("Phil Marks", "Phil Marks", P), ("Amsterdam Avenue", "Amsterdam Avenue", L)]),
    ("Marks said he would keep the sign. \"Maybe I'll open again someday,\" said Tasha Green.",
     [("Tasha Green", "Tasha Green", P)]),
    ("Q: When did it start?\n\nA: In January. Karen Ellis moved to Marlow, Oklahoma.",
     [("Karen Ellis", "Karen Ellis", P), ("Marlow", "Marlow", L), ("Oklahoma", "Oklahoma", L)]),
    ("Students at Lakeview Elementary were sent home, the Harmon County Education Association said.",
     [("Lakeview Elementary", "Lakeview Elementary", O),
      ("Harmon County Education Association", "Harmon County Education Association", O)]),
    ("Researchers at Johns Hopkins University and the National Institutes of Health published the study.",
     [("Johns Hopkins University", "Johns Hopkins University", O),
      ("National Institutes of Health", "National Institutes of Health", O)]),
    ("Mr. and Mrs. Harold Kent, whose foundation paid for the pilot, were thrilled.",
     [("Harold Kent", "Harold Kent", P)]),
    ("Helen Whyley, director of the Royal College of Nursing in Wales, said nurses were exhausted.",
     [("Helen Whyley", "Helen Whyley", P), ("Royal College of Nursing", "Royal College of Nursing", O),
      ("Wales", "Wales", L)]),
    ("Health Secretary Eluned Morgan visited the University Hospital of Wales in Cardiff.",
     [("Eluned Morgan", "Eluned Morgan", P), ("University Hospital of Wales", "University Hospital of Wales", O),
      ("Cardiff", "Cardiff", L)]),
    ("German Transport Minister Volker Wissing spoke in Berlin.",
     [("Volker Wissing", "Volker Wissing", P), ("Berlin", "Berlin", L)]),
    ("Former President Donald Trump's lawyers filed the motion in Manhattan on Monday.",
     [("Donald Trump", "Donald Trump", P), ("Manhattan", "Manhattan", L)]),
    ("Jackson Police Chief James Davis said officers had arrested three men.",
     [("Jackson", "Jackson", L), ("James Davis", "James Davis", P)]),
    ("Senate Panel Advances Bill To Expand Rural Broadband\n\nA Senate committee advanced the plan on Tuesday.",
     [("Senate", "Senate", O), ("Senate", "Senate", O)]),
    ("Wildfire Forces Thousands To Flee Homes Near Boulder\n\nFirefighters battled the blaze west of Boulder, Colorado.",
     [("Boulder", "Boulder", L), ("Boulder", "Boulder", L), ("Colorado", "Colorado", L)]),
    ("Officials in Pinellas County ordered residents of zones A and B to leave by 6 p.m.",
     [("Pinellas County", "Pinellas County", L)]),
    ("Ms Sturgeon resigned as first minister of Scotland. Nicola Sturgeon said she had no regrets.",
     [("Sturgeon", "Nicola Sturgeon", P), ("Scotland", "Scotland", L), ("Nicola Sturgeon", "Nicola Sturgeon", P)]),
    # Written after the first round of fixes, as a held-out check (10/14 exact when first run).
    ("Labour leader Keir Starmer said the Conservatives had crashed the economy.",
     [("Labour", "Labour Party", O), ("Keir Starmer", "Keir Starmer", P), ("Conservatives", "Conservative Party", O)]),
    ("Speaker Mike Johnson, R-La., met President Joe Biden at the White House.",
     [("Mike Johnson", "Mike Johnson", P), ("Joe Biden", "Joe Biden", P), ("White House", "White House", O)]),
    ("Hurricane Milton made landfall near Siesta Key, Florida, late Wednesday.",
     [("Siesta Key", "Siesta Key", L), ("Florida", "Florida", L)]),
    ("The Bank of England raised interest rates, Governor Andrew Bailey said.",
     [("Bank of England", "Bank of England", O), ("Andrew Bailey", "Andrew Bailey", P)]),
    ("Mrs Patel's lawyer told Westminster Magistrates' Court she denied the charge.",
     [("Patel", "Patel", P), ("Westminster Magistrates' Court", "Westminster Magistrates' Court", O)]),
    ("Ludwig van Beethoven was born in Bonn in 1770.",
     [("Ludwig van Beethoven", "Ludwig van Beethoven", P), ("Bonn", "Bonn", L)]),
    ("Detectives from Greater Manchester Police said Det Supt Ian Hulme led the inquiry.",
     [("Greater Manchester Police", "Greater Manchester Police", O), ("Ian Hulme", "Ian Hulme", P)]),
    ("Shares in Tesla fell after Elon Musk sold stock, the Wall Street Journal reported.",
     [("Tesla", "Tesla", O), ("Elon Musk", "Elon Musk", P), ("Wall Street Journal", "Wall Street Journal", O)]),
    ("Protesters marched from Trafalgar Square to Parliament Square on Saturday.",
     [("Trafalgar Square", "Trafalgar Square", L), ("Parliament Square", "Parliament Square", L)]),
    ("Dr. Anthony Fauci, the former director of the National Institute of Allergy and Infectious Diseases, testified.",
     [("Anthony Fauci", "Anthony Fauci", P),
      ("National Institute of Allergy and Infectious Diseases", "National Institute of Allergy and Infectious Diseases", O)]),
    ("Residents of East Palestine, Ohio, said the water still smelled.",
     [("East Palestine", "East Palestine", L), ("Ohio", "Ohio", L)]),
    ("Gov. Kathy Hochul's office said the MTA would restore service in Queens by Monday.",
     [("Kathy Hochul", "Kathy Hochul", P), ("MTA", "MTA", O), ("Queens", "Queens", L)]),
    ("Last week, Microsoft and OpenAI announced a new partnership in San Francisco.",
     [("Microsoft", "Microsoft", O), ("OpenAI", "OpenAI", O), ("San Francisco", "San Francisco", L)]),
]


@pytest.mark.parametrize("text, expected", REAL_WORLD)
def test_extract_entities_real_world(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert names(text) == expected


# Held-out table (tests/data/entities_heldout.yaml): 65 sentences of business,
# transport, politics, sport, local and tabloid copy, written before the
# round-3 evidence rules (24/65 exact then; 59/65 after). The misses left are
# listed here with the reason; strict, so a fix shows up as XPASS.
HELDOUT_MISSES = {
    "Kroger and Albertsons": "world knowledge: nothing in the sentence says these are firms",
    "Avanti West Coast": "a place head ('Coast'); 'the operator said' is not read as anaphora",
    "Sir Jim Ratcliffe's Ineos": "world knowledge: a person's possession can be a firm or a place",
    "Wetherspoon boss": "a sentence-initial word before 'boss' is too often a common noun ('Store manager')",
    "Celtic manager": "a sentence-initial word before 'manager' is too often a common noun ('Office manager')",
}


def _heldout() -> list:
    data = yaml.safe_load((ROOT / "tests" / "data" / "entities_heldout.yaml").read_text(encoding="utf-8"))
    cases = []
    for case in data["cases"]:
        expected = [tuple(e) for e in case["expected"]]
        miss = next((why for key, why in HELDOUT_MISSES.items() if case["text"].startswith(key)), None)
        marks = [pytest.mark.xfail(strict=True, reason=miss)] if miss else []
        cases.append(pytest.param(case["text"], expected, marks=marks, id=case["text"][:40]))
    return cases


@pytest.mark.parametrize("text, expected", _heldout())
def test_extract_entities_heldout(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert names(text) == expected


def test_heldout_misses_are_in_the_table() -> None:
    texts = [c["text"] for c in yaml.safe_load((ROOT / "tests" / "data" / "entities_heldout.yaml").read_text())["cases"]]
    for key in HELDOUT_MISSES:
        assert sum(t.startswith(key) for t in texts) == 1, key


# Wording that looks like the evidence but is not: the new rules must leave these alone.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Witnesses said he had been drinking before the crash.", []),
        ("Family said she had been missing since Friday.", []),
        ("Investigators said its cause was not yet known.", []),
        ("Separately, the company said it would cut 200 jobs.", []),
        ("Yesterday, the regulator, which has faced criticism, said bills would fall.", []),
        # "said it" says nothing: people say it too.
        ("Karen Whitfield said it was the worst day of her life.", [("Karen Whitfield", "Karen Whitfield", P)]),
        # A first name outweighs "said its" (the "its" is the company he runs).
        ("After the vote, Tim Cook said its new phone would ship in May.", [("Tim Cook", "Tim Cook", P)]),
        ("A spokesman for Okonkwo Adebayo declined to comment.", [("Okonkwo Adebayo", "Okonkwo Adebayo", P)]),
        ("Smith and Jones were arrested on Tuesday.", []),
        ("The Trump administration said it would appeal.", []),
        # A short form of a longer name keeps that name, whatever the words around it say.
        ("Meridian Logistics chief executive Dana Kroll spoke. Meridian said its offer was final.",
         [("Meridian Logistics", "Meridian Logistics", O), ("Dana Kroll", "Dana Kroll", P),
          ("Meridian", "Meridian Logistics", O)]),
        ("Store manager Rita Gomez said the shelves were empty.", [("Rita Gomez", "Rita Gomez", P)]),
        # A person's chief of staff is not a company's chief executive; an appositive is read
        # past a possessive to its own noun.
        ("Obama's chief of staff, Rahm Emanuel, spoke in Chicago.",
         [("Rahm Emanuel", "Rahm Emanuel", P), ("Chicago", "Chicago", L)]),
        ("Jane Roe, the company's chief executive, said sales fell.", [("Jane Roe", "Jane Roe", P)]),
        ("Flooding hit homes in Maplewood, which sits on the river.", [("Maplewood", "Maplewood", L)]),
        ("ICE Southern Region Communications Director Bryan Cox said so.",
         [("ICE", "Immigration and Customs Enforcement", O), ("Bryan Cox", "Bryan Cox", P)]),
        # "Residents of" is now a place cue (round Q2): this former strict xfail passes.
        ("Residents of Maplewood, which flooded in 2019, were evacuated.", [("Maplewood", "Maplewood", L)]),
    ],
)
def test_evidence_false_friends(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("Sebastopol", "Sebastapol", True),
        ("Terrence Okafor", "Terrance Okafor", True),
        ("Port Harlan", "Port Harlen", True),
        ("Koch", "Kock", False),  # short names are left alone
        ("Canton", "Carthage", False),
        ("Peco Foods", "Koch Foods", False),
        ("Bryan Cox", "Bryan Cox Jr.", False),
    ],
)
def test_spelling_variant(a: str, b: str, same: bool) -> None:
    assert spelling_variant(a, b) is same


def rows_of(folder: Path):
    docs = [prepare(a) for a in load_event(folder).articles]
    return docs, {r.canonical: r for r in compare_entities(docs, [extract_entities(d) for d in docs])}


def test_seed_entities_who_names_whom() -> None:
    _, rows = rows_of(SEEDS)
    for name in ("American Civil Liberties Union", "Peco Foods", "Matthew Albence", "Mike Hurst", "El Paso"):
        assert rows[name].articles == ("abc-news",), name
    for name in ("Koch Foods", "Clarion Ledger", "Department of Justice"):
        assert rows[name].articles == ("breitbart-news",), name
    assert rows["Sebastopol"].articles == ("abc-news", "breitbart-news")
    assert rows["Sebastopol"].spellings == ("Sebastopol", "Sebastapol")
    assert rows["Bryan Cox"].spellings == ("Bryan Cox", "Cox")
    assert rows["Immigration and Customs Enforcement"].status == "shared"
    assert "Young" not in rows and "Specifically" not in rows and "Immigration" not in rows


def test_strike_entities_fold_across_outlets() -> None:
    _, rows = rows_of(STRIKE)
    assert rows["Terrence Okafor"].articles == ("daily-ledger", "harbor-gazette", "metro-wire")
    assert rows["Port Harlan"].status == "shared"
    assert rows["Coastal Dockworkers Union"].status == "shared"
    assert rows["Laura Whitcomb"].articles == ("daily-ledger",)
    assert rows["Gregory Tan"].articles == ("metro-wire",)


def test_invariants_on_every_event_article() -> None:
    for folder in (SEEDS, STRIKE, MARSDEN):
        docs, _ = rows_of(folder)
        for doc in docs:
            first = extract_entities(doc)
            assert first == extract_entities(doc)
            for m in first:
                assert 0 <= m.start < m.end <= len(doc.text)
                assert doc.text[m.start : m.end] == m.text
                assert m.kind in ("person", "organisation", "place")
                sent = doc.sentences[m.sentence]
                # A name lies in its sentence, or in the dateline set aside just before the
                # sentence it opens ("PORT HARLAN —"): round 5 reads datelines as places.
                in_dateline = any(b.reason == "dateline" and b.start <= m.start < b.end <= sent.start
                                  and not any(b.end <= s.start < sent.start for s in doc.sentences)
                                  for b in doc.boilerplate)
                assert sent.start <= m.start < sent.end or in_dateline, m


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=300))
def test_extract_entities_never_fails(text: str) -> None:
    if not text.strip():
        return
    doc = prepare(Article(id="t", outlet="Test", text=text))
    for m in extract_entities(doc):
        assert doc.text[m.start : m.end] == m.text


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["The", "ICE", "Department", "of", "Justice", "(DOJ)", "and", "Cox", "said",
                                 "Mr.", "U.S.", "in", "Sebastopol", ",", "Chief", "Helen", "Marsh", "."]),
                min_size=1, max_size=25))
def test_extract_entities_name_soup(words: list[str]) -> None:
    doc = prepare(Article(id="t", outlet="Test", text=" ".join(words)))
    for m in extract_entities(doc):
        assert doc.text[m.start : m.end] == m.text


def gazetteer_without(keys: tuple[str, ...]) -> str:
    """The shipped gazetteer's text with the top-level sections ``keys`` left out."""
    lines, skip = [], False
    for line in (ROOT / "lexicons" / "gazetteer.yaml").read_text(encoding="utf-8").splitlines():
        if line.startswith(keys):
            skip = True
            continue
        if skip and line.startswith(" "):
            continue
        skip = False
        lines.append(line)
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    "entry, fragment",
    [
        ("particles: [de, 3]", "'particles' item 2"),
        ("event_words: fire", "'event_words' must be a non-empty list"),
        ("org_titles: []", "'org_titles' must be a non-empty list"),
        ("org_nouns: company", "'org_nouns' must be a non-empty list"),
        ("org_possessions: [shares, 4]", "'org_possessions' item 2"),
        # YAML reads a bare `on` as true: the loader says which item to quote.
        ("name_joiners: [to, on]", "'name_joiners' item 2"),
        ("regions: west", "'regions' must be a non-empty list"),
        ("admin_place_words: [city, 7]", "'admin_place_words' item 2"),
        # the lists of named bodies (media, parties): each item's shape, its aliases and its short names
        ("media: [{name: Daily Post, aliases: []}]", "media item 1 needs 'name: ...', 'aliases: [...]' and 'country: XX'"),
        ("media: [{name: Daily Post, aliases: [7], country: GB}]", "media outlet 'Daily Post' has a non-text alias 7"),
        ("media: [{name: Daily Post, aliases: [], country: GB, short: [the post]}]",
         "media outlet 'Daily Post': a short name is one capitalised word"),
        ("parties: [{name: Unity Party, aliases: [UP], country: Britain}]", "parties item 1 needs"),
        ("parties: [{name: Unity Party, aliases: [[UP]], country: GB}]", "party 'Unity Party' has a non-text alias"),
        ("parties: [{name: Unity Party, aliases: [], country: GB, short: [unity]}]",
         "party 'Unity Party': a short name is one capitalised word"),
    ],
)
def test_gazetteer_new_sections_validated(tmp_path: Path, entry: str, fragment: str) -> None:
    bad = tmp_path / "gazetteer.yaml"
    bad.write_text(gazetteer_without((entry.split(":")[0] + ":",)) + entry + "\n", encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        _load_gazetteer(str(bad))
    assert fragment in str(err.value) and str(bad) in str(err.value)
    assert "\n" not in str(err.value)


def test_gazetteer_without_new_sections_still_loads(tmp_path: Path) -> None:
    optional = ("particles:", "name_suffixes:", "event_words:", "event_prefixes:", "org_titles:",
                "org_nouns:", "person_nouns:", "org_possessions:", "name_joiners:", "regions:",
                "admin_place_words:")
    old = tmp_path / "gazetteer.yaml"
    old.write_text(gazetteer_without(optional), encoding="utf-8")
    gaz = _load_gazetteer(str(old))
    assert gaz.particles == frozenset() and "sir" in gaz.titles
    assert gaz.name_joiners == gaz.regions == gaz.admin_place_words == frozenset()


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["Senate", "Panel", "Advances", "WHAT'S", "NEXT", "Mr", "Price", "Sir", "Keir",
                                 "Starmer", "von", "der", "Leyen", "Jr.", "F.", "of", "the", "Fire", "Storm",
                                 "Sheriff's", "Office", "a", "GP", "\n\n", "said", ",", ".", "Ft.", "Worth", "I'll"]),
                min_size=1, max_size=30))
def test_extract_entities_headline_soup(words: list[str]) -> None:
    doc = prepare(Article(id="t", outlet="Test", text=" ".join(words)))
    first = extract_entities(doc)
    assert first == extract_entities(doc)
    for m in first:
        assert 0 <= m.start < m.end <= len(doc.text)
        assert doc.text[m.start : m.end] == m.text
        assert m.kind in ("person", "organisation", "place")


# --- Round 4: names a lower-case word joins, regions, places named in organisations.
# Found on the Westbrook event (tests/data/events/westbrook-encampment-2025); the
# sentences here are other outlets' wording, not that event's.


@pytest.mark.parametrize(
    "text, expected",
    [
        # Joined on evidence: an appositive, "said its", "which", a descriptor, a defined
        # abbreviation that keeps the small word, the same words twice.
        ("Lawyers without Borders, a legal charity, sent two observers to the trial.",
         [("Lawyers without Borders", "Lawyers without Borders", O)]),
        ("Later, Books to Prisoners said its volunteers had mailed 9,000 parcels.",
         [("Books to Prisoners", "Books to Prisoners", O)]),
        ("Books on Wheels, which lends to housebound readers, has run out of vans.",
         [("Books on Wheels", "Books on Wheels", O)]),
        # After a place word ("in") only evidence for the whole name joins it.
        ("Paws in Need, a rescue charity, has run out of kennel space.", [("Paws in Need", "Paws in Need", O)]),
        ("The veterans' charity Walking with the Wounded opened seven centres in London.",
         [("Walking with the Wounded", "Walking with the Wounded", O), ("London", "London", L)]),
        ("Tutors on Call (TOC) offers free lessons. TOC said demand had doubled.",
         [("Tutors on Call", "Tutors on Call", O), ("TOC", "Tutors on Call", O), ("TOC", "Tutors on Call", O)]),
        ("Money went to Ladders to Work and to the food bank. Ladders to Work hired two staff.",
         [("Ladders to Work", "Ladders to Work", O), ("Ladders to Work", "Ladders to Work", O)]),
        ("The money came from Roots in Action, the youth group, last spring.",
         [("Roots in Action", "Roots in Action", O)]),
        # In mid-sentence a capital means a name, so "said" after the whole is enough.
        ("Funding was cut, Teachers on Wheels said on Monday.", [("Teachers on Wheels", "Teachers on Wheels", O)]),
    ],
)
def test_names_joined_by_a_small_word(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Two people a preposition stands between; "from ... to" is a hand-over, not a name.
        ("The seat passed from Alan Price to Maria Lopez in 2019.",
         [("Alan Price", "Alan Price", P), ("Maria Lopez", "Maria Lopez", P)]),
        # A sentence-initial capital proves nothing: "said" alone does not join it.
        ("Officials in Dunmore said the water was safe.", [("Dunmore", "Dunmore", L)]),
        ("Shoppers on Oxford Street said prices had risen.", [("Oxford Street", "Oxford Street", L)]),
        # "in" may say where the name before it is: "which", "said its" and a descriptor
        # speak for that name alone.
        ("The carmaker Ostwerk in Wolfsburg said its profits fell.",
         [("Ostwerk", "Ostwerk", O), ("Wolfsburg", "Wolfsburg", L)]),
        ("Jobs were cut at Ostwerk Motors in Dunmore, which has 9,000 residents.",
         [("Ostwerk Motors", "Ostwerk Motors", O), ("Dunmore", "Dunmore", L)]),
        # A known place, a day, a title: never one name with the word before.
        ("Police in Texas said the suspect had been arrested.", [("Texas", "Texas", L)]),
        ("Senator Tina Smith on Friday said she would vote no.", [("Tina Smith", "Tina Smith", P)]),
        ("Mayor Okafor in March said the camp would close.", [("Okafor", "Okafor", P)]),
    ],
)
def test_names_not_joined(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Wildfire season in the West now runs most of the year.", [("West", "West", L)]),
        ("The West has been slow to send more air defence systems.", [("West", "West", L)]),
        ("Voters in the South have backed the party since 1994.", [("South", "South", L)]),
        ("Shipping through the Gulf resumed on Thursday.", [("Gulf", "Gulf", L)]),
        ("Rents in the Northeast rose faster than anywhere else.", [("Northeast", "Northeast", L)]),
        ("Brexit hit manufacturing towns in the North hardest.", [("North", "North", L)]),
        # Not after "the": read like any word.
        ("Adam West, who played Batman, died in Los Angeles.",
         [("Adam West", "Adam West", P), ("Los Angeles", "Los Angeles", L)]),
        ("Ronnie South, 42, was charged with theft.", [("Ronnie South", "Ronnie South", P)]),
    ],
)
def test_regions_are_places(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Dunmore City Council met on Monday. Dunmore will hire six officers.",
         [("Dunmore City Council", "Dunmore City Council", O), ("Dunmore", "Dunmore", L)]),
        ("A letter from Kirkby Town Council was read out. Kirkby has two schools.",
         [("Kirkby Town Council", "Kirkby Town Council", O), ("Kirkby", "Kirkby", L)]),
        ("Pike County Schools closed early. Pike said the roads were icy.",
         [("Pike County Schools", "Pike County Schools", O), ("Pike", "Pike", L)]),
        ("Lakeland Borough said bins would be collected on Friday. Lakeland is flooded.",
         [("Lakeland Borough", "Lakeland Borough", L), ("Lakeland", "Lakeland", L)]),
        # A firm's first word still stands for the firm.
        ("Halvorsen Shipping said its two oldest tankers would be sold. Halvorsen has 40 ships.",
         [("Halvorsen Shipping", "Halvorsen Shipping", O), ("Halvorsen", "Halvorsen Shipping", O)]),
    ],
)
def test_place_and_organisation_named_after_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert names(text) == expected


def _heldout_names() -> list:
    data = yaml.safe_load((ROOT / "tests" / "data" / "entities_heldout_names.yaml").read_text(encoding="utf-8"))
    return [pytest.param(c["text"], [tuple(e) for e in c["expected"]], id=c["text"][:40]) for c in data["cases"]]


# Held-out table, round 4 (tests/data/entities_heldout_names.yaml): 36 sentences written
# before the round-4 rules; 17/36 exact then, 36/36 after.
@pytest.mark.parametrize("text, expected", _heldout_names())
def test_extract_entities_heldout_names(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert names(text) == expected


def test_place_and_council_stay_apart_across_outlets() -> None:
    docs = [prepare(Article(id=i, outlet=i, text=t)) for i, t in (
        ("a", "The Dunmore City Council voted to close the camp. Dunmore has 60 beds."),
        ("b", "Officials in Dunmore said the camp would close. The Dunmore City Council agreed."),
    )]
    rows = {(r.canonical, r.kind): r.articles for r in compare_entities(docs, [extract_entities(d) for d in docs])}
    assert rows == {("Dunmore City Council", O): ("a", "b"), ("Dunmore", L): ("a", "b")}



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month before a day number is a date, also inside a wire dateline
        ("CHICAGO/DUBLIN, Oct 14 (Wire) - Brennan Foods will close its plant.",
         [("CHICAGO", "place"), ("DUBLIN", "place"), ("Brennan Foods", "organisation")]),
        # ", from X, who ..." after a name: X is the person's home place, the clause the person's
        ("Declan Moloney (55), from Drumlea, who has worked at the plant for 30 years, said it was over.",
         [("Declan Moloney", "person"), ("Drumlea", "place")]),
        ("Sheila Byrne, from Ennis, who runs a cafe, said trade was down.",
         [("Sheila Byrne", "person"), ("Ennis", "place")]),
        # without the comma before "from", "who" is the named person's
        ("The report came from Smith, who wrote it in 2019.", [("Smith", "person")]),
    ],
)
def test_datelines_and_home_places(text: str, expected: list[tuple[str, str]]) -> None:
    doc = prepare(Article(id="t", outlet="t", text=text))
    assert [(e.text, e.kind) for e in extract_entities(doc)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a company called by its first word is the company (business copy: "Brennan said", "Halvern blamed")
        ("Brennan Foods will close the plant. Brennan said the decision was final.",
         [("Brennan Foods", "Brennan Foods", "organisation"), ("Brennan", "Brennan Foods", "organisation")]),
        ("Shares of Halvern Motors fell. Halvern blamed costs.",
         [("Halvern Motors", "Halvern Motors", "organisation"), ("Halvern", "Halvern Motors", "organisation")]),
        # ... but a place cue keeps the town a town
        ("The Westbrook Tribune reported the vote. Reporters in Westbrook counted 93 speakers.",
         [("Westbrook Tribune", "Westbrook Tribune", "organisation"), ("Westbrook", "Westbrook", "place")]),
    ],
)
def test_a_company_by_its_first_word(text: str, expected: list[tuple[str, str, str]]) -> None:
    doc = prepare(Article(id="t", outlet="t", text=text))
    assert [(e.text, e.canonical, e.kind) for e in extract_entities(doc)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a minister's portfolio after "for" is no name; the person starts at the first name
        ("Minister for Health Simon Harris spoke.", [("Simon Harris", "person")]),
        ("In a statement, the Minister for Enterprise, Trade and Employment, Niall Harte, said he was disappointed.",
         [("Niall Harte", "person")]),
        ("The article was updated to include a statement from the Minister for Enterprise.", []),
        # a body named with "of" stays whole
        ("The Department of Health said no.", [("Department of Health", "organisation")]),
    ],
)
def test_a_portfolio_is_no_name(text: str, expected: list[tuple[str, str]]) -> None:
    doc = prepare(Article(id="t", outlet="t", text=text))
    assert [(e.text, e.kind) for e in extract_entities(doc)] == expected
