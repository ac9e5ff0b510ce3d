"""The report's plain-words summary: exact sentences on three different events."""

from __future__ import annotations

import pytest

from framing.compare import Comparison, compare
from framing.events import load_event
from framing.numbers import NumberRow
from framing.report.summary import (
    _join,
    _plural_label,
    _row_labels,
    _self_names,
    _times,
    _voice,
    entity_points,
    naming_points,
    number_points,
    quote_points,
    summary_points,
)
from tests.conftest import DATA, SEED_EVENT


@pytest.fixture(scope="module")
def seeds() -> Comparison:
    return compare(load_event(SEED_EVENT))


@pytest.fixture(scope="module")
def flood() -> Comparison:
    return compare(load_event(DATA / "events" / "alder-creek-flood-2023"))


@pytest.fixture(scope="module")
def strike() -> Comparison:
    return compare(load_event(DATA / "events" / "port-harlan-strike-2024"))


def test_naming_headline_on_the_seeds(seeds: Comparison) -> None:
    abc, breitbart = (p.text for p in naming_points(seeds))
    assert abc.startswith("In its own words, ABC News uses “undocumented immigrants” once, “individuals” twice")
    assert abc.endswith("Its only “alien” or “alien parent” come inside quotes, from Bryan Cox and Immigration and Customs Enforcement.")
    assert breitbart.startswith(
        "In its own words, Breitbart News uses “illegal workers” 8 times, “illegal aliens” 3 times"
    )
    assert "inside quotes" not in breitbart  # Breitbart uses the term in its own voice


def test_quote_points_on_the_seeds(seeds: Comparison) -> None:
    points = [p.text for p in quote_points(seeds)]
    assert points[0].startswith("ABC News quotes 6 speakers (")
    assert points[0].endswith("the first voice heard is American Civil Liberties Union (advocate).")
    assert "Only ABC News quotes advocates: American Civil Liberties Union." in points
    assert "Only ABC News quotes businesses: Peco Foods." in points


def test_number_points_on_the_seeds(seeds: Comparison) -> None:
    points = [p.text for p in number_points(seeds)]
    assert "The outlets give the number of people released differently: ABC News says “more than 300” and Breitbart News says “about 300”." in points
    assert any(p.startswith("Both give the same figures for people arrested (roughly 680)") for p in points)
    # "if two married illegal workers had minor children ..., one of the workers was released": the two were not
    # released, so that row is only "people" and says nothing in a summary; it stays in the numbers table.
    assert "Both give the same figures for people arrested (roughly 680) and people released (approximately 270)." in points


def test_entity_points_on_the_seeds(seeds: Comparison) -> None:
    abc, breitbart = (p.text for p in entity_points(seeds))
    for name in ("Matthew Albence", "Mike Hurst", "American Civil Liberties Union", "Peco Foods"):
        assert name in abc
    for name in ("Department of Justice", "Clarion Ledger", "Koch Foods"):
        assert name in breitbart


def test_an_outlet_naming_itself_is_not_a_finding(flood: Comparison) -> None:
    points = [p.text for p in entity_points(flood)]
    assert points[0] == "Only National Press Service names National Weather Service and National Guard."
    assert not any("NPS" in p for p in points)


def test_different_facts_are_not_reported_as_different_figures(flood: Comparison) -> None:
    # 24.6 feet (the crest) and "more than six feet above flood stage" are two facts.
    assert not any("feet differently" in p.text for p in number_points(flood))


def test_three_outlets_use_plural_wording(strike: Comparison) -> None:
    points = [p.text for p in summary_points(strike)]
    assert any("Harbor Gazette and Metro Wire do not carry at all" in p for p in points)
    assert any(p.startswith("All give the same figures for") for p in points)


def test_summary_never_names_the_seed_event_words_for_other_events(strike: Comparison) -> None:
    text = " ".join(p.text for p in summary_points(strike))
    for word in ("alien", "immigra", "Mississippi", "ICE"):
        assert word not in text


@pytest.mark.parametrize(
    ("n", "expected"), [(1, "once"), (2, "twice"), (3, "3 times")]
)
def test_times(n: int, expected: str) -> None:
    assert _times(n) == expected


@pytest.mark.parametrize(
    ("items", "expected"), [([], ""), (["a"], "a"), (["a", "b"], "a and b"), (["a", "b", "c"], "a, b and c")]
)
def test_join(items: list[str], expected: str) -> None:
    assert _join(items) == expected


@pytest.mark.parametrize(
    ("label", "expected"), [("officer", "officers"), ("people", "people"), ("percent", "percent"), ("people arrested", "people arrested")]
)
def test_plural_label(label: str, expected: str) -> None:
    assert _plural_label(label) == expected


@pytest.mark.parametrize(
    ("outlet", "expected"),
    [("National Press Service", {"national press service", "nps"}), ("Breitbart News", {"breitbart news", "bn"}), ("CNN", {"cnn"})],
)
def test_self_names(outlet: str, expected: set[str]) -> None:
    assert _self_names(outlet) == expected


def test_every_summary_point_with_a_figure_carries_its_evidence(seeds: Comparison) -> None:
    by_id = {a.id: a for a in seeds.articles}
    for point in summary_points(seeds):
        assert point.evidence, point.text
        for ref in point.evidence:
            doc = by_id[ref.article].doc
            sentence = doc.sentences[ref.sentence]
            if ref.start is not None and ref.end is not None:
                # A quote may run on into the next sentences; it starts in this one.
                assert sentence.start <= ref.start < sentence.end
                assert ref.start < ref.end <= len(doc.text)


def test_naming_point_evidence_is_exactly_the_counted_mentions(seeds: Comparison) -> None:
    breitbart = naming_points(seeds)[1]
    doc = seeds.article("breitbart-news").doc
    words = sorted(doc.text[r.start : r.end].lower() for r in breitbart.evidence if r.start is not None)
    assert words.count("illegal workers") + words.count("illegal worker") == 8
    assert words.count("illegal aliens") == 3


def test_one_unique_sentence_takes_a_singular_verb(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from framing.model import Article, Event
    from framing.report.summary import omission_points

    one = Article(id="one", outlet="One", text="The council met on Tuesday. It discussed the budget.")
    two = Article(id="two", outlet="Two", text="The council met on Tuesday. Members discussed roads.")
    points = [p.text for p in omission_points(compare(Event(slug="bare", title="Bare", articles=(one, two))))]
    assert points[0].startswith("1 of One's 2 sentences reports something Two does not carry at all")


def test_unique_example_prefers_the_outlets_own_words_and_never_doubles_quote_marks() -> None:
    from framing.model import Article, Event
    from framing.report.summary import omission_points

    one = Article(id="one", outlet="One", text=(
        'The council met on Tuesday. "We will not back down," the mayor said. '
        "Road repairs will cost $2 million next year."))
    two = Article(id="two", outlet="Two", text="The council met on Tuesday. Members discussed parks.")
    points = [p.text for p in omission_points(compare(Event(slug="bare", title="Bare", articles=(one, two))))]
    assert points[0].endswith("for example: “Road repairs will cost $2 million next year.”")
    # Only quotes of its own: the quote keeps its marks and gains no second pair.
    three = Article(id="three", outlet="Three", text='The council met on Tuesday. "We will not back down."')
    points = [p.text for p in omission_points(compare(Event(slug="q", title="Q", articles=(three, two))))]
    assert points[0].endswith('for example: "We will not back down."')


def test_unique_example_is_a_sentence_that_tells_something() -> None:
    """A list's lead-in ("They are:") or a fragment is no example of what an outlet reports alone (seen in a
    court report: "They are:" over the defendants' names)."""
    from framing.model import Article, Event
    from framing.report.summary import omission_points

    one = Article(id="one", outlet="One", text=(
        "The council met on Tuesday.\n\nThree were charged. They are:\n\nAnn Lee, 23, of Leeds\n\n"
        "The hearing was adjourned until the end of next month."))
    two = Article(id="two", outlet="Two", text="The council met on Tuesday. Members discussed parks.")
    points = [p.text for p in omission_points(compare(Event(slug="ex", title="Ex", articles=(one, two))))]
    assert points[0].endswith("for example: “The hearing was adjourned until the end of next month.”"), points[0]


def test_only_one_outlet_quotes_a_role_names_the_speakers_of_those_quotes() -> None:
    """A speaker whose first quote has no role and a later one a business's is named under businesses; the
    point never reads "Only X quotes businesses: ." (seen on the climate-blockade event)."""
    from framing.model import Article, Event

    one = Article(id="one", outlet="One", text=(
        "Harbour Fuels, which runs the depot, said in a statement that repairs would cost “thousands of pounds” "
        "and that no fuel had leaked. “The safety of our staff is our priority,” the company said."))
    two = Article(id="two", outlet="Two", text='"We will not back down," the mayor said.')
    points = [p.text for p in quote_points(compare(Event(slug="qb", title="QB", articles=(one, two))))]
    only = [p for p in points if p.startswith("Only One quotes")]
    assert only and all(not p.endswith(": .") for p in only), points
    assert "Only One quotes businesses: Harbour Fuels." in only, points


def test_a_differing_row_whose_first_wordings_agree_shows_the_wording_that_differs() -> None:
    """One outlet says "600" and "just over 600", another "600": the point shows both of the first outlet's
    wordings, never "One says “600” and Two says “600”" (seen on the asylum-centre event)."""
    from framing.numbers import NumberCell

    def cell(article: str, text: str, bound: str, sentence: int) -> NumberCell:
        return NumberCell(article=article, text=text, value=600.0, bound=bound, sentence=sentence, start=0, end=3)

    row = NumberRow(kind="count", counts="people", label="people living there", status="different",
                    articles=("one", "two"),
                    cells=(cell("one", "600", "exact", 3), cell("two", "600", "exact", 1),
                           cell("two", "just over 600", "above", 5)))

    class _Article:
        def __init__(self, id: str, outlet: str) -> None:
            self.id, self.outlet = id, outlet

    class _Comparison:
        articles = (_Article("one", "One"), _Article("two", "Two"))
        numbers = (row,)

    points = [p.text for p in number_points(_Comparison())]  # type: ignore[arg-type]
    assert points == ["The outlets give the number of people living there differently: One says “600” and "
                      "Two says “600” and “just over 600”."], points


def test_two_rows_of_one_label_are_named_once_with_both_figures() -> None:
    from framing.model import Article, Event

    one = Article(id="one", outlet="One", text=(
        "About 300 people were released on Tuesday. Police said 12 people were injured in the clashes. "
        "Two men were released after questioning on Friday."))
    two = Article(id="two", outlet="Two", text=(
        "Roughly 300 people were released on Tuesday. Twelve people were injured, police said. "
        "Two men were released after questioning on Friday."))
    points = [p.text for p in number_points(compare(Event(slug="g", title="G", articles=(one, two))))]
    assert points == ["Both give the same figures for people released (about 300; two) and people injured (12)."]


def test_a_shared_date_is_named_as_a_date_not_a_figure() -> None:
    """Not "All give the same figures for years (2017)": a year is no figure, so "the same year (2017)"."""
    from framing.model import Article, Event

    one = Article(id="one", outlet="One", text=(
        "The carmaker will stop building cars in the country by 2017. Police arrested 12 people at the gates."))
    two = Article(id="two", outlet="Two", text=(
        "Car production will end in 2017, the company said. Twelve people were arrested at the gates."))
    comparison = compare(Event(slug="g", title="G", articles=(one, two)))
    assert [(r.label, r.status) for r in comparison.numbers if r.kind == "date"] == [("year", "same")]
    points = [p.text for p in number_points(comparison)]
    assert "Both give the same figures for people arrested (12) and the same year (2017)." in points, points
    alone = compare(Event(slug="g", title="G", articles=(
        Article(id="one", outlet="One", text="Production will end in 2017."),
        Article(id="two", outlet="Two", text="The plant will close in 2017, the company said."))))
    assert "Both give the same year (2017)." in [p.text for p in number_points(alone)]


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        # five terms in its own words: four are named, one is left: "1 other term", never "1 other terms"
        ("", " (and 1 other term)."),
        (" Workers left.", " (and 2 other terms)."),
    ],
)
def test_naming_point_counts_the_other_terms_in_the_right_number(extra: str, expected: str) -> None:
    from framing.model import Article, Event

    one = Article(id="one", outlet="One", text=(
        "Agents detained immigrants and migrants at the plant. Residents watched. Families waited. "
        f"Children cried outside. Neighbors gathered. Refugees too.{extra}"))
    two = Article(id="two", outlet="Two", text="Agents detained people at the plant on Tuesday.")
    point = naming_points(compare(Event(slug="n", title="N", articles=(one, two))))[0].text
    assert point.endswith(expected), point


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("At least 38", "count", "at least 38"),
        ("Hundreds", "count", "hundreds"),
        ("More than three dozen", "count", "more than three dozen"),
        ("Feb. 6", "date", "Feb. 6"),  # a month keeps its capital: "feb. 6" was printed before
        ("January 20", "date", "January 20"),
        ("4.30am", "date", "4.30am"),
        ("US$5 million", "money", "US$5 million"),
        # a currency written onto the figure keeps its capital: "sh346bn" was printed before
        ("Sh346bn", "money", "Sh346bn"),
        ("Sh312 billion", "money", "Sh312 billion"),
        ("R340-million", "money", "R340-million"),
        ("Twelve", "count", "twelve"),
    ],
)
def test_a_figure_reads_mid_sentence(text: str, kind: str, expected: str) -> None:
    from framing.report.summary import _lower_first

    assert _lower_first(text, kind) == expected


def test_same_dates_keep_their_capitals_in_the_summary() -> None:
    from framing.model import Article, Event

    one = Article(id="one", outlet="One", text="The order was issued on Feb. 6 by the county.")
    two = Article(id="two", outlet="Two", text="The county issued the order on Feb. 6, officials said.")
    points = [p.text for p in number_points(compare(Event(slug="d", title="D", articles=(one, two))))]
    assert any("(Feb. 6)" in p for p in points), points


def test_unique_example_is_never_a_line_inside_a_running_quote() -> None:
    from framing.model import Article, Event
    from framing.report.summary import omission_points

    one = Article(id="one", outlet="One", text=(
        '"We are not backing down. That is not an opinion," the mayor said. '
        "Road repairs will cost $2 million next year."))
    two = Article(id="two", outlet="Two", text="The council met on Tuesday. Members discussed parks.")
    points = [p.text for p in omission_points(compare(Event(slug="rq", title="RQ", articles=(one, two))))]
    assert points[0].endswith("for example: “Road repairs will cost $2 million next year.”"), points[0]


@pytest.fixture(scope="module")
def war() -> Comparison:
    return compare(load_event(DATA / "events" / "tarsova-border-shelling-2026"))


def test_many_differing_figures_are_capped_people_first(war: Comparison) -> None:
    # Nine figures differ across the three outlets: the summary spells out four (people counted come first)
    # and names the other five, so that "In short" stays short; every one keeps its evidence.
    points = number_points(war)
    different = [p.text for p in points if p.text.startswith("The outlets give")]
    assert [t.split(" differently")[0] for t in different] == [
        "The outlets give the number of people killed",
        "The outlets give the number of children killed",
        "The outlets give the number of people injured",
        "The outlets give the number of medical workers killed",
    ]
    rest = [p for p in points if p.text.startswith("They also give")]
    assert [p.text for p in rest] == [
        "They also give 5 more figures differently: people evacuated, people living there, times, distance (km) and drones; "
        "see “The numbers, side by side” under Omissions."
    ]
    shown = {"people killed", "children killed", "people injured", "medical workers killed"}
    unshown = [c for r in war.numbers if r.status == "different" and r.label not in shown for c in r.cells]
    # evacuated 3, living there 3, time 3, drones 3, and the distance 4: "about 12 kilometers (7 miles)"
    # is one figure in two units, beside "less than 10 miles" and "just 9 km"
    assert len(unshown) == 16
    assert {(ref.article, ref.sentence) for ref in rest[0].evidence} == {(c.article, c.sentence) for c in unshown}


def test_three_outlets_share_one_frames_point(war: Comparison) -> None:
    frames = [p.text for p in summary_points(war) if "leans most" in p.text]
    assert frames == [
        "The Marlow Valley Gazette leans most on security and defense (57% of sentences) and health and safety (32%); "
        # Round O's accident and hazard cues ("evacuated", "rescuers", "casualties" among patients) lift
        # health and safety beside security in the two outlets' civilian sentences; round T's "people
        # (were) killed" and "wounded" cues (civilians killed by shelling) lift it again, 29 -> 32% and 17 -> 20%;
        # round V's deaths told with a hedge or a number word ("killing at least 42 people", "killing three
        # people") lift the Gazette's, 28 -> 30%; round W's surgery cues ("40 beds in surgery", "the destroyed
        # surgical wing" of the shelled hospital) lift the Gazette's 30 -> 32% and Veloria First's 20 -> 22%.
        # Round X's "truce" cue (security and defense) reads three sentences of each of the two outlets
        # that speak of a truce and no other security word: the Gazette's 55 -> 57%, Veloria First's 33 -> 37%.
        # Round AE's rule that a title naming who speaks is no frame cue ("Defence Minister Marek Halvic,
        # speaking at the General Staff ..., said: ..." held only the title's "Defence") lowers Veloria
        # First's 37 -> 35%; its headline keeps security through "truce".
        "The Meridian on health and safety (32%) and security and defense (27%); "
        "Veloria First on security and defense (35%) and health and safety (22%)."
    ]


def test_two_outlets_keep_a_frames_point_each(seeds: Comparison) -> None:
    frames = [p.text for p in summary_points(seeds) if "leans most" in p.text]
    assert frames == [
        "ABC News leans most on crime and punishment (72% of sentences) and victim: humanitarian (53% of sentences).",
        "Breitbart News leans most on crime and punishment (88% of sentences) and legality, constitutionality and "
        "jurisprudence (69% of sentences).",
    ]


@pytest.mark.parametrize(
    ("speaker", "role", "expected"),
    [
        ("Bryan Cox", "official", "Bryan Cox (official)"),
        ("officials", "official", "unnamed officials"),  # "officials said" (the measles story's first voice)
        ("residents", "affected", "unnamed residents (affected)"),
        ("witnesses", "unknown", "unnamed witnesses"),
        ("the sheriff", "police", "the sheriff (police)"),
        ("Immigration and Customs Enforcement", "official", "Immigration and Customs Enforcement (official)"),
        ("Idris", "unknown", "Idris (role unknown)"),  # never "Idris (unknown)": the person is named
    ],
)
def test_first_voice_names_a_bare_group_as_unnamed(speaker: str, role: str, expected: str) -> None:
    assert _voice(speaker, role) == expected


def test_rows_sharing_a_label_are_counted_once() -> None:
    # The police story: the shooting at "10:50 p.m." / "11 p.m.", and the time he was pronounced dead,
    # are two rows labelled "time"; the rest of the summary names them once, with how many.
    def row(label: str, kind: str = "count") -> NumberRow:
        return NumberRow(kind=kind, counts=label, label=label, status="different", articles=("a", "b"), cells=())

    assert _row_labels([row("time", "date"), row("miles"), row("time", "date"), row("drones")]) == [
        "times (2 rows)", "miles", "drones"
    ]


def test_every_category_the_worksheet_rewrites_is_loaded_in_the_naming_lexicon() -> None:
    # The worksheet rewrites loaded words; the summary and the questions read "loaded" from naming.yaml.
    # A category in one list and not the other would be rewritten as loaded but summarised as neutral.
    from framing.exercises import load_worksheet_lexicon
    from framing.naming import load_naming_lexicon

    loaded = load_naming_lexicon().emphasised("loaded")
    rewritten = {c for _topic, c, _default, _terms in load_worksheet_lexicon().categories}
    assert rewritten <= loaded, sorted(rewritten - loaded)


def test_loaded_words_lead_the_naming_point_in_any_topic() -> None:
    # A protest story: the loaded "rioters" and "mob" lead though "officers" is more frequent,
    # the neutral "protesters" (status) comes after them and before "officers".
    from framing.model import Article, Event

    one = Article(id="one", outlet="One", text=(
        "Officers arrived. Officers pushed back. Officers made arrests. Rioters threw bottles at the line. "
        "A mob gathered outside. Some protesters left early."))
    two = Article(id="two", outlet="Two", text=(
        "Protesters marched on Tuesday. \"They are thugs and rioters,\" the mayor said of them."))
    first, second = (p.text for p in naming_points(compare(Event(slug="p", title="P", articles=(one, two)))))
    assert first == ("In its own words, One uses “mob” once, “rioters” once, "
                     "“protesters” once and “officers” 3 times.")
    # A loaded word an outlet uses only inside quotes is pointed out, in any topic (not only "illegal aliens").
    # A loaded word leads even where a neutral status word is more frequent.
    three = Article(id="three", outlet="Three", text="Migrants landed. Migrants waited. Illegal migrants were held.")
    third = naming_points(compare(Event(slug="m", title="M", articles=(three, two))))[0].text
    assert third == "In its own words, Three uses “illegal migrants” once and “migrants” twice."
    assert second == ("In its own words, Two uses “protesters” once. "
                      "Its only “rioters” or “thugs” come inside quotes, from the mayor.")


@pytest.mark.parametrize(
    ("event", "article", "shown", "not_shown"),
    [
        # capitals of a name-like phrase are kept; a law's name and a sentence start are not
        ("eleventh-circuit-age-verification-2026", 1, ["“Big Tech”", "“Silicon Valley”"], ["“big tech”"]),
        ("eleventh-circuit-age-verification-2026", 0, ["“minors”"], ["“Minors”"]),
        ("kerio-doping-suspension-2026", 0, ["“Olympic champion”", "“athletes”"], ["“olympic champion”", "“Athletes”"]),
        # a single word capitalised inside a sentence keeps it ("stranded Brits", "our Elders")
        ("ferrovia-rail-strike-2026", 0, ["“Brits”"], ["“brits”"]),
        ("kinnear-lake-wildfire-2026", 2, ["“Elders”"], ["“elders”"]),
        # capitals that a title-case line or a name explains do not count ("Climate Alarmists Say
        # ...", "Workers' Bulletin" beside reporting's "workers")
        ("kuroshio-marine-heatwave-study-2026", 1, ["“climate alarmists”"], ["“Climate Alarmists”"]),
        ("brennan-foods-plant-closure-2026", 2, ["“workers”"], ["“Workers”"]),
    ],
)
def test_naming_point_keeps_the_capitals_of_a_name(event: str, article: int, shown: list[str], not_shown: list[str]) -> None:
    point = naming_points(compare(load_event(DATA / "events" / event)))[article].text
    assert all(s in point for s in shown) and not any(s in point for s in not_shown), point
