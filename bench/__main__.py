"""Benchmark: medians over repeated runs on one machine (shared machines are noisy: read ratios, not absolutes).

    python -m bench [--repeat 5] [--skip-build] [--json bench/results/latest.json]

Prints: corpus parse time; cold start (process start to first answer, index built); index rebuild after one
letter changed (chunks re-embedded, time); warm ask latency p50/p95 per query kind against the bare query-encoder
pass for the same queries (and their ratio), the retrieve and read stages' own medians, follow-up turns; sentence vectors' size; peak RSS; queries per second with 4 concurrent askers.
"""
from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

QUERIES = {
    "search_nl": ["Wat doet het Rijk aan leegstand in winkelgebieden?", "Komt er een nationaal sloopfonds?",
                  "Hoe worden gemeenten gecompenseerd voor de coronacrisis?", "Welke aanbevelingen doet de minister?",
                  "Mogen basisscholen in de grensstreek Duits geven?", "Wat is de rol van de regiodeals?"],
    "english": ["Will there be a new action plan for population decline?", "How are municipalities compensated?"],
    "lookup": ["vraag 87", "vraag 31 uit de Atlas-beantwoording", "vragen 53 en 54"],
    "unanswerable": ["Wie won het WK voetbal in 2022?", "Wat zegt de minister over stikstof?"],
    # questions of several parts: the whole question and each part are searched and read (assistant/parts.py)
    "multipart": ["Hoeveel RetailDeals zijn er gesloten, en wat doet het Rijk aan snel internet in het buitengebied?",
                  "Wat was het doel van de pilot met Akense studenten in Parkstad en hoe is die afgelopen?",
                  "What is the Volkshuisvestingsfonds and how much money goes into it?"],
}
# Follow-ups: the second turn is timed, with the first turn's conversation state (both readings are searched).
FOLLOWUPS = [("Wat zijn de RetailDeals?", "Doen krimpgemeenten ook mee?"),
             ("Welke gemeenten vallen onder de krimpregio Maastricht-Mergelland?", "En onder Oost-Groningen?"),
             ("Wat zegt de Atlas over het vertrouwen in de politiek?", "Wat gaat het kabinet doen?")]
ROOT = Path(__file__).resolve().parent.parent


def median_ms(samples: list[float]) -> float:
    return round(statistics.median(samples) * 1000, 1)


def p95_ms(samples: list[float]) -> float:
    ordered = sorted(samples)
    return round(ordered[min(len(ordered) - 1, int(0.95 * (len(ordered) - 1) + 0.5))] * 1000, 1)


def cold_start(repeat: int) -> dict:
    code = ("import time; t=time.perf_counter(); from assistant import Assistant; "
            "b=Assistant.load(progress=False); b.ask('Wat doet het Rijk aan leegstand?'); "
            "print(time.perf_counter()-t)")
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
        runs.append((time.perf_counter() - started, float(out.stdout.strip().splitlines()[-1])))
    return {"process_to_first_answer_s": round(statistics.median(r[0] for r in runs), 2),
            "import_load_ask_s": round(statistics.median(r[1] for r in runs), 2)}


def rebuild_after_change() -> dict:
    from config import Settings
    from corpus import load_corpus
    from index import build_index, load_embedder

    real = Settings.from_env()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        (tmp / "cache" / "models").mkdir(parents=True)
        (tmp / "cache" / "models" / real.model).symlink_to(real.models_dir / real.model)
        (tmp / "cache" / "models" / real.onnx_dir.name).symlink_to(real.onnx_dir)
        shutil.copytree(real.index_dir / "embeddings", tmp / "cache" / "index" / real.model / "embeddings")
        shutil.copytree(real.corpus_dir, tmp / "letters")
        settings = replace(real, cache_dir=tmp / "cache", corpus_dir=tmp / "letters")
        embedder = load_embedder(settings)
        same = build_index(settings, load_corpus(settings.corpus_dir), embedder, progress=False).manifest
        letter = tmp / "letters" / "k6-brief.txt"
        letter.write_text(letter.read_text().replace("Hoogachtend,", "Met vriendelijke groet,"))
        changed = build_index(settings, load_corpus(settings.corpus_dir), embedder, progress=False).manifest
    return {"chunks": changed.n_chunks, "unchanged_rebuild_s": same.build_seconds,
            "unchanged_rebuild_embedded": same.embedded_new, "one_letter_changed_s": changed.build_seconds,
            "one_letter_changed_embedded": changed.embedded_new}


def warm_latency(bot, repeat: int) -> dict:
    embedder = bot.retriever.embedder
    out = {"encoder": type(embedder).__name__}
    kinds = {**{kind: [(None, q) for q in queries] for kind, queries in QUERIES.items()}, "followup": FOLLOWUPS}
    for kind, turns in kinds.items():
        ask, encode, stages = [], [], {"retrieve": [], "read": []}
        for _ in range(repeat):
            for first, query in turns:
                state = bot.ask(first).conversation if first else None
                embedder._cached_query.cache_clear()  # measure the real path, not the repeated-question cache
                started = time.perf_counter()
                reply = bot.ask(query, conversation=state)
                ask.append(time.perf_counter() - started)
                for stage in stages:
                    if stage in reply.trace.get("timing_ms", {}):
                        stages[stage].append(reply.trace["timing_ms"][stage] / 1000)
                started = time.perf_counter()
                embedder.encode_query_uncached(query)
                encode.append(time.perf_counter() - started)
        out[kind] = {"ask_p50_ms": median_ms(ask), "ask_p95_ms": p95_ms(ask), "encoder_p50_ms": median_ms(encode),
                     "ratio_ask_to_encoder": round(statistics.median(ask) / statistics.median(encode), 2),
                     **{f"{stage}_p50_ms": median_ms(v) for stage, v in stages.items() if v}}
    cached = []
    for _ in range(repeat):
        started = time.perf_counter()
        bot.ask(QUERIES["search_nl"][0])
        cached.append(time.perf_counter() - started)
    out["repeated_question_p50_ms"] = median_ms(cached)
    return out


def throughput(bot, seconds: float = 10.0) -> dict:
    # the same mix as before questions of several parts were timed (each costs three or four encoder passes)
    queries = [q for kind, qs in QUERIES.items() if kind != "multipart" for q in qs]
    done = 0
    deadline = time.perf_counter() + seconds

    def asker(offset: int) -> int:
        count = 0
        while time.perf_counter() < deadline:
            bot.retriever.embedder._cached_query.cache_clear()
            bot.ask(queries[(offset + count) % len(queries)])
            count += 1
        return count

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=4) as pool:
        done = sum(pool.map(asker, range(4)))
    return {"askers": 4, "queries": done, "qps": round(done / (time.perf_counter() - started), 2)}


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--skip-build", action="store_true", help="skip the rebuild benchmark")
    parser.add_argument("--json", default=str(ROOT / "bench" / "results" / "latest.json"))
    args = parser.parse_args()
    from assistant import Assistant
    from corpus import load_corpus

    results = {}
    parse = []
    for _ in range(args.repeat):
        started = time.perf_counter()
        load_corpus()
        parse.append(time.perf_counter() - started)
    results["parse_all_letters_ms"] = median_ms(parse)
    results["cold_start"] = cold_start(max(3, args.repeat // 2))
    if not args.skip_build:
        results["rebuild"] = rebuild_after_change()
    bot = Assistant.load(progress=False)
    results["warm_ask"] = warm_latency(bot, args.repeat)
    results["throughput"] = throughput(bot)
    from index.sentence_vectors import describe

    results["sentence_vectors"] = describe(bot.rescorer.sentences)
    results["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    print(json.dumps(results, indent=2))
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
