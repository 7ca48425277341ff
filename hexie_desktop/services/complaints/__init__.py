"""Complaint tickets through the 12345 closed loop."""
