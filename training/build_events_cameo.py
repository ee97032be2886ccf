"""Compile the PETRARCH Arabic dictionaries and the PLOVER mapping into resources/events.

    python training/build_events_cameo.py ../shared/data

Reads events/petrarch_arabic (CAMEO.ar.0.5.txt verb patterns, actor_dict_ar_v4.txt,
agents.all.ar.txt) and events/plover/CAMEO2PLOVER-2021.txt and writes two compact
JSON files (the repository keeps these and this script, never the raw files):

- cameo_ar.json: verb lemma key -> verb block ids; each block is [default CAMEO code or
  "", [[object keys], code], ...]; and CAMEO code -> [PLOVER type, mode, context];
- actors_ar.json: lemma-key phrase ("وزار دفاع اميرك") -> [country or "", sector or ""];
  a one-word key also lists the dictionary's own spellings of that word (without clitics
  and article), because one lemma key covers unrelated words (سلمان and السلم both give
  سلم): run time accepts a one-word hit only in a form of one of those spellings.

Lemma keys come from rasad.events.normalize.lemma_key so that run time matching uses
the very same folding. Output is sorted, so the build is deterministic.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from rasad.events.normalize import lemma_key, normalize, strip_proclitics

OUT = Path(__file__).resolve().parent.parent / "src/rasad/resources/events"
_ARABIC_WORD = re.compile(r"[\u0621-\u064a\u0671-\u06d3]+")
_CODE = re.compile(r"\[(\d{2,4})\]")
# CAMEO actor sector codes we pass on (the rest of a code is a country or region)
SECTORS = {
    "GOV",
    "MIL",
    "REB",
    "OPP",
    "IGO",
    "CVL",
    "COP",
    "JUD",
    "LEG",
    "ELI",
    "BUS",
    "MED",
    "EDU",
    "REF",
    "LAB",
    "AGR",
    "HLH",
    "CRM",
    "SPY",
    "UAF",
    "IMG",
    "NGO",
    "PTY",
    "REL",
    "SEP",
    "RAD",
    "MOD",
    "INS",
    "ENV",
    "HRI",
    "SET",
    "DEV",
}


def phrase_key(words: list[str]) -> str:
    return " ".join(k for k in (lemma_key(normalize(w)) for w in words) if k)


def split_code(code: str) -> tuple[str, str]:
    """'USAGOV' -> ('USA', 'GOV'); '~REB' -> ('', 'REB'); 'IGOGOV' -> ('', 'IGO')."""
    code = code.strip().lstrip("~").split()[0] if code.strip() else ""
    if code.startswith("IGO"):
        return "", "IGO"
    country = ""
    if len(code) >= 3 and code[:3] not in SECTORS:
        country, code = code[:3], code[3:]
    sector = next(
        (code[i : i + 3] for i in range(0, len(code), 3) if code[i : i + 3] in SECTORS), ""
    )
    return country, sector


def compile_verbs(path: Path) -> tuple[dict[str, list[int]], list[list]]:
    """Verb lemma key -> block ids; block = [default code, [[object keys], code], ...]."""
    verbs: dict[str, list[int]] = {}
    blocks: list[list] = []
    block: list | None = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line.startswith("---"):
            m = _CODE.search(line)
            block = [m.group(1) if m else "", []]
            blocks.append(block)
            continue
        if block is None or not line or line.startswith(("#", "&", "+")):
            continue
        if line.startswith("-"):
            m = _CODE.search(line)
            if not m:
                continue
            body = line[1:].split("[")[0].split("#")[0]
            after = body.split("*", 1)[1] if "*" in body else body
            keys = sorted({lemma_key(normalize(w)) for w in _ARABIC_WORD.findall(after)})
            keys = [k for k in keys if len(k) >= 3]
            if keys:
                block[1].append([keys, m.group(1)])
            continue
        words = _ARABIC_WORD.findall(line.split("#")[0].split("+")[0])
        if len(words) != 1:
            continue
        key = lemma_key(normalize(words[0]))
        if len(key) >= 3 and (len(blocks) - 1) not in verbs.get(key, []):
            verbs.setdefault(key, []).append(len(blocks) - 1)
    for b in blocks:
        b[1].sort()
    return dict(sorted(verbs.items())), blocks


def compile_plover(path: Path) -> dict[str, list[str]]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):\s*([^#]*)", line)
        if not m:
            continue
        parts = [p.strip() for p in m.group(2).split(",")]
        if not parts or not parts[0]:
            continue
        plover_type = parts[0].upper()
        mode = parts[1] if len(parts) > 1 else ""
        context = parts[2] if len(parts) > 2 else ""
        out[m.group(1)] = [plover_type, mode, context]
    return dict(sorted(out.items()))


def compile_actors(dict_path: Path, agents_path: Path) -> dict[str, list]:
    actors: dict[str, list] = {}
    spellings: dict[str, set[str]] = {}
    name_words: list[str] = []

    def add(words: list[str], entry: list[str]) -> None:
        key = phrase_key(words)
        if not key:
            return
        if key not in actors:  # the first (usually oldest) code of an actor wins
            actors[key] = entry
        if " " not in key and actors[key] == entry:  # a spelling of the kept actor
            word = next(w for w in words if lemma_key(normalize(w)))
            spellings.setdefault(key, set()).add(strip_proclitics(normalize(word)))

    for raw in dict_path.read_text(encoding="utf-8").splitlines():
        if raw.startswith("#") or not raw.strip():
            continue
        line = raw.split("#")[0]
        codes = re.findall(r"\[([^\]]*)\]", line)
        head = re.sub(r"\[[^\]]*\]", "", line)
        words = _ARABIC_WORD.findall(head.replace("_", " "))
        if words and not raw[0].isspace():
            name_words = words
        if not codes or not name_words:
            continue
        add(name_words, list(split_code(codes[0])))
    for raw in agents_path.read_text(encoding="utf-8").splitlines():
        m = re.search(r"\[(~?[A-Z]+)\]", raw)
        if not m:
            continue
        add(_ARABIC_WORD.findall(raw[m.end() :]), ["", split_code(m.group(1))[1]])
    for key, forms in spellings.items():
        actors[key] = [*actors[key], sorted(forms)]
    return dict(sorted(actors.items()))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", type=Path)
    args = ap.parse_args()
    pet = args.data / "events/petrarch_arabic"
    verbs, blocks = compile_verbs(pet / "CAMEO.ar.0.5.txt")
    plover = compile_plover(args.data / "events/plover/CAMEO2PLOVER-2021.txt")
    actors = compile_actors(pet / "actor_dict_ar_v4.txt", pet / "agents.all.ar.txt")
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "cameo_ar.json").write_text(
        json.dumps(
            {"verbs": verbs, "blocks": blocks, "plover": plover},
            ensure_ascii=False,
            separators=(",", ":"),
        ),
        encoding="utf-8",
    )
    (OUT / "actors_ar.json").write_text(
        json.dumps(actors, ensure_ascii=False, separators=(",", ":")), encoding="utf-8"
    )
    patterns = sum(len(b[1]) for b in blocks)
    print(
        f"{len(verbs)} verbs, {patterns} patterns, {len(plover)} CAMEO->PLOVER codes, {len(actors)} actors"
    )


if __name__ == "__main__":
    main()
