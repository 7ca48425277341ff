"""The yearly harmonious community grading (A/AA/AAA)."""
