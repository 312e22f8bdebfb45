"""Typesetting of test-fixture PDFs with known cell values (see README.md)."""
