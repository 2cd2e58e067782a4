"""The extractor's version, carried by every record."""
from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("moderation-extractor")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.1.0"
