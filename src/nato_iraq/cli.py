"""The ``nato-iraq`` command (also ``python -m nato_iraq``).

Commands read the bundled corpus, or a ``.txt`` file or folder given with ``--path``:

* ``summary``  -- counts, documents, officials, missions and the timeline;
* ``timeline`` -- dated events, oldest first;
* ``show NAME`` -- everything known about an official or a mission, each fact with the sentence
  it was read from;
* ``export``   -- the corpus as JSON (canonical, round-trippable), JSON Lines (one record a line)
  or CSV (one table per kind of fact, in a folder).

Errors from the library are printed as one line naming the file, with exit status 2.
"""

import argparse
import csv
import json
import os
import sys
import textwrap
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TextIO

from . import __version__
from .corpus import Corpus
from .dates import TimeValue
from .document import Document, FurnitureKind, Span, normalize, sentences
from .errors import NatoIraqError
from .loading import load
from .model import Mission, Official
from .serialization import to_dict, to_json

__all__ = ["CSV_TABLES", "export", "export_csv", "main", "show", "summary", "timeline"]


def _corpus(args: argparse.Namespace) -> Corpus:
    return load(args.path, errors=args.errors, workers=args.workers)


def _value(value: int | None) -> str:
    return "?" if value is None else f"{value:,}".replace(",", "\u202f")


def summary(corpus: Corpus, out: TextIO) -> None:
    """Write a readable summary of *corpus*."""
    quotes = sum(len(a.quotes) for a in corpus.announcements)
    out.write(
        f"{len(corpus.documents)} documents, {len(corpus.officials)} officials, {len(corpus.missions)} missions, "
        f"{len(corpus.decisions)} decisions, {len(corpus.announcements)} announcements, {quotes} quotes, "
        f"{len(corpus.temporal_expressions)} temporal expressions, {len(corpus.figures)} personnel figures\n"
    )
    if corpus.problems:
        out.write(f"\n{len(corpus.problems)} files not loaded:\n")
        for problem in corpus.problems:
            out.write(f"  {problem.message}\n")
    out.write("\nDocuments:\n")
    for document in corpus.documents:
        date = "undated" if document.date is None else f"{document.date.value.iso()} ({document.date.basis.value})"
        title = document.title.text if document.title else ""
        out.write(f"  {document.id}  {date}  {title}\n")
    out.write("\nOfficials:\n")
    for official in corpus.officials:
        roles = "; ".join(_role_text(r.title, r.organisation, r.country) for r in official.roles)
        out.write(f"  {official.name}" + (f" -- {roles}" if roles else "") + f"  [{len(official.documents)} doc(s)]\n")
    out.write("\nMissions:\n")
    for mission in corpus.missions:
        acronym = f" ({mission.acronym})" if mission.acronym else ""
        out.write(f"  {mission.name}{acronym}\n")
        for report in mission.strength:
            when = report.date.iso() if report.date else "undated"
            out.write(f"    {when}: {report.role.value} {report.approximation.value} {_value(report.value)}\n")
    out.write("\nTimeline:\n")
    timeline(corpus, out, indent="  ")


def _role_text(title: str, organisation: str | None, country: str | None) -> str:
    whose = ", ".join(x for x in (organisation, country) if x)
    return f"{title} ({whose})" if whose else title


def timeline(corpus: Corpus, out: TextIO, indent: str = "", kinds: Iterable[str] = ()) -> None:
    """Write the corpus timeline, one event a line (only events of *kinds*, when given)."""
    wanted = set(kinds)
    for event in corpus.timeline():
        if wanted and event.kind not in wanted:
            continue
        out.write(f"{indent}{event.date.iso():<26} {event.kind:<12} {event.summary}  [{event.evidence.doc_id}]\n")


# --- show: facts with the sentences they come from ------------------------------------------------


class _Sources:
    """Finds the sentence(s) around a span, splitting each document into sentences once."""

    def __init__(self, corpus: Corpus) -> None:
        self._documents = {document.id: document for document in corpus.documents}
        self._cache: dict[str, list[tuple[int, int]]] = {}

    def _sentences(self, document: Document) -> list[tuple[int, int]]:
        if document.id not in self._cache:
            # split the normalised view (same offsets): no-break spaces then count as spaces
            bounds = sentences(normalize(document.text))
            headers = [f.span for f in document.furniture if f.kind is FurnitureKind.HEADER]
            trimmed = []
            for start, end in bounds:
                for header in headers:  # a collection's " date 2021-02 " line is not part of the prose
                    if header.start <= start < header.end:
                        start = min(header.end, end)
                trimmed.append((start, end))
            self._cache[document.id] = trimmed
        return self._cache[document.id]

    def sentence(self, span: Span) -> str:
        """The sentence(s) *span* lies in, on one line, with the span's words between ``**``."""
        document = self._documents.get(span.doc_id)
        if document is None:
            return " ".join(span.text.split())
        touching = max(span.end, span.start + 1)  # an empty span still lies in a sentence
        covering = [(s, e) for s, e in self._sentences(document) if s < touching and span.start < e]
        if not covering:
            return " ".join(span.text.split())
        start, end = covering[0][0], max(covering[-1][1], span.end)
        text = document.text
        mark_start, mark_end = max(span.start, start), span.end
        if (mark_start, mark_end) == (start, end) or not text[mark_start:mark_end].strip():
            shown = text[start:end]
        else:
            shown = f"{text[start:mark_start]}**{text[mark_start:mark_end]}**{text[mark_end:end]}"
        return " ".join(shown.split())

    def line(self, span: Span, indent: str = "      ") -> str:
        """``doc_id, line N: sentence`` for *span*, ready to print."""
        document = self._documents.get(span.doc_id)
        where = span.doc_id if document is None else f"{span.doc_id}, line {document.line_of(span.start)}"
        return f"{indent}{where}: {self.sentence(span)}\n"

    def lines(self, spans: Iterable[Span], indent: str = "      ") -> Iterator[str]:
        """One :meth:`line` per distinct sentence among *spans*."""
        seen: set[tuple[str, str]] = set()
        for span in spans:
            key = (span.doc_id, self.sentence(span))
            if key not in seen:
                seen.add(key)
                yield self.line(span, indent)


def _when(value: TimeValue | None) -> str:
    return value.iso() if value is not None else "undated"


def _show_official(corpus: Corpus, record: Official, out: TextIO, sources: _Sources) -> None:
    out.write(f"{record.name}  (official, id {record.id})\n")
    out.write(f"  written as: {', '.join(record.surface_forms)}\n")
    out.write(f"  mentioned in {len(record.documents)} document(s): {', '.join(record.documents)}\n")
    for role in record.roles:
        out.write(f"  role: {_role_text(role.title, role.organisation, role.country)}\n")
        out.writelines(sources.lines(role.evidence))
    for announcement in corpus.announcements_by(record):
        cue = f" «{announcement.cue.text}»" if announcement.cue else ""
        out.write(f"  statement{cue}, {_when(announcement.date)}\n")
        out.writelines(sources.lines(announcement.evidence[:1] or ([announcement.cue] if announcement.cue else [])))
        for quote in announcement.quotes:
            if quote.speaker_id == record.id:
                out.write(f"    quote: « {quote.text} »\n")
    if not record.roles and not corpus.announcements_by(record):
        out.write("  mentioned:\n")
        out.writelines(sources.lines(record.evidence))
    for announcement in corpus.announcements:
        if record.id in announcement.official_ids and announcement.speaker_id != record.id:
            who = announcement.speaker or "?"
            out.write(f"  named in a statement by {who}, {_when(announcement.date)}\n")
            out.writelines(sources.lines(announcement.evidence[:1]))


def _show_mission(corpus: Corpus, record: Mission, out: TextIO, sources: _Sources) -> None:
    acronym = f", {record.acronym}" if record.acronym else ""
    out.write(f"{record.name}  (mission{acronym}, id {record.id})\n")
    if record.aliases:
        out.write(f"  also called: {', '.join(record.aliases)}\n")
    if record.host_country:
        out.write(f"  in: {record.host_country}\n")
    if record.purpose:
        out.write(f"  purpose: {record.purpose}\n")
    documents = sorted({s.doc_id for s in record.evidence})
    out.write(f"  mentioned in {len(documents)} document(s): {', '.join(documents)}\n")
    for report in record.strength:
        size = f"{report.role.value} {report.approximation.value} {_value(report.value)}"
        out.write(f"  strength, {_when(report.date)}: {size}\n")
        out.write(sources.line(report.evidence))
    for scope in record.scope:
        verb = "extended to" if scope.added else "advises"
        out.write(f"  scope, {_when(scope.date)}: {verb} {', '.join(scope.institutions)}\n")
        out.write(sources.line(scope.evidence))
    for decision in corpus.decisions_for(record):
        body = f" by {decision.body}" if decision.body else ""
        out.write(f"  decision [{decision.status.value}]{body}, {_when(decision.date)}: {decision.summary}\n")
        out.writelines(sources.lines(decision.evidence))
    for announcement in corpus.announcements_for(record):
        cue = f" «{announcement.cue.text}»" if announcement.cue else ""
        out.write(f"  statement by {announcement.speaker or '?'}{cue}, {_when(announcement.date)}\n")
        out.writelines(sources.lines(announcement.evidence[:1]))


def show(corpus: Corpus, name: str, out: TextIO) -> bool:
    """Write everything known about the official or mission called *name*; False if none.

    Each fact is followed by the sentence it was read from (``document, line N:``), with the
    words the fact rests on between ``**``. An exact name, surname, acronym or alias wins; else
    the best match of :meth:`Corpus.search` is shown and the other matches are listed.
    """
    exact: list[Official | Mission] = [
        r for r in (corpus.get_official(name), corpus.get_mission(name)) if r is not None
    ]
    found = exact or corpus.search(name)
    if not found:
        return False
    record = found[0]
    sources = _Sources(corpus)
    if isinstance(record, Official):
        _show_official(corpus, record, out, sources)
    else:
        _show_mission(corpus, record, out, sources)
    others = [r.name for r in found[1:]]
    if others:
        out.write(f"  (also matching {name!r}: {'; '.join(others)})\n")
    return True


# --- export -------------------------------------------------------------------------------------


def export(corpus: Corpus, fmt: str, out: TextIO) -> None:
    """Write the corpus as ``json`` (one document) or ``jsonl`` (one record a line, with its type)."""
    if fmt == "json":
        out.write(to_json(corpus, indent=2))
        out.write("\n")
        return
    if fmt != "jsonl":
        raise ValueError(f"export() writes json or jsonl, not {fmt!r}; use export_csv() for CSV")
    kinds: list[tuple[str, Sequence[object]]] = [
        ("document", corpus.documents),
        ("official", corpus.officials),
        ("mission", corpus.missions),
        ("decision", corpus.decisions),
        ("announcement", corpus.announcements),
        ("temporal_expression", corpus.temporal_expressions),
        ("personnel_figure", corpus.figures),
        ("load_problem", corpus.problems),
    ]
    for kind, items in kinds:
        for item in items:
            out.write(json.dumps({"type": kind, **to_dict(item)}, ensure_ascii=False))
            out.write("\n")


_Cell = str | int | None
_SPAN = ["doc_id", "start", "end", "text"]
_DATE = ["date", "date_earliest", "date_latest"]

CSV_TABLES: dict[str, list[str]] = {
    "documents": ["doc_id", "title", *_DATE, "date_basis", "publisher", "language", "source", "characters"],
    "officials": ["official_id", "name", *_SPAN],
    "roles": ["official_id", "official_name", "title", "organisation", "country", "office", *_SPAN],
    "missions": ["mission_id", "name", "acronym", "host_country", "purpose", *_SPAN],
    "strength": ["mission_id", "mission_name", *_DATE, "role", "approximation", "value", *_SPAN],
    "scope": ["mission_id", "mission_name", *_DATE, "added", "institution", *_SPAN],
    "decisions": [
        "decision_id",
        "status",
        *_DATE,
        "body",
        "mission_id",
        "summary",
        "cue_start",
        "cue_end",
        "cue_text",
        *_SPAN,
    ],
    "announcements": [
        "announcement_id",
        *_DATE,
        "speaker_id",
        "speaker",
        "cue_start",
        "cue_end",
        "cue_text",
        *_SPAN,
    ],
    "announcement_links": ["announcement_id", "kind", "ref_id"],
    "quotes": [
        "announcement_id",
        "speaker_id",
        "speaker",
        *_SPAN,
        "attribution_start",
        "attribution_end",
        "attribution_text",
    ],
    "temporal": ["kind", *_DATE, "anchored", *_SPAN],
    "figures": ["value", "approximation", "unit", "role", "mission_id", *_SPAN],
    "problems": ["path", "error", "line", "message"],
}
"""The CSV tables :func:`export_csv` writes (file name without ``.csv`` → column names)."""


def _span(span: Span | None) -> list[_Cell]:
    return [None] * 4 if span is None else [span.doc_id, span.start, span.end, span.text]


def _date(value: TimeValue | None) -> list[_Cell]:
    if value is None:
        return [None, None, None]
    return [value.iso(), value.earliest().isoformat(), value.latest().isoformat()]


def _bool(value: bool) -> str:
    return "true" if value else "false"


def _each(spans: Sequence[Span]) -> Sequence[Span | None]:
    """One row per evidence span; a fact without evidence still gets one row (empty span columns)."""
    return spans or [None]


def _rows(corpus: Corpus) -> dict[str, list[list[_Cell]]]:
    tables: dict[str, list[list[_Cell]]] = {name: [] for name in CSV_TABLES}
    for document in corpus.documents:
        date = document.date
        tables["documents"].append(
            [
                document.id,
                document.title.text if document.title else None,
                *_date(date.value if date else None),
                date.basis.value if date else None,
                document.publisher,
                document.language,
                document.source,
                len(document.text),
            ]
        )
    for official in corpus.officials:
        for span in _each(official.evidence):
            tables["officials"].append([official.id, official.name, *_span(span)])
        for role in official.roles:
            for span in _each(role.evidence):
                tables["roles"].append(
                    [official.id, official.name, role.title, role.organisation, role.country, role.office, *_span(span)]
                )
    for mission in corpus.missions:
        for span in _each(mission.evidence):
            tables["missions"].append(
                [mission.id, mission.name, mission.acronym, mission.host_country, mission.purpose, *_span(span)]
            )
        for report in mission.strength:
            tables["strength"].append(
                [
                    mission.id,
                    mission.name,
                    *_date(report.date),
                    report.role.value,
                    report.approximation.value,
                    report.value,
                    *_span(report.evidence),
                ]
            )
        for scope in mission.scope:
            for institution in scope.institutions or ("",):
                tables["scope"].append(
                    [
                        mission.id,
                        mission.name,
                        *_date(scope.date),
                        _bool(scope.added),
                        institution or None,
                        *_span(scope.evidence),
                    ]
                )
    for decision in corpus.decisions:
        cue = _span(decision.cue)[1:]
        for span in _each(decision.evidence):
            tables["decisions"].append(
                [
                    decision.id,
                    decision.status.value,
                    *_date(decision.date),
                    decision.body,
                    decision.mission_id,
                    decision.summary,
                    *cue,
                    *_span(span),
                ]
            )
    for announcement in corpus.announcements:
        cue = _span(announcement.cue)[1:]
        for span in _each(announcement.evidence):
            tables["announcements"].append(
                [
                    announcement.id,
                    *_date(announcement.date),
                    announcement.speaker_id,
                    announcement.speaker,
                    *cue,
                    *_span(span),
                ]
            )
        for kind, ids in (
            ("mission", announcement.mission_ids),
            ("decision", announcement.decision_ids),
            ("official", announcement.official_ids),
        ):
            tables["announcement_links"].extend([announcement.id, kind, ref] for ref in ids)
        for quote in announcement.quotes:
            tables["quotes"].append(
                [
                    announcement.id,
                    quote.speaker_id,
                    quote.speaker,
                    *_span(quote.span),
                    *_span(quote.attribution)[1:],
                ]
            )
    for expression in corpus.temporal_expressions:
        tables["temporal"].append(
            [expression.kind.value, *_date(expression.value), _bool(expression.anchored), *_span(expression.span)]
        )
    for figure in corpus.figures:
        tables["figures"].append(
            [
                figure.value,
                figure.approximation.value,
                figure.unit,
                figure.role.value,
                figure.mission_id,
                *_span(figure.span),
            ]
        )
    for problem in corpus.problems:
        tables["problems"].append([problem.path, problem.error, problem.line, problem.message])
    return tables


def export_csv(corpus: Corpus, folder: str | Path, *, bom: bool = True) -> list[Path]:
    """Write one CSV table per kind of fact into *folder* (created if needed); return the files.

    Tables and columns are :data:`CSV_TABLES`. Files are UTF-8 -- with a byte-order mark unless
    *bom* is false, so that Excel reads the accents right -- with a header row, ``,`` separators,
    ``"`` quoting where needed and ``\\r\\n`` row ends (RFC 4180). A fact with several evidence
    spans has one row per span; an empty cell is a missing value. Dates are ISO 8601 at their own
    precision (``date``), with the first and last calendar day they allow (``date_earliest``,
    ``date_latest``); booleans are ``true`` / ``false``; span offsets count Unicode code points
    of the document text, as Python's ``str`` does.
    """
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for name, rows in _rows(corpus).items():
        path = target / f"{name}.csv"
        with path.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(CSV_TABLES[name])
            writer.writerows(["" if cell is None else cell for cell in row] for row in rows)
        written.append(path)
    return written


# --- the parser -----------------------------------------------------------------------------------

_EPILOG = """\
examples:
  nato-iraq summary                          the bundled corpus (five French articles, 2014-2023)
  nato-iraq timeline --path articles/        your own .txt files, oldest event first
  nato-iraq show Stoltenberg                 an official, with the sentence behind each fact
  nato-iraq show NMI                         a mission: size, mandate, decisions, statements
  nato-iraq export --format csv -o tables/   one CSV table per kind of fact

Without a command, nato-iraq runs summary. Exit status: 0 on success, 1 when show finds no
record, 2 on an error (a bad file, a bad option), printed as one line naming the file.
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="nato-iraq",
        description="Facts about NATO's engagement in Iraq, read from French news texts and press releases.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    common = argparse.ArgumentParser(add_help=False)
    source = common.add_argument_group("input")
    source.add_argument(
        "--path",
        metavar="PATH",
        help="a .txt file, or a folder searched recursively for .txt files (default: the bundled seed corpus)",
    )
    source.add_argument(
        "--errors",
        choices=("raise", "collect"),
        default="collect",
        help="on a bad file: stop with its error ('raise') or load the rest and report it ('collect', the default)",
    )
    source.add_argument("--workers", type=int, default=1, metavar="N", help="parse across N processes (default 1)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")

    def command(name: str, summary_line: str, description: str) -> argparse.ArgumentParser:
        return commands.add_parser(
            name,
            parents=[common],
            help=summary_line,
            description=description,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )

    command(
        "summary",
        "counts, documents, officials, missions and the timeline",
        "Print how many facts of each kind were read, each document with its date and title, each\n"
        "official with roles, each mission with its reported sizes, and the timeline.",
    )
    timeline_parser = command(
        "timeline",
        "dated events, oldest first",
        "Print every dated decision, statement, strength and scope report, oldest first:\n"
        "date (ISO 8601; '[a..b]' = one unknown day between a and b), kind, summary, [document].",
    )
    timeline_parser.add_argument(
        "--kind",
        action="append",
        choices=("decision", "announcement", "strength", "scope"),
        default=[],
        help="only events of this kind (repeat for several)",
    )
    show_parser = command(
        "show",
        "everything known about an official or a mission, with its sources",
        "Print an official (names, roles, statements, quotes) or a mission (names, size, mandate,\n"
        "decisions, statements). Under each fact: 'document, line N:' and the sentence it was read\n"
        "from, with the fact's own words between ** **.",
    )
    show_parser.add_argument(
        "name", help="a name, surname, acronym or alias (accents and case do not matter), e.g. 'abadi' or 'NMI'"
    )
    export_parser = command(
        "export",
        "write the corpus as JSON, JSON Lines or CSV tables",
        "json   the whole corpus as one JSON document with a schema_version: lossless, reads back\n"
        "       with nato_iraq.from_json (schema: nato_iraq/corpus.schema.json).\n"
        "jsonl  one record a line with a 'type' key (document, official, mission, decision,\n"
        "       announcement, temporal_expression, personnel_figure, load_problem).\n"
        + textwrap.fill(
            "csv    one table per kind of fact, in the folder given with -o: "
            + ", ".join(f"{name}.csv" for name in CSV_TABLES)
            + ". UTF-8 with a byte-order mark (for Excel; pandas and LibreOffice read it too), "
            "ISO dates, spans as doc_id, start, end, text.",
            width=92,
            subsequent_indent="       ",
        ),
    )
    export_parser.add_argument(
        "--format", choices=("json", "jsonl", "csv"), default="json", help="output format (default json)"
    )
    export_parser.add_argument(
        "-o",
        "--output",
        metavar="TARGET",
        help="json/jsonl: write to this file instead of standard output; csv: the folder to write the tables "
        "into (required, created if missing)",
    )
    export_parser.add_argument("--no-bom", action="store_true", help="csv: write plain UTF-8 without a byte-order mark")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = _parser()
    argv = sys.argv[1:] if argv is None else list(argv)
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args(["summary", *argv])
    if args.command == "export" and args.format == "csv" and not args.output:
        print("nato-iraq export: error: --format csv writes one file per table: give a folder with -o", file=sys.stderr)
        return 2
    try:
        corpus = _corpus(args)
        if args.command == "summary":
            summary(corpus, sys.stdout)
        elif args.command == "timeline":
            timeline(corpus, sys.stdout, kinds=args.kind)
        elif args.command == "show":
            if not show(corpus, args.name, sys.stdout):
                print(f"nato-iraq: no official or mission is known as {args.name!r}", file=sys.stderr)
                return 1
        elif args.command == "export":
            if args.format == "csv":
                export_csv(corpus, args.output, bom=not args.no_bom)
            elif args.output:
                with open(args.output, "w", encoding="utf-8") as handle:
                    export(corpus, args.format, handle)
            else:
                export(corpus, args.format, sys.stdout)
    except NatoIraqError as error:
        print(f"nato-iraq: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # the reader went away (``nato-iraq summary | head``): not an error
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so the interpreter's final flush stays silent
        return 0
    except OSError as error:  # the output cannot be written (a folder where a file is expected, ...)
        print(f"nato-iraq: {error}", file=sys.stderr)
        return 2
    return 0
