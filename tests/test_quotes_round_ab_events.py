"""Round AB's test events, quoted as the answer keys expect (tuned on: the rules were written after reading them).

Each case is the first quote of an event article that opens with the given
words, with its speaker and (unless None) role. The strict xfails are what
the keys expect and the rules do not yet give. Where a key disagrees with a
documented convention the convention is kept (see the module docstring and
the roles lexicon): an anonymous serving firefighter is an ordinary
occupation (affected), not an official; a quoted fragment with no speaker in
reach and more than four words ("if the evidence supports them", after
"wants") is a partial with no speaker; a school principal has no role of her
own (the lexicon lists none for school heads), so only her name is checked;
"His sister Shannon" takes her brother's family name (the documented kin
rule: "Shannon Reid"). The Kelsborough Live MP's post signed with no quote
marks stays a prepare-side gap (an unquoted embedded post) and has no row.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from framing.events import load_article
from framing.prepare import prepare
from framing.quotes import extract_quotes
from tests.quotes_tables import check_event_case

EVENTS = Path(__file__).parent / "data" / "events"
FIRE = EVENTS / "tower-fire-corrigan-house-2026"
ABDUCTION = EVENTS / "school-abduction-kauran-2026"
FUEL = EVENTS / "fuel-subsidy-protests-valdoria-2026"
KL = FIRE / "kelsborough-live.txt"
NS = FIRE / "northstar.txt"
CW = FIRE / "the-commonweal.txt"
BWS = ABDUCTION / "bws-news.txt"
LANTERN = ABDUCTION / "daily-lantern.txt"
MONDE = ABDUCTION / "monde-24.txt"
BRAMWELL = FUEL / "bramwell.txt"
CENTINELA = FUEL / "el-centinela.txt"
SOLIDARITY = FUEL / "solidarity-wire.txt"

CASES = [
    # a quote before its speaker: "The words are Tunde X's, ..." (next paragraph), then
    # "Adeyemi, an organiser with the new Justice for Larkhill campaign," gives the role
    ("cw-words-are-possessive", CW, "This was social murder", "Tunde Adeyemi", "advocate"),
    # "..." That was how Hugo X ... answered: the pointer in the quote's own paragraph
    ("centinela-that-was-how-same-paragraph", CENTINELA, "We are not going to negotiate", "Hugo Sarmiento", "advocate"),
    # "That is how one 15-year-old girl, ... whom we are calling Fatima ..., described the night"
    ("bws-pseudonym-quote-first", BWS, "I ran with my friend", "Fatima", None),
    ("bws-pseudonym-she-said", BWS, "Some of the small girls", "Fatima", None),
    # "In April 2024 the group posted on X:" (the date is no part of the speaker)
    ("cw-date-before-group-post", CW, "Third false alarm this month", "Corrigan House Residents' Action Group", "advocate"),
    # "A residents' group, the Corrigan House Residents' Action Group, said ... were "not fit for purpose""
    ("ns-long-body-name-predicate", NS, "not fit for purpose", "Corrigan House Residents' Action Group", "advocate"),
    # 'who chairs the ... Residents' Action Group' / "the group's chair": advocate
    ("kl-chairs-action-group", KL, "We have been telling them", "Marcia Bello", "advocate"),
    ("cw-group-chair", CW, "They treated us like", "Marcia Bello", "advocate"),
    ("cw-split-multi-paragraph", CW, "She should be here", "Marcia Bello", "advocate"),
    ("bws-chairs-parents-association", BWS, "We went from house to house", "Sani Dankande", "advocate"),
    # a listed given name makes the pronoun's person ("Dariusz Nowak did what he was told")
    ("cw-pronoun-given-name", CW, "I trusted them", "Dariusz Nowak", None),
    ("cw-multi-paragraph-continued", CW, "By the time the firefighter got to me", "Dariusz Nowak", None),
    # "director of the Save Our Classrooms Initiative" is a body, and "she said" the director
    ("bws-initiative-director", BWS, "Parents in the north", "Ngozi Ezenwa-Lateef", "advocate"),
    # "Central bank President X" is official; an ombudsman is official
    ("bramwell-central-bank-president", BRAMWELL, "monitoring second-round effects", "Gustavo Ibarra", "official"),
    ("centinela-ombudsman", CENTINELA, "use force only as a last resort", "Marisol Quintana", "official"),
    # "president of the Federation of University Students of Valdoria": the federation decides
    ("solidarity-student-federation", SOLIDARITY, "They want to talk about broken windows", "Camila Ortúzar", "advocate"),
    ("solidarity-federation-post", SOLIDARITY, "They cut subsidies", "Federation of University Students of Valdoria", "advocate"),
    # controls
    ("kl-split-named", KL, "I could smell it before", "Jodie Simms", "affected"),
    ("kl-words-of-chief-fire-officer", KL, "Crews went into conditions", "Andrea Whitlock", "official"),
    ("kl-anonymous-firefighter-single-marks", KL, "We were bringing people down", "firefighter", "affected"),
    ("kl-sister-given-name", KL, "Callum was the best dad", "Shannon Reid", "affected"),
    ("kl-mismatched-marks", KL, "I've lived here 31 years", "Tony Keane", "affected"),
    ("kl-council-leader-partial", KL, "leave no stone unturned", "Denise Okafor", "official"),
    ("kl-chief-executive-statement", KL, "Our hearts go out", "Martin Pryce", "business"),
    ("kl-detective-pronoun", KL, "Our priority is the families", "Ravi Chandran", "official"),
    ("ns-told-reporters", NS, "We are now moving into a recovery", "Ravi Chandran", "official"),
    ("ns-split-fire-chief", NS, "When it became clear this one", "Andrea Whitlock", "official"),
    ("ns-pronoun-housing-secretary", NS, "If anyone is found to have cut corners", "Laura Whitcombe", "official"),
    ("ns-pm-post", NS, "The loss of life at Corrigan House", "Daniel Archer", "official"),
    ("ns-told-outlet", NS, "Then a firefighter banged", "Ahmed Farouk", "affected"),
    ("cw-anonymous-employee", CW, "routinely closed", "Arden Moor employee", None),
    ("cw-expert-pronoun", CW, "We have a fire service", "Priya Nandakumar", "expert"),
    ("cw-union-warned", CW, "stretched to breaking point", "Kevin Doyle", "advocate"),
    ("cw-admitted", CW, "hard questions", "Laura Whitcombe", "official"),
    ("cw-wants-no-cue", CW, "if the evidence supports them", None, None),
    ("lantern-statement-three-paragraphs", LANTERN, "Sadly, one vigilante member", "Yahaya Abubakar Shinkafi", "official"),
    ("lantern-split-principal", LANTERN, "and 87 of our girls", "Hauwa Garba Maru", None),
    ("lantern-pta-chairman", LANTERN, "We are not here to argue", "Sani Dankande", "advocate"),
    ("lantern-mismatched-open-general", LANTERN, "The troops made contact", "Ishaya Maikano", "official"),
    ("lantern-governor", LANTERN, "These terrorists have declared war", "Aminu Lere Dangaladima", "official"),
    ("monde-resident-after-quote", MONDE, "They came on motorcycles", "Ibrahim Yusuf", "affected"),
    ("monde-army-claimed", MONDE, "fled in disarray", "Ishaya Maikano", "official"),
    ("monde-expert-pronoun", MONDE, "Every time a ransom is paid", "Idayat Olasode", "expert"),
    ("bws-translated-told", BWS, "I heard the shooting", "Hadiza Umar", None),
    ("bws-commissioner-admitted", BWS, "gaps", "Musa Garba Talata", "official"),
    ("bws-minister-wrote-on-x", BWS, "no child should lose", "Ahmed Tijjani Bako", "official"),
    ("bramwell-split-minister", BRAMWELL, "but keeping prices frozen", "Lucia Benavente", "official"),
    ("bramwell-analyst-split", BRAMWELL, "The social math", "Diego Ferrer", "expert"),
    ("centinela-mismatched-minister", CENTINELA, "We inherited a subsidy", "Lucía Benavente", "official"),
    ("centinela-tweet", CENTINELA, "Valdoria cannot keep borrowing", "Esteban Rivadeneira", "official"),
    ("centinela-split-he-said-while", CENTINELA, "Somebody has to pay", "Wilmer Choque", "affected"),
    ("centinela-police-colonel", CENTINELA, "acted with restraint", "Andrés Villalba", "official"),
    ("solidarity-multi-paragraph-no-close", SOLIDARITY, "We will stay on the roads", "Hugo Sarmiento", "advocate"),
    ("solidarity-anonymous-nurse", SOLIDARITY, "Several of them were hit", "nurse", None),
    ("solidarity-minister-claimed", SOLIDARITY, "painful but necessary", "Lucía Benavente", "official"),
    ("solidarity-split-vendor", SOLIDARITY, "Who is this sacrifice for", "Rosa Mamani", "affected"),
    # still wrong (see KNOWN_MISSES)
    ("kl-multi-paragraph-after-age-noun", KL, "The first time they said stay", "Jodie Simms", "affected"),
    ("kl-added-and-partial", KL, "as soon as it became clear", "Andrea Whitlock", "official"),
    ("ns-housing-association", NS, "specified and installed by the council", "Arden Moor", "business"),
    ("ns-fire-engineer-adviser", NS, "Stay put only works", "Owen Lacey", "expert"),
    ("ns-stay-put-in-reported-clause", NS, "stay put", "Owen Lacey", None),
    ("bws-mother-role", BWS, "I heard the shooting", "Hadiza Umar", "affected"),
    ("bws-escaped-girl-role", BWS, "I ran with my friend", "Fatima", "affected"),
    ("monde-ordered-to-partial", MONDE, "leave no stone unturned", "Daniel Oyebode", "official"),
    ("solidarity-lawyer-for-the-group", SOLIDARITY, "treating a social crisis", "Ignacio Peralta", "advocate"),
    ("solidarity-rejected-as", SOLIDARITY, "crumbs", "Camila Ortúzar", "advocate"),
]

KNOWN_MISSES: dict[str, str] = {
    "kl-multi-paragraph-after-age-noun": "'The 29-year-old mum-of-two said she rang 999 twice.' then a quote paragraph: the age-noun subject of the indirect statement is not carried to the cue-less quote",
    "kl-added-and-partial": "'It was \"far too early\" ..., she added, and the advice had been changed \"as soon as ...\"': the clause after ', and' has no cue of its own, so the parenthetical cue before it is not read",
    "ns-housing-association": "'housing association Arden Moor Homes' gives the body no role (the lexicon places no housing association), so 'Arden Moor said in a statement' stays unknown",
    "ns-fire-engineer-adviser": "'a fire engineer and adviser to the Building Safety Alliance' reads the Alliance (advocate) over the discipline; 'fire engineer' is no listed title",
    "ns-stay-put-in-reported-clause": "'Owen Lacey, a fire engineer and adviser to the Building Safety Alliance, an industry body, said ... whether \"stay put\"' gives the fragment to the Alliance (the appositive's last name)",
    "bws-mother-role": "'Hadiza Umar did not sleep ... Her two daughters ... were asleep' gives no role: a mother is shown by the next sentence's possessive, not a descriptor",
    "bws-escaped-girl-role": "the pseudonym 'Fatima' is registered without the descriptor of its noun phrase ('one 15-year-old girl, who escaped during the attack')",
    "solidarity-lawyer-for-the-group": "'a lawyer for the group' does not resolve 'the group' to the CODEHVA named in the sentence before",
    "solidarity-rejected-as": "'Ortúzar also rejected the one-off payment ... as \"crumbs.\"': 'rejected ... as' is no cue, so the label after 'as' is a scare quote",
}


@pytest.mark.parametrize(
    ("path", "starts", "speaker", "role"),
    [
        pytest.param(p, s, sp, r, id=i, marks=[pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[i])] if i in KNOWN_MISSES else [])
        for i, p, s, sp, r in CASES
    ],
)
def test_round_ab_event_quotes(path: Path, starts: str, speaker: str | None, role: str | None) -> None:
    if speaker is None:
        # a quote that must name nobody: found, and with no speaker
        quotes = extract_quotes(prepare(load_article(path)))
        assert [q.speaker for q in quotes if q.text.startswith(starts)][:1] == [None]
    else:
        check_event_case(path, starts, speaker, role)
