"""Quotations: direct, partial and indirect reported speech with speakers and chains.

- :class:`QuotesStage` ("quotes"): fills ``doc.quotes`` and, when the input gave no
  outlet, ``doc.source.outlet`` / ``doc.source.dateline`` from a dateline.
"""

from rasad.quotes.stage import QuotesStage

__all__ = ["QuotesStage"]
