"""Round-2 shortcuts of the quote extractor give the results of the longer way they replace:
verbs looked for between quotation marks only, the attribution-word prefilter, the quote shape
rule and the sentence reader."""

import random
from itertools import filterfalse

from nato_iraq.document import build_document
from nato_iraq.extract import _text, quotes

PIECES = [
    "L'Otan",
    "a annoncé",
    "a-t-il affirmé",
    "dit-il",
    "a encore déclaré",
    "le secrétaire général",
    "M. Stoltenberg",
    "Jens Stoltenberg",
    "selon",
    "pour",
    "d'après",
    "la demande",
    "fait  savoir",
    "a précisé",
    "« Nous avons décidé »",
    "« baptisée »",
    "«",
    "»",
    '"',
    "“",
    "”",
    "’",
    ",",
    ".",
    "…",
    "!",
    "?",
    ":",
    ";",
    "\n",
    "\n\n",
    "Gén.",
    "3.5",
    "comme",
    "l'a souligné",
    "ministre",
    "Il",
    "elle",
    "said",
    "the",
    "NATO",
    "-",
    "commandant",
    "s'est félicité",
]


def _texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        words = [rng.choice(PIECES) for _ in range(rng.randint(5, 60))]
        texts.append(" ".join(words) + ".")
    return texts


def _analysis(text: str, language: str | None = None) -> "quotes._Analysis":
    return quotes._Analysis(build_document(text, "t", language=language))


def test_verbs_between_marks_are_the_verbs_outside_quotes() -> None:
    for language in ("fr", "en"):
        for text in _texts(300, 2):
            analysis = _analysis(text, language)
            view = analysis.view
            everywhere = [
                m.span() for m in analysis.patterns.verb.finditer(view) if not analysis.in_quote(m.start() + 1)
            ]
            between = [
                m.span()
                for pos, endpos in analysis._outside_quotes()
                for m in analysis.patterns.verb.finditer(view, pos, endpos)
            ]
            assert between == everywhere, text


def test_attribution_words_are_searched_from_the_first_one() -> None:
    for language in ("fr", "en"):
        patterns = quotes._patterns(language)
        for text in [*_texts(200, 3), "according to NATO, it is", "selon  l'Otan", "pourtant selon"]:
            low = _text.lower_view(build_document(text, "t", language=language))
            everywhere = [m.span() for m in patterns.preposition.finditer(low)]
            heads = [i for w in patterns.preposition_heads for i in range(len(low)) if low.startswith(w, i)]
            first = min(heads, default=len(low))
            assert [m.span() for m in patterns.preposition.finditer(low, first)] == everywhere


def _kind_long_way(view: str, marked: "quotes._Marked", patterns: "quotes._Patterns") -> int:
    """The rule of :func:`quotes._kind` as round 1 wrote it."""
    inner = view[marked.inner_start : marked.inner_end].strip()
    if not inner:
        return quotes._NAME
    before = view[max(0, marked.start - 40) : marked.start].split()
    if before and quotes.fold(before[-1].strip(",;:(")) in patterns.lx.naming_cues:
        return quotes._NAME
    if (
        not patterns.english
        and len(before) >= 2
        and before[-1] == "comme"
        and before[-2].endswith(("é", "ée", "és", "ées"))
    ):
        return quotes._NAME
    tokens = patterns.tokens.findall(inner)
    function_words = patterns.lx.function_words
    if inner.rstrip(' »”"\u2019«“)').endswith((".", "!", "?", "…")):
        if len(tokens) >= 2 and inner[0].isupper():
            return quotes._QUOTE
        content = [t for t in tokens if quotes.fold(t) not in function_words]
        return quotes._QUOTE if len(content) >= 4 else quotes._FRAGMENT
    content = [t for t in tokens if quotes.fold(t) not in function_words]
    if content and content[0][0].isupper() and sum(1 for t in content if t[0].isupper()) * 2 > len(content):
        return quotes._NAME
    return quotes._QUOTE if len(content) >= 4 else quotes._FRAGMENT


def test_quote_shape_rule_is_the_long_way() -> None:
    for language in ("fr", "en"):
        for text in [*_texts(300, 4), "« Nous l'Otan. »", "« un, deux. »", "“NATO Mission in Iraq”"]:
            analysis = _analysis(text, language)
            for marked in analysis.marked:
                expected = _kind_long_way(analysis.view, marked, analysis.patterns)
                assert quotes._kind(analysis.view, marked, analysis.patterns, analysis.patterns.tokens) == expected


def _sentence_long_way(analysis: "quotes._Analysis", position: int) -> tuple[int, int]:
    """The sentence around *position* read afresh, as round 1 read it (without its cache)."""
    view = analysis.view
    floor = max([0, position - quotes._SENTENCE_REACH] + [b for b in analysis.boundaries if b <= position])
    ceiling = min([len(view), position + quotes._SENTENCE_REACH] + [b for b in analysis.boundaries if b > position])
    stops = [i for i, c in enumerate(view) if c in ".\n!?…"]
    start = floor
    for index in reversed([i for i in stops if floor <= i < position]):
        end = analysis._read_stop(index)
        if end is not None and end <= position:
            start = end
            break
    end = ceiling
    for index in [i for i in stops if max(position, start) <= i < ceiling]:
        stop = analysis._read_stop(index)
        if stop is not None and stop > position:
            end = stop
            break
    while start < end and view[start].isspace():
        start += 1
    while end > start and view[end - 1].isspace():
        end -= 1
    return start, end


def test_sentences_are_the_long_way() -> None:
    rng = random.Random(5)
    for text in _texts(200, 5):
        analysis = _analysis(text)
        positions = list(range(len(text)))
        rng.shuffle(positions)
        for position in positions:  # no sentence here is long enough for the reach to matter
            assert analysis.sentence(position) == _sentence_long_way(analysis, position), (text, position)


def test_content_words_filtered_in_c_are_the_content_words() -> None:
    patterns = quotes._patterns("fr")
    tokens = patterns.tokens.findall(" ".join(_texts(50, 6)))
    expected = [t for t in tokens if quotes.fold(t) not in patterns.lx.function_words]
    assert list(filterfalse(patterns.function_tokens.__getitem__, tokens)) == expected


def _all_marked_long_way(document: "quotes.Document", view: str, english: bool) -> list["quotes._Marked"]:
    """:func:`quotes._all_marked` as round 1 wrote it: every kind's pairs sorted, nested ones dropped."""
    candidates = []
    if english and "'" in document.text:
        candidates += quotes._straight_single(document.text, view)
    if "«" in view:
        candidates += quotes._guillemets(view, "«", "»", "«»")
    if "“" in view:
        candidates += quotes._guillemets(view, "“", "”", "“")
    candidates += quotes._straight(view)
    if "\u2018" in document.text:
        candidates += quotes._single(document.text, view)
    candidates.sort(key=lambda m: (m.start, -m.end))
    outer = []
    last_end = -1
    for marked in candidates:
        if marked.start >= last_end:
            outer.append(marked)
            last_end = marked.end
    return outer


def test_marks_of_one_kind_need_no_sorting() -> None:
    extra = ["« a « b » c »", "“x” 'y' ‘z’ l’Otan", "'it' NATO's", '"a\n\n"b"']
    for language in ("fr", "en"):
        for text in [*_texts(300, 7), *extra]:
            document = build_document(text, "t", language=language)
            view = _text.view(document)
            english = language == "en"
            assert quotes._all_marked(document, view, english) == _all_marked_long_way(document, view, english)
