"""The index on disk: reused across restarts, rebuilt when stale or corrupt, atomic, and incremental."""
from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from config import Settings
from corpus import load_corpus
from index import EmbedderMissing, IndexError_, load_embedder, open_index
from index.store import SearchIndex, load_current

REAL = Settings.from_env()
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def embedder():
    return load_embedder(REAL)


@pytest.fixture()
def sandbox(tmp_path) -> Settings:
    """A private cache (sharing the verified model and the embedding cache) and a private copy of the corpus."""
    cache = tmp_path / "cache"
    (cache / "models").mkdir(parents=True)
    (cache / "models" / REAL.model).symlink_to(REAL.models_dir / REAL.model)
    shutil.copytree(REAL.index_dir / "embeddings", cache / "index" / REAL.model / "embeddings")
    corpus_dir = tmp_path / "letters"
    shutil.copytree(REAL.corpus_dir, corpus_dir)
    return replace(REAL, cache_dir=cache, corpus_dir=corpus_dir)


def test_index_is_built_once_and_reused(sandbox, embedder):
    corpus = load_corpus(sandbox.corpus_dir)
    first = open_index(sandbox, corpus, embedder, progress=False)
    again = open_index(sandbox, corpus, embedder, progress=False)
    assert first.folder == again.folder and again.manifest.n_chunks == len(again.chunks) > 400
    assert first.manifest.model_id == "google/embeddinggemma-300m" and first.manifest.dim == 768


def test_changed_letter_is_detected_and_only_its_chunks_are_embedded(sandbox, embedder):
    corpus = load_corpus(sandbox.corpus_dir)
    before = open_index(sandbox, corpus, embedder, progress=False)
    k6 = sandbox.corpus_dir / "k6-brief.txt"
    k6.write_text(k6.read_text().replace("Ik hoop u hiermee voldoende", "Ik hoop u hiermee ruim voldoende"))
    changed = load_corpus(sandbox.corpus_dir)
    after = open_index(sandbox, changed, embedder, progress=False)
    assert after.folder != before.folder and after.manifest.corpus_hash != before.manifest.corpus_hash
    assert 1 <= after.manifest.embedded_new <= 3  # only the changed chunk(s) of the K6 letter
    assert after.manifest.embedded_cached == after.manifest.n_chunks - after.manifest.embedded_new


def test_corrupt_index_is_detected_and_rebuilt(sandbox, embedder):
    corpus = load_corpus(sandbox.corpus_dir)
    index = open_index(sandbox, corpus, embedder, progress=False)
    (index.folder / "vectors.faiss").write_bytes(b"not a faiss index")
    with pytest.raises(IndexError_, match="python -m index build"):
        open_index(sandbox, corpus, embedder, rebuild=False)
    rebuilt = open_index(sandbox, corpus, embedder, progress=False)
    assert rebuilt.vectors.ntotal == rebuilt.manifest.n_chunks


def test_index_from_another_model_or_chunker_is_stale(sandbox, embedder):
    corpus = load_corpus(sandbox.corpus_dir)
    index = open_index(sandbox, corpus, embedder, progress=False)
    manifest = index.folder / "manifest.json"
    manifest.write_text(manifest.read_text().replace(index.manifest.model_fingerprint, "another-model"))
    with pytest.raises(IndexError_, match="model_fingerprint"):
        open_index(sandbox, corpus, embedder, rebuild=False)
    manifest.write_text(manifest.read_text().replace('"chunker_version": "', '"chunker_version": "old-'))
    with pytest.raises(IndexError_, match="stale"):
        open_index(sandbox, corpus, embedder, rebuild=False)


def test_a_build_killed_half_way_leaves_the_previous_index_usable(sandbox, embedder):
    corpus = load_corpus(sandbox.corpus_dir)
    index = open_index(sandbox, corpus, embedder, progress=False)
    half = sandbox.index_dir / "builds" / ".20990101-000000-1.partial"
    half.mkdir()
    (half / "chunks.jsonl").write_text("{half")
    assert load_current(sandbox.index_dir).folder == index.folder
    assert open_index(sandbox, corpus, embedder, progress=False).folder == index.folder


def test_missing_model_says_how_to_install_it(tmp_path):
    with pytest.raises(EmbedderMissing, match="scripts/setup.sh"):
        load_embedder(replace(REAL, cache_dir=tmp_path))


def test_unknown_model_name_is_refused_without_a_hub():
    with pytest.raises(EmbedderMissing, match="hub downloads are off"):
        load_embedder(replace(REAL, model="some-org/unknown-model", allow_hub=False))


def test_model_files_are_verified_against_official_hashes():
    from index.model_fetch import load_spec, verify_model_dir

    assert verify_model_dir(Path(REAL.models_dir / REAL.model), load_spec(REAL.model)) == []


def test_export_check_tells_run_sh_whether_to_export_in_the_background(tmp_path):
    """scripts/run.sh serves the first start on the torch encoder when this check fails, and exports meanwhile."""
    def check(cache: Path) -> int:
        env = {**__import__("os").environ, "KB_CACHE_DIR": str(cache)}
        return subprocess.run([sys.executable, "-m", "index", "export-onnx", "--check"], env=env,
                              capture_output=True, text=True).returncode

    assert check(REAL.cache_dir) == 0  # set-up exported the verified model
    (tmp_path / "models").mkdir()
    (tmp_path / "models" / REAL.model).symlink_to(REAL.models_dir / REAL.model)
    assert check(tmp_path) == 1  # the model is there, its export is not


def test_the_model_prefetch_runs_before_the_project_is_installed(tmp_path):
    """setup.sh fetches the model while pip installs: the script needs neither numpy nor the installed project."""
    script = Path(__file__).resolve().parent.parent / "scripts" / "prefetch_model.py"
    env = {"PATH": "/usr/bin:/bin", "KB_CACHE_DIR": str(tmp_path), "KB_MODEL": str(tmp_path / "own-model")}
    result = subprocess.run([sys.executable, "-S", "-c", f"import runpy, sys; sys.modules['numpy'] = None; "
                             f"runpy.run_path({str(script)!r}, run_name='__main__')"], env=env,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr  # no recipe for a local folder: nothing to fetch, no error


def test_onnx_encoder_gives_the_same_vectors_and_token_counts_as_sentence_transformers(embedder):
    from index.embedders import OnnxEmbedder, SentenceTransformerEmbedder

    assert isinstance(embedder, OnnxEmbedder), "the default encoder is the ONNX export"
    torch_embedder = load_embedder(replace(REAL, encoder="torch"))
    assert isinstance(torch_embedder, SentenceTransformerEmbedder)
    assert torch_embedder.fingerprint == embedder.fingerprint  # so one index serves both
    queries = ["Komt er een nationaal sloopfonds?", "Which regions get extra money?", "vraag 87"]
    documents = ["De minister antwoordt dat de regiodeals de leefbaarheid in krimpregio's versterken.",
                 "Antwoord vraag 53 en 54 Nee. " + "Het Rijk investeert in woningbouw. " * 80]  # > 512 tokens
    cosines = np.concatenate([
        np.sum(embedder.encode_queries(queries) * torch_embedder.encode_queries(queries), axis=1),
        np.sum(embedder.encode_documents(documents) * torch_embedder.encode_documents(documents), axis=1)])
    assert cosines.min() > 0.9999, cosines
    for text in documents + ["krimp- en anticipeerregio's", "Kamerstuk 31757-102, blz. 3"]:
        assert embedder.count_tokens(text) == torch_embedder.count_tokens(text)


def test_missing_or_foreign_onnx_export_says_how_to_make_it(sandbox, tmp_path):
    with pytest.raises(EmbedderMissing, match="index export-onnx"):
        load_embedder(sandbox)  # the sandbox has the verified model but no export
    shutil.copytree(REAL.onnx_dir, sandbox.onnx_dir, ignore=shutil.ignore_patterns("*.data"))
    (sandbox.onnx_dir / "model.onnx.data").symlink_to(REAL.onnx_dir / "model.onnx.data")  # 1.2 GB: linked
    record = sandbox.onnx_dir / "export.json"
    record.write_text(record.read_text().replace(load_embedder(REAL).fingerprint, "another-model"))
    with pytest.raises(EmbedderMissing, match="other model files"):
        load_embedder(sandbox)
    with pytest.raises(EmbedderMissing, match="KB_ENCODER"):
        load_embedder(replace(sandbox, encoder="tensorflow"))


def test_the_query_path_never_imports_torch():
    code = ("import sys; from assistant import Assistant; bot = Assistant.load(progress=False); "
            "reply = bot.ask('Komt er een nationaal sloopfonds?'); "
            "print(reply.abstained, sorted(m for m in ('torch', 'sentence_transformers', 'sklearn') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.split() == ["False", "[]"], out.stdout + out.stderr


def test_index_type_follows_corpus_size_and_ivf_keeps_recall():
    from bench.scale import make_space, recall, sample
    from index.store import APPROXIMATE_FROM_CHUNKS, choose_index_type, make_faiss_index

    assert choose_index_type("auto", 574) == "flat"
    assert choose_index_type("auto", APPROXIMATE_FROM_CHUNKS) == "ivf"
    assert choose_index_type("hnsw", 574) == "hnsw"
    with pytest.raises(IndexError_, match="auto, flat, ivf, hnsw"):
        choose_index_type("annoy", 574)
    assert choose_index_type("ivf", 10) == "flat"  # nothing to train lists on
    space = make_space(60_000, 768, np.random.default_rng(0))
    data, queries = sample(space, 60_000, np.random.default_rng(1)), sample(space, 100, np.random.default_rng(2))
    _, truth = make_faiss_index(data, "flat").search(queries, 10)
    one_letter = np.arange(1_000, 1_200)  # a letter filter: 200 of 60 000 chunks
    exact = set(one_letter[np.argsort(-(data[one_letter] @ queries[0]))[:50]])
    for kind in ("ivf", "hnsw"):
        vectors = make_faiss_index(data, kind)
        _, found = vectors.search(queries, 10)
        assert recall(found, truth) >= 0.95, kind
        index = SearchIndex(manifest=None, chunks=[None] * len(data), vectors=vectors, lexical=None, folder=None)
        ids, _ = index.dense_search(queries[0], 50, allowed=one_letter)
        assert set(ids) == exact, kind  # the filter is searched exactly, not cut from an approximate top-k


def test_an_export_replaces_the_old_one_whole_and_leftovers_are_cleared(tmp_path):
    from index.onnx_export import _remove_leftovers, _replace_folder
    from index.onnx_encoder import read_export_record

    target = tmp_path / "model-onnx"
    target.mkdir()
    (target / "model.onnx").write_text("old")
    staging = tmp_path / ".model-onnx-abc"
    staging.mkdir()
    (staging / "model.onnx").write_text("new")
    _replace_folder(staging, target)
    assert (target / "model.onnx").read_text() == "new"
    assert read_export_record(target) is None  # no weights file, no tokenizer, no record: not an export
    (tmp_path / ".model-onnx-xyz-done").mkdir()  # what an interrupted export leaves behind
    _remove_leftovers(target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["model-onnx"]


def test_encoding_nothing_gives_an_empty_matrix(embedder):
    assert embedder.encode_documents([]).shape == (0, 768)
    assert embedder.encoder.encode([]).shape == (0, 768)
