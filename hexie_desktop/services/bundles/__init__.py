"""Carrying work between laptops: bundle export, verification, merge and the review queue."""
