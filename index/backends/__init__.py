"""Search backends behind one interface (base.SearchBackend): "embedded" (default) and "postgres".

Chosen by KB_BACKEND (embedded | postgres); postgres reads its database from KB_DATABASE_URL.
`served_sentence_vectors` gives the reading stage the sentence vectors that belong to the served build.

Example:
    >>> index = open_served_index(settings, corpus, embedder)   # builds when missing or stale
    >>> index.backend.info().name
    'embedded'
"""
from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from config import Settings
from corpus import Corpus
from index.backends.base import BACKENDS, unknown_backend
from index.embedders import Embedder


def backend_name(settings: Settings) -> str:
    """settings.extra["backend"] (a CLI flag), else settings.backend (KB_BACKEND, default "embedded")."""
    name = settings.extra.get("backend") or settings.backend
    if name not in BACKENDS:
        raise unknown_backend(name)
    return name


def database_url(settings: Settings) -> str:
    return settings.extra.get("database_url") or settings.database_url


def redacted(url: str) -> str:
    """A database URL safe to print: user, host, port and database, never the password."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    netloc = f"{parts.username or ''}@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


def open_served_index(settings: Settings, corpus: Corpus, embedder: Embedder, rebuild: bool = True,
                      progress: bool = True):
    """The index to serve on the configured backend, built first when missing or stale (and `rebuild`)."""
    if backend_name(settings) == "postgres":
        from index.backends.postgres import open_postgres_index

        return open_postgres_index(settings, corpus, embedder, rebuild=rebuild, progress=progress)
    from index.store import open_index

    return open_index(settings, corpus, embedder, rebuild=rebuild, progress=progress)


def build_served_index(settings: Settings, corpus: Corpus, embedder: Embedder, progress: bool = True):
    """Build a new version on the configured backend and switch to it."""
    if backend_name(settings) == "postgres":
        from index.backends.postgres import build_postgres_index

        return build_postgres_index(settings, corpus, embedder, progress=progress)
    from index.store import build_index

    return build_index(settings, corpus, embedder, progress=progress)


def served_sentence_vectors(settings: Settings, corpus: Corpus, index, embedder: Embedder, progress: bool = True):
    """The reading stage's sentence vectors for the served `index`: on postgres the build's own sentence rows (read
    from the database, nothing embedded here); on the embedded backend from this machine's cache folder."""
    if hasattr(index, "sentences"):
        return index.sentences()
    from index.sentence_vectors import load_sentence_vectors

    return load_sentence_vectors(settings, corpus, index.chunks, embedder, progress=progress)
