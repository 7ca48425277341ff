"""Master data: firms, compounds, contracts and teams, edited or imported."""
