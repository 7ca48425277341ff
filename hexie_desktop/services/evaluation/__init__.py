"""A quarter's evaluation: its inputs, the computation, stored results and their freshness."""
