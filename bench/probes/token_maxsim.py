"""Probe: does token-level MaxSim (late interaction) with EmbeddingGemma help the reading stage? Dev split only.

Token vectors are the transformer's outputs passed through the model's own two Dense layers (both linear, no
activation, so per token they land in the sentence space) and normalised; prompt and <bos> tokens are dropped.
MaxSim = mean over query tokens of the best cosine with any passage token. For every dev question the reading
stage's 40 candidates get "maxsim" and "maxsim_gap"; listwise rankers with and without them are compared by
cross-half hit@1 (20 random halvings), and the best candidate's MaxSim as answerability evidence by AUC.

    python -m bench.probes.token_maxsim          # ~15 min on 2 busy cores (encodes ~590 chunks token-wise)

Writes bench/figures/token-maxsim.json. Needs torch + sentence-transformers (installed by scripts/setup.sh).
"""
from __future__ import annotations

import json
import os
import time
from pathlib import Path

import numpy as np

from assistant import Assistant
from assistant.calibration import LogisticModel, fit_listwise
from assistant.rescore import FEATURES
from evals.calibrate import collect
from evals.cases import load_cases

OUT = Path(__file__).resolve().parent.parent / "figures" / "token-maxsim.json"
DEV = Path(__file__).resolve().parents[2] / "evals" / "sets" / "dev.jsonl"


def token_vectors(model, texts: list[str], prompt: str) -> list[np.ndarray]:
    import torch

    transformer, dense_in, dense_out = model[0], model[2], model[3]
    n_prompt = len(transformer.tokenizer(prompt, add_special_tokens=False)["input_ids"])
    out = []
    for start in range(0, len(texts), 8):
        features = transformer.tokenize([prompt + t for t in texts[start:start + 8]])
        with torch.no_grad():
            tokens = transformer(features)["token_embeddings"]
            vectors = torch.nn.functional.normalize(dense_out.linear(dense_in.linear(tokens)), dim=-1)
        for row in range(vectors.shape[0]):
            mask = features["attention_mask"][row].bool().clone()
            mask[: 1 + n_prompt] = False
            out.append(vectors[row][mask].numpy())
    return out


def cross_half_hit1(rows: list[dict], features: tuple[str, ...], repeats: int = 20) -> float:
    rng = np.random.default_rng(1)
    results = []
    for _ in range(repeats):
        order = rng.permutation(len(rows))
        half = len(rows) // 2
        for train, test in ((order[:half], order[half:]), (order[half:], order[:half])):
            groups = [(np.array([[c["scores"].get(f, 0.0) for f in features] for c in rows[i]["candidates"]]),
                       np.array([float(c["relevant"]) for c in rows[i]["candidates"]])) for i in train]
            model = LogisticModel(dict(zip(features, map(float, fit_listwise(groups, l2=1.0)))), 0.0)
            results.append(np.mean([max(rows[i]["candidates"], key=lambda c: model.probability(c["scores"]))["relevant"]
                                    for i in test]))
    return round(float(np.mean(results)), 3)


def auc(positive: list[float], negative: list[float]) -> float:
    neg = np.array(negative)
    return round(float(np.mean([(p > neg).mean() + 0.5 * (p == neg).mean() for p in positive])), 3)


def main() -> None:
    os.environ["HF_HUB_OFFLINE"] = "1"
    from sentence_transformers import SentenceTransformer

    bot = Assistant.load(progress=False)
    rows = collect(bot, load_cases(DEV))  # a follow-up is encoded as its own turn here (a probe, not the pipeline)
    model = SentenceTransformer(str(bot.settings.models_dir / bot.settings.model), device="cpu", local_files_only=True)
    chunks = {c.chunk_id: c for c in bot.index.chunks}
    started = time.perf_counter()
    queries = token_vectors(model, [r["query"] for r in rows], model.prompts["query"])
    needed = sorted({c["chunk_id"] for r in rows for c in r["candidates"]})
    passages = dict(zip(needed, token_vectors(model, [chunks[c].text for c in needed], model.prompts["document"])))
    seconds = time.perf_counter() - started
    for row, query in zip(rows, queries):
        for candidate in row["candidates"]:
            candidate["scores"]["maxsim"] = float((query @ passages[candidate["chunk_id"]].T).max(axis=1).mean())
        best = max((c["scores"]["maxsim"] for c in row["candidates"]), default=0.0)
        for candidate in row["candidates"]:
            candidate["scores"]["maxsim_gap"] = candidate["scores"]["maxsim"] - best
    answerable = [r for r in rows if r["answerable"] and any(c["relevant"] for c in r["candidates"])]
    shipped = tuple(f for f in FEATURES if f != "bm25_rel")
    rankers = {"cosine alone": ("dense",), "MaxSim alone": ("maxsim",),
               "cosine + MaxSim": ("dense", "dense_gap", "maxsim", "maxsim_gap"),
               "shipped ranker": shipped, "shipped + MaxSim": shipped + ("maxsim", "maxsim_gap")}
    evidence = {}
    for signal in ("maxsim", "dense", "sentence"):
        best = {r["id"]: max((c["scores"].get(signal, 0.0) for c in r["candidates"]), default=0.0) for r in rows}
        evidence[signal] = {
            "answerable vs not": auc([best[r["id"]] for r in rows if r["answerable"]],
                                     [best[r["id"]] for r in rows if not r["answerable"]]),
            "answerable vs near-miss": auc([best[r["id"]] for r in rows if r["answerable"]],
                                           [best[r["id"]] for r in rows if r["kind"] == "nearmiss"])}
    tokens = [len(v) for v in passages.values()]
    figures = {"dev_questions": len(rows), "ranked_questions": len(answerable),
               "cross_half_hit@1": {name: cross_half_hit1(answerable, feats) for name, feats in rankers.items()},
               "best_candidate_auc": evidence, "passages_encoded": len(passages),
               "tokens_per_passage": round(float(np.mean(tokens)), 1),
               "token_store_fp16_mb": round(sum(tokens) * 768 * 2 / 1e6, 1), "encode_seconds": round(seconds)}
    OUT.write_text(json.dumps(figures, indent=2) + "\n")
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
