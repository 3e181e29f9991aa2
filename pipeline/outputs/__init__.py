"""Outputs: facts.json/.jsonl, CSVs, facts.sqlite, the index, the review page, written as one set under a lock."""
