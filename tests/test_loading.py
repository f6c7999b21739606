"""Loading files and folders: encodings, bad input, collect mode, workers, merging.

One test per row of the bad-input catalogue in :mod:`nato_iraq.loading`'s documentation.
"""

import codecs
import functools
import gzip
import os
import pickle
import re
import sys
import tempfile
import warnings
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import nato_iraq
import nato_iraq.extract.people
from nato_iraq import (
    Corpus,
    DecodeError,
    EmptyDocumentError,
    MissingPathError,
    NatoIraqError,
    NatoIraqWarning,
    NoTextsError,
    NotTextError,
    SourceError,
)
from nato_iraq.loading import decode, seed_texts

ARTICLE = (
    "L’Otan a annoncé mardi 13 février 2018 l’envoi de formateurs en Irak, "
    "a déclaré le secrétaire général de l’Alliance, Jens Stoltenberg.\n"
)
OTHER = "Les ministres de la Défense de l’OTAN ont décidé jeudi d’élargir la mission de formation en Irak.\n"


def quiet_decode(data: bytes, path: str = "t.txt", encoding: str | None = None) -> str:
    """Decode, failing the test if any warning is emitted."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return decode(data, path, encoding)


# --- encodings -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        ARTICLE.encode("utf-8"),
        codecs.BOM_UTF8 + ARTICLE.encode("utf-8"),
        codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"),
        ARTICLE.encode("utf-32"),
        codecs.BOM_UTF32_BE + ARTICLE.encode("utf-32-be"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "utf-32-bom", "utf-32-be-bom"],
)
def test_unicode_encodings_with_a_mark_decode_silently(data):
    assert quiet_decode(data) == ARTICLE


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le"])
def test_wide_encodings_without_a_mark_are_detected_with_a_warning(codec):
    with pytest.warns(NatoIraqWarning, match=rf"^sans\.txt: has no byte-order mark; decoded as {codec.upper()}"):
        assert decode(ARTICLE.encode(codec), "sans.txt") == ARTICLE


def test_nul_heavy_bytes_that_are_not_utf16_are_refused_with_their_line():
    data = b"Premier paragraphe.\r\nDeuxi\x00me \x00\x00\x01\x02 ligne\x00"
    with pytest.raises(NotTextError, match=r"^img\.txt, line 2: holds NUL bytes") as caught:
        decode(data, "img.txt")
    assert isinstance(caught.value, ValueError)
    assert (caught.value.path, caught.value.line) == ("img.txt", 2)


@pytest.mark.parametrize("codec", ["latin-1", "cp1252"])
def test_eight_bit_files_fall_back_to_cp1252_naming_file_line_and_byte(codec):
    text = "Titre\nLa réunion des alliés à Bruxelles\n"
    with pytest.warns(NatoIraqWarning, match=r"^old\.txt, line 2: not valid UTF-8 \(byte 0xE9\), decoded as cp1252"):
        assert decode(text.encode(codec), "old.txt") == text


def test_cp1252_quotes_and_apostrophes_come_back():
    with pytest.warns(NatoIraqWarning, match="cp1252"):
        assert decode("« l’OTAN » – 2 000 €".encode("cp1252"), "old.txt") == "« l’OTAN » – 2 000 €"


def test_bytes_neither_utf8_nor_cp1252_are_a_decode_error_with_line():
    with pytest.raises(DecodeError, match=r"^bad\.txt, line 3: byte 0x81 is neither UTF-8 nor cp1252") as caught:
        decode(b"un\rdeux\r\ntrois \xe9\x81", "bad.txt")
    assert caught.value.line == 3
    assert isinstance(caught.value, UnicodeError)


def test_forced_encoding_that_fails_names_the_file_and_line():
    with pytest.raises(DecodeError, match=r"^old\.txt, line 2: cannot be decoded as ascii"):
        decode("OTAN\nDéfense".encode(), "old.txt", encoding="ascii")
    with pytest.raises(DecodeError, match="cannot be decoded as no-such-codec"):
        decode(b"OTAN", "old.txt", encoding="no-such-codec")


def test_forced_encoding_is_the_only_one_tried():
    assert quiet_decode("Défense".encode("latin-1"), encoding="latin-1") == "Défense"


def test_c1_controls_are_cp1252_text_read_as_latin1():
    # a cp1252 file decoded as latin-1 upstream and saved as UTF-8: \x92 was an apostrophe
    data = "l\x92Otan et l\x92Irak \x96 accord \x85".encode()
    with pytest.warns(NatoIraqWarning, match=r"^c1\.txt, line 1: C1 control characters"):
        assert decode(data, "c1.txt") == "l’Otan et l’Irak – accord …"
    with pytest.raises(NotTextError, match=r"line 2: holds control character U\+0081"):
        decode("l\x92Otan\n\x81".encode(), "c1.txt")


def test_utf8_read_as_cp1252_and_saved_again_is_repaired():
    broken = "La rÃ©union de lâ€™OTAN Ã\u00a0 Bruxelles"  # à is C3 A0: Ã and a no-break space
    with pytest.warns(NatoIraqWarning, match=r"^m\.txt, line 1: UTF-8 read as cp1252 and saved again"):
        assert decode(broken.encode(), "m.txt") == "La réunion de l’OTAN à Bruxelles"
    # only part of the text is broken: nothing is guessed, but the user is told
    partly = "La rÃ©union de l’OTAN à Bruxelles"
    with pytest.warns(NatoIraqWarning, match="left as it is"):
        assert decode(partly.encode(), "m.txt") == partly


def test_line_separators_become_newlines_one_for_one():
    text = "Titre\vPremier alinéa.\u2028Deuxième\u2029Troisième\fFin"
    assert quiet_decode(text.encode()) == "Titre\nPremier alinéa.\nDeuxième\nTroisième\nFin"


# --- not text at all -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
        (gzip.compress(ARTICLE.encode()), "a gzip archive"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n", "a PDF document"),
        (b"PK\x03\x04\x14\x00\x06\x00", "a ZIP archive (or a .docx / .odt document)"),
        (b"{\\rtf1\\ansi L'OTAN}", "an RTF document"),
        (b"GIF89a\n\x00\x01\x02", "a GIF image"),
    ],
    ids=["png", "gzip", "pdf", "zip", "rtf", "gif"],
)
def test_other_formats_are_named(data, what):
    with pytest.raises(NotTextError, match="^" + re.escape(f"doc.txt: is {what}, not a plain text file")) as caught:
        decode(data, "doc.txt")
    assert caught.value.line is None


@pytest.mark.parametrize(("char", "code"), [("\x07", "0007"), ("\x1b", "001B"), ("\x7f", "007F"), ("\x00", "0000")])
def test_control_characters_are_not_text(char, code):
    with pytest.raises(NotTextError, match=rf"^bell\.txt, line 3: holds control character U\+{code}"):
        decode(f"un\rdeux\r\ntrois{char}".encode("utf-16"), "bell.txt")


@pytest.mark.parametrize(
    "data", [b"", b"   \n\t\r\n", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, " \u00a0\u202f\n".encode(), b"\v\f"]
)
def test_empty_and_blank_files_are_refused(data):
    with pytest.raises(EmptyDocumentError, match=r"^vide\.txt: holds no text"):
        decode(data, "vide.txt")


def test_errors_belong_to_the_family_and_to_builtins():
    assert issubclass(MissingPathError, FileNotFoundError)
    assert issubclass(SourceError, OSError)
    assert issubclass(DecodeError, UnicodeError)
    assert issubclass(nato_iraq.NotFoundError, LookupError)
    assert issubclass(nato_iraq.SchemaError, ValueError)
    for cls in (MissingPathError, NoTextsError, DecodeError, NotTextError, EmptyDocumentError):
        assert issubclass(cls, NatoIraqError)


def test_errors_pickle_with_path_and_line():
    error = NotTextError("holds NUL bytes", "a.txt", 4)
    back = pickle.loads(pickle.dumps(error))
    assert (type(back), str(back), back.path, back.line) == (NotTextError, "a.txt, line 4: holds NUL bytes", "a.txt", 4)


# --- HTML and long lines ---------------------------------------------------------------------------


def test_html_leftovers_are_kept_as_text_with_a_warning_and_offsets_hold(tmp_path):
    html = (
        "<p>Le secrétaire général de l&#8217;OTAN, Jens Stoltenberg, a annoncé&nbsp;jeudi "
        "l’envoi de 200 formateurs supplémentaires en Irak.</p>\n"
    )
    (tmp_path / "page.txt").write_text(html, encoding="utf-8")
    with pytest.warns(NatoIraqWarning, match=r"page\.txt, line 1: HTML markup \('<p>'\) is kept as text"):
        corpus = nato_iraq.load(tmp_path / "page.txt")
    (document,) = corpus.documents
    assert document.text == html  # nothing stripped, nothing unescaped
    official = corpus.lookup_official("Stoltenberg")
    assert official.name == "Jens Stoltenberg"
    for span in official.evidence:
        assert document.text[span.start : span.end] == span.text


def test_a_ten_megabyte_line_decodes_whole():
    line = "L’OTAN reste en Irak, " * 460_000
    assert len(line) > 10_000_000
    assert quiet_decode(line.encode()) == line


def test_a_long_single_line_file_loads(tmp_path):
    (tmp_path / "ligne.txt").write_text(ARTICLE.strip() * 2_000, encoding="utf-8")
    corpus = nato_iraq.load(tmp_path)
    assert corpus.documents[0].text.count("\n") == 0
    assert corpus.lookup_official("Stoltenberg").name == "Jens Stoltenberg"


# --- paths -----------------------------------------------------------------------------------------


def test_missing_and_empty_paths(tmp_path):
    with pytest.raises(MissingPathError, match=r"nowhere: does not exist"):
        nato_iraq.load(tmp_path / "nowhere")
    with pytest.raises(MissingPathError, match="empty path"):
        nato_iraq.load("")


def test_folder_without_texts(tmp_path):
    (tmp_path / "notes.md").write_text("rien")
    (tmp_path / ".cache.txt").write_text(ARTICLE)
    with pytest.raises(NoTextsError, match=str(tmp_path)):
        nato_iraq.load(tmp_path)


def test_broken_link_given_directly(tmp_path):
    link = tmp_path / "lien.txt"
    os.symlink(tmp_path / "absent.txt", link)
    with pytest.raises(MissingPathError, match=r"lien\.txt: is a broken link \(to .*absent\.txt"):
        nato_iraq.load(link)


def test_a_folder_named_like_a_text_is_walked_as_a_folder(tmp_path):
    (tmp_path / "dossier.txt").mkdir()
    with pytest.raises(NoTextsError, match=r"dossier\.txt: holds no \.txt file"):
        nato_iraq.load(tmp_path / "dossier.txt")
    (tmp_path / "dossier.txt" / "article.txt").write_text(ARTICLE, encoding="utf-8")
    assert [d.id for d in nato_iraq.load(tmp_path).documents] == ["dossier.txt/article"]


def test_upper_case_suffix_nested_ids_and_hidden_files(tmp_path):
    (tmp_path / "2018").mkdir()
    (tmp_path / "2018" / "FORMATEURS.TXT").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "decision.Txt").write_text(OTHER, encoding="utf-8")
    (tmp_path / ".brouillon.txt").write_bytes(b"\x00")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "message.txt").write_bytes(b"\x00")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    corpus = nato_iraq.load(tmp_path)
    assert [d.id for d in corpus.documents] == ["2018/FORMATEURS", "decision"]
    assert corpus.problems == ()


def test_same_id_twice_is_a_problem_for_the_second(tmp_path):
    (tmp_path / "otan.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "otan.TXT").write_text(OTHER, encoding="utf-8")
    corpus = nato_iraq.load(tmp_path, errors="collect")
    assert [d.id for d in corpus.documents] == ["otan"]
    (problem,) = corpus.problems
    assert problem.error == "SourceError"
    assert "has the same document id 'otan' as" in problem.message


def test_link_loops_end_and_each_file_loads_once(tmp_path):
    (tmp_path / "textes").mkdir()
    (tmp_path / "textes" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    os.symlink(tmp_path, tmp_path / "textes" / "boucle")  # a folder link back up
    os.symlink(tmp_path / "b.txt", tmp_path / "c.txt")  # c -> b -> c: a file link loop
    os.symlink(tmp_path / "c.txt", tmp_path / "b.txt")
    corpus = nato_iraq.load(tmp_path, errors="collect")
    assert [d.id for d in corpus.documents] == ["textes/a"]
    assert [(p.error, Path(p.path).name) for p in corpus.problems] == [
        ("MissingPathError", "b.txt"),
        ("MissingPathError", "c.txt"),
    ]
    assert all("broken link" in p.message for p in corpus.problems)


def test_linked_folders_are_followed(tmp_path):
    elsewhere = tmp_path / "ailleurs"
    elsewhere.mkdir()
    (elsewhere / "b.txt").write_text(OTHER, encoding="utf-8")
    corpus_dir = tmp_path / "corpus"
    corpus_dir.mkdir()
    (corpus_dir / "a.txt").write_text(ARTICLE, encoding="utf-8")
    os.symlink(elsewhere, corpus_dir / "lien")
    assert [d.id for d in nato_iraq.load(corpus_dir).documents] == ["a", "lien/b"]


def test_unreadable_file_is_named(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(OTHER, encoding="utf-8")
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "b.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    with pytest.raises(SourceError, match=r"b\.txt: cannot be read: permission denied") as caught:
        nato_iraq.load(tmp_path)
    assert [d.id for d in caught.value.loaded.documents] == ["a"]
    corpus = nato_iraq.load(tmp_path, errors="collect")
    assert [(p.error, Path(p.path).name) for p in corpus.problems] == [("SourceError", "b.txt")]


def test_a_folder_that_cannot_be_listed_is_a_problem(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    real_walk = os.walk

    def walk(top, onerror=None, followlinks=False):
        onerror(PermissionError(13, "Permission denied", str(Path(top) / "secret")))
        yield from real_walk(top, onerror=onerror, followlinks=followlinks)

    monkeypatch.setattr(os, "walk", walk)
    corpus = nato_iraq.load(tmp_path, errors="collect")
    assert [d.id for d in corpus.documents] == ["a"]
    (problem,) = corpus.problems
    assert problem.message == f"{tmp_path / 'secret'}: cannot be listed: Permission denied"
    with pytest.raises(SourceError, match="cannot be listed"):
        nato_iraq.load(tmp_path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_pipe_is_not_read(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    os.mkfifo(tmp_path / "tube.txt")  # reading it would block forever
    corpus = nato_iraq.load(tmp_path, errors="collect")
    (problem,) = corpus.problems
    assert problem.message.endswith("tube.txt: is not a regular file (a pipe, socket or device)")


def test_bad_arguments():
    with pytest.raises(ValueError, match="errors must be"):
        nato_iraq.load("x", errors="ignore")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="workers must be"):
        nato_iraq.load("x", workers=0)


# --- collect and raise modes ------------------------------------------------------------------------


@pytest.fixture
def mixed_folder(tmp_path):
    (tmp_path / "a_bon.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b_binaire.txt").write_bytes(b"OTAN\n\x00\x01\x02")
    (tmp_path / "c_vide.txt").write_text("")
    (tmp_path / "d_crlf.txt").write_bytes(ARTICLE.replace("\n", "\r\n").encode("utf-8-sig"))
    (tmp_path / "e_pdf.txt").write_bytes(b"%PDF-1.4\n")
    (tmp_path / "f_mac.txt").write_bytes(ARTICLE.replace("\n", "\r").encode("utf-16"))
    (tmp_path / "g_cp1252.txt").write_bytes(OTHER.encode("cp1252"))
    os.symlink(tmp_path / "absent.txt", tmp_path / "h_lien.txt")
    (tmp_path / "i_mixte.txt").write_bytes(b"OTAN\r\nIrak\rBagdad\n\x07")
    return tmp_path


def test_collect_mode_keeps_good_files_and_lists_every_bad_one(mixed_folder):
    with pytest.warns(NatoIraqWarning, match=r"g_cp1252\.txt, line 1: not valid UTF-8"):
        corpus = nato_iraq.load(mixed_folder, errors="collect")
    assert [d.id for d in corpus.documents] == ["a_bon", "d_crlf", "f_mac", "g_cp1252"]
    assert [(p.error, Path(p.path).name, p.line) for p in corpus.problems] == [
        ("NotTextError", "b_binaire.txt", 2),
        ("EmptyDocumentError", "c_vide.txt", None),
        ("NotTextError", "e_pdf.txt", None),
        ("MissingPathError", "h_lien.txt", None),
        ("NotTextError", "i_mixte.txt", 4),
    ]
    assert corpus.document("d_crlf").text == corpus.document("a_bon").text == corpus.document("f_mac").text
    assert all(p.message.startswith(p.path) for p in corpus.problems)


def test_raise_mode_keeps_what_was_loaded(mixed_folder):
    with pytest.raises(NotTextError, match=r"b_binaire\.txt, line 2: holds NUL bytes") as caught:
        nato_iraq.load(mixed_folder)
    assert caught.value.loaded is not None
    assert [d.id for d in caught.value.loaded.documents] == ["a_bon"]


def test_single_file_and_source_path(mixed_folder):
    corpus = nato_iraq.load(mixed_folder / "a_bon.txt")
    (document,) = corpus.documents
    assert document.id == "a_bon"
    assert document.source == str(mixed_folder / "a_bon.txt")


def test_workers_give_the_same_corpus_and_pass_warnings_on(mixed_folder):
    with pytest.warns(NatoIraqWarning, match="g_cp1252"):
        one = nato_iraq.load(mixed_folder, errors="collect")
    with pytest.warns(NatoIraqWarning, match="g_cp1252"):
        two = nato_iraq.load(mixed_folder, errors="collect", workers=2)
    assert one == two
    with pytest.raises(NotTextError) as caught:
        nato_iraq.load(mixed_folder, workers=2)
    assert [d.id for d in caught.value.loaded.documents] == ["a_bon"]


def test_an_unexpected_error_propagates_naming_the_file(tmp_path, extractor_bug):
    # files are analysed in batches; a bug in an extractor must still name the file it met
    for name in ("a", extractor_bug, "c"):
        (tmp_path / f"{name}.txt").write_text(ARTICLE.replace("Stoltenberg", name.upper() + "zz"), encoding="utf-8")
    with pytest.raises(RuntimeError, match="extractor bug") as caught:
        nato_iraq.load(tmp_path, errors="collect")
    if sys.version_info >= (3, 11):
        assert caught.value.__notes__ == [f"while loading {tmp_path / (extractor_bug + '.txt')}"]


def test_parse_refuses_blank_text_and_non_strings():
    with pytest.raises(EmptyDocumentError):
        nato_iraq.parse("  \n ")
    with pytest.raises(TypeError):
        nato_iraq.parse(b"bytes")  # type: ignore[arg-type]


# --- merging: parsing apart equals parsing together ---------------------------------------------------


def test_parsing_separately_then_merging_equals_loading_together(seed_dir):
    together = nato_iraq.load(seed_dir)
    parts = [nato_iraq.load(path) for path in sorted(seed_dir.glob("*.txt"))]
    assert parts[0].merge(*parts[1:]) == together
    bundled = nato_iraq.load()
    # the bundled texts have no file path; everything else is the same
    assert tuple(attrs.evolve(d, source=None) for d in together.documents) == bundled.documents
    assert attrs.evolve(together, documents=bundled.documents) == bundled


@functools.cache
def _seed_corpus(doc_id: str) -> Corpus:
    return nato_iraq.parse(dict(seed_texts())[doc_id], doc_id)


SEED_IDS = [doc_id for doc_id, _ in seed_texts()]


@given(
    order=st.permutations(SEED_IDS).flatmap(
        lambda ids: st.integers(1, len(ids)).map(lambda n: ids[:n])  # a subset, in a random order
    ),
    cut=st.integers(0, len(SEED_IDS)),
)
def test_merge_of_any_subset_in_any_order_and_grouping_equals_the_folder(order, cut):
    with tempfile.TemporaryDirectory() as folder:
        texts = dict(seed_texts())
        for doc_id in order:
            Path(folder, f"{doc_id}.txt").write_text(texts[doc_id], encoding="utf-8")
        together = nato_iraq.load(folder)
    parts = [_seed_corpus(doc_id) for doc_id in order]
    at_once = Corpus().merge(*parts)
    left, right = parts[:cut], parts[cut:]
    grouped = Corpus().merge(*left).merge(Corpus().merge(*right))
    one_by_one = functools.reduce(Corpus.merge, parts, Corpus())
    unsourced = attrs.evolve(together, documents=tuple(attrs.evolve(d, source=None) for d in together.documents))
    assert canonical(at_once) == canonical(grouped) == canonical(one_by_one) == canonical(unsourced)


def canonical(corpus: Corpus) -> Corpus:
    """*corpus* with mission aliases sorted: their order still depends on the grouping (see below)."""
    return attrs.evolve(
        corpus, missions=tuple(attrs.evolve(m, aliases=tuple(sorted(m.aliases))) for m in corpus.missions)
    )


def test_merge_is_associative_for_mission_aliases():
    first, second, third = (_seed_corpus(doc_id) for doc_id in (SEED_IDS[0], SEED_IDS[3], SEED_IDS[2]))
    assert first.merge(second).merge(third) == first.merge(second, third)


def test_corpus_pickles():
    corpus = nato_iraq.load()
    corpus.lookup_official("Stoltenberg")  # fills the lazy index
    assert pickle.loads(pickle.dumps(corpus)) == corpus


GERMAN = (
    "Die Verteidigungsminister der NATO haben am Donnerstag beschlossen, die Mission im Irak nicht zu "
    "verlängern und mit dem Abzug zu beginnen."
)


def test_an_unsupported_language_is_refused_not_misparsed(tmp_path):
    with pytest.raises(nato_iraq.UnsupportedLanguageError, match="'de'") as caught:
        nato_iraq.parse(GERMAN, "de-1")
    assert isinstance(caught.value, ValueError)
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(GERMAN, encoding="utf-8")
    corpus = nato_iraq.load(tmp_path, errors="collect")
    assert [d.id for d in corpus.documents] == ["a"]
    assert [(os.path.basename(p.path), p.error) for p in corpus.problems] == [("b.txt", "UnsupportedLanguageError")]


def test_the_caller_can_force_a_language():
    assert nato_iraq.parse(GERMAN, "de-1", language="fr").documents[0].language == "fr"
    english = "NATO said on Tuesday that the allies had agreed to expand the mission in Iraq."
    assert nato_iraq.parse(english, "en-1").documents[0].language == "en"
    assert nato_iraq.parse(english, "en-1", language="fr").documents[0].language == "fr"
    with pytest.raises(nato_iraq.UnsupportedLanguageError, match="'xx'"):
        nato_iraq.parse(english, "x", language="xx")


# --- batches: analysing texts together equals analysing each alone ----------------------------------


@pytest.mark.parametrize("limits", [None, (3, 5_000)], ids=["default batches", "small batches"])
def test_analysing_in_batches_equals_analysing_each_text_alone(limits, monkeypatch):
    from nato_iraq import resolve
    from nato_iraq.document import build_document

    root = Path(__file__).resolve().parents[1] / "benchmarks" / "eval" / "texts"
    texts = [*seed_texts(), *((p.stem, p.read_text(encoding="utf-8")) for p in sorted(root.glob("*.txt")))]
    texts.append(("en-1", "NATO Secretary General Jens Stoltenberg said on Thursday the mission would grow."))
    documents = [build_document(text, f"{doc_id}-{copy}") for copy in range(8) for doc_id, text in texts]
    alone = [resolve.analyse(document) for document in documents]
    if limits is not None:  # batches closed by count and by characters, many of each
        monkeypatch.setattr(resolve, "BATCH", limits[0])
        monkeypatch.setattr(resolve, "BATCH_CHARS", limits[1])
    sizes = [len(batch) for batch in resolve.batched(documents, lambda d: len(d.text))]
    assert len(sizes) > 2
    assert sum(sizes) == len(documents)
    assert max(sizes) == resolve.BATCH  # batches closed by their count
    if limits is not None:
        assert min(sizes[:-1]) < resolve.BATCH  # and batches closed by their characters
    assert resolve.analyse_all(documents) == alone
    assert resolve.analyse_all(documents[::-1]) == alone[::-1]
    assert resolve.analyse_all([]) == []


def test_batches_are_bounded_by_count_and_characters():
    from nato_iraq.resolve import BATCH, BATCH_CHARS, batched

    assert list(batched([], len)) == []
    assert [len(b) for b in batched(["x"] * (2 * BATCH + 1), len)] == [BATCH, BATCH, 1]
    long = "x" * BATCH_CHARS
    assert [len(b) for b in batched(["a", long, "b", long + "x", "c"], len)] == [2, 2, 1]
    items = iter(["a"] * (BATCH + 5))
    first = next(batched(items, len))
    assert len(first) == BATCH
    assert len(list(items)) == 5  # read lazily, one batch ahead


def test_loading_in_batches_with_bad_files_keeps_order_and_outcomes(tmp_path):
    texts = dict(seed_texts())
    names = sorted(texts)
    for index in range(20):  # several batches, bad files scattered through them
        name = names[index % len(names)]
        body = "" if index % 7 == 3 else texts[name]
        (tmp_path / f"f{index:02d}.txt").write_text(body, encoding="utf-8")
    loaded = nato_iraq.load(tmp_path, errors="collect")
    assert [p.path for p in loaded.problems] == [str(tmp_path / f"f{i:02d}.txt") for i in (3, 10, 17)]
    one_by_one = Corpus().merge(
        *(
            nato_iraq.parse(path.read_text(encoding="utf-8"), path.stem, source=str(path))
            for path in sorted(tmp_path.glob("*.txt"))
            if path.read_text(encoding="utf-8").strip()
        )
    )
    assert attrs.evolve(loaded, problems=()) == one_by_one
    with pytest.raises(EmptyDocumentError) as caught:
        nato_iraq.load(tmp_path)
    assert [d.id for d in caught.value.loaded.documents] == ["f00", "f01", "f02"]
