"""The one settings object for every layer: paths, model, encoder, index, backend, UI and the local PostgreSQL.

Every field can be set by an environment variable (KB_*, listed in ENV_VARIABLES; a blank value counts as unset);
CLIs override them with flags through `Settings.from_env(**overrides)`. No other module reads KB_* variables: they
take a Settings. This module imports nothing of the project, so corpus/, index/, assistant/, ui/, evals/ and the
scripts all import it from here.

Example:
    >>> settings = Settings.from_env(port=8080)
    >>> settings.port, settings.index_dir
    (8080, PosixPath('/root/.cache/kamerbrieven/index/embeddinggemma-300m'))
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Mapping

REPO_ROOT = Path(__file__).resolve().parent
# XDG_CACHE_HOME is not ours, but it decides our default cache folder (an empty value counts as unset, as in the spec)
DEFAULT_CACHE = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "kamerbrieven"


@dataclass(frozen=True)
class Settings:
    corpus_dir: Path = REPO_ROOT / "corpus" / "letters"
    cache_dir: Path = DEFAULT_CACHE
    model: str = "embeddinggemma-300m"
    allow_hub: bool = False  # a hub id as model (and hub downloads) only where a hub is reachable; offline by default
    index_type: str = "auto"
    encoder: str = "onnx"  # how the default model runs: "onnx" (fast, no torch at run time) or "torch"
    host: str = "127.0.0.1"
    port: int = 7860
    ui_users: str = ""  # "user:password[,user:password]" turns on login (parsed by ui/config.py)
    feedback_file: Path | None = None  # the feedback SQLite file when not the cache folder's (see feedback_db)
    backend: str = "embedded"  # the search backend: "embedded" (FAISS + bm25s) or "postgres"
    database_url: str = ""  # postgresql://... for the postgres backend
    pg_refresh_seconds: float = 2.0  # how often an app server on postgres looks for a newer served build
    pg_port: int | None = None  # the local PostgreSQL's port (index/backends/pgserver.py); None: its own choice
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
        """The SQLite feedback file: KB_FEEDBACK_DB when set (tests, separate deployments), else in the cache."""
        return self.feedback_file or self.cache_dir / "feedback.sqlite3"

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides) -> "Settings":
        """Settings from the KB_* environment variables (or `environ`), then keyword overrides that are not None
        (e.g. from CLI flags)."""
        env = os.environ if environ is None else environ
        values = {name: _parsed(variable, parse, env[variable].strip()) for variable, (name, parse) in
                  ENV_VARIABLES.items() if env.get(variable, "").strip()}
        return replace(cls(**values), **{k: v for k, v in overrides.items() if v is not None})


class SettingsError(ValueError):
    """A KB_* variable whose value cannot be read; the message names the variable and what it accepts."""


def _parsed(variable: str, parse: Callable[[str], object], value: str) -> object:
    try:
        return parse(value)
    except ValueError as error:
        kind = {int: "a whole number", float: "a number"}.get(parse, "another value")
        raise SettingsError(f"{variable}={value!r} is not valid: it takes {kind} ({error}).") from error


def _flag(value: str) -> bool:
    """1/true/yes/ja/on -> True, 0/false/no/nee/off -> False; anything else is an error."""
    lowered = value.lower()
    if lowered in ("1", "true", "yes", "ja", "on"):
        return True
    if lowered in ("0", "false", "no", "nee", "off"):
        return False
    raise ValueError("use 1 or 0")


# variable -> (field, parser). Every KB_* variable the code knows is here (tests/test_config.py checks it).
ENV_VARIABLES: dict[str, tuple[str, Callable[[str], object]]] = {
    "KB_CORPUS_DIR": ("corpus_dir", Path),
    "KB_CACHE_DIR": ("cache_dir", Path),
    "KB_MODEL": ("model", str),
    "KB_ALLOW_HUB": ("allow_hub", _flag),
    "KB_INDEX_TYPE": ("index_type", str),
    "KB_ENCODER": ("encoder", str),
    "KB_HOST": ("host", str),
    "KB_PORT": ("port", int),
    "KB_UI_USERS": ("ui_users", str),
    "KB_FEEDBACK_DB": ("feedback_file", Path),
    "KB_BACKEND": ("backend", str),
    "KB_DATABASE_URL": ("database_url", str),
    "KB_PG_REFRESH_SECONDS": ("pg_refresh_seconds", float),
    "KB_PG_PORT": ("pg_port", int),
}
