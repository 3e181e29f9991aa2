"""Fault injection: the machine fails a run (OUT is a file, OUT read-only, the disk full,
another run holding OUT, a locked, damaged or read-only cache) or the corpus holds no release.
Each case ends with one line naming the path and the cause and its own exit status (see
`extract --help`), and the previous outputs stay byte-identical."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import cli, workflow

from pipeline.outputs import export
from tests.conftest import CORPUS, ROOT

OUTPUTS = [
    "facts.json", "facts.jsonl", "releases.csv", "people.csv", "organizations.csv", "roles.csv", "resolutions.csv", "events.csv", "schema.json",
    "review.html", "texts.jsonl", "errors.csv", "index/people.csv", "index/organizations.csv",
]  # fmt: skip
FEW = ["ilo-sse-summit-2025.txt", "state-00021.txt"]
ROOT_USER = os.geteuid() == 0


def snapshot(out: Path) -> dict[str, bytes]:
    """Every output, read through its link."""
    return {name: (out / name).read_bytes() for name in OUTPUTS}


def kept(out: Path) -> str:
    return f"the outputs in {out}/ are left as they were"


@pytest.fixture
def previous(extract_cli, tmp_path):
    """A corpus of two releases and the outputs of a complete run over it: (corpus, out, bytes)."""
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    corpus.mkdir()
    for name in FEW:
        shutil.copy(CORPUS / name, corpus / name)
    assert extract_cli("--corpus", str(corpus), "--out", str(out)) == (0, [])
    return corpus, out, snapshot(out)


def mount(*args: str) -> None:
    """Run mount(8), or skip the test where this machine does not let us."""
    if not ROOT_USER or shutil.which("mount") is None:
        pytest.skip("mounting needs root and mount(8)")
    proc = subprocess.run(["mount", *args], capture_output=True, text=True)
    if proc.returncode != 0:
        pytest.skip(f"cannot mount here: {proc.stderr.strip()}")


@pytest.fixture
def read_only():
    """A function making a folder read-only for this process: a read-only bind mount as root
    (root writes through permissions), else the folder's write permission taken away."""
    undo = []

    def make(folder: Path) -> str:
        if ROOT_USER:
            mount("--bind", str(folder), str(folder))
            undo.append(lambda: subprocess.run(["umount", str(folder)], check=True))
            mount("-o", "remount,ro,bind", str(folder))
            return "Read-only file system"
        folder.chmod(0o555)
        undo.append(lambda: folder.chmod(0o755))
        return "Permission denied"

    yield make
    for step in reversed(undo):
        step()


def holder(script: str, *argv: str) -> subprocess.Popen:
    """A second process that takes a lock, says `held` and keeps it until its stdin closes."""
    process = subprocess.Popen([sys.executable, "-c", script, *argv], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "held"
    return process


HOLD_OUT = """
import sys
from pathlib import Path
from pipeline.outputs.outlock import locked
with locked(Path(sys.argv[1])):
    print("held", flush=True)
    sys.stdin.read()
"""
HOLD_CACHE = """
import sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("BEGIN EXCLUSIVE")
print("held", flush=True)
sys.stdin.read()
"""


# --------------------------------------------------------------------------- OUT cannot be written


def test_out_is_a_file(extract_cli, previous, tmp_path):
    corpus, _, _ = previous
    out = tmp_path / "facts.json"
    out.write_bytes(b"a file a user keeps\n")
    assert extract_cli("--corpus", str(corpus), "--out", str(out)) == (4, [f"error: --out {out} is a file, not a folder: nothing written"])
    assert out.read_bytes() == b"a file a user keeps\n"


def test_read_only_out(extract_cli, previous, read_only):
    corpus, out, before = previous
    shutil.copy(CORPUS / "wh-00095.txt", corpus / "wh-00095.txt")
    cause = read_only(out)
    assert extract_cli("--corpus", str(corpus), "--out", str(out)) == (4, [f"error: cannot write {out}/.lock ({cause}): {kept(out)}"])
    assert snapshot(out) == before


# --------------------------------------------------------------------------- a full disk


def test_disk_full_on_a_small_tmpfs(extract_cli, tmp_path):
    """A real full disk: the outputs of a first run fill part of a 2 MB tmpfs, a file fills the
    rest but a quarter of what a new set of outputs needs; the next run must write a new set."""
    disk = tmp_path / "disk"
    disk.mkdir()
    mount("-t", "tmpfs", "-o", "size=2m", "tmpfs", str(disk))
    try:
        corpus, out = tmp_path / "corpus", disk / "out"
        corpus.mkdir()
        for name in FEW:
            shutil.copy(CORPUS / name, corpus / name)
        assert extract_cli("--corpus", str(corpus), "--out", str(out)) == (0, [])
        before = snapshot(out)
        needs = sum(len(data) for data in before.values())
        stats = os.statvfs(disk)
        filler = stats.f_bavail * stats.f_frsize - needs // 4
        assert filler > 0, "the tmpfs is too small for this test"
        (disk / "filler").write_bytes(b"\0" * filler)
        (corpus / "state-00021.txt").unlink()  # a new set of outputs, from the cache: no extraction
        status, stderr = extract_cli("--corpus", str(corpus), "--out", str(out))
        assert (status, stderr) == (5, [f"error: no space left on the device of {out} (No space left on device): {kept(out)}"])
        assert snapshot(out) == before
        assert len(list((out / export.GENERATIONS).iterdir())) == 1  # the half-written set is gone
        (disk / "filler").unlink()
        assert extract_cli("--corpus", str(corpus), "--out", str(out)) == (0, [])
        assert "state-00021" not in (out / "facts.jsonl").read_text()
    finally:
        subprocess.run(["umount", str(disk)], check=True)


def test_disk_full_while_staging(extract_cli, previous, monkeypatch):
    """ENOSPC raised by the write of the review page, as a full disk would (any user, any machine)."""
    corpus, out, before = previous
    write_chunks = export.write_chunks  # the review page is written piece by piece

    def full(path, chunks):
        if path.name == "review.html":
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        write_chunks(path, chunks)

    monkeypatch.setattr(export, "write_chunks", full)
    (corpus / "state-00021.txt").unlink()
    assert extract_cli("--corpus", str(corpus), "--out", str(out)) == (5, [f"error: no space left on the device of {out} (No space left on device): {kept(out)}"])
    assert snapshot(out) == before


# --------------------------------------------------------------------------- two runs, one OUT


def test_a_second_process_holding_out(extract_cli, previous):
    corpus, out, before = previous
    shutil.copy(CORPUS / "wh-00095.txt", corpus / "wh-00095.txt")
    other = holder(HOLD_OUT, str(out))
    try:
        status, stderr = extract_cli("--corpus", str(corpus), "--out", str(out))
        assert (status, stderr) == (6, [f"error: {out}/ is in use by another run (pid {other.pid}, lock file {out}/.lock): wait for it to end, or pick another --out"])
        assert snapshot(out) == before
    finally:
        other.communicate("", timeout=60)
    assert extract_cli("--corpus", str(corpus), "--out", str(out)) == (0, [])
    assert not (out / ".lock").exists()


def test_two_real_runs_at_once(previous):
    """Two `python -m pipeline extract` into one OUT: one writes, the other says who holds OUT."""
    corpus, out, _ = previous
    shutil.copy(CORPUS / "wh-00095.txt", corpus / "wh-00095.txt")
    command = [sys.executable, "-m", "pipeline", "extract", "--quiet", "--corpus", str(corpus), "--out", str(out)]
    runs = [subprocess.Popen(command, cwd=ROOT, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    (first, _, winner), (second, message, _) = sorted((run.wait(300), run.stderr.read(), run.pid) for run in runs)
    assert (first, second) == (0, 6)
    assert message == f"error: {out}/ is in use by another run (pid {winner}, lock file {out}/.lock): wait for it to end, or pick another --out\n"
    assert '"id": "wh-00095"' in (out / "facts.json").read_text()


# --------------------------------------------------------------------------- the cache


def test_a_locked_cache(extract_cli, previous):
    corpus, out, before = previous
    cache = out / ".cache" / "releases.sqlite3"
    other = holder(HOLD_CACHE, str(cache))
    try:
        status, stderr = extract_cli("--corpus", str(corpus), "--out", str(out), "--no-cache")
        assert (status, stderr) == (6, [f"error: the cache {cache} is locked by another process (database is locked): {kept(out)}"])
        assert snapshot(out) == before
    finally:
        other.communicate("", timeout=60)


def damage(path: Path) -> None:
    """Overwrite every page but the first (the header stays intact) with the same junk."""
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for start in range(page, len(data), page):
        data[start:start + page] = (b"\xa5junk\x00" * page)[:page]
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("flag", [[], ["--no-cache"]])
def test_a_cache_with_damaged_pages_is_set_aside_and_rebuilt(extract_cli, previous, flag):
    corpus, out, before = previous
    cache = out / ".cache" / "releases.sqlite3"
    damage(cache)
    status, stderr = extract_cli("--corpus", str(corpus), "--out", str(out), *flag)
    assert (status, stderr) == (0, [f"warning: the cache {cache} is damaged (database disk image is malformed): set aside as releases.sqlite3.damaged, rebuilding it"])
    assert snapshot(out) == before
    assert (out / ".cache" / "releases.sqlite3.damaged").is_file()
    with sqlite3.connect(cache) as db:
        assert db.execute("PRAGMA quick_check").fetchone() == ("ok",)
        assert db.execute("SELECT count(*) FROM releases").fetchone() == (2,)


def test_a_read_only_cache_is_bypassed(extract_cli, previous, read_only):
    corpus, out, _ = previous
    cache = out / ".cache" / "releases.sqlite3"
    data = cache.read_bytes()
    shutil.copy(CORPUS / "wh-00095.txt", corpus / "wh-00095.txt")
    read_only(cache.parent)
    status, stderr = extract_cli("--corpus", str(corpus), "--out", str(out))
    assert (status, stderr) == (0, [f"warning: the cache {cache} cannot be written (attempt to write a readonly database): running without it, every release is extracted"])
    assert '"id": "wh-00095"' in (out / "facts.json").read_text()
    assert cache.read_bytes() == data


# --------------------------------------------------------------------------- an empty or wrong corpus


def test_a_run_that_reads_no_release_does_not_replace_outputs(extract_cli, previous, tmp_path):
    _, out, before = previous
    wrong = tmp_path / "wrong"
    wrong.mkdir()
    (wrong / "a.json").write_text("{}\n")
    (wrong / "b.text").write_text("A release with a suffix the reader does not know.\n")
    (wrong / "c.txt").write_bytes(b"")
    cache = out / ".cache" / "releases.sqlite3"
    status, stderr = extract_cli("--corpus", str(wrong), "--out", str(out))
    assert (status, stderr) == (7, [
        f"note: 2 file(s) in {wrong} ignored for their suffix (read: .txt .md .html .htm .jsonl): a.json, b.text",
        f"skipped {wrong}/c.txt: empty file",
        f"error: no release could be read from {wrong} (1 input(s) skipped, 2 file(s) ignored for their suffix): "
        f"the outputs in {out}/ hold 2 release(s) and are left as they were (--allow-empty replaces them)",
    ])  # fmt: skip
    assert snapshot(out) == before
    with sqlite3.connect(cache) as db:
        assert db.execute("SELECT count(*) FROM releases").fetchone() == (2,)  # the cache is kept too
    assert extract_cli("--corpus", str(wrong), "--out", str(out), "--allow-empty")[0] == 1
    assert (out / "facts.jsonl").read_bytes() == b""


# --------------------------------------------------------------------------- small ones


def test_processes_beyond_the_cores_are_capped_with_a_note():
    args = cli.build_parser().parse_args(["extract", "--processes", str(workflow.cores() + 6)])
    options, note = workflow.engine_options(cli.extract_request(args))
    assert options["processes"] == workflow.cores()
    assert note == f"note: --processes {workflow.cores() + 6} capped at {workflow.cores()}, the CPU cores this process may use (more workers would only cost memory)"
    assert workflow.engine_options(cli.extract_request(cli.build_parser().parse_args(["extract", "--processes", "1"]))) == (
        {"engine": "local", "processes": 1, "scheduler": None, "batch_size": None}, None)  # fmt: skip


def test_skip_lines_come_in_file_order_whatever_skipped_them(extract_cli, previous, monkeypatch):
    """A parse error in a later file and an extraction failure in an earlier one: file order."""
    from pipeline.extraction import run

    corpus, out, _ = previous
    (corpus / "zz-bad.md").write_text("---\ndate: 2021-02-30\n---\nBody.\n")
    original = run.extract_release

    def extract_release(doc, release):
        if release.id == "ilo-sse-summit-2025":
            raise ValueError("boom")
        return original(doc, release)

    monkeypatch.setattr(run, "extract_release", extract_release)
    status, stderr = extract_cli("--corpus", str(corpus), "--out", str(out), "--no-cache")
    assert (status, stderr) == (1, [
        f"skipped {corpus}/ilo-sse-summit-2025.txt: extraction failed: ValueError: boom",
        f"skipped {corpus}/zz-bad.md: front matter date '2021-02-30' is not a valid date (day is out of range for month)",
    ])  # fmt: skip


def test_the_holders_pid_written_just_after_the_lock_is_still_read(tmp_path):
    """A run that finds OUT locked in the instant before the holder wrote its pid waits for it."""
    import os
    import threading

    from pipeline.outputs.outlock import holder as lock_holder

    path = tmp_path / ".lock"
    path.write_text("")
    fd = os.open(path, os.O_RDONLY)
    try:
        assert lock_holder(fd, wait=0.05) is None
        threading.Timer(0.1, lambda: path.write_text("4242\n")).start()
        assert lock_holder(fd, wait=2.0) == 4242
    finally:
        os.close(fd)
