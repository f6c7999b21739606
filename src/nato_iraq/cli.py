"""The ``nato-iraq`` command (also ``python -m nato_iraq``).

Commands read the bundled corpus, or a ``.txt`` file or folder given with ``--path``:

* ``summary``  -- counts, officials, missions and the timeline;
* ``timeline`` -- dated events, oldest first;
* ``show NAME`` -- everything known about an official or a mission, with the sentences it comes from;
* ``export``   -- the corpus as JSON (canonical, round-trippable) or JSON Lines (one fact a line).

Errors from the library are printed as one line naming the file, with exit status 2.
"""

import argparse
import json
import sys
from collections.abc import Sequence
from typing import TextIO

from . import __version__
from .corpus import Corpus
from .errors import NatoIraqError
from .loading import load
from .model import Mission, Official
from .serialization import to_dict, to_json

__all__ = ["main"]


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


def timeline(corpus: Corpus, out: TextIO, indent: str = "") -> None:
    """Write the corpus timeline, one event a line."""
    for event in corpus.timeline():
        out.write(f"{indent}{event.date.iso():<26} {event.kind:<12} {event.summary}  [{event.evidence.doc_id}]\n")


def show(corpus: Corpus, name: str, out: TextIO) -> bool:
    """Write everything known about the official or mission called *name*; False if none."""
    found = corpus.search(name)
    if not found:
        return False
    record = found[0]
    if isinstance(record, Official):
        out.write(f"{record.name}  (id {record.id})\n")
        out.write(f"  written as: {', '.join(record.surface_forms)}\n")
        for role in record.roles:
            out.write(f"  role: {_role_text(role.title, role.organisation, role.country)}\n")
        for quote in corpus.quotes_by(record):
            out.write(f"  said ({quote.span.doc_id}): « {quote.text} »\n")
        for announcement in corpus.announcements_by(record):
            when = announcement.date.iso() if announcement.date else "undated"
            out.write(f"  announced {when} ({announcement.doc_id}): {announcement.evidence[0].text}\n")
    else:
        assert isinstance(record, Mission)
        out.write(f"{record.name}  (id {record.id})\n")
        if record.aliases:
            out.write(f"  also: {', '.join(record.aliases)}\n")
        if record.purpose:
            out.write(f"  purpose: {record.purpose}\n")
        for report in record.strength:
            when = report.date.iso() if report.date else "undated"
            out.write(
                f"  strength {when}: {report.role.value} {report.approximation.value} {_value(report.value)}"
                f" -- {report.evidence.text}\n"
            )
        for scope in record.scope:
            out.write(f"  {'extended to' if scope.added else 'advises'}: {', '.join(scope.institutions)}\n")
        for decision in corpus.decisions_for(record):
            out.write(
                f"  decision [{decision.status.value}] ({decision.evidence[0].doc_id}): {decision.evidence[0].text}\n"
            )
    return True


def export(corpus: Corpus, fmt: str, out: TextIO) -> None:
    """Write the corpus as ``json`` (one document) or ``jsonl`` (one fact a line, with its type)."""
    if fmt == "json":
        out.write(to_json(corpus, indent=2))
        out.write("\n")
        return
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


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="nato-iraq",
        description="Facts about NATO's engagement in Iraq, read from French news texts and press releases.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--path", help="a .txt file or a folder of them (default: the bundled seed corpus)")
    common.add_argument(
        "--errors",
        choices=("raise", "collect"),
        default="collect",
        help="on a bad file: stop ('raise') or load the rest and list it ('collect', the default)",
    )
    common.add_argument("--workers", type=int, default=1, help="parse across this many processes (default 1)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("summary", parents=[common], help="counts, officials, missions and timeline")
    commands.add_parser("timeline", parents=[common], help="dated events, oldest first")
    show_parser = commands.add_parser("show", parents=[common], help="everything known about an official or mission")
    show_parser.add_argument("name", help="a name, surname, acronym or alias (accents and case do not matter)")
    export_parser = commands.add_parser("export", parents=[common], help="write the corpus as JSON or JSON Lines")
    export_parser.add_argument(
        "--format", choices=("json", "jsonl"), default="json", help="output format (default json)"
    )
    export_parser.add_argument("-o", "--output", help="write to this file instead of standard output")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args(["summary", *(argv or [])])
    try:
        corpus = _corpus(args)
        if args.command == "summary":
            summary(corpus, sys.stdout)
        elif args.command == "timeline":
            timeline(corpus, sys.stdout)
        elif args.command == "show":
            if not show(corpus, args.name, sys.stdout):
                print(f"nato-iraq: no official or mission is known as {args.name!r}", file=sys.stderr)
                return 1
        elif args.command == "export":
            if args.output:
                with open(args.output, "w", encoding="utf-8") as handle:
                    export(corpus, args.format, handle)
            else:
                export(corpus, args.format, sys.stdout)
    except NatoIraqError as error:
        print(f"nato-iraq: {error}", file=sys.stderr)
        return 2
    return 0
