"""Records per 1,000 words by source (pipeline.evaluation.density)."""

from __future__ import annotations

import json

from pipeline.cli import main
from pipeline.evaluation.density import density, render


def write_output(folder, releases, texts):
    folder.mkdir()
    (folder / "facts.json").write_text(json.dumps({"releases": releases}), encoding="utf-8")
    (folder / "texts.jsonl").write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in texts.items()), encoding="utf-8")


def test_density_counts_records_per_thousand_words_by_id_prefix(tmp_path):
    write_output(
        tmp_path / "a",
        [{"id": "wire-1", "people": [{}, {}], "roles": [{}]}, {"id": "doj-2", "organizations": [{}]}],
        {"wire-1": "word " * 500, "doj-2": "word " * 250},
    )
    write_output(tmp_path / "b", [{"id": "wire-3", "events": [{}]}], {"wire-3": "word " * 500})
    table = density([tmp_path / "a", tmp_path / "b"])
    assert table["wire"] == {"releases": 2, "words": 1000, "people": 2.0, "organizations": 0.0, "roles": 1.0, "resolutions": 0.0, "events": 1.0}
    assert table["doj"]["organizations"] == 4.0
    assert render(table).splitlines()[2] == "| doj | 1 | 250 | 0.00 | 4.00 | 0.00 | 0.00 | 0.00 |"


def test_density_names_a_folder_without_outputs(tmp_path, capsys):
    assert main(["density", str(tmp_path)]) == 2
    assert str(tmp_path) in capsys.readouterr().err
