"""The shortcuts of the shared text views give what the full folding gives."""

from nato_iraq.extract import _text


def test_ascii_lower_case_is_the_folding_table() -> None:
    """Plain ASCII is lowered with :meth:`str.lower`: the same as the Latin-1 table, character by character."""
    ascii_text = "".join(chr(code) for code in range(128))
    assert ascii_text.isascii()
    assert _text.fold_lower(ascii_text) == _text._translate(ascii_text, _text._latin1_tables()[1], lower=True)
    assert _text.fold_lower(ascii_text + "\u00c9") == ascii_text.lower() + "e"
