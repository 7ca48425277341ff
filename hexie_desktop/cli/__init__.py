"""The `hexie` command: a thin face over the services, as stable as the window."""
