"""The settings are the one door to the environment: every KB_* variable the code names is a Settings field that
Settings.from_env reads, and no other module reads a KB_* variable itself.

Scanned: the Python code of every layer, bench/ and scripts/. Not scanned: tests/ (KB_TEST_DATABASE_URL is the test
suite's own server, not the app's) and the shell scripts (KB_DEFER_EXPORT passes from run.sh to setup.sh only).
"""
from __future__ import annotations

import re
from dataclasses import fields
from pathlib import Path

import pytest

from config import ENV_VARIABLES, Settings

pytestmark = pytest.mark.unit

REPO = Path(__file__).resolve().parent.parent
CODE = [REPO / "config.py", *(p for folder in ("assistant", "corpus", "index", "ui", "evals", "bench", "scripts")
                             for p in sorted((REPO / folder).rglob("*.py")))]
READ_DIRECTLY = re.compile(r"""(?:environ\.get\(|environ\[|getenv\()\s*["'](KB_[A-Z_]+)""")
SAMPLES = {Path: "/elders", str: "anders", int: "4321", float: "0.25"}  # any other parser is the "1" flag


def test_every_kb_variable_named_in_the_code_is_a_setting():
    named = {name: path for path in CODE for name in re.findall(r"KB_[A-Z_]+", path.read_text())}
    unknown = {name: str(path.relative_to(REPO)) for name, path in named.items() if name not in ENV_VARIABLES}
    assert not unknown, f"read these through config.Settings (ENV_VARIABLES), not os.environ: {unknown}"


def test_no_module_but_config_reads_a_kb_variable_itself():
    readers = [f"{path.relative_to(REPO)}: {name}" for path in CODE if path.name != "config.py"
               for name in READ_DIRECTLY.findall(path.read_text())]
    assert readers == []


ANY_READ = re.compile(r"""environ\.get\(|getenv\(|environ\[[^\]]+\](?!\s*=[^=])""")


def test_no_module_but_config_reads_the_environment_at_all():
    # writing a variable for a library (HF_HUB_OFFLINE) or copying the environment for a subprocess is allowed;
    # reading one (whatever its name, constant or literal) goes through Settings
    readers = [f"{path.relative_to(REPO)}: {line.strip()}" for path in CODE if path.name != "config.py"
               for line in path.read_text().splitlines() if ANY_READ.search(line)]
    assert readers == []


def test_a_bad_value_names_its_variable():
    from config import SettingsError
    with pytest.raises(SettingsError, match="KB_PORT"):
        Settings.from_env({"KB_PORT": "80a"})
    with pytest.raises(SettingsError, match="KB_ALLOW_HUB"):
        Settings.from_env({"KB_ALLOW_HUB": "misschien"})
    assert Settings.from_env({"KB_ALLOW_HUB": "true"}).allow_hub


def test_from_env_reads_each_variable_into_its_field():
    names = {f.name for f in fields(Settings)}
    default = Settings.from_env({})
    for variable, (name, parse) in ENV_VARIABLES.items():
        assert name in names, variable
        read = Settings.from_env({variable: SAMPLES.get(parse, "1")})
        assert getattr(read, name) != getattr(default, name), variable
        assert getattr(Settings.from_env({variable: "  "}), name) == getattr(default, name), variable  # blank: unset


def test_flags_override_the_environment_and_feedback_db_follows_kb_feedback_db():
    env = {"KB_PORT": "8000", "KB_CACHE_DIR": "/data/kb", "KB_BACKEND": "postgres"}
    assert Settings.from_env(env, port=9000, backend=None).port == 9000
    assert Settings.from_env(env).backend == "postgres"
    assert Settings.from_env(env).feedback_db == Path("/data/kb/feedback.sqlite3")
    assert Settings.from_env({**env, "KB_FEEDBACK_DB": "/srv/fb.sqlite3"}).feedback_db == Path("/srv/fb.sqlite3")
