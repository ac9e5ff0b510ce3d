"""Quotes body probe AL: the common ways world English-language news names and quotes a body (organisation), one row per form.

The table (``data/quotes_bodies_al.yaml``) is a systematic probe, not one real
set's errors: for each kind of body (ministry, agency, local government,
police/fire/army, court, state company, intergovernmental body, party, union,
charity/NGO, campaign group, church, company, employers' body, university,
hospital, research institute/think tank, news outlet) the common ways news copy
names it and quotes it ("a spokesperson for X said", "X said in a statement",
"according to X", "X's director, Y", a lower-case kind, an acronym after the
full name, "the company/ministry/union said" pointing back), with real
well-known bodies where the point is knowledge of the name, invented ones
elsewhere, and controls that must keep their role.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import DATA
from tests.quotes_tables import check_case, table_cases

TABLE = DATA / "quotes_bodies_al.yaml"

# Rows the rules do not yet read right (strict: a fix makes them fail here
# until they are moved out). Before round AL changed any rule: 62 / 155 ('official': '31/57', 'business': '5/40', 'advocate': '13/42', 'affected': '3/3', 'expert': '7/10', 'media': '2/2', 'unknown': '1/1').
KNOWN_MISSES: dict[str, str] = {
    "min-lower-case-kind":
        "a lower-case body with no name gives no speaker, or no role",
    "agency-state-owned-utility":
        "not read right before round AL",
    "agency-lower-disaster":
        "a lower-case body with no name gives no speaker, or no role",
    "council-lower-spokesperson":
        "a lower-case body with no name gives no speaker, or no role",
    "council-county-said":
        "a lower-case body with no name gives no speaker, or no role",
    "council-provincial-government":
        "a lower-case body with no name gives no speaker, or no role",
    "police-local":
        "a lower-case body with no name gives no speaker, or no role",
    "fire-service-lower":
        "a lower-case body with no name gives no speaker, or no role",
    "court-registrar":
        "not read right before round AL",
    "stateco-eskom":
        "not read right before round AL",
    "stateco-lower-state-owned-airline":
        "a lower-case body with no name gives no speaker, or no role",
    "igo-african-union":
        "an intergovernmental body is not listed (read from a word of its name or nothing): official by round AH",
    "igo-world-bank":
        "an intergovernmental body is not listed (read from a word of its name or nothing): official by round AH",
    "igo-international-monetary-fund":
        "an intergovernmental body is not listed (read from a word of its name or nothing): official by round AH",
    "igo-nato":
        "an intergovernmental body is not listed (read from a word of its name or nothing): official by round AH",
    "igo-opec":
        "an intergovernmental body is not listed (read from a word of its name or nothing): official by round AH",
    "igo-world-trade-organization":
        "an intergovernmental body is not listed (read from a word of its name or nothing): official by round AH",
    "igo-ecowas":
        "an intergovernmental body is not listed (read from a word of its name or nothing): official by round AH",
    "igo-southern-african-development":
        "an intergovernmental body is not listed (read from a word of its name or nothing): official by round AH",
    "igo-east-african-community":
        "an intergovernmental body is not listed (read from a word of its name or nothing): official by round AH",
    "igo-asean":
        "an intergovernmental body is not listed (read from a word of its name or nothing): official by round AH",
    "igo-organisation-for-economic-co":
        "an intergovernmental body is not listed (read from a word of its name or nothing): official by round AH",
    "igo-arab-league":
        "an intergovernmental body is not listed (read from a word of its name or nothing): official by round AH",
    "igo-organization-of-american-sta":
        "an intergovernmental body is not listed (read from a word of its name or nothing): official by round AH",
    "igo-african-development-bank":
        "an intergovernmental body is not listed (read from a word of its name or nothing): official by round AH",
    "igo-asian-development-bank":
        "an intergovernmental body is not listed (read from a word of its name or nothing): official by round AH",
    "igo-united-nations-development-p":
        "an intergovernmental body is not listed (read from a word of its name or nothing): official by round AH",
    "igo-acronym-after-full":
        "an intergovernmental body is not listed (read from a word of its name or nothing): official by round AH",
    "igo-possessive-director":
        "an intergovernmental body is not listed (read from a word of its name or nothing): official by round AH",
    "party-ruling-anc":
        "not read right before round AL",
    "party-lower-opposition":
        "a lower-case body with no name gives no speaker, or no role",
    "union-lower-teachers":
        "a lower-case body with no name gives no speaker, or no role",
    "ngo-oxfam":
        "a well-known charity, NGO or campaign group is not listed by name: advocate",
    "ngo-médecins-sans-frontières":
        "a well-known charity, NGO or campaign group is not listed by name: advocate",
    "ngo-doctors-without-borders":
        "a well-known charity, NGO or campaign group is not listed by name: advocate",
    "ngo-save-the-children":
        "a well-known charity, NGO or campaign group is not listed by name: advocate",
    "ngo-international-rescue-committee":
        "a well-known charity, NGO or campaign group is not listed by name: advocate",
    "ngo-islamic-relief":
        "a well-known charity, NGO or campaign group is not listed by name: advocate",
    "ngo-christian-aid":
        "a well-known charity, NGO or campaign group is not listed by name: advocate",
    "ngo-actionaid":
        "a well-known charity, NGO or campaign group is not listed by name: advocate",
    "ngo-world-vision":
        "a well-known charity, NGO or campaign group is not listed by name: advocate",
    "ngo-plan-international":
        "a well-known charity, NGO or campaign group is not listed by name: advocate",
    "ngo-caritas":
        "a well-known charity, NGO or campaign group is not listed by name: advocate",
    "ngo-care-international":
        "a well-known charity, NGO or campaign group is not listed by name: advocate",
    "ngo-msf-acronym-after-full":
        "a well-known charity, NGO or campaign group is not listed by name: advocate",
    "ngo-lower-charity":
        "a well-known charity, NGO or campaign group is not listed by name: advocate",
    "ngo-country-director":
        "a well-known charity, NGO or campaign group is not listed by name: advocate",
    "ngo-pointback-charity":
        "a well-known charity, NGO or campaign group is not listed by name: advocate",
    "camp-transparency-international":
        "a well-known charity, NGO or campaign group is not listed by name: advocate",
    "camp-reporters-without-borders":
        "a well-known charity, NGO or campaign group is not listed by name: advocate",
    "camp-committee-to-protect-journalists":
        "a well-known charity, NGO or campaign group is not listed by name: advocate",
    "camp-article-19":
        "a well-known charity, NGO or campaign group is not listed by name: advocate",
    "camp-lower-rights-group":
        "a well-known charity, NGO or campaign group is not listed by name: advocate",
    "church-catholic":
        "a church or religious body has no role (or takes 'Council': official): advocate",
    "church-anglican-spokesperson":
        "a church or religious body has no role (or takes 'Council': official): advocate",
    "church-council-of-churches":
        "a church or religious body has no role (or takes 'Council': official): advocate",
    "church-supreme-council-islamic":
        "a church or religious body has no role (or takes 'Council': official): advocate",
    "church-pointback":
        "a church or religious body has no role (or takes 'Council': official): advocate",
    "co-shell":
        "a well-known company named by its bare brand is not listed: business",
    "co-bp":
        "a well-known company named by its bare brand is not listed: business",
    "co-exxonmobil":
        "a well-known company named by its bare brand is not listed: business",
    "co-chevron":
        "a well-known company named by its bare brand is not listed: business",
    "co-totalenergies":
        "a well-known company named by its bare brand is not listed: business",
    "co-glencore":
        "a well-known company named by its bare brand is not listed: business",
    "co-rio-tinto":
        "a well-known company named by its bare brand is not listed: business",
    "co-bhp":
        "a well-known company named by its bare brand is not listed: business",
    "co-vale":
        "a well-known company named by its bare brand is not listed: business",
    "co-anglo-american":
        "a well-known company named by its bare brand is not listed: business",
    "co-toyota":
        "a well-known company named by its bare brand is not listed: business",
    "co-volkswagen":
        "a well-known company named by its bare brand is not listed: business",
    "co-apple":
        "a well-known company named by its bare brand is not listed: business",
    "co-google":
        "a well-known company named by its bare brand is not listed: business",
    "co-meta":
        "a well-known company named by its bare brand is not listed: business",
    "co-microsoft":
        "a well-known company named by its bare brand is not listed: business",
    "co-tesla":
        "a well-known company named by its bare brand is not listed: business",
    "co-samsung":
        "a well-known company named by its bare brand is not listed: business",
    "co-huawei":
        "a well-known company named by its bare brand is not listed: business",
    "co-mtn":
        "a well-known company named by its bare brand is not listed: business",
    "co-safaricom":
        "a well-known company named by its bare brand is not listed: business",
    "co-vodafone":
        "a well-known company named by its bare brand is not listed: business",
    "co-airtel":
        "a well-known company named by its bare brand is not listed: business",
    "co-emirates":
        "a well-known company named by its bare brand is not listed: business",
    "co-qantas":
        "a well-known company named by its bare brand is not listed: business",
    "co-lower-mining-company":
        "a lower-case body with no name gives no speaker, or no role",
    "co-pointback-glencore":
        "not read right before round AL",
    "co-possessive-ceo":
        "not read right before round AL",
    "emp-cbi":
        "an employers' federation named in full is not read as business",
    "emp-business-unity":
        "an employers' federation named in full is not read as business",
    "emp-employers-federation":
        "an employers' federation named in full is not read as business",
    "emp-cbi-acronym":
        "an employers' federation named in full is not read as business",
    "hosp-district-lower":
        "a lower-case body with no name gives no speaker, or no role",
    "inst-think-tank":
        "not read right before round AL",
    "inst-chatham":
        "not read right before round AL",
}


@pytest.mark.parametrize("row", table_cases(TABLE, KNOWN_MISSES))
def test_bodies_al_speakers_and_roles(row: dict[str, Any]) -> None:
    check_case(row)
