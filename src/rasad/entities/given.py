"""Entities from names the caller already knows (a watch list, or gold names in tests).

Each (surface, type) becomes one Entity with a Mention at every occurrence of the
surface in the clean text, a leading conjunction or preposition (و ف ب ل ك, ول وب لل)
left outside the span, longer names first so that a shorter name never takes a span
inside a longer one.
"""

from __future__ import annotations

import re

from rasad.document import Document, Entity, Mention


def entities_from_names(doc: Document, names: list[tuple[str, str]]) -> list[Entity]:
    entities: list[Entity] = []
    taken: list[tuple[int, int]] = []
    for surface, typ in sorted(names, key=lambda n: -len(n[0])):
        pattern = r"(?<![\w])(?:[وفبلك]|ول|وب|لل)?(" + re.escape(surface) + r")(?![\w])"
        mentions = []
        for m in re.finditer(pattern, doc.text):
            a, b = m.start(1), m.end(1)
            if any(x < b and a < y for x, y in taken):
                continue
            taken.append((a, b))
            mentions.append(Mention(start=a, end=b, text=m.group(1), type=typ))
        if mentions:
            entities.append(
                Entity(id=f"e{len(entities) + 1}", type=typ, canonical=surface, mentions=mentions)
            )
    return entities
