"""Views: static HTML pages over records, with inline CSS and SVG and no script from the network.

``evidence`` is the article page (every fact highlighted at its evidence offsets), ``report``
the batch report (one-pass aggregation in ``figures``, SVG charts in ``charts``); ``text``
finds the article text a record's offsets point into; ``html`` holds the small template helpers.
"""

from extractor.views.evidence import evidence_page
from extractor.views.figures import Figures, aggregate
from extractor.views.report import report_page
from extractor.views.text import TextNotFound, article_text

__all__ = ["evidence_page", "report_page", "Figures", "aggregate", "article_text", "TextNotFound"]
