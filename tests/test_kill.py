"""Killing a real run (kill -9, Ctrl-C) leaves the previous outputs whole."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import CORPUS, ROOT

OUTPUTS = [
    "facts.json", "facts.jsonl", "releases.csv", "people.csv", "organizations.csv", "roles.csv", "resolutions.csv", "events.csv", "schema.json",
    "review.html", "texts.jsonl", "errors.csv", "index/people.csv", "index/organizations.csv",
    "facts.sqlite", "datapackage.json", "index/titles.csv", "index/adoptions.csv",
]  # fmt: skip
# The run under test, with every file of the new generation held back a moment before the
# next one is written, so that the kill lands while the new set is half written (a test hook,
# not a patch of what gets written).
SLOW_WRITES = """
import sys, time
from pipeline.outputs import export
write_file = export.write_file
def slow_write(path, text):
    write_file(path, text)
    time.sleep(0.3)
export.write_file = slow_write
from pipeline.cli import main
sys.exit(main(sys.argv[1:]))
"""
# The run under test, leaving a mark once it has begun extracting and then holding there a
# while, so that the signal lands in extraction however busy the machine is (three small
# releases are otherwise extracted and written before a loaded test process gets to send it).
MARK_EXTRACTING = """
import sys, time
from pathlib import Path
from pipeline import cli, workflow
extract_into = workflow.extract_into
def marked(*args, **kwargs):
    Path(sys.argv[1]).touch()
    time.sleep(60)
    return extract_into(*args, **kwargs)
workflow.extract_into = marked
sys.exit(cli.main(sys.argv[2:]))
"""
TIMEOUT = 180


def start(*argv: str, script: str | None = None) -> subprocess.Popen:
    """`python -m pipeline ARGV` (or `script` with ARGV) as a child process."""
    command = [sys.executable, "-c", script, *argv] if script else [sys.executable, "-m", "pipeline", *argv]
    return subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_for(condition, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + TIMEOUT
    while not condition():
        assert process.poll() is None, f"the run ended before it could be killed: {process.communicate()}"
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


def snapshot(out: Path) -> dict[str, bytes]:
    """The outputs (temporary files are hidden and left out)."""
    files = (p for p in out.rglob("*") if p.is_file())
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in files if not any(part.startswith(".") for part in p.relative_to(out).parts)}


@pytest.fixture(scope="module")
def finished(tmp_path_factory):
    """A corpus and the outputs of a complete first run over it."""
    root = tmp_path_factory.mktemp("kill")
    corpus, out = root / "corpus", root / "out"
    corpus.mkdir()
    for name in ("ilo-sse-summit-2025.txt", "state-00021.txt"):
        shutil.copy(CORPUS / name, corpus / name)
    run = subprocess.run([sys.executable, "-m", "pipeline", "extract", "--quiet", "--corpus", str(corpus), "--out", str(out)], cwd=ROOT, capture_output=True, text=True, timeout=TIMEOUT)
    assert run.returncode == 0, run.stderr
    return corpus, out


@pytest.fixture
def previous(finished, tmp_path):
    """A fresh copy of the first run's corpus and outputs, with one release added to the corpus."""
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    shutil.copytree(finished[0], corpus)
    shutil.copytree(finished[1], out, symlinks=True)  # the outputs are links through OUT/.current
    shutil.copy(CORPUS / "wh-00095.txt", corpus / "wh-00095.txt")
    return corpus, out, snapshot(out)


def test_kill_9_while_outputs_are_written_leaves_the_previous_ones(previous):
    corpus, out, before = previous
    current = (out / ".current").resolve()
    run = start("extract", "--quiet", "--corpus", str(corpus), "--out", str(out), script=SLOW_WRITES)
    wait_for(lambda: any(p.parent != current for p in out.glob(".generations/*/texts.jsonl")), run)
    run.send_signal(signal.SIGKILL)
    run.wait(TIMEOUT)
    assert run.returncode == -signal.SIGKILL
    assert len(list(out.glob(".generations/*"))) == 2, "the kill should land while the new set is written"
    assert (out / ".current").resolve() == current
    assert sorted(snapshot(out)) == sorted(OUTPUTS)
    assert snapshot(out) == before
    assert "wh-00095" not in (out / "facts.json").read_text()
    # The next run cleans up what the killed one left and finishes the job.
    rerun = subprocess.run([sys.executable, "-m", "pipeline", "extract", "--quiet", "--corpus", str(corpus), "--out", str(out)], cwd=ROOT, capture_output=True, text=True, timeout=TIMEOUT)
    assert rerun.returncode == 0, rerun.stderr
    assert not list(out.rglob(".*.tmp"))
    assert [p.name for p in out.glob(".generations/*")] == [(out / ".current").resolve().name]
    assert '"id": "wh-00095"' in (out / "facts.json").read_text()


def test_kill_9_while_extracting_leaves_the_previous_outputs(previous, tmp_path):
    corpus, out, before = previous
    mark = tmp_path / "extracting"
    run = start(str(mark), "extract", "--quiet", "--no-cache", "--corpus", str(corpus), "--out", str(out), script=MARK_EXTRACTING)
    wait_for(mark.exists, run)
    run.send_signal(signal.SIGKILL)
    run.wait(TIMEOUT)
    assert snapshot(out) == before


def test_ctrl_c_stops_the_run_and_leaves_the_previous_outputs(previous, tmp_path):
    corpus, out, before = previous
    mark = tmp_path / "extracting"
    run = start(str(mark), "extract", "--quiet", "--no-cache", "--corpus", str(corpus), "--out", str(out), script=MARK_EXTRACTING)
    wait_for(mark.exists, run)
    run.send_signal(signal.SIGINT)
    _, stderr = run.communicate(timeout=TIMEOUT)
    assert run.returncode == 130, stderr
    assert stderr.splitlines()[-1] == f"interrupted: the outputs in {out}/ are left as they were; releases extracted so far are cached"
    assert snapshot(out) == before
    assert not list(out.rglob(".*.tmp"))
    assert len(list(out.glob(".generations/*"))) == 1 and not (out / ".lock").exists()
