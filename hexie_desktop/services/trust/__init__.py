"""Who this installation is and whose keys it trusts."""
