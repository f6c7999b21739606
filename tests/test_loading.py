"""Loading files and folders: encodings, bad input, collect mode, workers."""

import codecs
import os
import pickle

import attrs
import pytest

import nato_iraq
from nato_iraq import (
    DecodeError,
    EmptyDocumentError,
    MissingPathError,
    NatoIraqError,
    NatoIraqWarning,
    NoTextsError,
    NotTextError,
    SourceError,
)
from nato_iraq.loading import decode

ARTICLE = (
    "L’Otan a annoncé mardi 13 février 2018 l’envoi de formateurs en Irak, "
    "a déclaré le secrétaire général de l’Alliance, Jens Stoltenberg.\n"
)


def test_utf8_with_and_without_bom_and_utf16_decode_alike():
    plain = decode(ARTICLE.encode("utf-8"))
    assert plain == ARTICLE
    assert decode(codecs.BOM_UTF8 + ARTICLE.encode("utf-8")) == ARTICLE
    assert decode(ARTICLE.encode("utf-16")) == ARTICLE


def test_cp1252_falls_back_with_a_warning():
    with pytest.warns(NatoIraqWarning, match="cp1252"):
        assert decode("Défense « OTAN »".encode("cp1252"), "old.txt") == "Défense « OTAN »"


def test_forced_encoding_that_fails_names_the_file():
    with pytest.raises(DecodeError, match=r"^old\.txt: cannot be decoded as ascii"):
        decode("Défense".encode(), "old.txt", encoding="ascii")


def test_binary_is_not_text_and_names_file_and_line():
    with pytest.raises(NotTextError, match=r"img\.txt, line 2: holds NUL bytes") as caught:
        decode(b"GIF89a\n\x00\x01\x02", "img.txt")
    assert isinstance(caught.value, ValueError)
    assert caught.value.path == "img.txt"
    assert caught.value.line == 2


def test_control_characters_are_not_text():
    with pytest.raises(NotTextError, match=r"U\+0007"):
        decode(b"texte\x07", "bell.txt")


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n", codecs.BOM_UTF8])
def test_empty_and_blank_files_are_refused(data):
    with pytest.raises(EmptyDocumentError, match="holds no text"):
        decode(data, "vide.txt")


def test_errors_belong_to_the_family_and_to_builtins():
    assert issubclass(MissingPathError, FileNotFoundError)
    assert issubclass(SourceError, OSError)
    assert issubclass(DecodeError, UnicodeError)
    assert issubclass(nato_iraq.NotFoundError, LookupError)
    assert issubclass(nato_iraq.SchemaError, ValueError)
    for cls in (MissingPathError, NoTextsError, DecodeError, NotTextError, EmptyDocumentError):
        assert issubclass(cls, NatoIraqError)


def test_missing_path(tmp_path):
    with pytest.raises(MissingPathError, match="nowhere"):
        nato_iraq.load(tmp_path / "nowhere")


def test_folder_without_texts(tmp_path):
    (tmp_path / "notes.md").write_text("rien")
    with pytest.raises(NoTextsError, match=str(tmp_path)):
        nato_iraq.load(tmp_path)


def test_broken_link(tmp_path):
    link = tmp_path / "lien.txt"
    os.symlink(tmp_path / "absent.txt", link)
    with pytest.raises(MissingPathError, match="broken link"):
        nato_iraq.load(link)


def test_bad_errors_argument():
    with pytest.raises(ValueError, match="errors must be"):
        nato_iraq.load("x", errors="ignore")  # type: ignore[arg-type]


@pytest.fixture
def mixed_folder(tmp_path):
    (tmp_path / "a_bon.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b_binaire.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "c_vide.txt").write_text("")
    (tmp_path / "d_crlf.txt").write_bytes(ARTICLE.replace("\n", "\r\n").encode("utf-8-sig"))
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "e_dossier.txt").mkdir()
    return tmp_path


def test_collect_mode_keeps_good_files_and_lists_bad_ones(mixed_folder):
    corpus = nato_iraq.load(mixed_folder, errors="collect")
    assert [d.id for d in corpus.documents] == ["a_bon", "d_crlf"]
    assert [(p.error, os.path.basename(p.path)) for p in corpus.problems] == [
        ("NotTextError", "b_binaire.txt"),
        ("EmptyDocumentError", "c_vide.txt"),
        ("SourceError", "e_dossier.txt"),
    ]
    assert corpus.document("d_crlf").text == corpus.document("a_bon").text
    assert all(p.message.startswith(p.path) for p in corpus.problems)


def test_raise_mode_keeps_what_was_loaded(mixed_folder):
    with pytest.raises(NotTextError) as caught:
        nato_iraq.load(mixed_folder)
    assert caught.value.loaded is not None
    assert [d.id for d in caught.value.loaded.documents] == ["a_bon"]


def test_single_file_and_source_path(mixed_folder):
    corpus = nato_iraq.load(mixed_folder / "a_bon.txt")
    (document,) = corpus.documents
    assert document.id == "a_bon"
    assert document.source == str(mixed_folder / "a_bon.txt")


def test_workers_give_the_same_corpus(mixed_folder):
    one = nato_iraq.load(mixed_folder, errors="collect")
    two = nato_iraq.load(mixed_folder, errors="collect", workers=2)
    assert one == two


def test_parse_refuses_blank_text_and_non_strings():
    with pytest.raises(EmptyDocumentError):
        nato_iraq.parse("  \n ")
    with pytest.raises(TypeError):
        nato_iraq.parse(b"bytes")  # type: ignore[arg-type]


def test_parsing_separately_then_merging_equals_loading_together(seed_dir):
    together = nato_iraq.load(seed_dir)
    parts = [nato_iraq.load(path) for path in sorted(seed_dir.glob("*.txt"))]
    assert parts[0].merge(*parts[1:]) == together
    bundled = nato_iraq.load()
    # the bundled texts have no file path; everything else is the same
    assert tuple(attrs.evolve(d, source=None) for d in together.documents) == bundled.documents
    assert attrs.evolve(together, documents=bundled.documents) == bundled


def test_corpus_pickles():
    corpus = nato_iraq.load()
    corpus.lookup_official("Stoltenberg")  # fills the lazy index
    assert pickle.loads(pickle.dumps(corpus)) == corpus
