"""Held-out table AD for framing.numbers (tests/data/numbers_heldout_ad.yaml): round AD, written before its rules, on
fresh topics (a chemical-plant explosion, a coal-mine flood, a volcanic eruption, an oil-tanker spill, a drought with
water rationing, a listeria recall, a bird-flu cull, a supermarket hostage siege, kidnapped aid workers, a former
president's corruption trial, a police raid on a newspaper, a naval standoff over fishing, an airline IT outage, a
hunger strike in detention, an admissions cheating scandal). It checks the classes table AC left open in fresh
words (people held and the span they were held, "police put the number at", a subset "Of the 58 miners who ...",
rainfall, present-tense verbs in -s, a sum with a verb outside the money roles, an earlier toll "from nine at
midday") and, as pairing cases, a subset against its total, one figure under two hedges, households and people,
a toll that rises, litres against cubic metres, "one in N" against a percent, bail written two ways, crore against
millions, percentage points; with controls."""

from __future__ import annotations

from pathlib import Path

from tests.numbers_tables import HeldOutTable

TABLE = HeldOutTable(Path(__file__).resolve().parent / "data" / "numbers_heldout_ad.yaml", labels=True)
scores = TABLE.scores

# Cases the rules do not reach, kept with their true expectation so the score stays honest (each assertion
# flips when a rule reaches it: then move the case out of this set):
KNOWN_MISSES: dict[str, str] = {
    "About 6,500 residents within a 3-kilometre radius were told to stay indoors with windows shut.":
        "residents take 'lived' though a passive verb follows them ('were told')",
    "The blast shattered windows in a 12-storey apartment block across the river.":
        "a block's storeys take the verb before them (table AC's storeys)",
    "The Solvex plant employs 1,300 people and stores about 4,000 tonnes of chlorine on site.":
        "a present-tense verb in -s before the figure is read as a noun (table AC)",
    "Pumps are removing about 9,000 cubic metres of water a day from the flooded shaft.":
        "the adjective in a phrase after the noun ('the flooded shaft') wins over the verb before the figure",
    "Volunteers have recovered more than 3,000 oiled seabirds along 60 kilometres of beaches.":
        "a distance takes the adjective before the noun of the figure before it ('oiled')",
    "The capital recorded 41mm of rainfall in the six months to March, the lowest since 1932.":
        "rainfall has no role of its own, as wind has (table AC)",
    "Under the new schedule, about 880,000 households will get piped water only two days a week.":
        "'get' is no verb to the reader, the adjective 'piped' is; 'only two days a week' is read as a span",
    "Dams supplying the city are at 14% of capacity, down from 38% a year ago.":
        "the earlier figure is read as a record only for counts, not percents",
    "Delmar Foods supplies about 2,300 supermarkets, all of which have pulled the products.":
        "a present-tense verb in -s before the figure is read as a noun (table AC)",
    "Health officials have linked 27 illnesses and four deaths to the recalled deli meats.":
        "the second of two counts joined by 'and' takes an adjective after it, not the shared verb",
    "The company recalled 1.4 million pounds of ready-to-eat products made at its Easton plant.":
        "pounds of weight are read as sterling",
    "Authorities have culled over 3.5 lakh birds within a one-kilometre radius of the infected farms.":
        "a written-out 'one-kilometre' is not read, and the adjective 'infected' wins over 'culled'",
    "Farmers will be paid Rs 90 for every bird culled, the animal husbandry department said.":
        "the participle after 'for every bird' is read as the sum's verb, not the passive 'be paid' before it",
    "Investigators have frozen $85 million held in 14 offshore accounts linked to the former president.":
        "a sum takes the participle after it, not a verb outside the money roles before it (table AC's 'frozen')",
    "Officers seized 23 computers and 40 hard drives during a six-hour raid on the Daily Sentinel's offices.":
        "'seized' is read as abducted for things, which only people can be",
    "The Merrow Point centre, built for 400 detainees, now holds about 950 people.":
        "a present-tense verb in -s before the figure is read as a noun (table AC)",
    "The pass rate at the entrance exam fell 9 percentage points to 61%.":
        "points a pass rate fell by are read as an interest-rate cut",
}
KNOWN_PAIRING_MISSES: dict[str, str] = {
    "hedges-one-figure": "'trapped' is no role concept: the row is named 'miners', not 'people trapped'",
    "one-in-n-and-percent": "'One in five' and 'About 20%' of one base are not paired",
    "crore-and-million": "'set aside ... in compensation' is read as a budget, not relief",
    "stranded-rounded": "an active 'stranded some 95,000' gives no passive, so the row is named 'people'",
}


test_heldout_ad_extraction, test_heldout_ad_pairing = TABLE.case_tests(KNOWN_MISSES, KNOWN_PAIRING_MISSES)


def test_heldout_ad_scores() -> None:
    """Measured on the code before round AD (HEAD b9db35f): 15/36 sentences exact, 7/11 pairing cases (6 of 10 rows
    right, 3 false, 4 missed), 22/47; after: 19/36 and 7/11, 26/47 (two counts joined by "and their" share the
    verb; a span "for" after a count's noun takes the count's verb, "held 23 shoppers hostage for 11 hours"; the
    earlier toll after a time and a comma, "from nine at midday", is a record; a second source's "put the number
    at" counts what the count before it counts, in its role)."""
    ext, sentences, exact, cases, tp, fp, fn = scores()
    assert (sentences, cases, tp + fn) == (36, 11, 10)
    assert (ext, exact, tp, fp) == (19, 7, 6, 3)
