"""Ingest: find and decode the source files, read articles out of them, clean them."""
