"""The extractor's version, carried by every record. Kept equal to ``version`` in
pyproject.toml (tests/test_startup.py checks it); written out rather than read from the
installed package's metadata, which costs a scan of every installed package at start-up."""
__version__ = "0.1.0"
