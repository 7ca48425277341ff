"""The versioned rules: policies, standards and what their numbers mean."""
