"""The learned check of the rule-coded event types (training/build_generic_model.py).

* the model ships with the package and gives a probability and a threshold;
* a specific event keeps its salience and takes the probability as its confidence; an
  invitation to apply for jobs, a habit and a sports transfer are only mentioned;
* ``generic_check=False`` leaves the decision to the rules alone;
* a trigger retyped by the stage is scored as its new type;
* the readings it trains on: two readings of one event that disagree are left out.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from rasad.document import Document
from rasad.events.features import (
    Trigger,
    analyse,
    document_cues,
    document_words,
    generic_features,
)
from rasad.events.stage import generic_model, generic_score
from rasad.pipeline import Pipeline, available_stages

TRAINING = Path(__file__).resolve().parent.parent / "training"


@pytest.fixture(scope="module")
def pipes() -> tuple[Pipeline, Pipeline]:
    return (
        Pipeline(available_stages()),
        Pipeline(available_stages(), events={"generic_check": False}),
    )


def _events(pipe: Pipeline, text: str, event_type: str) -> list:
    doc = pipe(Document(raw=text, published="2015-07-25", id="t"))
    return [e for e in doc.events if e.type == event_type]


def test_model_ships() -> None:
    model = generic_model()
    assert model is not None
    assert 0.0 < model["threshold"] < 1.0
    assert len(model["weights"]) > 1000


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز في قصر السلام بجدة أمس "
            "وزير الخارجية الأمريكي جون كيري.",
            "CONSULT",
        ),
        ("ودعا مجلس الأمن الدولي الحكومة السورية إلى وقف القصف فورا.", "REQUEST"),
    ],
)
def test_specific_event_stays_reported(pipes, text: str, event_type: str) -> None:
    checked, rules = pipes
    (event,) = _events(checked, text, event_type)
    assert event.salience == "reported"
    assert event.confidence >= generic_model()["threshold"]
    (plain,) = _events(rules, text, event_type)
    assert plain.confidence != event.confidence  # the rules' fixed confidence


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("المعتاد عندنا أن ينادي النادل بأعلى صوته في طلب الوجبة.", "REQUEST"),
        ("اليوناني إيوانيس يوافق على الاحتراف بالأهلي", "AGREE"),
    ],
)
def test_doubtful_event_is_only_mentioned(pipes, text: str, event_type: str) -> None:
    checked, rules = pipes
    (event,) = _events(checked, text, event_type)
    assert event.salience == "background"
    assert event.confidence < generic_model()["threshold"]
    (plain,) = _events(rules, text, event_type)
    assert plain.salience == "reported"  # the rules alone report it


def test_job_call_scores_below_a_call_on_a_government(pipes) -> None:
    # a job advertisement's "دعت" ranks below a body's call on a government; the
    # session-17 checks score it 0.36, just above their thresholds (0.32, 0.35), so only
    # the ranking is asserted here (on the check itself: since session 24 the senses
    # take such a notice for an invitation, and the pipeline gives no event for it)
    checked, _rules = pipes
    job_text = (
        "ودعت المدينة الراغبين بالانضمام لكادر أعضاء هيئة البحث العلمي بالمدينة ممن "
        "تنطبق عليهم الشروط، إلى التقديم على الوظائف المذكورة عبر الموقع الإلكتروني."
    )
    call_text = "ودعا مجلس الأمن الدولي الحكومة السورية إلى وقف القصف فورا."
    assert _events(checked, job_text, "REQUEST") == []
    (call,) = _events(checked, call_text, "REQUEST")
    assert call.salience == "reported"
    scores = []
    for text in (job_text, call_text):
        analysis = analyse(text)
        trig = next(t for t in analysis.triggers if t.type == "REQUEST")
        scores.append(generic_score(analysis, trig, "REQUEST")[0])
    assert scores[0] < scores[1]


def test_retyped_trigger_is_scored_as_its_new_type() -> None:
    analysis = analyse("وقدمت المملكة دعما ماليا للحكومة اليمنية.")
    trig = next(t for t in analysis.triggers if t.type == "SUPPORT")
    as_aid = Trigger(trig.index, trig.families, "AID", trig.kind, trig.mode, trig.core)
    assert "type:AID" in generic_features(analysis, as_aid)
    assert generic_score(analysis, trig, "AID") != generic_score(analysis, trig, "SUPPORT")


def _build_generic_model():
    spec = importlib.util.spec_from_file_location(
        "build_generic_model", TRAINING / "build_generic_model.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("build_generic_model", module)
    spec.loader.exec_module(module)
    return module


def test_disagreeing_readings_are_left_out(tmp_path: Path) -> None:
    lines = [
        {"sample": "a", "doc": "d-1", "type": "REQUEST", "trigger": "دعا", "type_ok": "yes"},
        {"sample": "b", "doc": "d-1", "type": "REQUEST", "trigger": "دعا", "type_ok": "no"},
        {"sample": "a", "doc": "d-2", "type": "AGREE", "trigger": "وافق", "type_ok": "no"},
        {"sample": "b", "doc": "d-2", "type": "AGREE", "trigger": "وافق", "type_ok": "no"},
        {"sample": "a", "doc": "d-3", "type": "ASSAULT", "trigger": "هجوم", "type_ok": "yes"},
        {"sample": "a", "doc": "d-4", "type": "CONSULT", "trigger": "زار", "better": "new"},
    ]
    path = tmp_path / "events_generic_session1.jsonl"
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), encoding="utf-8")
    rows = _build_generic_model().load_readings(tmp_path)
    assert [(r["key"], r["y"]) for r in rows] == [(("d-2", "AGREE", "وافق"), False)]


def test_blind_reads_train_except_the_measuring_sample(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    module = _build_generic_model()
    # (between sessions no sample may be measuring: the rule is tested with one named)
    monkeypatch.setattr(module, "MEASURING", ("events_generic_session9_heldout",))
    one = {"sample": "s", "type": "REQUEST", "trigger": "دعا", "type_ok": "yes"}
    files = {
        "events_generic_session1.jsonl": "d-1",
        "events_generic_session2_heldout.jsonl": "d-2",
        f"{module.MEASURING[0]}.jsonl": "d-3",
    }
    for name, doc in files.items():
        (tmp_path / name).write_text(json.dumps({**one, "doc": doc}, ensure_ascii=False))
    everything = module.load_readings(tmp_path)
    assert sorted((r["key"][0], r["heldout"]) for r in everything) == [
        ("d-1", False),
        ("d-2", True),
    ]
    assert [r["key"][0] for r in module.load_readings(tmp_path, dev_only=True)] == ["d-1"]


def test_threshold_sits_inside_a_flat_top_not_at_its_edge() -> None:
    module = _build_generic_model()
    # every threshold in 0.31 .. 0.70 separates the two perfectly: F1 is flat there,
    # and the smoothed argmax stays off the plateau's edge
    scores = [0.1, 0.2, 0.3] * 10 + [0.7, 0.8, 0.9] * 10
    golds = [False] * 30 + [True] * 30
    threshold = module.best_threshold(scores, golds)
    edge = module.SMOOTH_STEPS / 100
    assert 0.31 + edge - 1e-9 <= threshold <= 0.70 - edge + 1e-9
    assert module.f_beta(scores, golds, threshold) == 1.0
    # three negatives at 0.5 make every threshold up to 0.50 worse: the choice moves
    # off that drop too (the raw argmax, ties to the lowest, would sit right at 0.51)
    scores += [0.5] * 3
    golds += [False] * 3
    moved = module.best_threshold(scores, golds)
    assert 0.51 + edge - 1e-9 <= moved <= 0.70 - edge + 1e-9


def test_article_cues_count_genre_words_folded() -> None:
    # a film review retold: three distinct fiction words, written with hamza and ta
    # marbuta as the press writes them; no sports or first-person words
    words = document_words("في الفيلم يلعب البطل دور شرطي، وتنتهي القصة بالقبض على اللص.")
    cues = document_cues(words, 1)
    assert "doc:fiction:3" in cues
    assert "doc:sports:0" in cues and "doc:first_person:0" in cues
    assert "doc:sentences:3" in cues


def test_check_reads_the_article_and_the_sentence_place() -> None:
    analysis = analyse("وقبضت الشرطة على رجل آخر وضربته.")
    trig = next(t for t in analysis.triggers if t.type == "COERCE")
    cues = document_cues(document_words("رواية الكاتب وقصة البطل"), 12)
    feats = generic_features(analysis, trig, cues, 9)
    assert set(cues) <= set(feats) and "doc:sentence:>8" in feats
    # without them (the default) no article feature comes in
    assert not any(f.startswith("doc:") for f in generic_features(analysis, trig))


def test_stage_gives_the_check_its_article_cues(monkeypatch) -> None:
    from rasad.events import stage

    seen = []
    real = stage.generic_score

    def spy(analysis, trig, event_type, doc_cues=(), sentence=None):
        seen.append((doc_cues, sentence))
        return real(analysis, trig, event_type, doc_cues, sentence)

    monkeypatch.setattr(stage, "generic_score", spy)
    text = "مقدمة الرواية.\nوطالب وزير الخارجية الحكومة بوقف القتال فورا."
    Pipeline(available_stages())(Document(raw=text, published="2015-07-25", id="t"))
    assert seen and all(
        cues and any(c.startswith("doc:fiction:") for c in cues) for cues, _ in seen
    )
    assert {n for _, n in seen} == {1}
