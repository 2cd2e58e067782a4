"""Reasons: the grounds given for a moderation action, with their evidence, who stated them
and the DSA Transparency Database category they fall under; and the groups behind the targets."""
from extractor.facts.reasons.attach import Reason, event_reasons
from extractor.facts.reasons.groups import groups_of
from extractor.facts.reasons.lexicon import CATEGORIES, category_of

__all__ = ["CATEGORIES", "Reason", "category_of", "event_reasons", "groups_of"]
