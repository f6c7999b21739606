"""Who held which office when: a curated table of public record.

Two uses, both in :mod:`nato_iraq.resolve`:

* a bare title (``Le secrétaire général de l'OTAN a dit ...``) in a text that names the holder
  without the title (``a dit Jens Stoltenberg``) is tied to that person;
* a text that states no date at all can be dated *roughly*: if it calls James Mattis the US
  Secretary of Defense and Haider al-Abadi Iraq's Prime Minister, it was written while both held
  office (an uncertain range, marked as inferred).

Keys are the language-neutral office keys of :data:`.people.OFFICES`. Terms are ISO dates
(``YYYY-MM-DD``); ``None`` as the end means "in office when this table was last updated"
(2026-11). Sources: the official lists of NATO Secretaries General, Prime Ministers of Iraq,
US Secretaries of Defense and US Presidents. Acting holders are left out.
"""

from typing import Final

#: office key -> ((holder's name, term start, term end or None), ...), oldest first.
OFFICE_HOLDERS: Final[dict[str, tuple[tuple[str, str, str | None], ...]]] = {
    "nato-secretary-general": (
        ("Jaap de Hoop Scheffer", "2004-01-05", "2009-07-31"),
        ("Anders Fogh Rasmussen", "2009-08-01", "2014-09-30"),
        ("Jens Stoltenberg", "2014-10-01", "2024-09-30"),
        ("Mark Rutte", "2024-10-01", None),
    ),
    "iraq-prime-minister": (
        ("Iyad Allawi", "2004-06-28", "2005-05-03"),
        ("Ibrahim al-Jaafari", "2005-05-03", "2006-05-20"),
        ("Nouri al-Maliki", "2006-05-20", "2014-09-08"),
        ("Haider al-Abadi", "2014-09-08", "2018-10-25"),
        ("Adil Abdul-Mahdi", "2018-10-25", "2020-05-07"),
        ("Mustafa al-Kadhimi", "2020-05-07", "2022-10-27"),
        ("Mohammed Shia al-Sudani", "2022-10-27", None),
    ),
    "us-secretary-of-defense": (
        ("Donald Rumsfeld", "2001-01-20", "2006-12-18"),
        ("Robert Gates", "2006-12-18", "2011-07-01"),
        ("Leon Panetta", "2011-07-01", "2013-02-26"),
        ("Chuck Hagel", "2013-02-27", "2015-02-17"),
        ("Ashton Carter", "2015-02-17", "2017-01-20"),
        ("James Mattis", "2017-01-20", "2019-01-01"),
        ("Mark Esper", "2019-07-23", "2020-11-09"),
        ("Lloyd Austin", "2021-01-22", "2025-01-20"),
        ("Pete Hegseth", "2025-01-25", None),
    ),
    "us-president": (
        ("George W. Bush", "2001-01-20", "2009-01-20"),
        ("Barack Obama", "2009-01-20", "2017-01-20"),
        ("Donald Trump", "2017-01-20", "2021-01-20"),
        ("Joe Biden", "2021-01-20", "2025-01-20"),
        ("Donald Trump", "2025-01-20", None),
    ),
}
