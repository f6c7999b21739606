"""Rule-based French extraction: one module per kind of mention.

Each module exposes ``find(document, ...) -> tuple[...]`` and reads only the
:class:`~nato_iraq.document.Document`, :func:`~nato_iraq.document.analysis_text` and the
vocabulary tables in :mod:`nato_iraq.extract.lexicon`. Extractors do not import each other;
:mod:`nato_iraq.resolve` combines their mentions into facts.
"""
