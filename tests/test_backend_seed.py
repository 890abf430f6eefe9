"""The shipped seed of chunk vectors: a fresh cache builds the index without embedding the default corpus."""
from __future__ import annotations

import json
from dataclasses import replace

import numpy as np
import pytest

from config import Settings
from corpus import load_corpus
from corpus.chunking import chunk_units
from index import load_embedder
from index.embedding_cache import SEED_ROOT, content_key, embed_with_cache, export_seed, read_seed, seed_folder

REAL = Settings.from_env()


@pytest.fixture(scope="module")
def embedder():
    return load_embedder(REAL)


@pytest.fixture(scope="module")
def chunks(embedder):
    return chunk_units(load_corpus().units, embedder.count_tokens)


def test_the_shipped_seed_covers_the_default_corpus(embedder, chunks):
    seeded = read_seed(seed_folder("chunks", embedder.fingerprint))
    missing = {content_key(c.text) for c in chunks} - set(seeded)
    assert not missing, (f"{len(missing)} chunks of the default corpus are not in {SEED_ROOT}: "
                         "run 'python -m index export-seed' and commit index/seed/")
    assert all(v.dtype == np.float32 and abs(np.linalg.norm(v) - 1) < 1e-2 for v in seeded.values())


def test_a_fresh_cache_takes_the_seed_and_agrees_with_the_encoder(tmp_path, embedder, chunks):
    sample = chunks[:40]
    vectors, new, cached = embed_with_cache(tmp_path / "embeddings", sample, embedder, progress=False)
    assert (new, cached) == (0, len(sample))
    again = embedder.encode_documents([c.text for c in sample[:3]])
    assert np.min(np.sum(again * vectors[:3], axis=1)) > 0.999  # float16 storage, same vectors
    # checked once: the seeded vectors are now in the writable cache
    keys = json.loads((tmp_path / "embeddings" / embedder.fingerprint / "keys.json").read_text())
    assert {content_key(c.text) for c in sample} <= set(keys)


def test_a_seed_that_disagrees_with_the_encoder_is_not_used(tmp_path, embedder, chunks):
    texts = [c.text for c in chunks[:3]]
    export_seed(texts, embedder, tmp_path / "cache-a", seed_root=tmp_path / "seed")
    folder = seed_folder("chunks", embedder.fingerprint, tmp_path / "seed")
    shuffled = np.load(folder / "vectors.f16.npy")[::-1]  # each text gets another text's vector
    np.save(folder / "vectors.f16.npy", shuffled)
    vectors, new, _ = embed_with_cache(tmp_path / "cache-b", texts, embedder, progress=False,
                                       seed_root=tmp_path / "seed")
    assert new == 3
    assert np.allclose(vectors, embedder.encode_documents(texts), atol=1e-5)


def test_a_seed_of_another_model_is_ignored(tmp_path, embedder, chunks):
    texts = [c.text for c in chunks[:2]]
    export_seed(texts, embedder, tmp_path / "cache-a", seed_root=tmp_path / "seed")
    seed_folder("chunks", embedder.fingerprint, tmp_path / "seed").rename(
        seed_folder("chunks", "another-model", tmp_path / "seed"))
    _, new, _ = embed_with_cache(tmp_path / "cache-b", texts, embedder, progress=False, seed_root=tmp_path / "seed")
    assert new == 2


def test_the_seed_mechanism_is_generic_over_texts(tmp_path, embedder):
    sentences = ["De minister antwoordt bevestigend.", "Er komt geen nationaal sloopfonds."]
    folder = export_seed(sentences, embedder, tmp_path / "cache", seed="sentences", seed_root=tmp_path / "seed")
    assert folder.parent.name == "sentences" and len(read_seed(folder)) == 2
    _, new, cached = embed_with_cache(tmp_path / "other", sentences, embedder, progress=False, seed="sentences",
                                      seed_root=tmp_path / "seed")
    assert (new, cached) == (0, 2)


@pytest.mark.unit
def test_a_layered_store_reads_through_and_fills_the_front(tmp_path):
    from index.embedding_cache import FolderStore, LayeredStore

    behind = FolderStore(tmp_path / "behind")
    behind.put({"a": np.ones(4, np.float32), "b": np.zeros(4, np.float32)})
    front = FolderStore(tmp_path / "front")
    layered = LayeredStore(front, behind)
    assert sorted(layered.get(["a", "b", "c"])) == ["a", "b"]
    assert sorted(FolderStore(tmp_path / "front").get(["a", "b", "c"])) == ["a", "b"]  # copied, on disk
    layered.put({"c": np.ones(4, np.float32)})
    assert "c" not in behind.get(["c"])
