"""Ids of the synced rows the evaluation writes: derived from what the row is, not random.

Two clerks' installations that evaluate the same quarter then write the same automatic card,
credit entry and interview under the same id, so merging their bundles yields one row (the later
edit wins) instead of duplicates or a clash on "one interview per firm and quarter".
"""

import uuid

_NAMESPACE = uuid.UUID("5b0f3d2e-8c1a-4f6e-9d7b-2a4c6e8f0a1c")


def derived_id(kind: str, *parts: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, "/".join((kind, *parts))))
