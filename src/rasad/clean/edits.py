"""Build clean text from raw text through copies and replacements, keeping offsets.

The clean text is assembled left to right from pieces of the raw text. A piece is
either *copied* (``raw[a:b]`` unchanged) or *replaced* (``raw[a:b]`` stands for some
other text: an entity, a presentation form, a CRLF). Whatever is not emitted is
deleted. :class:`EditBuilder` records a breakpoint of :class:`Alignment` whenever the
clean->raw mapping stops being the identity shift of the previous piece, so copied
characters always map to the raw character they came from.
"""

from __future__ import annotations

from rasad.document import Alignment


class EditBuilder:
    """Accumulates clean text and its clean->raw alignment breakpoints."""

    __slots__ = ("raw", "parts", "length", "clean_points", "raw_points")

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.parts: list[str] = []
        self.length = 0
        self.clean_points: list[int] = []
        self.raw_points: list[int] = []

    def _raw_at(self, clean_offset: int) -> int:
        """Raw offset that ``clean_offset`` maps to under the last breakpoint."""
        if not self.clean_points:
            return clean_offset
        return self.raw_points[-1] + (clean_offset - self.clean_points[-1])

    def _point(self, clean_offset: int, raw_offset: int) -> None:
        if self.clean_points and self.clean_points[-1] == clean_offset:
            self.raw_points[-1] = raw_offset  # nothing emitted since: move the last point
        else:
            self.clean_points.append(clean_offset)
            self.raw_points.append(raw_offset)

    def copy(self, start: int, end: int) -> None:
        """Emit ``raw[start:end]`` unchanged."""
        if start >= end:
            return
        if self._raw_at(self.length) != start:
            self._point(self.length, start)
        self.parts.append(self.raw[start:end])
        self.length += end - start

    def replace(self, start: int, end: int, text: str) -> None:
        """Emit ``text`` in place of ``raw[start:end]``; every char of it maps to ``start``.

        A 1->2 expansion (lam-alef ligature) thus gets two breakpoints, both at ``start``.
        """
        for j in range(len(text)):
            if self._raw_at(self.length + j) != start:
                self._point(self.length + j, start)
        self.parts.append(text)
        self.length += len(text)

    def text(self) -> str:
        return "".join(self.parts)

    def alignment(self) -> Alignment:
        return Alignment(clean=list(self.clean_points), raw=list(self.raw_points))
