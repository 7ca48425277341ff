"""Layouts compiled from forms/*.ui by scripts/build_forms; never edited by hand."""
