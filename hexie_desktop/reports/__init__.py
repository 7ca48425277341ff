"""PDF reports with ReportLab. Numbers come from services; nothing here computes a score."""
