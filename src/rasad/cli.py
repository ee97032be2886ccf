"""The ``rasad`` command line: a thin layer over the public API.

Exit status everywhere: 0 all inputs fine, 1 some inputs failed (each reported on stderr
as ``file[:line]: reason``), 2 usage error.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Iterable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

import rasad
from rasad.document import Document, Failure, json_schema
from rasad.pipeline import BATCH_SIZE, STAGES, available_stages, build_stage
from rasad.store.pool import process

app = typer.Typer(
    name="rasad",
    help="Arabic-first news event monitor: extract, store and search Arabic news.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

_err = Console(stderr=True, highlight=False, soft_wrap=True)


class ExtractFormat(StrEnum):
    jsonl = "jsonl"
    json = "json"
    pretty = "pretty"


class SearchFormat(StrEnum):
    table = "table"
    jsonl = "jsonl"


class ShowFormat(StrEnum):
    json = "json"
    pretty = "pretty"


class TimePreference(StrEnum):
    auto = "auto"
    past = "past"
    future = "future"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"rasad {rasad.__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """Arabic-first news event monitor: extract, store and search Arabic news."""


# -- shared plumbing ----------------------------------------------------------------------


def _report(failure: Failure, console: Console = _err) -> None:
    # markup off: paths and reasons may contain [brackets]
    console.print(f"{failure.where()}: {failure.reason}", markup=False, highlight=False)


def _parse_stages(stages: str | None) -> list[str]:
    if stages is None:
        return available_stages()
    names = [s.strip() for s in stages.split(",") if s.strip()]
    unknown = [n for n in names if n not in STAGES]
    if unknown:
        raise typer.BadParameter(
            f"unknown stage(s) {', '.join(unknown)}; known: {', '.join(STAGES)}",
            param_hint="--stages",
        )
    missing = [n for n in names if n not in available_stages()]
    if missing:
        raise typer.BadParameter(
            f"stage(s) not available in this installation: {', '.join(missing)}",
            param_hint="--stages",
        )
    return names


def _check_pipeline(names: list[str], options: dict, explicit: bool) -> list[str]:
    """Build each stage once here so a broken installation shows before any work starts.

    Stages asked for with --stages must build (else exit 1); of the default set, a stage
    that cannot be built (e.g. its model file is missing) is skipped with a warning.
    """
    usable = []
    for name in names:
        try:
            build_stage(name, **options)
        except Exception as exc:
            reason = f"{type(exc).__name__}: {exc}"
            if explicit:
                _err.print(f"cannot set up stage {name}: {reason}", markup=False)
                raise typer.Exit(1) from None
            _err.print(f"warning: stage {name} skipped: {reason}", markup=False)
            continue
        usable.append(name)
    return usable


def _read(paths: list[str], published: str | None) -> Iterator[Document | Failure]:
    """Inputs as Documents and Failures; a missing path is an input failure, not a crash."""
    existing = []
    for p in paths:
        if p != "-" and not Path(p).exists():
            yield Failure(path=p, reason="no such file or directory")
        else:
            existing.append(p)
    if not existing:
        return
    kwargs = {"published": published} if published else {}
    for item in rasad.read_inputs(existing, **kwargs):
        if published and isinstance(item, Document) and not item.published:
            item.published = published
            item.published_source = "cli"
        yield item


def _as_json(doc: Document) -> str:
    return doc.to_json()


def _as_pretty(doc: Document) -> str:
    return doc.to_json(indent=2)


def _as_json_raw(doc: Document) -> str:
    return doc.to_json(include_raw=True)


def _as_pretty_raw(doc: Document) -> str:
    return doc.to_json(include_raw=True, indent=2)


def _options(names: list[str], time_preference: TimePreference | None) -> dict[str, dict]:
    options: dict[str, dict] = {}
    if "values" in names and time_preference is not None:
        options["values"] = {"time_preference": time_preference.value}
    return options


def _valid_date(value: str | None) -> str | None:
    if value is None:
        return None
    from datetime import date, datetime

    try:
        (datetime if "T" in value else date).fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(
            f"not an ISO 8601 date: {value!r}", param_hint="--published"
        ) from None
    return value


PathsArg = Annotated[
    list[str],
    typer.Argument(
        metavar="PATH",
        help="Files, folders (recursive), ZIP archives, or '-' for stdin.",
        show_default=False,
    ),
]
PublishedOpt = Annotated[
    str | None,
    typer.Option(
        "--published",
        help="Reference date (ISO 8601) for inputs that do not carry one; inputs with a date keep theirs.",
        callback=_valid_date,
    ),
]
StagesOpt = Annotated[
    str | None,
    typer.Option(
        "--stages",
        help=f"Comma-separated stages to run (default: all available). Known: {', '.join(STAGES)}.",
    ),
]
TimePrefOpt = Annotated[
    TimePreference,
    typer.Option(
        "--time-preference",
        help='How to resolve underspecified dates ("on Monday"): toward the past, the future, or by tense.',
        case_sensitive=False,
    ),
]


# -- commands -------------------------------------------------------------------------------


@app.command()
def extract(
    paths: PathsArg,
    format: Annotated[
        ExtractFormat,
        typer.Option(
            "--format",
            "-f",
            help="jsonl: one line per document; json: one array; pretty: indented.",
        ),
    ] = ExtractFormat.jsonl,
    published: PublishedOpt = None,
    time_preference: TimePrefOpt = TimePreference.auto,
    stages: StagesOpt = None,
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, help="Worker processes.")] = 1,
    batch: Annotated[
        int,
        typer.Option(
            "--batch",
            min=1,
            help="Documents processed together (faster); 1 prints each as soon as it is "
            "done (input that arrives slowly, e.g. a live feed on stdin).",
        ),
    ] = BATCH_SIZE,
    include_raw: Annotated[
        bool,
        typer.Option(
            "--include-raw",
            help="Also print the decoded input (raw) and the clean-to-raw alignment.",
        ),
    ] = False,
) -> None:
    """Print one JSON document per article found in PATH... (on stdout).

    Failures go to stderr as file[:line]: reason; exit status 1 if any input failed.
    """
    names = _parse_stages(stages)
    options = _options(names, time_preference)
    names = _check_pipeline(names, options, explicit=stages is not None)
    pretty = format is ExtractFormat.pretty
    if include_raw:
        finish = _as_pretty_raw if pretty else _as_json_raw
    else:
        finish = _as_pretty if pretty else _as_json
    out = sys.stdout
    failed = 0
    first = True
    if format is ExtractFormat.json:
        out.write("[")
    try:
        items = _read(paths, published)
        for item in process(
            items, names, finish, options=options, workers=workers, batch_size=batch
        ):
            if isinstance(item, Failure):
                failed += 1
                _report(item)
                continue
            if format is ExtractFormat.json:
                out.write(("\n" if first else ",\n") + item)
            else:
                out.write(item + "\n")
            first = False
        if format is ExtractFormat.json:
            out.write("\n]\n" if not first else "]\n")
        out.flush()
    except BrokenPipeError:  # `rasad extract ... | head`: the reader left, stop quietly
        # point stdout at /dev/null so the interpreter's final flush does not fail again
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(1 if failed else 0) from None
    raise typer.Exit(1 if failed else 0)


@app.command()
def ingest(
    paths: PathsArg,
    db: Annotated[
        str, typer.Option("--db", help="Database file (or sqlite:///path URL); created if absent.")
    ],
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, help="Worker processes.")] = 2,
    json_summary: Annotated[
        bool,
        typer.Option(
            "--json",
            help='Print {"stored": N, "duplicates": N, "failed": N} as the last stdout line.',
        ),
    ] = False,
    published: PublishedOpt = None,
    time_preference: TimePrefOpt = TimePreference.auto,
    stages: StagesOpt = None,
    batch_size: Annotated[
        int, typer.Option("--batch-size", min=1, help="Documents per committed transaction.")
    ] = 200,
    progress: Annotated[
        bool, typer.Option("--progress/--no-progress", help="Progress bar on stderr.")
    ] = True,
) -> None:
    """Read, extract and store documents in DB; already-stored content is skipped.

    Commits every --batch-size documents (and at least every 2 s), so an interrupted run keeps everything committed and a re-run stores only the rest.
    """
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from rasad.store import open_store, prepare, raw_hash

    names = _parse_stages(stages)
    options = _options(names, time_preference)
    names = _check_pipeline(names, options, explicit=stages is not None)
    try:
        store = open_store(db)
    except Exception as exc:
        _err.print(f"cannot open database {db}: {exc}", markup=False)
        raise typer.Exit(1) from None
    counts = {"stored": 0, "duplicates": 0, "failed": 0}
    failures: list[Failure] = []
    pending: list = []  # prepared StoreRows awaiting the next commit
    last_commit = time.monotonic()
    skipped = [0]  # written only by the feeder thread, read by the main thread

    def skip_stored(items: Iterable[Document | Failure]) -> Iterator[Document | Failure]:
        # Runs in the pool's feeder thread: identical raw input means identical content,
        # so it is skipped before the costly stages (a resumed run is fast).
        for item in items:
            if isinstance(item, Document) and store.has_raw(raw_hash(item)):
                skipped[0] += 1
                continue
            yield item

    def commit() -> None:
        nonlocal last_commit
        if pending:
            ids = store.add_rows(pending)
            stored = sum(1 for i in ids if i is not None)
            counts["stored"] += stored
            counts["duplicates"] += len(ids) - stored
            pending.clear()
        last_commit = time.monotonic()

    bar = Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(bar_width=None),
        TextColumn("{task.completed} docs"),
        TextColumn("{task.fields[rate]:.0f}/s"),
        TimeElapsedColumn(),
        console=_err,
        transient=False,
        disable=not progress,
    )
    started = time.monotonic()
    interrupted = False

    def show_progress() -> None:
        dup = counts["duplicates"] + skipped[0]
        done = counts["stored"] + dup + counts["failed"] + len(pending)
        bar.update(
            task,
            completed=done,
            rate=done / max(time.monotonic() - started, 1e-9),
            description=f"stored {counts['stored']} · dup {dup} · failed {counts['failed']}",
        )

    with bar:
        task = bar.add_task("ingest", total=None, rate=0.0)
        try:
            items = skip_stored(_read(paths, published))
            for item in process(items, names, prepare, options=options, workers=workers):
                if isinstance(item, Failure):
                    counts["failed"] += 1
                    failures.append(item)
                    _report(item, bar.console)
                else:
                    pending.append(item)
                    if len(pending) >= batch_size or time.monotonic() - last_commit > 2.0:
                        commit()
                show_progress()
            commit()
        except KeyboardInterrupt:
            interrupted = True
            commit()  # keep what was already processed
        show_progress()
    counts["duplicates"] += skipped[0]
    store.close()
    elapsed = time.monotonic() - started
    _summary(counts, failures, elapsed, db, interrupted)
    if json_summary:
        sys.stdout.write(json.dumps(counts) + "\n")
        sys.stdout.flush()
    if interrupted:
        raise typer.Exit(130)
    raise typer.Exit(1 if counts["failed"] else 0)


def _summary(
    counts: dict, failures: list[Failure], elapsed: float, db: str, interrupted: bool
) -> None:
    total = sum(counts.values())
    rate = total / elapsed if elapsed > 0 else 0.0
    head = "interrupted" if interrupted else "done"
    _err.print(
        f"{head}: stored {counts['stored']}, duplicates {counts['duplicates']}, "
        f"failed {counts['failed']} ({total} inputs in {elapsed:.1f}s, {rate:.0f}/s) -> {db}",
        markup=False,
    )
    if failures:
        by_reason: dict[str, int] = {}
        for f in failures:
            by_reason[f.reason] = by_reason.get(f.reason, 0) + 1
        _err.print("failures by reason:", markup=False)
        ranked = sorted(by_reason.items(), key=lambda kv: -kv[1])
        for reason, n in ranked[:15]:
            _err.print(f"  {n:6d}  {reason}", markup=False)
        if len(ranked) > 15:
            rest = sum(n for _, n in ranked[15:])
            _err.print(f"  {rest:6d}  ({len(ranked) - 15} other reasons)", markup=False)


def _open_existing(db: str):
    from rasad.store import open_store

    if "://" not in db and not Path(db).is_file():
        _err.print(f"no such database: {db}", markup=False)
        raise typer.Exit(1)
    try:
        return open_store(db)
    except Exception as exc:
        _err.print(f"cannot open database {db}: {exc}", markup=False)
        raise typer.Exit(1) from None


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words to find (all must occur).")],
    db: Annotated[str, typer.Option("--db", help="Database file written by `rasad ingest`.")],
    format: Annotated[
        SearchFormat, typer.Option("--format", "-f", help="table or jsonl.")
    ] = SearchFormat.table,
    limit: Annotated[
        int, typer.Option("--limit", "-n", min=1, help="Maximum number of results.")
    ] = 20,
) -> None:
    """Full-text search ignoring diacritics, hamza/alef/ya/ta-marbuta variants and clitics.

    روسيا finds "وبروسيا"; أحمد finds احمد. Every word of the query must occur.
    """
    with _open_existing(db) as store:
        results = store.search(query, limit=limit)
    if format is SearchFormat.jsonl:
        for r in results:
            sys.stdout.write(json.dumps(_result_dict(r), ensure_ascii=False) + "\n")
        return
    from rich.table import Table

    table = Table(show_lines=False)
    for col in ("id", "published", "title", "snippet"):
        table.add_column(col, overflow="fold")
    for r in results:
        table.add_row(r.id, r.published or "", r.title or "", r.snippet)
    Console(highlight=False).print(table)
    _err.print(f"{len(results)} result(s)", markup=False)


def _result_dict(result) -> dict:
    import msgspec

    return msgspec.to_builtins(result)


@app.command()
def show(
    doc_id: Annotated[str, typer.Argument(metavar="ID", help="Document id (as shown by search).")],
    db: Annotated[str, typer.Option("--db", help="Database file written by `rasad ingest`.")],
    format: Annotated[
        ShowFormat, typer.Option("--format", "-f", help="json (one line) or pretty.")
    ] = ShowFormat.json,
    raw: Annotated[
        bool, typer.Option("--raw", help="Include the raw input and its alignment.")
    ] = False,
) -> None:
    """Print one stored document as JSON."""
    with _open_existing(db) as store:
        doc = store.get(doc_id)
    if doc is None:
        _err.print(f"no document with id {doc_id!r} in {db}", markup=False)
        raise typer.Exit(1)
    indent = 2 if format is ShowFormat.pretty else None
    sys.stdout.write(doc.to_json(include_raw=raw, indent=indent) + "\n")


@app.command()
def tag(
    input: Annotated[
        str, typer.Argument(help="One token a line, blank line between sentences; '-' for stdin.")
    ],
    output: Annotated[
        str, typer.Argument(help="'token TAG' lines (ANERcorp labels); '-' for stdout.")
    ],
) -> None:
    """Named-entity tagging of pre-tokenized text (ANERcorp format)."""
    try:
        from rasad.ner import tag_file
    except ImportError:
        _err.print("the NER stage is not available in this installation", markup=False)
        raise typer.Exit(1) from None
    if input != "-" and not Path(input).is_file():
        _err.print(f"{input}: no such file", markup=False)
        raise typer.Exit(1)
    try:
        tag_file(input, output)
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        _err.print(f"{input}: {exc}", markup=False)
        raise typer.Exit(1) from None


@app.command()
def schema() -> None:
    """Print the JSON Schema of the document that `rasad extract` emits."""
    sys.stdout.write(schema_text())


def schema_text() -> str:
    return json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"


if __name__ == "__main__":  # pragma: no cover
    app()
