"""The records' JSON Schema against a checked-in copy: any change to a record's fields shows as a
diff of tests/test_schema/records_schema.yml to review (regenerate with --force-regen)."""

from __future__ import annotations

from pipeline.extraction.records import Facts


def test_records_schema_matches_the_reviewed_file(data_regression):
    data_regression.check(Facts.model_json_schema(mode="serialization"), basename="records_schema")
