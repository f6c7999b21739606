"""The nato-iraq command line."""

import json
import subprocess
import sys

import pytest

import nato_iraq
from nato_iraq.cli import main


def run(capsys, *argv):  # type: ignore[no-untyped-def]
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_summary_of_the_bundled_corpus(capsys):
    status, out, _ = run(capsys, "summary")
    corpus = nato_iraq.load()
    assert status == 0
    first = out.splitlines()[0]
    assert first.startswith(f"{len(corpus.documents)} documents, {len(corpus.officials)} officials")
    assert "Jens Stoltenberg" in out
    assert "Timeline:" in out


def test_no_command_means_summary(capsys):
    assert run(capsys)[1] == run(capsys, "summary")[1]


def test_export_json_round_trips(capsys, tmp_path):
    target = tmp_path / "corpus.json"
    status, _, _ = run(capsys, "export", "--format", "json", "-o", str(target))
    assert status == 0
    assert nato_iraq.from_json(target.read_text(encoding="utf-8"), nato_iraq.Corpus) == nato_iraq.load()


def test_export_jsonl_has_one_typed_fact_per_line(capsys):
    status, out, _ = run(capsys, "export", "--format", "jsonl")
    assert status == 0
    rows = [json.loads(line) for line in out.splitlines()]
    corpus = nato_iraq.load()
    assert sum(r["type"] == "document" for r in rows) == len(corpus.documents)
    assert sum(r["type"] == "official" for r in rows) == len(corpus.officials)
    assert sum(r["type"] == "temporal_expression" for r in rows) == len(corpus.temporal_expressions)


def test_show_an_official_with_sources(capsys):
    status, out, _ = run(capsys, "show", "stoltenberg")
    assert status == 0
    assert out.startswith("Jens Stoltenberg")
    assert "said (" in out


def test_show_unknown_name(capsys):
    status, _, err = run(capsys, "show", "Zzyzx Qwerty")
    assert status == 1
    assert "no official or mission" in err


def test_bad_path_is_one_line_naming_it(capsys, tmp_path):
    status, out, err = run(capsys, "summary", "--path", str(tmp_path / "absent"), "--errors", "raise")
    assert status == 2
    assert out == ""
    assert err.startswith("nato-iraq: ")
    assert str(tmp_path / "absent") in err


def test_user_folder(capsys, tmp_path):
    (tmp_path / "a.txt").write_text(
        " date 2019-10 Le général de brigade Jean Dupont a déclaré mardi : « Nous resterons aux côtés de l'Irak. »\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_bytes(b"\x00\x00")
    status, out, _ = run(capsys, "summary", "--path", str(tmp_path))
    assert status == 0
    assert out.startswith("1 documents")
    assert "1 files not loaded" in out


@pytest.mark.parametrize("command", ["summary", "timeline", "show", "export"])
def test_every_command_has_help(command):
    out = subprocess.run(
        [sys.executable, "-m", "nato_iraq", command, "--help"], capture_output=True, text=True, check=True
    )
    assert "--path" in out.stdout
    assert "usage: nato-iraq" in out.stdout


def test_version():
    out = subprocess.run([sys.executable, "-m", "nato_iraq", "--version"], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == f"nato-iraq {nato_iraq.__version__}"
