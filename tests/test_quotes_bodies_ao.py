"""Quotes bodies probe AO: how news copy names the world's public bodies, one row per form.

The table (``data/quotes_bodies_ao.yaml``) is a systematic probe of families of
forms, not one real set's errors: a public body named in full (a), a body's
acronym defined in the article or known to English copy (b), the lower-case
generic references of public bodies ("the regulator", "the exams board") (c),
the titles people hold in public bodies (d), an office in a relative clause
after the name (e), state-owned companies that keep the header's convention
(f); with controls (x). Each row checks the exact speaker, role and cue lemma
of every quote, in order.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import DATA
from tests.quotes_tables import check_cue_case, table_cases

TABLE = DATA / "quotes_bodies_ao.yaml"

# Rows the rules do not yet read right (strict: a fix makes them fail here
# until they are moved out). Measured before round AO changed any rule:
# 85/129 (a 32/45, b 6/16, c 9/20, d 13/17, e 6/12, f 5/5, x 14/14).
# After round AO's knowledge (the world's public bodies in lexicons/speaker_roles.yaml,
# their lower-case kinds, their offices) and rules (a listed body's name is never split
# at "and"; an appositive that is only a kind noun gives the body's role; an office
# after "now" in a relative clause; "who was <office>" a past office; the article's
# own kind for a listed acronym beats the list): 127/129 (a 44/45, b 16/16, c 20/20,
# d 17/17, e 11/12, f 5/5, x 14/14).
# Six rows added after that (a listed acronym the article gives another kind, "the
# watchdog" after a "Watch" group, "who was elected mayor", a commercial bank whose
# name holds a central bank's, an ambiguous acronym defined in full, "the regulator"
# with no body named): 3/6 on the code before round AO, 6/6 after; 133/135 in all.
KNOWN_MISSES: dict[str, str] = {
    "a-bom-senior-meteorologist":
        "'Dean' after a title is read as the academic title Dean, not the given name ('Dean Narramore' -> 'Narramore'): a names issue, not a body's",
    "e-who-became-president":
        "a bare lower-case 'president' is a representative title (a club's, a company's): 'who became president in 2010' names no body, so no role",
}


@pytest.mark.parametrize("row", table_cases(TABLE, KNOWN_MISSES))
def test_bodies_ao_speaker_role_and_cue(row: dict[str, Any]) -> None:
    check_cue_case(row, all_quotes=False)
