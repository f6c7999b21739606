"""Words the resolver needs to tie facts together, per language (folded, lower case).

:mod:`nato_iraq.resolve` reads these; the extractors do not.
"""

from typing import Final

#: Nouns that count a mission's whole personnel: a figure of these is the mission's size. A figure
#: counting a nationality (``2 500 Américains``) or a role (``représentants``) is a part of it.
STRENGTH_UNITS: Final[frozenset[str]] = frozenset(
    # French
    "personnes militaires soldats troupes hommes femmes formateurs instructeurs conseillers personnels "
    "personnel membres effectifs"
    # English
    " people troops soldiers personnel staff trainers instructors advisers advisors members forces service"
    " servicemembers".split()
)

#: Words just before a figure that make it a contingent of a larger force: ``dont environ 2 500``,
#: ``including some 2,500``.
CONTINGENT_MARKERS: Final[tuple[str, ...]] = ("dont", "parmi lesquels", "including", "of whom", "among them")

#: Determiners that make ``<det> mission`` a reference back to a mission named before.
ANAPHORIC_DETERMINERS: Final[frozenset[str]] = frozenset(
    "cette la notre sa leur cet ce une l' ladite the this that its our their".split()
)
