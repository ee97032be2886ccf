"""NER batching: a document's sentences tagged together give the per-sentence results."""

from __future__ import annotations

import numpy as np

from rasad.ner.decode import LABELS, Padded, batched_marginals, decode, decode_padded
from rasad.ner.lexicon import Lexicon
from rasad.ner.tagger import load_model

SENTENCES = [
    ["قال", "وزير", "الخارجية", "الأمير", "فيصل", "بن", "فرحان", "في", "الرياض", "اليوم"],
    ["وأعلنت", "شركة", "أرامكو", "عن", "أرباح", "بلغت", "5", "مليارات", "دولار", "."],
    ["مرحبا"],
    ["زار", "الرئيس", "الفرنسي", "القاهرة", "ثم", "عاد", "إلى", "باريس", "وقال", "إن", "الأمم"]
    + ["المتحدة", "ستجتمع", "في", "جنيف", "."],
]


def test_emissions_of_a_batch_match_each_sentence_alone() -> None:
    neural = load_model().neural
    assert neural is not None
    together = neural.emissions(SENTENCES)
    for tokens, scores in zip(SENTENCES, together, strict=True):
        (alone,) = neural.emissions([tokens])
        assert scores.shape == alone.shape == (len(tokens), len(LABELS))
        assert np.abs(scores - alone).max() < 1e-4  # float32 rounding only


def test_tagging_with_empty_sentences_keeps_their_places() -> None:
    model = load_model()
    tagged = model.tag_many_with_confidence([[], *SENTENCES[:2], []])
    assert tagged[0] == ([], []) and tagged[-1] == ([], [])
    alone = model.tag_many_with_confidence([SENTENCES[1]])[0]
    assert tagged[2][0] == alone[0]
    assert np.allclose(tagged[2][1], alone[1], atol=1e-6)


def test_padded_decoding_and_marginals_match_one_sentence_at_a_time() -> None:
    rng = np.random.default_rng(0)
    probs = [rng.dirichlet(np.ones(len(LABELS)), size=n) for n in (7, 1, 12, 3)]
    batch = Padded(probs)
    paths = batch.unsort(decode_padded(batch.values, batch.lengths))
    assert [[LABELS[k] for k in p] for p in paths] == [decode(p) for p in probs]
    scores = [np.log(p) for p in probs]
    trans = np.exp(rng.normal(size=(len(LABELS), len(LABELS))))
    together = batched_marginals(scores, trans)
    for s, m in zip(scores, together, strict=True):
        assert np.allclose(m, batched_marginals([s], trans)[0], atol=1e-12)
        assert np.allclose(m.sum(axis=1), 1.0)


def _naive_match(lexicon: Lexicon, norms: list[str]) -> list[str]:
    """Every start, every length, longest first (what the pruned matcher must equal)."""
    labels = [""] * len(norms)
    i = 0
    while i < len(norms):
        found = 0
        for length in range(min(lexicon.max_gazetteer_len, len(norms) - i), 0, -1):
            for first in lexicon.gazetteer_firsts(norms[i]):
                typ = lexicon.gazetteer.get((first, *norms[i + 1 : i + length]))
                if typ:
                    found = length
                    labels[i : i + length] = ["B-" + typ] + ["I-" + typ] * (length - 1)
                    break
            if found:
                break
        i += found or 1
    return labels


def test_gazetteer_matcher_equals_the_exhaustive_search() -> None:
    lexicon = Lexicon()
    entries = {("الامم", "المتحده"): "ORG", ("مجلس", "الامن", "الدولي"): "ORG"}
    entries |= {("مجلس", "الوزراء"): "ORG", ("باريس",): "LOC", ("الامن",): "MISC"}
    lexicon.gazetteer = dict(entries)
    lexicon.max_gazetteer_len = 3
    lexicon._starts = {k[0] for k in entries}
    lexicon._chains = {k[:j] for k in entries for j in range(2, len(k) + 1)}
    rng = np.random.default_rng(1)
    vocab = ["الامم", "المتحده", "مجلس", "الامن", "الدولي", "الوزراء", "باريس", "وباريس", "في"]
    for _ in range(300):
        norms = [vocab[k] for k in rng.integers(0, len(vocab), size=rng.integers(1, 12))]
        assert lexicon.match_gazetteer(norms) == _naive_match(lexicon, norms)


def test_projection_row_cache_returns_what_was_put_and_stays_bounded() -> None:
    from rasad.ner.neural import _RowCache

    rng = np.random.default_rng(2)
    cache = _RowCache(50, 4)
    truth: dict[str, np.ndarray] = {}
    hits = 0
    for _ in range(2000):
        forms = list(dict.fromkeys(f"w{k}" for k in rng.integers(0, 300, size=30)))
        out = np.empty((len(forms), 4), np.float32)
        missing = cache.get_many(forms, out)
        for u, form in enumerate(forms):
            if u not in missing:
                hits += 1
                assert np.array_equal(out[u], truth[form])
        for u in missing:
            row = truth.setdefault(forms[u], rng.normal(size=4).astype(np.float32))
            cache.put(forms[u], row)
        assert all(len(rows) <= 50 for rows in cache.rows)
    assert hits > 0


def test_documents_tagged_together_match_each_document_alone(monkeypatch) -> None:
    model = load_model()
    documents = [SENTENCES[:2], [[], SENTENCES[2]], SENTENCES[3:], []]
    together = model.tag_documents(documents, analyst_orgs=True)
    assert len(together) == len(documents)
    for sentences, tagged in zip(documents, together, strict=True):
        alone = model.tag_many_with_confidence(sentences, analyst_orgs=True)
        assert [labels for labels, _ in tagged] == [labels for labels, _ in alone]
        for (_, a), (_, b) in zip(tagged, alone, strict=True):
            assert np.allclose(a, b, atol=1e-4)  # float rounding of other batch shapes
    # names found in one document label only that document's other mentions
    import rasad.ner.tagger as tagger

    seen: list[list[list[str]]] = []

    def recording(sentences, labels, *args):
        seen.append(sentences)
        return labels

    monkeypatch.setattr(tagger, "propagate", recording)
    model.tag_documents(documents)
    assert seen == documents


def test_padded_chunks_bound_the_padding() -> None:
    from rasad.ner.tagger import PADDED_SLOTS, _padded_chunks

    lengths = [3, 400, 17, 17, PADDED_SLOTS + 5, 1, 60] * 40
    chunks = _padded_chunks(lengths)
    assert sorted(i for c in chunks for i in c) == list(range(len(lengths)))
    for chunk in chunks:
        longest = max(lengths[i] for i in chunk)
        assert lengths[chunk[0]] == longest  # longest first, as ``Padded`` wants
        assert len(chunk) * longest <= PADDED_SLOTS or len(chunk) == 1
