"""Assemble docs/benchmarks.md from the summary and the per-area sections in docs/bench/.

    python benchmarks/collect.py

Each area keeps its measured numbers and the commands that produce them in its own file
(docs/bench/<area>.md, written by that area's benchmark work); this script only orders
and concatenates them so there is one page to read.
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"
ORDER = [
    "summary",
    "ingest",
    "clean",
    "text",
    "store_cli",
    "ner",
    "values",
    "quotes",
    "events",
    "events_records",
    "speed",
]


def section(path: Path, *, top: bool = False) -> str:
    """A section's text with its headings one level under the page title."""
    text = path.read_text(encoding="utf-8").strip()
    if top or not text.startswith("# "):
        return text
    lines, fenced = [], False
    for line in text.splitlines():
        if line.startswith("```"):
            fenced = not fenced
        lines.append("#" + line if line.startswith("#") and not fenced else line)
    return "\n".join(lines)


def main() -> None:
    parts = []
    for name in ORDER:
        path = DOCS / "bench" / f"{name}.md"
        if path.is_file():
            parts.append(section(path, top=name == "summary"))
    extra = sorted(p for p in (DOCS / "bench").glob("*.md") if p.stem not in ORDER)
    parts += [section(p) for p in extra]
    out = DOCS / "benchmarks.md"
    out.write_text("\n\n---\n\n".join(parts) + "\n", encoding="utf-8")
    print(f"wrote {out} ({len(parts)} sections)")


if __name__ == "__main__":
    main()
