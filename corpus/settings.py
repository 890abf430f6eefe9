"""The one settings object for every layer: paths, model, encoder, index type, host and port.

It lives in corpus/, the lowest layer, so index/, assistant/, ui/ and evals/ all read the same values.
Every field can be set by an environment variable (KB_*); CLIs override them with flags.

Example:
    >>> settings = Settings.from_env()
    >>> settings.index_dir
    PosixPath('/root/.cache/kamerbrieven/index')
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "kamerbrieven"


@dataclass(frozen=True)
class Settings:
    corpus_dir: Path = REPO_ROOT / "corpus" / "letters"
    cache_dir: Path = DEFAULT_CACHE
    model: str = "embeddinggemma-300m"
    index_type: str = "auto"
    encoder: str = "onnx"  # how the default model runs: "onnx" (fast, no torch at run time) or "torch"
    host: str = "127.0.0.1"
    port: int = 7860
    backend: str = "embedded"  # the search backend: "embedded" (FAISS + bm25s) or "postgres"
    database_url: str = ""  # postgresql://... for the postgres backend
    extra: dict = field(default_factory=dict)

    @property
    def models_dir(self) -> Path:
        return self.cache_dir / "models"

    @property
    def onnx_dir(self) -> Path:
        """Where `python -m index export-onnx` puts the default model's ONNX graph."""
        return self.models_dir / f"{self.model}-onnx"

    @property
    def index_dir(self) -> Path:
        return self.cache_dir / "index" / self.model.replace("/", "_")

    @property
    def feedback_db(self) -> Path:
        return self.cache_dir / "feedback.sqlite3"

    @classmethod
    def from_env(cls, **overrides) -> "Settings":
        """Settings from KB_* environment variables, then keyword overrides (e.g. from CLI flags)."""
        env = os.environ
        settings = cls(
            corpus_dir=Path(env.get("KB_CORPUS_DIR", cls.corpus_dir)),
            cache_dir=Path(env.get("KB_CACHE_DIR", DEFAULT_CACHE)),
            model=env.get("KB_MODEL", cls.model),
            index_type=env.get("KB_INDEX_TYPE", cls.index_type),
            encoder=env.get("KB_ENCODER", cls.encoder),
            host=env.get("KB_HOST", cls.host),
            port=int(env.get("KB_PORT", cls.port)),
            backend=env.get("KB_BACKEND", cls.backend) or cls.backend,
            database_url=env.get("KB_DATABASE_URL", cls.database_url),
        )
        return replace(settings, **{k: v for k, v in overrides.items() if v is not None})
