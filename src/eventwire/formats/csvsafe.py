"""CSV/TSV cells a spreadsheet will not run as formulas (CSV injection).

OWASP's advice (https://owasp.org/www-community/attacks/CSV_Injection): a cell whose
text begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is read as a
formula by Excel, LibreOffice and Google Sheets; prefix such a cell with a single
quote so it is shown as text, and let the CSV writer quote the cell. Numbers (and
text that is only a number, such as ``-7.2``) cannot carry a formula and are kept
as they are, so numeric columns stay numeric.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def cell(value: Any) -> Any:
    """``value`` made safe to open in a spreadsheet: formula-like text gets a leading ``'``,
    and a carriage return inside text becomes a newline (which the CSV writer quotes;
    a bare one, left unquoted, would split the row in a spreadsheet)."""
    if not isinstance(value, str):
        return value
    if value.startswith(FORMULA_STARTS) and not _NUMBER.fullmatch(value):
        value = "'" + value
    return value.replace("\r\n", "\n").replace("\r", "\n")


def row(values: Mapping[str, Any]) -> dict[str, Any]:
    """Every cell of a row made safe (see ``cell``)."""
    return {k: cell(v) for k, v in values.items()}
