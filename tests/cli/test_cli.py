import subprocess
import sys

import pytest

from outagewatch_cli.main import COMMANDS, build_parser


def run_cli(*args, cwd=None, env=None):
    return subprocess.run(
        [sys.executable, "-m", "outagewatch_cli.main", *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=120
    )


def test_every_command_is_present():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    assert set(sub.choices) == set(COMMANDS) == {
        "refresh", "ingest", "extract", "reprocess", "export", "sources", "demo", "serve"
    }


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_help_ends_with_a_real_example(command):
    result = run_cli(command, "--help")
    assert result.returncode == 0
    tail = result.stdout.strip().splitlines()
    assert tail[-2].strip() == "Example:"
    assert tail[-1].strip().startswith("outagewatch ")
    assert tail[-1].strip() != f"outagewatch {command} --help", "the example must show real use"


def test_no_command_prints_help_and_exits_2():
    result = run_cli()
    assert result.returncode == 2 and "COMMAND" in result.stdout


def test_bad_sources_file_is_one_line_exit_2_without_traceback(tmp_path):
    bad = tmp_path / "sources.toml"
    bad.write_text('[[sources]]\nid = "x"\nkind = "vendor"\nurl = "https://status.example.org/history.atom"\n')
    result = run_cli("--db", str(tmp_path / "ow.db"), "sources", "list", "--sources", str(bad))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().count("\n") == 0
    assert f"{bad}:1: vendor source 'x' needs a provider" in result.stderr


def test_corrupt_database_is_one_line_exit_2_and_file_untouched(tmp_path):
    db = tmp_path / "ow.db"
    db.write_bytes(b"garbage" * 50)
    result = run_cli("--db", str(db), "serve", "--port", "0")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "not a usable outagewatch database" in result.stderr
    assert db.read_bytes() == b"garbage" * 50


def test_missing_database_for_serve_says_how_to_make_one(tmp_path):
    result = run_cli("--db", str(tmp_path / "none.db"), "serve")
    assert result.returncode == 2
    assert "outagewatch refresh" in result.stderr and "Traceback" not in result.stderr


def test_db_path_comes_from_environment_when_not_given(tmp_path):
    import os

    env = {**os.environ, "OUTAGEWATCH_DB": str(tmp_path / "from-env.db")}
    result = run_cli("serve", env=env)
    assert result.returncode == 2 and "from-env.db" in result.stderr


def test_usage_error_from_a_command_is_one_line_exit_2_under_python_dash_m(tmp_path):
    result = run_cli("extract", str(tmp_path / "missing.jsonl"))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.strip() == f"outagewatch extract: error: input file {tmp_path / 'missing.jsonl'} not found"
