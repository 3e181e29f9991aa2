"""spaCy components layered on the pretrained pipeline, one module per concern."""
