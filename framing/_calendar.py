"""Month and weekday names, shared by the stages that must not read them as names or figures.

Quotes never takes a month or weekday for a speaker ("since September
asking"); entities never takes one for a place or a region ("Oct 14",
"Tuesday the RSSL"); numbers reads dates ("Feb. 18, 2027") with the month's
number. One list, so the three stages agree on what a month is.
"""

from __future__ import annotations

# Each month's full name, then the abbreviations news copy uses ("Sept."), lower case.
_NAMES = (
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
    ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
    ("october", "oct"), ("november", "nov"), ("december", "dec"),
)
# Every month word with the month's number ("sept" -> 9), to read dates.
MONTH_NUMBERS: dict[str, int] = {name: number for number, names in enumerate(_NAMES, start=1) for name in names}
# The full month names.
MONTHS: frozenset[str] = frozenset(names[0] for names in _NAMES)
# Months, full or abbreviated.
MONTH_WORDS: frozenset[str] = frozenset(MONTH_NUMBERS)
WEEKDAYS: frozenset[str] = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
