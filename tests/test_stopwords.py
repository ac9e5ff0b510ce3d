"""framing's stop-word list is scikit-learn's, held as data so that no command imports scikit-learn."""

from __future__ import annotations

import subprocess
import sys

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS as SKLEARN_STOP_WORDS

from framing._stopwords import ENGLISH_STOP_WORDS


def test_the_list_is_scikit_learns():
    assert ENGLISH_STOP_WORDS == SKLEARN_STOP_WORDS
    assert len(ENGLISH_STOP_WORDS) == 318


def test_analysis_and_report_import_no_scikit_learn():
    code = (
        "import sys, framing.compare, framing.report, framing.batch\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'sklearn'))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
