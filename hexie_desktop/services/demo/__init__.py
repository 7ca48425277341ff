"""Realistic, reproducible demo data."""
