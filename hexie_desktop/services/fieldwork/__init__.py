"""The inspector's field work: the sheet, its scores and evidence, and owner surveys."""
