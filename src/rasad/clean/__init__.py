"""Cleaning stage: raw article text -> clean text with exact offsets back to the raw input."""

from rasad.clean.core import CleanResult, CleanStage, clean

__all__ = ["CleanResult", "CleanStage", "clean"]
