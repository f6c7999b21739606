"""The quick scans of the temporal extractor find what the plain patterns find.

Each shortcut splits or skips a scan; these tests compare it with the plain ``finditer`` it
replaces on random texts made of key words, their openers (apostrophes, hyphens, brackets,
quotes, line breaks and runs of them) and keys that hold an opener themselves (``l'ete``,
``1990's``), where the split scans could part from the plain one.
"""

import random
import re

import attrs
import pytest

from nato_iraq.extract import temporal

ROUNDS = 1500

WORDS = {
    "fr": [
        "l'ete", "ete", "cet ete", "ce matin", "an", "l'an", "annees", "2014", "1er", "2e", "mai", "jeudi",
        "apres-demain", "demain", "mi", "fin", "de", "la", "otan", "aujourd'hui", "semaine", "x", "'", "-",
    ],
    "en": [
        "1990's", "1990s", "'s", "spring", "s", "may", "monday", "year", "last night", "this morning",
        "5th", "the", "nato", "day-to-day", "x", "'", "-", "\u2013", "\u201c", "\u2018",
    ],
}  # fmt: skip

SEPARATORS = [
    " ", " ", "\n", "\n\n", "\n" * 6, "\n" * 16, "\n" * 40, "'", "(", "\u00ab", '"', "/", "[", "-", "",
    "\u2013", "\u201c",
]  # fmt: skip


def _texts(words: list[str], seed: int) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(SEPARATORS) + rng.choice(words) for _ in range(rng.randint(1, 25))) for _ in range(ROUNDS)
    ]


def _plain_keys(low: str, patterns: "temporal._Patterns") -> list[tuple[int, int]]:
    """The keys as the plain scans find them (the code :func:`temporal._keys` replaced)."""
    keys = [k.span(1) for k in patterns.key.finditer(low)]
    keys += [k.span(1) for k in patterns.key_rare.finditer(low)]
    head = patterns.key.match(" " + low[:40])
    if head is not None:
        keys.append((0, head.end(1) - 1))
    keys.sort()
    return keys


@pytest.mark.parametrize("language", ["fr", "en"])
def test_keys_as_plain_scans(language: str) -> None:
    patterns = temporal._patterns(language)
    texts = _texts(WORDS[language], 7)
    # long texts too: below temporal._SHORT characters the class is scanned at once
    joined = [" ".join(texts[i : i + 40]) for i in range(0, len(texts), 40)]
    assert all(len(low) >= temporal._SHORT for low in joined)
    for low in texts + joined:
        assert temporal._keys(low, patterns) == _plain_keys(low, patterns), low


def test_overlapping_openers_fall_back() -> None:
    """A key holding an opener that another key follows (none of the lexicons has one, so the
    patterns here are made up): the split scans would part, and the class is scanned instead."""
    key = r"(?P<k>a'b|b)(?![a-z0-9])"
    patterns = attrs.evolve(
        temporal._patterns("fr"),
        key_rare=re.compile(rf"[(']{key}"),
        key_after=(("(", re.compile(rf"\({key}")), ("'", re.compile(rf"'{key}"))),
    )
    for text in ["(a'b x", "x (a'b 'b", "'b (b", "(a'b'b"]:
        low = text + " x" * temporal._SHORT  # long enough to be scanned opener by opener
        expected = [k.span(1) for k in patterns.key_rare.finditer(low)]
        assert temporal._rare_keys(low, patterns) == expected, low


def test_last_of_as_searches_per_mark() -> None:
    rng = random.Random(3)
    for _ in range(ROUNDS):
        text = "".join(rng.choice("ab .!?\n,;:(x") for _ in range(rng.randint(0, 30)))
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        for marks in (".!?\n", ",;:(\n"):
            last = max(text.rfind(mark, lo, hi) for mark in marks)
            assert temporal._last_of(text, marks, lo, hi) == (last + 1 if last >= 0 else lo), (text, lo, hi)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_branches_are_the_trie_unwrapped(language: str) -> None:
    """:func:`temporal._branches` writes the very trie of the words, without its enclosing group
    (so the alternation it joins is the same pattern, with branches ``re`` can skip)."""
    lx = temporal.lex.LEXICONS[language]
    for words in ([*lx.every_month, *lx.weekdays, *lx.key_words, *lx.key_phrases], list(lx.pattern_words)):
        trie = temporal._text.trie(sorted(set(words)))
        assert trie.startswith("(?:")
        assert trie.endswith(")")
        assert "(?:" + temporal._branches(words) + ")" == trie
    assert temporal._branches(["mai", "mars", "mardi", "an"]) == "an|ma(?:i|r(?:di|s))"


def _plain_is_future(views: "temporal._Views", start: int, end: int) -> bool:
    """:func:`temporal._is_future` as first written: the sentence read whole when the clause has no cue."""
    low, patterns = views.low, views.patterns

    def last_of(marks: str, lo: int, hi: int) -> int:
        return max([lo] + [low.rfind(mark, lo, hi) + 1 for mark in marks])

    def nearest(left_lo: int, right_hi: int) -> bool | None:
        best: tuple[int, bool] | None = None
        for cue in patterns.cues.finditer(low, left_lo, start):
            if temporal._is_cue(views.text, cue, views.lexicon) and (best is None or start - cue.end() <= best[0]):
                best = (start - cue.end(), cue.group("p") is None)
        for cue in patterns.cues.finditer(low, end, right_hi):
            if temporal._is_cue(views.text, cue, views.lexicon):
                if best is None or cue.start() - end < best[0]:
                    best = (cue.start() - end, cue.group("p") is None)
                break
        return None if best is None else best[1]

    size = len(low)
    sentence_lo = last_of(".!?\n", max(0, start - 160), start)
    clause_lo = last_of(",;:(\n", sentence_lo, start)
    stop = patterns.clause_stop.search(low, end, min(size, end + 80))
    tense = nearest(clause_lo, stop.start() if stop else min(size, end + 80))
    if tense is None:
        stop = patterns.stop.search(low, end, min(size, end + 160))
        tense = nearest(sentence_lo, stop.start() if stop else min(size, end + 160))
    return bool(tense)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_is_future_as_plain_reading(language: str) -> None:
    """The sentence read only beyond the clause gives the tense the whole sentence gives: on
    texts of the lexicon's cues, clause words and marks, cut at random (words split included)."""
    lx = temporal.lex.LEXICONS[language]
    cues = [*lx.future_cues, *lx.past_cues, *lx.suffix_exceptions, "A", "May", "march", "pourraient", "s'est"]
    others = [*lx.clause_words, "mardi", "sont", "se", "qu'il", "d'ici", "camera"]
    # cues and clause stops far apart too: the clause is then cut at its plain length
    words = cues + others + ["otan", "mission", "de", "la", "forces", "x"] * 3 * (len(cues) + len(others))
    separators = [" "] * 200 + ["  ", "", "'", "-", *',;:.!?()\n\u00ab\u00bb"\u201c']
    rng = random.Random(11)
    patterns = temporal._patterns(language)
    for _ in range(ROUNDS):
        text = "".join(rng.choice(separators) + rng.choice(words) for _ in range(rng.randint(1, 80)))
        low = temporal._text.fold_lower(text)
        views = temporal._Views(text, low, lx, patterns)
        for _ in range(5):
            start = rng.randint(0, len(low))
            end = rng.randint(start, min(len(low), start + 12))
            assert temporal._is_future(views, start, end) == _plain_is_future(views, start, end), (text, start, end)


def test_tense_read_only_where_it_matters(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where :func:`temporal._tense_matters` says no, a point has the same value in a future and
    in a past clause: days, months and weekdays, with and without a day, against anchors of every
    precision (days of each weekday, months of each length, years)."""
    lx = temporal.lex.LEXICONS["fr"]
    views = temporal._Views("x", "x", lx, temporal._patterns("fr"))
    weekdays = list({index: word for word, index in lx.weekdays.items()}.values())  # one spelling of each
    months = ["janvier", "fevrier", "mars", "avril", "decembre"]
    words = [(w,) for w in weekdays] + [(m,) for m in months]
    words += [(d, m) for d in ("1", "15", "29", "31") for m in months] + [
        (w, d) for w in weekdays for d in ("1", "13", "31")
    ]
    anchors = [temporal._partial(2020)] + [temporal._partial(2020, m) for m in (1, 2, 3, 12)]
    anchors += [temporal._partial(2020, 3, d) for d in range(1, 15)] + [temporal._partial(2019, 12, 31)]
    matters = temporal._tense_matters
    monkeypatch.setattr(temporal, "_tense_matters", lambda parts, anchor: True)  # the tense is read always
    spared = 0
    for anchor in anchors:
        for phrase in words:
            parts = temporal._parts(phrase, lx)
            if matters(parts, anchor):
                continue
            spared += 1
            raw = temporal._Raw("pt", 0, 1, 0, False, phrase, 0, None)  # type: ignore[arg-type]
            values = []
            for tense in (True, False):
                monkeypatch.setattr(temporal, "_is_future", lambda views, start, end, tense=tense: tense)
                values.append(temporal._resolve_point(raw, anchor, views))
            assert values[0] == values[1], (phrase, anchor)
    assert spared > 100


def test_iso_dates_as_from_iso() -> None:
    """An ISO match is read as :meth:`PartialDate.from_iso` reads it, invalid days and months too."""
    lx = temporal.lex.LEXICONS["fr"]
    patterns = temporal._patterns("fr")
    views = temporal._Views("", "", lx, patterns)
    rng = random.Random(5)
    for _ in range(ROUNDS):
        text = f"en {rng.randint(1800, 2099)}-{rng.randint(0, 19):02d}"
        if rng.random() < 0.6:
            text += f"-{rng.randint(0, 39):02d}"
        match = patterns.master.match(text, 3)
        assert match is not None, text
        assert match.lastgroup == "iso", text
        raw = temporal._Raw("iso", 3, match.end(), 3, False, (), 0, match)
        try:
            expected = temporal.PartialDate.from_iso(match.group("iso"))
        except ValueError:
            assert temporal._resolve(raw, None, views) == temporal._INVALID, text
        else:
            assert temporal._resolve(raw, None, views).value == expected, text


@pytest.mark.parametrize("language", ["fr", "en"])
def test_words_before_as_plain_search(language: str) -> None:
    """The chain led by the character before its first word starts where the plain pattern, led by
    a look-behind, starts: at every word and line start of random texts, from the head on."""
    patterns = temporal._patterns(language)
    lead = "[^a-z0-9']"
    assert patterns.chain.pattern.startswith(lead)
    plain = re.compile("(?<![a-z0-9'])" + patterns.chain.pattern[len(lead) :])
    words = [*WORDS[language], "de", "la", "au cours des", "deux", "the", "past", "two", "in", "12", "1er"]
    for low in _texts(words, 9)[:400]:
        for position in range(len(low) + 1):
            for lo in {0, max(0, position - 40), max(0, position - 3)}:
                words_at = plain.search(low, lo, position)
                expected = position if words_at is None else words_at.start()
                assert temporal._words_before(low, lo, position, patterns.chain) == expected, (low, lo)
