"""Pipeline: stage order, failures pass through, process pool keeps order and stays lazy."""

from __future__ import annotations

import itertools

from rasad import Document, Failure, Pipeline, extract
from rasad.pipeline import available_stages


def _docs(n: int):
    for i in range(n):
        yield Document(id=f"d{i}", raw=f"قال الوزير إن الاجتماع {i} انتهى. ثم غادر.")


def _text_length(doc: Document) -> tuple[str, int]:
    return doc.id, len(doc.text)


def test_foundation_stages_fill_text_sentences_tokens():
    doc = Pipeline(["clean", "segment"])(Document(raw="قال الوزير: نعم.\r\nثم غادر&"))
    assert doc.text and doc.sentences and doc.tokens
    assert doc.validate() == []
    assert "&" not in doc.text


def test_failures_pass_through_and_counted():
    pipe = Pipeline(["clean", "segment"])
    items = [Failure(path="x.txt", reason="empty file"), *_docs(2)]
    out = list(pipe.run(items))
    assert isinstance(out[0], Failure) and [d.id for d in out[1:]] == ["d0", "d1"]
    assert pipe.stats.failed == 1 and pipe.stats.documents == 2


def test_stage_error_becomes_failure_and_run_goes_on():
    pipe = Pipeline(["clean", "segment"])

    class Broken:
        name, counters = "broken", {}

        def __call__(self, doc):
            if doc.id == "d1":
                raise RuntimeError("boom")
            return doc

    pipe.stages.append(Broken())
    out = list(pipe.run(_docs(3)))
    assert [type(x).__name__ for x in out] == ["Document", "Failure", "Document"]
    assert "boom" in out[1].reason


class _BatchBroken:
    """A stage with ``pipe`` whose batch call fails when it holds document d2; it sets
    a field, so running it twice on a document is safe (as a stage must be)."""

    name = "batch_broken"

    def __init__(self) -> None:
        self.counters: dict = {}
        self.batches: list[list[str]] = []

    def __call__(self, doc):
        if doc.id == "d2":
            raise ValueError("bad d2")
        doc.source.author = "seen"
        return doc

    def pipe(self, docs):
        self.batches.append([d.id for d in docs])
        return [self(d) for d in docs]


def test_batches_go_through_pipe_and_a_failing_document_fails_alone():
    pipe = Pipeline(["clean", "segment"])
    stage = _BatchBroken()
    pipe.stages.append(stage)
    items = [*_docs(3), Failure(path="x.txt", reason="unreadable"), *_docs(4)]
    out = list(pipe.run(items, batch_size=3))
    # input order kept; the reader's failure passes through where it was
    kinds = [x.id if isinstance(x, Document) else x.reason for x in out]
    assert kinds == [
        "d0",
        "d1",
        "pipeline error: ValueError: bad d2",
        "unreadable",
        "d0",
        "d1",
        "pipeline error: ValueError: bad d2",
        "d3",
    ]
    assert all(x.source.author == "seen" for x in out if isinstance(x, Document))
    # batches of 3 documents: each batch with d2 raised in ``pipe`` and ran again one
    # document at a time; the last batch, one document, was called directly
    assert stage.batches == [["d0", "d1", "d2"], ["d0", "d1", "d2"]]
    assert pipe.stats.failed == 3 and pipe.stats.documents == 5


def test_batch_size_one_calls_stages_per_document():
    pipe = Pipeline(["clean", "segment"])
    stage = _BatchBroken()
    pipe.stages.append(stage)
    out = list(pipe.run(_docs(2), batch_size=1))
    assert [d.id for d in out] == ["d0", "d1"] and stage.batches == []


def test_process_pool_keeps_order_and_is_lazy():
    pipe = Pipeline(["clean", "segment"])
    consumed = itertools.count()

    def counting(n):
        for doc in _docs(n):
            next(consumed)
            yield doc

    results = pipe.run(counting(10_000), workers=2, chunksize=4, finish=_text_length)
    first = [next(results) for _ in range(5)]
    # only a bounded window of the input has been read so far
    assert next(consumed) < 200
    results.close()
    assert [r[0] for r in first] == [f"d{i}" for i in range(5)]


def test_extract_runs_every_available_stage():
    assert {"clean", "segment"} <= set(available_stages())
    doc = extract("قال الوزير إن الاجتماع انتهى.", published="2020-01-02")
    assert doc.published == "2020-01-02" and doc.sentences
    assert doc.validate() == []
