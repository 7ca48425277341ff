"""The evaluation rules of DESIGN.md: pure functions over plain values, driven by the policy.

Every module here takes numbers and ids and returns numbers and ids; the services load them from
the database with a few aggregate queries and store what comes back. Full precision is kept
throughout; rounding to two decimals happens only where results are shown or printed as JSON.
"""
