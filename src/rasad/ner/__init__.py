"""Arabic named entities: a CRF trained here on ANERcorp with word classes from raw news.

- :class:`NerStage` ("ner"): fills ``doc.entities`` from ``doc.tokens``.
- :func:`tag_conll` / :func:`tag_file`: ``rasad tag`` on token-per-line text.
"""

from rasad.ner.conll import tag_conll, tag_file
from rasad.ner.stage import NerStage

__all__ = ["NerStage", "tag_conll", "tag_file"]
