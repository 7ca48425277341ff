"""What follows a score: cards, sub-60 interviews and the firm's credit file."""
