"""Evaluation: scoring against gold, the bare-model baseline, benches, record density and gold from review verdicts."""
