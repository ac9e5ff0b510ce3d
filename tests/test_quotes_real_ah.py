"""Quotes real-article table AH: the error classes found hand-labelling the quotes of 16 further real articles, in sentences of our own.

The table (``data/quotes_real_ah.yaml``) rebuilds each class a colleague
found labelling every quote of 16 real articles (intergovernmental bodies,
sport governing bodies and science collaborations, "Added <Name>" before the
speaker, the one mayor or president an article names, a term-limit clause,
one-word vote options, a court's words as partials, a run of quoted posts)
in invented sentences on other topics, with controls. Each row lists the
quotes of one text in order, as a prefix of the quote, the speaker and
(where a reader could code it) the role.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import DATA
from tests.quotes_tables import check_case, table_cases

TABLE = DATA / "quotes_real_ah.yaml"

# Rows the rules do not yet read right (strict: a fix makes them fail here
# until they are moved out). Before round AH changed any rule 10/22 rows were
# right (the controls; the two H3 rows and the "described it as" row read right
# already: the one-mayor headline of the real article could not be rebuilt as a
# quote the extractor finds). After sport bodies named by their sport, the UN's
# bodies, observatories and collaborations (expert) and a sentence-opening
# "Added" read as an inverted cue: 17/22; two controls added: 19/24. After a
# one-word vote option ("yes", "no") with a word of voting before it or "camp",
# "vote" after it read as a mention: 22/26 (one failing row, two rows added:
# one passing before, one control). After "President" after lower-case words
# ("a defeat for President X") read as a head of state and a relative clause of
# the speaker's term ("who cannot seek re-election", "whose term ends") as
# official: 25/27 (one row added, failing before). After a quoted post's
# signature ('" - <Name> @handle') read as its author: 26/27. After the quotes
# after 'used words such as' read as the clause subject's words: 27/27.
KNOWN_MISSES: dict[str, str] = {
}


@pytest.mark.parametrize("row", table_cases(TABLE, KNOWN_MISSES))
def test_real_ah_speakers_and_roles(row: dict[str, Any]) -> None:
    check_case(row)
