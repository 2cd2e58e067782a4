"""Owned products: 'Google suspended us' in a story about one Google product is that product.

A step after occasions: where an article's events are on exactly one platform of a company
(``platform_owners.json``) and other events name only the company ("Google suspended us for the
first time in 2024" in a story about a Google Cloud account), those events are the product's.
Only companies known mostly through their products count (``product_owners`` in cues.json):
"Facebook" is a platform of its own beside Instagram.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from extractor.facts.cues import CUES
from extractor.facts.platforms import OWNERS

if TYPE_CHECKING:
    from extractor.events import Event


def owners_as_products(events: list[Event]) -> None:
    """Give an owner's events to its one product that the article's other events are on."""
    owners = {e.platform for e in events if e.platform.lower() in CUES["product_owners"]}
    for owner in owners:
        products = {e.platform for e in events if OWNERS.get(e.platform) == owner}
        if len(products) != 1:
            continue
        product = products.pop()
        for event in events:
            if event.platform == owner:
                event.platform = product
