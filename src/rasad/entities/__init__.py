"""Canonical entities of a document: name parts, titles, descriptions, countries.

- :class:`EntitiesStage` ("entities"): merges NER mentions into one entity per
  person, organisation and place (see :mod:`rasad.entities.stage`).
"""

from rasad.entities.stage import EntitiesStage, name_key

__all__ = ["EntitiesStage", "name_key"]
