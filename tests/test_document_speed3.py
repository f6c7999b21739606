"""The third round of fast paths in ``document.py`` gives what the code it replaced gave.

The reference implementations are copies of the code replaced, kept here; the texts mix the
function words of every language :func:`~nato_iraq.document.detect_language` knows with other
words and separators, and include the seed articles and arbitrary text.
"""

import collections

from hypothesis import given, settings
from hypothesis import strategies as st
from test_document_speed2 import TEXTS, _language_mixes, _one_language

from nato_iraq import document


def _old_tally(words: list[bytes], counts: dict[str, int]) -> int:
    """``document._tally`` with a Counter of the function words (before the group bytes)."""
    shared = 0
    for word, times in collections.Counter(filter(document._LANGUAGES_OF.__contains__, words)).items():
        for code in document._LANGUAGES_OF[word]:
            counts[code] += times
        if word in document._SHARED_FR:
            shared += times
    return shared


def _old_detect_language(text: str) -> str:
    """``document.detect_language`` as it was before this round (settling after three quarters)."""
    letters = document._letters(text[:5000])
    counts = dict.fromkeys(document._FUNCTION_WORDS, 0)
    cut = letters.find(b" ", len(letters) * 3 // 4) if len(letters) > 400 else -1
    if cut < 0:
        cut = len(letters)
    head = letters[:cut].split()
    shared = _old_tally(head, counts)
    words = len(head)
    if cut < len(letters):
        shape = letters[cut:].translate(document._SHAPE)
        rest = shape.count(b" a")
        short = rest - shape.count(b" " + b"a" * (document._FR_EN_LETTERS + 1))
        shorter_than_any = rest - shape.count(b" " + b"a" * (document._ANY_LETTERS + 1))
        settled = document._settled(counts, shared, words + rest, short, shorter_than_any)
        if settled is not None:
            return settled
        tail = letters[cut:].split()
        shared += _old_tally(tail, counts)
        words += len(tail)
    if not words:
        return "und"
    supported = max(counts["fr"], counts["en"])
    other = max(document._OTHER_LANGUAGES, key=counts.__getitem__)
    distinctive = max(counts["fr"] - shared, counts["en"])
    if counts[other] >= 4 and counts[other] >= 2 * distinctive:
        return other
    if supported < max(2, words // 25):
        return "und"
    return "en" if counts["en"] > counts["fr"] else "fr"


_FUNCTION = sorted({word.encode("latin-1") for vocabulary in document._FUNCTION_WORDS.values() for word in vocabulary})
_NOT_FUNCTION = [b"l", b"d", b"x", b"otan", b"mission", b"\xe8e", b"lee", b"th", b"thee", b"dee", b""]


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_FUNCTION + _NOT_FUNCTION), max_size=300))
def test_tally_is_the_counter_tally(words: list[bytes]) -> None:
    new = dict.fromkeys(document._FUNCTION_WORDS, 0)
    old = dict.fromkeys(document._FUNCTION_WORDS, 0)
    assert document._tally(words, new) == _old_tally(words, old)
    assert new == old


def test_every_function_word_has_a_group_of_its_languages() -> None:
    assert set(document._GROUP_OF) == set(document._LANGUAGES_OF)
    for word, group in document._GROUP_OF.items():
        assert document._GROUPS[group] == (document._LANGUAGES_OF[word], word in document._SHARED_FR)
    assert len(document._GROUPS) < 256  # each group is one byte


@settings(max_examples=300)
@given(st.one_of(_language_mixes(), _one_language(), TEXTS, st.text(max_size=3000)))
def test_detect_language_is_the_old_detect_language(text: str) -> None:
    assert document.detect_language(text) == _old_detect_language(text)


def test_detect_language_on_the_seeds_and_their_windows_is_the_old_detect_language() -> None:
    from nato_iraq.loading import seed_texts

    for _, text in seed_texts():
        for start in range(0, len(text), 97):
            for size in (50, 300, 401, 1200, 5200):
                sample = text[start : start + size]
                assert document.detect_language(sample) == _old_detect_language(sample)
