"""Progress bar and summary line (pipeline.progress) and how `extract` uses them."""

from __future__ import annotations

import io
import re
import shutil

from pipeline.cli import main
from pipeline.progress import RunStats, progress_bar
from pipeline.extraction.records import Person, Release
from tests.conftest import CORPUS


class Terminal(io.StringIO):
    """A stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def test_bar_shows_done_total_and_rate_on_a_terminal():
    stream = Terminal()
    assert list(progress_bar(range(3), total=3, stream=stream)) == [0, 1, 2]
    final = stream.getvalue().split("\r")[-1]
    assert re.search(r"extract: 100%.*\| 3/3 \[.*release/s\]", final)


def test_bar_is_silent_off_a_terminal_or_when_quiet():
    for stream, quiet in ((io.StringIO(), False), (Terminal(), True)):
        assert list(progress_bar(range(3), total=3, quiet=quiet, stream=stream)) == [0, 1, 2]
        assert stream.getvalue() == ""


def test_summary_counts_releases_records_skipped_cache_hits_and_time():
    stats = RunStats()
    stats.add(Release(id="a", people=[Person(name="Ana", evidence=[]), Person(name="Bo", evidence=[])]))
    stats.add(Release(id="b"))
    stats.skipped, stats.cache_hits, stats.elapsed = 1, 3, 12.34
    assert stats.summary("outputs") == (
        "2 releases -> outputs/ (2 people, 0 organizations, 0 roles, 0 resolutions, 0 events); 1 skipped, 3 cache hits; 12.3s"
    )


def test_extract_ends_with_one_summary_line_and_no_bar_off_a_terminal(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(CORPUS / "wh-00337.txt", corpus)
    assert main(["extract", "--corpus", str(corpus), "--out", str(tmp_path / "out")]) == 0
    err = capsys.readouterr().err
    assert re.fullmatch(
        rf"1 releases -> {re.escape(str(tmp_path / 'out'))}/ \(\d+ people, \d+ organizations, \d+ roles, \d+ resolutions, \d+ events\); "
        r"0 skipped, 0 cache hits; \d+\.\ds\n",
        err,
    )
    assert main(["extract", "--corpus", str(corpus), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    assert capsys.readouterr().err == ""


def test_extract_s_bar_on_a_terminal_ends_at_the_last_release(tmp_path, monkeypatch, extract_cli):
    from pipeline import progress, workflow

    stream = Terminal()
    original = progress.progress_bar
    # extract_cli runs with --quiet: the bar is forced on, onto a stream that is a terminal.
    monkeypatch.setattr(workflow, "progress_bar", lambda items, total, quiet=False: original(items, total, False, stream))
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("wh-00337.txt", "state-00021.txt"):
        shutil.copy(CORPUS / name, corpus)
    status, _ = extract_cli("--corpus", str(corpus), "--out", str(tmp_path / "out"))
    assert status == 0
    assert re.search(r"extract: 100%.*\| 2/2 \[", stream.getvalue().split("\r")[-1])
