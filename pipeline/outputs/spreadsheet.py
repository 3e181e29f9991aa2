"""CSV cells a spreadsheet would run as a formula, made inert (OWASP, "CSV Injection").

A text cell that starts with `=`, `+`, `-`, `@` (or their full-width forms), a tab or a
carriage return is read by Excel, LibreOffice and Google Sheets as a formula: a release title
`=cmd|' /C calc'!A0` would run a command on the reader's machine. Such a cell gets a leading
`'`, which spreadsheets show as text; facts.json and facts.jsonl keep the raw value.
"""

from __future__ import annotations

import pandas as pd

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def safe_cell(value: object) -> object:
    """`value`, with a leading `'` when it is text a spreadsheet would evaluate."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def safe_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of `frame` whose text cells are all `safe_cell`s (numeric columns are left alone)."""
    safe = frame.copy()
    for name in safe.columns:
        if not pd.api.types.is_numeric_dtype(safe[name]):  # object or str columns (pandas 3 infers str)
            # Built as an object Series: pandas' own map would turn 3 beside None into 3.0.
            safe[name] = pd.Series([safe_cell(value) for value in safe[name]], index=safe.index, dtype=object)
    return safe
