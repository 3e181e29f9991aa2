"""Extraction: the spaCy pipeline (nlp), its rule components and patterns, and the records built from the annotated Doc."""
