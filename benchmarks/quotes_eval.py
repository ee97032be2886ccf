"""Quality and speed of the "quotes" and "entities" stages on hand-annotated articles.

    python benchmarks/quotes_eval.py [--data ../shared/data] [--gold tests/data/quotes_gold.json]
                                     [--oracle-mentions] [--speed N] [-v]

The gold file lists articles of ../shared/data/raw (path, and the index in a
SaudiNewsNet day archive) with their quotations (a snippet of the first words), the
acceptable speaker names and the entity groups, written by reading the articles. The
article text is read here from ../shared/data, never stored in the repository.

Scoring
- a gold quote is found when a predicted quote's text contains its snippet within
  its first 60 characters (matching forms); every predicted quote matches at most one
  gold quote; predicted quotes that match an "optional" item (names in quotation
  marks, scare quotes, debatable speech) count neither way; the rest are false
  positives;
- speaker: correct when the words of a gold name are among the words of the
  predicted speaker (entity canonical name, its mentions and titles, or the span) or
  the other way round;
- entity groups: pairs of surfaces of one gold group that land in one predicted
  entity (recall), and pairs from different groups (or "distinct" pairs) that land in
  one entity (precision errors).

``--oracle-mentions`` replaces NER by the name surfaces of the gold groups (titles
left out: the entities stage must find those itself), to measure grouping and speaker
resolution apart from NER errors.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import zipfile
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from rasad.document import Document, Entity  # noqa: E402
from rasad.entities.given import entities_from_names  # noqa: E402
from rasad.entities.lexicon import ORG_HEADS, country_of_name  # noqa: E402
from rasad.entities.titles import head_kind  # noqa: E402
from rasad.entities.words import normalize, strip_clitics, words_of  # noqa: E402
from rasad.pipeline import STAGES, build_stage  # noqa: E402


def load_text(data: Path, item: dict) -> str | None:
    path = data / item["path"]
    if not path.exists():
        return None
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as z:
            arts = json.loads(z.read(z.namelist()[0]))
        art = arts[item["index"]]
        return f"{art['title']}\n\n{art['content']}"
    raw = path.read_bytes()
    if "newspapers_cp1256" in item["path"]:
        return raw.replace(b"\x00", b"").decode("cp1256", errors="replace")
    text = raw.decode("utf-8", errors="replace")
    if "<TEXT>" in text:
        title = re.search(r"<TITLE>(.*?)</TITLE>", text, re.S)
        body = re.search(r"<TEXT>(.*?)</TEXT>", text, re.S)
        return (
            f"{title.group(1).strip() if title else ''}\n\n{body.group(1).strip() if body else ''}"
        )
    return text


def build_pipeline(oracle: bool, names: list[str] | None = None) -> list:
    names = list(names or ["clean", "segment", "ner", "entities", "quotes"])
    if oracle:
        names.remove("ner")
    stages = []
    for name in names:
        try:
            stages.append(build_stage(name))
        except Exception as exc:  # a stage not built yet (no model) is skipped
            print(f"# stage {name} unavailable: {type(exc).__name__}: {exc}", file=sys.stderr)
    return stages


def run(
    stages: list, doc: Document, oracle_surfaces: list[str] | None, timing: Counter
) -> Document:
    for stage in stages:
        if stage.name == "entities" and oracle_surfaces is not None:
            doc.entities = oracle_entities(doc, oracle_surfaces)
        t0 = time.perf_counter()
        try:
            doc = stage(doc)
        except Exception as exc:  # another stage under construction must not stop us
            if stage.name in ("entities", "quotes"):
                raise
            timing[f"failed_{stage.name}"] += 1
            print(f"# {stage.name} failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        timing[stage.name] += time.perf_counter() - t0
    return doc


def oracle_entities(doc: Document, surfaces: list[str]) -> list[Entity]:
    """One Entity per gold name surface, at every occurrence (clitics left out)."""
    unique = sorted(set(surfaces), key=len, reverse=True)
    return entities_from_names(doc, [(s, _oracle_type(s)) for s in unique])


def _oracle_type(surface: str) -> str:
    if country_of_name(surface):
        return "GPE"
    first = words_of(surface)[0]
    head = first.norm[2:] if first.norm.startswith("ال") else first.norm
    if head in ORG_HEADS:
        return "ORG"
    return "PERSON"


def is_title_surface(surface: str) -> bool:
    ws = words_of(surface)
    return bool(ws) and head_kind(ws[0]) in ("role", "rank", "pre")


_MARKS = str.maketrans("", "", "«»“”„‹›\"'")
_LEADING_CONJ = re.compile(r"^(?:ب?[اإأ]ن(?:ه|ها|هم|هما|نا|ني)?|ب?ان(?:ه|ها|هم|هما|نا|ني)?)\s+")


def match_form(s: str) -> str:
    """Matching form for snippets: no quotation marks, single spaces."""
    return " ".join(normalize(s).translate(_MARKS).split())


def snippet_form(s: str) -> str:
    """A gold snippet as the content starts: the guidelines put the content after the
    conjunction, so a snippet written with it ("أنها جهد ...") drops it."""
    return _LEADING_CONJ.sub("", match_form(s))


def toks(s: str) -> set[str]:
    return {strip_clitics(w.norm) for w in words_of(s)} - {""}


def speaker_names(doc: Document, q) -> list[str]:
    if q.speaker is None:
        return []
    if q.speaker.entity:
        for e in doc.entities:
            if e.id == q.speaker.entity:
                return [e.canonical, *(m.text for m in e.mentions), *e.titles]
    if q.speaker.span is not None:
        return [q.speaker.span.text]
    return []


def speaker_ok(gold: list[str], predicted: list[str]) -> bool:
    for g in gold:
        tg = toks(g)
        for p in predicted:
            tp = toks(p)
            if tp and tg and (tg <= tp or tp <= tg):
                return True
    return False


def evaluate(args) -> dict:
    data = Path(args.data)
    gold = json.loads(Path(args.gold).read_text(encoding="utf-8"))
    stages = build_pipeline(args.oracle_mentions)
    timing: Counter = Counter()
    c: Counter = Counter()
    per_corpus: dict[str, Counter] = {}
    for item in gold["articles"]:
        if args.split != "all" and item.get("split", "dev") != args.split:
            continue
        text = load_text(data, item)
        if text is None:
            c["missing_articles"] += 1
            continue
        corpus = item["path"].split("/")[1]
        pc = per_corpus.setdefault(corpus, Counter())
        surfaces = None
        if args.oracle_mentions:
            surfaces = [s for g in item["groups"] for s in g if not is_title_surface(s)]
            surfaces += [s for pair in item.get("distinct", []) for s in pair]
        doc = run(stages, Document(raw=text, id=item["path"]), surfaces, timing)
        c["articles"] += 1
        pc["articles"] += 1
        errors = doc.validate()
        c["offset_errors"] += len(errors)
        # ---- quotes
        preds = list(doc.quotes)
        used = [False] * len(preds)
        norm_pred = [match_form(q.text) for q in preds]
        for gq in item["quotes"]:
            snip = snippet_form(gq["snippet"])
            c["gold_quotes"] += 1
            pc["gold_quotes"] += 1
            hit, best = None, 61
            for k, nt in enumerate(norm_pred):
                if not used[k]:
                    pos = nt.find(snip)
                    if 0 <= pos < best:  # the quote that starts closest to the snippet
                        hit, best = k, pos
            if hit is None:
                if args.verbose:
                    print(f"MISS  {item['path']}: {gq['snippet']} ({gq['speaker'][0]})")
                continue
            used[hit] = True
            q = preds[hit]
            c["found"] += 1
            pc["found"] += 1
            names = speaker_names(doc, q)
            if speaker_ok(gq["speaker"], names):
                c["speaker_ok"] += 1
                pc["speaker_ok"] += 1
            elif args.verbose:
                print(
                    f"SPKR  {item['path']}: {gq['snippet']} gold={gq['speaker'][0]} got={names[:1]}"
                )
            if q.kind == gq["kind"]:
                c["kind_ok"] += 1
            if gq.get("cited"):
                c["cited_gold"] += 1
                links = " ".join(link.name for link in q.attribution if link.role == "cited_outlet")
                if toks(gq["cited"]) & toks(links):
                    c["cited_ok"] += 1
                elif args.verbose:
                    print(
                        f"CHAIN {item['path']}: {gq['snippet']} cited={gq['cited']} got={links!r}"
                    )
        optional = [match_form(o) for o in item.get("optional", [])]
        for k, q in enumerate(preds):
            if used[k]:
                continue
            nt = norm_pred[k]
            if any(o in nt or nt in o for o in optional):
                c["optional_hits"] += 1
                continue
            c["false_positives"] += 1
            pc["false_positives"] += 1
            if args.verbose:
                print(
                    f"FP    {item['path']}: {q.kind} {q.text[:60]!r} cue={q.cue.text if q.cue else None}"
                )
        c["predicted"] += len(preds)

        # ---- entity groups
        def entity_of(surface: str, doc: Document = doc) -> str | None:
            key = normalize(surface)
            for e in doc.entities:
                if any(normalize(m.text) == key for m in e.mentions) or any(
                    normalize(t) == key for t in e.titles
                ):
                    return e.id
            return None

        groups = [[(s, entity_of(s)) for s in g] for g in item["groups"]]
        for g in groups:
            for a in range(len(g)):
                for b in range(a + 1, len(g)):
                    c["gold_pairs"] += 1
                    ea, eb = g[a][1], g[b][1]
                    if ea and eb:
                        c["pairs_both_found"] += 1
                        if ea == eb:
                            c["pairs_merged"] += 1
                        elif args.verbose:
                            print(f"SPLIT {item['path']}: {g[a][0]} / {g[b][0]}")
                    elif args.verbose:
                        print(f"NOENT {item['path']}: {g[a][0] if not ea else g[b][0]}")
        apart = []
        for x in range(len(groups)):
            for y in range(x + 1, len(groups)):
                apart += [(a, b) for a in groups[x] for b in groups[y]]
        for pair in item.get("distinct", []):
            apart.append(((pair[0], entity_of(pair[0])), (pair[1], entity_of(pair[1]))))
        for (sa, ea), (sb, eb) in apart:
            if ea and eb:
                c["apart_pairs_found"] += 1
                if ea == eb:
                    c["wrong_merges"] += 1
                    if args.verbose:
                        print(f"MERGE {item['path']}: {sa} / {sb}")
    c["seconds"] = 0
    return {"counts": c, "per_corpus": per_corpus, "timing": timing}


def report(res: dict, args) -> str:
    c = res["counts"]
    tp, fp, gold_n = c["found"], c["false_positives"], c["gold_quotes"]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / gold_n if gold_n else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    lines = [
        f"articles: {c['articles']} (missing {c['missing_articles']}), offset errors: {c['offset_errors']}",
        f"quotes: gold {gold_n}, predicted {c['predicted']}, found {tp}, false positives {fp}, optional {c['optional_hits']}",
        f"quote precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}",
        f"speaker accuracy on found quotes {c['speaker_ok'] / tp if tp else 0:.3f} ({c['speaker_ok']}/{tp})",
        f"kind accuracy on found quotes {c['kind_ok'] / tp if tp else 0:.3f}",
        f"cited outlet/relay in chain {c['cited_ok']}/{c['cited_gold']}",
        f"entity pairs: gold {c['gold_pairs']}, both found {c['pairs_both_found']}, merged {c['pairs_merged']}"
        f"  -> recall {c['pairs_merged'] / c['gold_pairs'] if c['gold_pairs'] else 0:.3f}"
        f" (of found {c['pairs_merged'] / c['pairs_both_found'] if c['pairs_both_found'] else 0:.3f})",
        f"entity pairs that must stay apart: found {c['apart_pairs_found']}, wrongly merged {c['wrong_merges']}"
        f"  -> pair precision {c['pairs_merged'] / (c['pairs_merged'] + c['wrong_merges']) if c['pairs_merged'] + c['wrong_merges'] else 0:.3f}",
    ]
    for corpus, pc in sorted(res["per_corpus"].items()):
        pp = (
            pc["found"] / (pc["found"] + pc["false_positives"])
            if pc["found"] + pc["false_positives"]
            else 0
        )
        rr = pc["found"] / pc["gold_quotes"] if pc["gold_quotes"] else 0
        sa = pc["speaker_ok"] / pc["found"] if pc["found"] else 0
        lines.append(
            f"  {corpus}: {pc['articles']} articles, P {pp:.2f} R {rr:.2f} speaker {sa:.2f}"
        )
    t = res["timing"]
    total = sum(t.values())
    if total:
        share = (t["entities"] + t["quotes"]) / total
        lines.append(
            "time per stage (s): "
            + ", ".join(f"{k} {v:.3f}" for k, v in t.items() if not k.startswith("failed"))
            + f"; entities+quotes = {share:.1%} of the pipeline"
        )
    return "\n".join(lines)


def speed(args) -> str:
    """Per-article time of each stage over N real articles (SaudiNewsNet)."""
    data = Path(args.data)
    stages = build_pipeline(False, list(STAGES))  # every stage that builds
    timing: Counter = Counter()
    n = 0
    for zp in sorted((data / "raw" / "saudinewsnet").glob("*.zip")):
        with zipfile.ZipFile(zp) as z:
            arts = json.loads(z.read(z.namelist()[0]))
        for art in arts:
            run(stages, Document(raw=f"{art['title']}\n\n{art['content']}"), None, timing)
            n += 1
            if n >= args.speed:
                break
        if n >= args.speed:
            break
    total = sum(v for k, v in timing.items() if not k.startswith("failed"))
    rest = total - timing["entities"] - timing["quotes"]
    lines = [f"{n} articles, {total / n * 1000:.2f} ms per article in all stages"]
    failed = {k[7:]: v for k, v in timing.items() if k.startswith("failed")}
    if failed:
        lines.append(f"  (stage failures, time still counted: {failed})")
    lines += [
        f"  {k}: {v / n * 1000:.2f} ms" for k, v in timing.items() if not k.startswith("failed")
    ]
    if rest:
        lines.append(
            f"entities + quotes: {(timing['entities'] + timing['quotes']) / n * 1000:.2f} ms per article"
            f" = {(timing['entities'] + timing['quotes']) / rest:.1%} on top of the other stages"
        )
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--data", default=str(REPO.parent / "shared" / "data"))
    ap.add_argument("--gold", default=str(REPO / "tests" / "data" / "quotes_gold.json"))
    ap.add_argument("--oracle-mentions", action="store_true")
    ap.add_argument("--split", choices=["dev", "heldout", "blind2", "blind3", "all"], default="all")
    ap.add_argument("--speed", type=int, default=0, help="measure time per article over N articles")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    print(f"# stages: {', '.join(n for n in STAGES)}", file=sys.stderr)
    if args.speed:
        print(speed(args))
        return
    print(report(evaluate(args), args))


if __name__ == "__main__":
    main()
