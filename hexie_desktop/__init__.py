"""Hexie Desktop (和谐): offline-first oversight of property-management firms."""

__version__ = "0.2.0.dev2"
APP_NAME = "hexie-desktop"
