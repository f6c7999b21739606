"""The nato-iraq command line."""

import csv
import datetime
import json
import subprocess
import sys

import pytest

import nato_iraq
from nato_iraq.cli import CSV_TABLES, _Sources, main
from nato_iraq.dates import parse_time_value
from nato_iraq.document import build_document


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


@pytest.mark.parametrize(
    ("command", "says"),
    [
        ("summary", "Print how many facts of each kind"),
        ("timeline", "oldest first"),
        ("show", "the sentence it was read"),
        ("export", "csv    one table per kind of fact"),
    ],
)
def test_every_command_has_help(command, says):
    out = subprocess.run(
        [sys.executable, "-m", "nato_iraq", command, "--help"], capture_output=True, text=True, check=True
    )
    assert out.stdout.startswith(f"usage: nato-iraq {command}")
    assert says in out.stdout
    for option in ("--path", "--errors", "--workers"):
        assert option in out.stdout


def test_top_level_help_lists_every_command_with_examples():
    out = subprocess.run([sys.executable, "-m", "nato_iraq", "--help"], capture_output=True, text=True, check=True)
    for command in ("summary", "timeline", "show", "export"):
        assert f"    {command} " in out.stdout
    assert "nato-iraq export --format csv -o tables/" in out.stdout
    assert "Exit status" in out.stdout


# --- CSV ------------------------------------------------------------------------------------------


def read_table(path):
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def csv_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tables")
    assert main(["export", "--format", "csv", "-o", str(folder / "out")]) == 0
    return folder / "out"


def test_csv_writes_one_table_per_kind_with_its_header(csv_folder):
    assert sorted(p.name for p in csv_folder.iterdir()) == sorted(f"{name}.csv" for name in CSV_TABLES)
    for name, columns in CSV_TABLES.items():
        raw = (csv_folder / f"{name}.csv").read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 byte-order mark, for Excel
        with (csv_folder / f"{name}.csv").open(encoding="utf-8-sig", newline="") as handle:
            assert next(csv.reader(handle)) == columns


def test_csv_rows_match_the_corpus(csv_folder):
    corpus = nato_iraq.load()
    figures = read_table(csv_folder / "figures.csv")
    assert len(figures) == len(corpus.figures)
    first = corpus.figures[0]
    assert figures[0]["value"] == ("" if first.value is None else str(first.value))
    assert figures[0]["approximation"] == first.approximation.value
    assert len(read_table(csv_folder / "strength.csv")) == sum(len(m.strength) for m in corpus.missions)
    assert len(read_table(csv_folder / "quotes.csv")) == len(corpus.quotes)
    assert len(read_table(csv_folder / "temporal.csv")) == len(corpus.temporal_expressions)
    assert len(read_table(csv_folder / "documents.csv")) == len(corpus.documents)
    officials = read_table(csv_folder / "officials.csv")
    assert len(officials) == sum(max(1, len(o.evidence)) for o in corpus.officials)
    assert {row["official_id"] for row in officials} == {o.id for o in corpus.officials}
    links = read_table(csv_folder / "announcement_links.csv")
    assert len(links) == sum(
        len(a.mission_ids) + len(a.decision_ids) + len(a.official_ids) for a in corpus.announcements
    )
    assert read_table(csv_folder / "problems.csv") == []


def test_csv_spans_point_at_the_document_text(csv_folder):
    texts = {d.id: d.text for d in nato_iraq.load().documents}
    checked = 0
    for name, columns in CSV_TABLES.items():
        if "doc_id" not in columns or name == "documents":
            continue
        for row in read_table(csv_folder / f"{name}.csv"):
            if row["doc_id"]:
                start, end = int(row["start"]), int(row["end"])
                assert texts[row["doc_id"]][start:end] == row["text"], (name, row)
                checked += 1
            for prefix in ("cue", "attribution"):
                if row.get(f"{prefix}_start"):
                    span = slice(int(row[f"{prefix}_start"]), int(row[f"{prefix}_end"]))
                    assert texts[row["doc_id"]][span] == row[f"{prefix}_text"]
    assert checked > 50


def test_csv_dates_are_iso(csv_folder):
    for name in ("strength", "scope", "decisions", "announcements", "temporal", "documents"):
        for row in read_table(csv_folder / f"{name}.csv"):
            if row["date"]:
                value = parse_time_value(row["date"])
                assert value.earliest() == datetime.date.fromisoformat(row["date_earliest"])
                assert value.latest() == datetime.date.fromisoformat(row["date_latest"])
            else:
                assert row["date_earliest"] == row["date_latest"] == ""


def test_csv_without_bom_and_with_awkward_text(tmp_path):
    text = (
        'Le secrétaire général, Jens Stoltenberg, a déclaré jeudi 4 mars 2021 : « Nous allons, "vraiment", '
        "renforcer la mission ;\ncela prendra du temps. »\n"
    )
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a, b.txt").write_text(text, encoding="utf-8")
    assert (
        main(["export", "--path", str(tmp_path / "in"), "--format", "csv", "--no-bom", "-o", str(tmp_path / "t")]) == 0
    )
    raw = (tmp_path / "t" / "documents.csv").read_bytes()
    assert raw.startswith(b"doc_id,")
    with (tmp_path / "t" / "documents.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[0]["doc_id"] == "a, b"
    assert rows[0]["characters"] == str(len(text))
    for row in read_table(tmp_path / "t" / "quotes.csv"):
        assert text[int(row["start"]) : int(row["end"])] == row["text"]


def test_csv_needs_a_folder(capsys):
    status, out, err = run(capsys, "export", "--format", "csv")
    assert status == 2
    assert out == ""
    assert "-o" in err


def test_csv_into_a_file_is_an_error_not_a_traceback(capsys, tmp_path):
    target = tmp_path / "taken"
    target.write_text("x", encoding="utf-8")
    status, _, err = run(capsys, "export", "--format", "csv", "-o", str(target))
    assert status == 2
    assert err.startswith("nato-iraq: ")


# --- show and timeline -------------------------------------------------------------------------------


def test_sources_mark_the_span_inside_its_sentence():
    text = " date 2021-02 Première phrase ici.\nLe ministre\u00a0a parlé. Puis il est parti.\n"
    document = build_document(text, "d1")
    corpus = nato_iraq.Corpus(documents=(document,))
    sources = _Sources(corpus)
    start = text.index("ministre")
    span = document.span(start, start + len("ministre"))
    assert sources.sentence(span) == "Le **ministre** a parlé."
    assert sources.line(span) == "      d1, line 2: Le **ministre** a parlé.\n"
    # a span that is the whole sentence is not marked; the header line is not part of the sentence
    whole = document.span(0, text.index(".") + 1)
    assert sources.sentence(whole) == "Première phrase ici."
    # several spans in the same sentence print it once
    other = document.span(text.index("parlé"), text.index("parlé") + 5)
    assert len(list(sources.lines([span, other, span]))) == 2


def test_show_prints_the_sentence_behind_each_fact(capsys):
    corpus = nato_iraq.load()
    status, out, _ = run(capsys, "show", "NMI")
    assert status == 0
    nmi = corpus.lookup_mission("NMI")
    assert out.startswith(f"{nmi.name}  (mission, NMI, id {nmi.id})")
    for report in nmi.strength:
        assert f"**{' '.join(report.evidence.text.split())}**" in out
        line = corpus.document(report.evidence.doc_id).line_of(report.evidence.start)
        assert f"      {report.evidence.doc_id}, line {line}: " in out
    for decision in corpus.decisions_for(nmi):
        assert f"decision [{decision.status.value}]" in out


def test_show_an_official_with_roles_statements_and_quotes(capsys):
    corpus = nato_iraq.load()
    person = corpus.lookup_official("Stoltenberg")
    status, out, _ = run(capsys, "show", "stoltenberg")
    assert status == 0
    assert out.startswith(f"Jens Stoltenberg  (official, id {person.id})")
    for role in person.roles:
        assert f"  role: {role.title}" in out
    for quote in corpus.quotes_by(person):
        assert f"    quote: « {quote.text} »" in out


def test_timeline_kind_filter(capsys):
    status, out, _ = run(capsys, "timeline", "--kind", "strength", "--kind", "scope")
    assert status == 0
    kinds = {line.split()[1] for line in out.splitlines()}
    assert kinds == {"strength", "scope"}


def test_version():
    out = subprocess.run([sys.executable, "-m", "nato_iraq", "--version"], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == f"nato-iraq {nato_iraq.__version__}"
