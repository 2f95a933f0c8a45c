"""Content generators for the Docket synthetic corpus (see scripts/make-corpus.py)."""
