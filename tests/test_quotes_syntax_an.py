"""Quotes syntax probe AN: how news copy attaches a speaker and a title to a quote, one row per form.

The table (``data/quotes_syntax_an.yaml``) is a systematic probe of families of
forms, chosen from the families a real set failed on but written as invented
sentences: characterising cues of partial quotes ("likened it to", "dubbed",
"termed", passive "described by X as", a participial "Calling it a" clause)
(a), a body's indirect speech with a partial in a subordinate clause (b),
unnamed speakers after the cue (c), an inverted cue opening the sentence (d),
a title before a name with its body and a body's short form (e), eyewitness
relative clauses (f) and a bare spokesman whose body the context names (g);
with controls. Each row checks the exact speaker, role and cue lemma (and the
kind where given) of every quote, in order.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import DATA
from tests.quotes_tables import check_cue_case, table_cases

TABLE = DATA / "quotes_syntax_an.yaml"

# Rows the rules do not yet read right (strict: a fix makes them fail here
# until they are moved out). Before round AN changed any rule 56/117 rows were right
# (a 20/46, b 8/12, c 10/17, d 3/10, e 6/13, f 8/16, g 1/3). After the
# characterising verbs (liken, dub, label, term, characterize, portray),
# "Said"/"Says" opening a sentence read as inverted cues and the eyewitness
# relative clauses: 87/117 (a 36/46, d 10/10, f 16/16). After a participle
# opening the sentence took the main clause's subject and a passive cue its
# "by" agent: 95/117 (a 44/46). Row a-calling-no-article was a control
# expecting "say" (the main clause's verb); its cue is the participle "call",
# as the family's rule says, and the row was corrected when the rule landed.
# After rescuers and volunteers as speakers of no known side, a determiner's
# description ending at "of <place>" after the cue and "said another X":
# 102/117 (c 17/17; rows c-another-* expected "resident", the code's own form
# before the cue is "another resident", and the rows were corrected to it).
# After a title closing a longer run before a name winning over "of <place>"
# after it: 105/117 (e 9/13).
# After a possessive body's title set off before a name whose closing comma
# the copy dropped ("NCAA's spokesperson, X said"): 108/117 (e 12/13).
# After a body's first two words on later reference ("Blue Ridge said"): 109/117
# (e 13/13). Two controls added then (a two-word short form that opens two
# bodies' names, a person "of <City>"), right on the code before and after: 111/119.
# Seven rows a added after studying the real set's two remaining family-a
# misses (a pronoun after "that"/"which" as the cue's subject; a long object
# before the "as" of its complement), two of them controls: 5 of the 7 failed on
# the code before their rules, all pass after: 118/126.
# After a present verb right after a subject pronoun counting as the reported
# clause's own verb ("as they deal with "...""): 121/126 (b 11/12).
# Five rows g added then (two forms and three controls: a person or two bodies
# named before, "a spokesman for X"); 4/8 on the code before the rule. After a
# bare spokesman took the role of the one body named in its sentence or the one
# before (no person, no other body): 127/131 (g 7/8).
# Row g-spokesman-our-body-named passes since round AQ: a bare spokesman takes the one kind of body
# named in lower case in its sentence or the one before ("The civil defence force sent ...").
KNOWN_MISSES: dict[str, str] = {
    "a-compared-to":
        "'compared' is left out of the cues: 'it compares the real world with a world \"without\" ...' and 'compared to last year' compare, they do not characterise",
    "a-referred-to-as":
        "'referred to' is left out of the cues: its object is most often a thing named ('referred to the declaration ... and said'), and as a cue it took the subject from the 'said' after it on a real set",
    "b-airline-while":
        "'while' opens a clause that may carry a voice of its own ('X said ..., while critics called it'); a fragment after it stays the outlet's label",
}


@pytest.mark.parametrize("row", table_cases(TABLE, KNOWN_MISSES))
def test_syntax_an_speaker_role_and_cue(row: dict[str, Any]) -> None:
    check_cue_case(row)
