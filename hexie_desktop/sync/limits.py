"""The bounds every bundle is checked against before a single byte is decompressed or written.

They make the importer's worst case known: a hostile file is refused within these sizes, never
after filling the disk or the memory. docs/bundle-format.md states them for other tools.
"""

MAX_BUNDLE_BYTES = 2 * 1024**3
MAX_MEMBERS = 20_000
MAX_TOTAL_UNCOMPRESSED = 2 * 1024**3 - 1
MAX_MEMBER_UNCOMPRESSED = 1024**3
MAX_ATTACHMENT_BYTES = 50 * 1024**2
MAX_MANIFEST_BYTES = 8 * 1024**2
MAX_SIGNATURE_BYTES = 4096
MAX_RATIO = 100
RATIO_FLOOR_BYTES = 1024**2
MAX_NAME_BYTES = 255
MAX_LINE_BYTES = 1024**2
MAX_JSON_DEPTH = 16
MAX_JSON_INT = 2**63 - 1
READ_CHUNK = 256 * 1024
