"""Hexie Desktop (和谐): offline-first oversight of property-management firms."""

__version__ = "0.1.0"
APP_NAME = "hexie-desktop"
