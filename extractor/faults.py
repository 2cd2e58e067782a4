"""Faults of the outputs: a disk that is full, a database server that went away.

An input that fails gives an error record and the run goes on; an output that fails ends the
run, in one line naming the output and the cause (exit code 3). What was written before stays
whole, so ``--resume`` completes the run.
"""
from __future__ import annotations


class OutputFailed(Exception):
    """An output (the -o file, the --db database) could not be written; ``message`` is one line."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def cause(error: BaseException) -> str:
    """The first line of what went wrong (a driver error's own message, not SQLAlchemy's wrapper)."""
    inner = getattr(error, "orig", None) or error
    text = getattr(inner, "strerror", None) or str(inner) or type(inner).__name__
    return text.strip().splitlines()[0] if text.strip() else type(inner).__name__
