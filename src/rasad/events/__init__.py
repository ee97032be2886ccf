"""PLOVER events from Arabic news sentences (see stage.py)."""

from rasad.events.stage import EventsStage

__all__ = ["EventsStage"]
