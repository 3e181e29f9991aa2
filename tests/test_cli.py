"""Command line (pipeline/cli.py): `python -m pipeline extract --corpus X --out Y` end to end,
help texts, and clear errors naming the file or model."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from pipeline.cli import main
from pipeline.extraction.nlp import ModelError, build_nlp
from tests.conftest import ROOT

RELEASE = (
    "---\ntitle: Summit\ndate: 2025-04-14\nsource: ILO News\n---\n"
    "LUXEMBOURG CITY, (ILO News) – ILO Director-General Guy Ryder opened the Global Government Summit, "
    "held from 9 to 11 April 2025 in Luxembourg City.\n"
)


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=ROOT, capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    """One CLI run over a two-release corpus: (process, output folder)."""
    corpus = tmp_path_factory.mktemp("corpus")
    (corpus / "summit.txt").write_text(RELEASE, encoding="utf-8")
    (corpus / "empty-of-facts.md").write_text("Nothing to extract here.\n", encoding="utf-8")
    (corpus / "README.json").write_text("{}", encoding="utf-8")
    out = tmp_path_factory.mktemp("out") / "outputs"
    return run("extract", "--corpus", str(corpus), "--out", str(out)), out


def test_extract_writes_every_output(extracted):
    proc, out = extracted
    assert proc.returncode == 0, proc.stderr
    names = ["facts.json", "facts.jsonl", "releases.csv", "people.csv", "organizations.csv", "roles.csv", "resolutions.csv", "events.csv", "schema.json",
             "index/people.csv", "index/organizations.csv", "review.html", "texts.jsonl", "errors.csv",
             "facts.sqlite", "datapackage.json", "index/titles.csv", "index/adoptions.csv"]  # fmt: skip
    # Each output is a link through OUT/.current into the run's generation folder.
    generation = (out / ".current").resolve()
    assert generation.parent == out / ".generations"
    assert sorted(p.relative_to(generation).as_posix() for p in generation.rglob("*") if p.is_file()) == sorted(names)
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_symlink()) == sorted([*names, ".current"])
    assert sorted(p.name for p in out.iterdir()) == sorted([".cache", ".current", ".generations", *(n for n in names if "/" not in n), "index"])
    assert [p.name for p in (out / ".cache").iterdir()] == ["releases.sqlite3"]
    assert "Guy Ryder" in (out / "index" / "people.csv").read_text(encoding="utf-8")


def test_extract_records_and_provenance(extracted):
    _, out = extracted
    facts = json.loads((out / "facts.json").read_text(encoding="utf-8"))
    assert facts["pipeline"].startswith("news-facts ") and "en_core_web_sm" in facts["pipeline"]
    assert [r["id"] for r in facts["releases"]] == ["empty-of-facts", "summit"]
    summit = facts["releases"][1]
    assert (summit["title"], summit["published"], summit["source"], summit["dateline"]) == ("Summit", "2025-04-14", "ILO News", "LUXEMBOURG CITY")
    assert [(r["person"], r["title"], r["organization"]) for r in summit["roles"]] == [("Guy Ryder", "Director-General", "International Labour Organization")]
    assert [(e["name"], e["start"], e["end"], e["location"]) for e in summit["events"]] == [
        ("Global Government Summit", "2025-04-09", "2025-04-11", "Luxembourg City")
    ]


def test_extract_summary_goes_to_stderr(extracted):
    proc, out = extracted
    assert proc.stdout == ""
    note, summary = proc.stderr.splitlines()
    assert note == f"note: 1 file(s) in {out.parent.parent / 'corpus0'} ignored for their suffix (read: .txt .md .html .htm .jsonl): README.json"
    assert summary.startswith(f"2 releases -> {out}/ (1 people, 1 organizations, 1 roles, 0 resolutions, 1 events); 0 skipped, 0 cache hits; ")


def test_help_explains_extract():
    proc = run("extract", "--help")
    assert proc.returncode == 0
    for words in ["--corpus", "--out", "--model", "--quiet", "--strict", "--no-cache", "front matter", ".jsonl", ".html", "facts.json", "errors.csv", "texts.jsonl", "Exit status"]:
        assert words in proc.stdout


def test_top_level_help_lists_commands():
    proc = run("--help")
    assert proc.returncode == 0
    for command in ["extract", "eval", "baseline", "density", "gold", "schema"]:
        assert command in proc.stdout


# The error paths run in-process through the same entry point (`main` is what `python -m pipeline`
# calls), which spares a fresh interpreter importing spaCy for each.


def test_missing_corpus_folder_is_a_clear_error(tmp_path, capsys):
    assert main(["extract", "--corpus", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out")]) == 2
    assert capsys.readouterr().err == f"error: {tmp_path / 'nowhere'}: corpus folder not found\n"
    assert not (tmp_path / "out").exists()


def test_model_not_installed_is_a_clear_error(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Body.\n", encoding="utf-8")
    assert main(["extract", "--corpus", str(tmp_path), "--out", str(tmp_path / "out"), "--model", "no_such_model"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: cannot load spaCy pipeline 'no_such_model': is it installed?")
    assert err.count("\n") == 1
    assert not (tmp_path / "out").exists()


def test_bad_release_file_is_named_and_strict_makes_it_fatal(tmp_path, capsys):
    (tmp_path / "bad.txt").write_text("---\ntitle: [unclosed\n---\nBody\n", encoding="utf-8")
    assert main(["extract", "--strict", "--corpus", str(tmp_path), "--out", str(tmp_path / "out")]) == 3
    err = capsys.readouterr().err
    assert err.startswith(f"skipped {tmp_path / 'bad.txt'}: malformed front matter: ")
    assert err.count("\n") == 2
    assert not (tmp_path / "out").exists()


def test_unknown_option_is_a_usage_error():
    proc = run("extract", "--bogus")
    assert proc.returncode == 2
    assert "unrecognized arguments: --bogus" in proc.stderr


def test_model_without_parser_and_ner_is_refused():
    with pytest.raises(ModelError, match="spaCy pipeline 'blank:en' lacks ner, parser, which extraction needs"):
        build_nlp("blank:en")


def test_cli_names_the_same_default_model_as_nlp():
    from pipeline import cli
    from pipeline.extraction import nlp

    assert cli.DEFAULT_MODEL == nlp.DEFAULT_MODEL


def test_help_documents_every_exit_status():
    proc = run("extract", "--help")
    statuses = proc.stdout[proc.stdout.index("Exit status"):].splitlines()[1:]
    assert [line.split()[0] for line in statuses] == ["0", "1", "2", "3", "4", "5", "6", "7", "130"]
    assert "--allow-empty" in proc.stdout and "OUT/.lock" in proc.stdout and "ISO 8601" in proc.stdout


@pytest.mark.parametrize(
    ("content", "detail"),
    [(None, "Expecting value at line 1, column 1"), (b"\xff\xfe junk", "not UTF-8 text"), (b"[1, 2]\n", 'no "releases" list')],
)
def test_eval_on_a_file_that_is_not_facts_json_is_one_line(tmp_path, capsys, content, detail):
    path = ROOT / "README.md" if content is None else tmp_path / "facts.json"
    if content is not None:
        path.write_bytes(content)
    assert main(["eval", "--facts", str(path), "--gold", str(ROOT / "corpus" / "gold")]) == 2
    assert capsys.readouterr().err == f"error: {path}: not a facts.json written by `extract` ({detail})\n"


def test_bench_says_when_the_default_feed_is_missing(tmp_path, monkeypatch):
    from pipeline.evaluation import bench

    monkeypatch.chdir(tmp_path)  # no ../shared beside this folder
    with pytest.raises(SystemExit) as stopped:
        bench.read_bulk(bench.DEFAULT_BULK, 5)
    assert str(stopped.value) == (
        "error: the default feed ../shared/corpus/bulk.jsonl is missing (it comes with the shared folder beside this project): "
        "pass any JSON Lines feed with --bulk FILE (make bench BULK=FILE)"
    )


@pytest.mark.skipif(not list((ROOT / ".venv").glob(".installed-*")) or not shutil.which("make"), reason="needs make and the set-up .venv")
def test_make_extract_takes_folders_with_spaces(tmp_path):
    if "pip install" in subprocess.run(["make", "-n", "extract"], cwd=ROOT, capture_output=True, text=True).stdout:
        pytest.skip("the .venv is not up to date with pyproject.toml: make would reinstall it")
    corpus, out = tmp_path / "my releases", tmp_path / "my outputs"
    corpus.mkdir()
    (corpus / "summit.txt").write_text(RELEASE, encoding="utf-8")
    proc = subprocess.run(["make", "-s", "extract", f"CORPUS={corpus}", f"OUT={out}", "ARGS=--quiet"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert (proc.returncode, proc.stderr) == (0, "")
    assert '"id": "summit"' in (out / "facts.json").read_text(encoding="utf-8")
