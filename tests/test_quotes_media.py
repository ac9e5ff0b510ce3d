"""A news outlet the gazetteer's `media` section lists speaks as the press (role "media").

The media section (683 outlets by country) was written for the entities; quotes read the same
list, so "the Chosun Ilbo reported" or "according to the Daily Graphic" is a media speaker and
not a person named "Chosun Ilbo" with no role. A masthead that is also an ordinary word or a
given name (the section's `short` names: "Dawn", "Punch", "Star") is left to the other cues.
Rows of my own with real outlets' names; on the code before the hook 3 of 9 passed (the two
controls, and the Irish Times, listed before). The review mend added the last two controls (the
hook had compared lower-case names with the cased `short` names, so it never left one out) and
the Yonhap row (its name moved from the roles lexicon to the gazetteer's list alone).
Each row: text, speaker, role of the first quote.
"""

from __future__ import annotations

import pytest

from framing.model import Article
from framing.prepare import prepare
from framing.quotes import extract_quotes


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        ('"The search is over," the Chosun Ilbo reported.', "Chosun Ilbo", "media"),
        ('The plan is "dead", according to the Daily Graphic.', "Daily Graphic", "media"),
        ('"It is chaos," Prothom Alo reported.', "Prothom Alo", "media"),
        ('"Prices will rise," Mainichi Shimbun reported, citing sources.', "Mainichi Shimbun", "media"),
        ('"It is over," said the Malay Mail.', "Malay Mail", "media"),
        ('"The plan failed," an editorial in the Daily Nation said.', "Daily Nation", "media"),
        ('"The talks have stalled," the Irish Times reported on Friday.', "Irish Times", "media"),
        ('"Prices will rise," Yonhap reported.', "Yonhap", "media"),
        # controls: a person named like a short masthead; a person who talks to an outlet
        ('"We will win," Dawn Okafor said.', "Dawn Okafor", "unknown"),
        # review mend: a short name is no outlet by itself ("Dawn" a given name; "AFP" also the
        # Philippine armed forces, whose spokesman's rank reads official)
        ('"We will win," Dawn said.', "Dawn", "unknown"),
        ('"We will hunt them down," AFP spokesperson Col. Ramon Dizon said.', "Ramon Dizon", "official"),
        ('"We are ready," Kwame Mensah told the Daily Graphic.', "Kwame Mensah", "unknown"),
    ],
)
def test_a_listed_news_outlet_speaks_as_media(text: str, speaker: str, role: str) -> None:
    quote = extract_quotes(prepare(Article(id="t", outlet="Test Outlet", text=text)))[0]
    assert (quote.speaker, quote.speaker_role) == (speaker, role)
