"""Train the BiLSTM-CRF NER tagger (PyTorch, CPU) and export it for numpy inference.

    python training/train_ner_neural.py --dev      # train on 90 %, report dev F1 per epoch
    python training/train_ner_neural.py            # train on all of ANERcorp, write resources

Needs the resources of ``train_ner.py`` (word table, gazetteer) and its build directory
(word vectors). Deterministic: fixed seeds, one thread.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np
import torch
from torch import nn

from ner_data import anercorp, aqmar, split_dev, wojood

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from rasad.ner.features import FeatureExtractor  # noqa: E402
from rasad.ner.lexicon import Lexicon  # noqa: E402
from rasad.ner.neural import CATEGORIES, MAX_CHARS, Encoder, NeuralTagger, token_categories  # noqa: E402
from rasad.ner.scoring import format_score, score  # noqa: E402

RESOURCES = REPO / "src" / "rasad" / "resources" / "ner"
LABELS = ["O", "B-PERS", "I-PERS", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"]
CAT_DIM = {"embed": 8, "gaz": 8, "trig": 4, "prefix": 4, "freq": 4, "article": 4, "shape": 4}


def build_meta(extractor: FeatureExtractor, sents) -> dict:
    """Character and category vocabularies from the training sentences (0 pad, 1 unknown)."""
    chars: dict[str, int] = {}
    cats: dict[str, dict[str, int]] = {name: {} for name in CATEGORIES}
    for tokens, _ in sents:
        words = [extractor.word(t) for t in tokens]
        gaz = extractor.lexicon.match_gazetteer([w[0] for w in words])
        for w, g in zip(words, gaz, strict=True):
            for ch in w[0][:MAX_CHARS]:
                chars.setdefault(ch, len(chars) + 2)
            for name, value in token_categories(w, g, extractor.lexicon).items():
                cats[name].setdefault(value, len(cats[name]) + 2)
    return {"chars": chars, "categories": cats, "labels": LABELS}


class Model(nn.Module):
    def __init__(
        self, vectors: np.ndarray, meta: dict, char_dim=24, filters=64, width=3, hidden=128
    ):
        super().__init__()
        self.words = nn.Embedding.from_pretrained(torch.tensor(vectors), freeze=True)
        self.char_emb = nn.Embedding(len(meta["chars"]) + 2, char_dim, padding_idx=0)
        self.conv = nn.Conv1d(char_dim, filters, width, padding=width // 2)
        self.cats = nn.ModuleList(
            nn.Embedding(len(meta["categories"][name]) + 2, CAT_DIM[name]) for name in CATEGORIES
        )
        size = vectors.shape[1] + filters + sum(CAT_DIM.values())
        self.dropout = nn.Dropout(0.5)
        self.lstm = nn.LSTM(size, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, len(LABELS))
        n = len(LABELS)
        self.trans = nn.Parameter(torch.zeros(n, n))
        self.start = nn.Parameter(torch.zeros(n))
        self.end = nn.Parameter(torch.zeros(n))

    def emissions(self, words, chars, cats, lengths):
        b, t, c = chars.shape
        emb = self.char_emb(chars.view(b * t, c)).transpose(1, 2)  # [BT, E, C]
        conv = torch.relu(self.conv(emb))  # [BT, F, C]
        conv = conv.masked_fill((chars.view(b * t, 1, c) == 0), 0.0)
        char_vec = conv.max(dim=2).values.view(b, t, -1)
        words = torch.where(words < 0, self.words.num_embeddings - 1, words)  # unknown: zero row
        parts = [self.words(words), char_vec] + [e(cats[:, :, k]) for k, e in enumerate(self.cats)]
        x = self.dropout(torch.cat(parts, dim=2))
        packed = nn.utils.rnn.pack_padded_sequence(
            x, lengths, batch_first=True, enforce_sorted=False
        )
        out, _ = self.lstm(packed)
        out, _ = nn.utils.rnn.pad_packed_sequence(out, batch_first=True, total_length=t)
        return self.out(self.dropout(out))

    def nll(self, scores, tags, mask):
        """Negative log-likelihood of a linear-chain CRF, mean over the batch."""
        b, t, n = scores.shape
        alpha = self.start + scores[:, 0]
        gold = self.start[tags[:, 0]] + scores[:, 0].gather(1, tags[:, :1]).squeeze(1)
        for i in range(1, t):
            m = mask[:, i]
            nxt = torch.logsumexp(
                alpha.unsqueeze(2) + self.trans + scores[:, i].unsqueeze(1), dim=1
            )
            alpha = torch.where(m.unsqueeze(1), nxt, alpha)
            step = self.trans[tags[:, i - 1], tags[:, i]] + scores[:, i].gather(
                1, tags[:, i : i + 1]
            ).squeeze(1)
            gold = gold + step * m
        last = tags.gather(1, (mask.sum(1) - 1).unsqueeze(1)).squeeze(1)
        gold = gold + self.end[last]
        return (torch.logsumexp(alpha + self.end, dim=1) - gold).mean()


def batches(encoded, tags, size, rng):
    order = rng.permutation(len(encoded))
    for lo in range(0, len(order), size):
        idx = order[lo : lo + size]
        yield collate([encoded[i] for i in idx], [tags[i] for i in idx])


def collate(items, tags):
    lengths = [len(it[0]) for it in items]
    t = max(lengths)
    b = len(items)
    words = torch.full((b, t), -1, dtype=torch.long)
    chars = torch.zeros((b, t, MAX_CHARS), dtype=torch.long)
    cats = torch.zeros((b, t, len(CATEGORIES)), dtype=torch.long)
    tag = torch.zeros((b, t), dtype=torch.long)
    mask = torch.zeros((b, t), dtype=torch.bool)
    for i, (w, c, k) in enumerate(items):
        n = len(w)
        words[i, :n] = torch.from_numpy(w)
        chars[i, :n] = torch.from_numpy(c)
        cats[i, :n] = torch.from_numpy(k)
        tag[i, :n] = torch.tensor(tags[i])
        mask[i, :n] = True
    return words, chars, cats, tag, mask, torch.tensor(lengths)


def export(model: Model, meta: dict, vectors: np.ndarray, out: Path) -> None:
    sd = {k: v.detach().numpy() for k, v in model.state_dict().items()}
    w = {
        "char_emb": sd["char_emb.weight"],
        "conv_w": sd["conv.weight"].transpose(0, 2, 1).copy(),  # [F, K, E]
        "conv_b": sd["conv.bias"],
        "out_w": sd["out.weight"],
        "out_b": sd["out.bias"],
        "trans": sd["trans"],
        "start": sd["start"],
        "end": sd["end"],
    }
    for k, name in enumerate(CATEGORIES):
        w[f"cat_{name}"] = sd[f"cats.{k}.weight"]
    for d, suffix in (("f_", ""), ("b_", "_reverse")):
        for part in ("w_ih", "w_hh", "b_ih", "b_hh"):
            w[d + part] = sd[
                f"lstm.{part.replace('w_', 'weight_').replace('b_', 'bias_')}_l0{suffix}"
            ]
    np.savez_compressed(out / "neural.npz", **{k: v.astype(np.float16) for k, v in w.items()})
    (out / "neural.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    real = vectors[:-1]
    scale = np.abs(real).max(axis=1) / 127.0 + 1e-12
    q = np.round(real / scale[:, None]).astype(np.int8)
    np.savez_compressed(out / "vectors.npz", q=q, scale=scale.astype(np.float32))


def check_export(model: Model, encoder: Encoder, tagger: NeuralTagger, sentences) -> None:
    """The numpy forward pass must match PyTorch (up to float16 weight rounding)."""
    with torch.no_grad():
        words, chars, cats, _, _, lengths = collate(
            [encoder.encode(s) for s in sentences], [[0] * len(s) for s in sentences]
        )
        ref = model.emissions(words, chars, cats, lengths).numpy()
    got = tagger.emissions(sentences)
    diff = max(float(np.abs(ref[i, : len(g)] - g).max()) for i, g in enumerate(got))
    print(f"export check: max |torch - numpy| emission difference {diff:.4f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--build", type=Path, default=REPO / "build" / "ner")
    parser.add_argument("--dev", action="store_true")
    parser.add_argument("--epochs", type=int, default=25)
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--lr", type=float, default=2e-3)
    parser.add_argument("--limit", type=int, default=0, help="smoke test: first N sentences")
    args = parser.parse_args()
    torch.manual_seed(17)
    torch.set_num_threads(1)
    rng = np.random.default_rng(17)

    resources = args.build / "dev_resources" if args.dev else RESOURCES
    lexicon = Lexicon.load(resources)
    extractor = FeatureExtractor(lexicon)
    sents = anercorp(args.data)
    train, dev = split_dev(sents) if args.dev else (sents, [])
    if args.limit:
        train, dev = train[: args.limit], dev[: args.limit]
    vectors = np.load(args.build / "vectors.npy").astype(np.float32)
    vocab = (args.build / "vocab.txt").read_text(encoding="utf-8").split("\n")[:-1]
    assert list(lexicon.words) == vocab, "word table and vectors disagree"
    vectors = np.vstack([vectors, np.zeros((1, vectors.shape[1]), np.float32)])  # row -1: unknown
    meta = build_meta(extractor, train)
    encoder = Encoder(extractor, {w: i for i, w in enumerate(vocab)}, meta)
    enc_train = [encoder.encode(tokens) for tokens, _ in train]
    tags_train = [[LABELS.index(x) for x in labels] for _, labels in train]
    model = Model(vectors, meta)
    opt = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=args.lr)
    out_dir = args.build / "neural_dev" if args.dev else resources
    out_dir.mkdir(parents=True, exist_ok=True)
    for epoch in range(1, args.epochs + 1):
        model.train()
        t0 = time.time()
        total = 0.0
        for words, chars, cats, tag, mask, lengths in batches(
            enc_train, tags_train, args.batch, rng
        ):
            opt.zero_grad()
            loss = model.nll(model.emissions(words, chars, cats, lengths), tag, mask)
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            opt.step()
            total += float(loss.detach())
        msg = f"epoch {epoch}: loss {total:.1f} ({time.time() - t0:.0f}s)"
        if args.dev and (epoch % 3 == 0 or epoch == args.epochs):
            model.eval()
            export(model, meta, vectors, out_dir)
            tagger = NeuralTagger(out_dir, extractor)
            pred = tagger.tag_batch([tokens for tokens, _ in dev])
            msg += " dev " + format_score(score([lab for _, lab in dev], pred)).splitlines()[0]
        print(msg, flush=True)
    model.eval()
    export(model, meta, vectors, out_dir)
    check_export(
        model, encoder, NeuralTagger(out_dir, extractor), [t for t, _ in (dev or train)[:8]]
    )
    if args.dev:
        tagger = NeuralTagger(out_dir, extractor)
        keep = {"PERS", "ORG", "LOC"}
        for name, data, kept in (
            ("ANERcorp dev", dev, None),
            ("Wojood val", wojood(args.data), keep),
            ("AQMAR", aqmar(args.data), keep),
        ):
            pred = tagger.tag_batch([tokens for tokens, _ in data])
            print(name + ":\n" + format_score(score([lab for _, lab in data], pred, keep=kept)))


if __name__ == "__main__":
    main()
