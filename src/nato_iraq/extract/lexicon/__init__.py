"""Vocabulary as data: documented tables, no logic.

One module per domain, so adding a month spelling, a rank or a decision verb is a one-line
change in one place: :mod:`.time`, :mod:`.people`, :mod:`.numbers`, :mod:`.decisions`,
:mod:`.missions`, :mod:`.places`.
"""

import unicodedata

__all__ = ["fold"]


def fold(text: str) -> str:
    """Lower-case, strip accents and fold apostrophes: the key form of every table here.

    >>> fold("Haïdar al-Abadi")
    'haidar al-abadi'
    >>> fold("L\u2019OTAN")
    "l'otan"
    """
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u2011", "-")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
