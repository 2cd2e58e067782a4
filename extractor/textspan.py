"""Character spans of the article text."""
from __future__ import annotations


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the white space around it."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
