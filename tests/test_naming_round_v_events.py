"""Naming on the four round-V test events (tuned-on: these cases prompted the fix, so they are no measure).

The held-out measure is ``test_naming_heldout_v.py``. This table (``data/naming_tuned_v.yaml``) pins the
events' own cases: each event's main topic (an Irish asylum-centre protest is immigration, a cricket fixing story
is sport and borrows no migration words, an earthquake's displaced are no migrants), the names the answer keys
list, and names that must not be found.
"""

from __future__ import annotations

import yaml

from tests.conftest import DATA
from tests.naming_tables import tuned_event_tests

TUNED = yaml.safe_load((DATA / "naming_tuned_v.yaml").read_text(encoding="utf-8"))

test_tuned_event_topic, test_tuned_event_mentions_present, test_tuned_event_mentions_absent = tuned_event_tests(
    TUNED["events"]
)
