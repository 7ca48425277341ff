"""A database file that is empty or cut short is refused, never taken for a new database.

SQLite opens a zero-byte file as an empty database, and the application would then build a
fresh schema in it and call it healthy: every record gone without a word. A file cut short (a
copy interrupted, a disk that failed) is found from the page size and page count in its header.
"""

from pathlib import Path

_HEADER = b"SQLite format 3\x00"
_HEADER_BYTES = 100


def incomplete_database(path: Path) -> str | None:
    """What is wrong with the SQLite file at `path`, in words; None when whole or absent.

    A file that is not SQLite at all is left to SQLite to refuse.
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return None
    if size == 0:
        return "文件是空的（0 字节）"
    with path.open("rb") as handle:
        header = handle.read(_HEADER_BYTES)
    if len(header) < _HEADER_BYTES:
        return f"文件不完整（只有 {size} 字节）" if _HEADER.startswith(header[:16]) else None
    if not header.startswith(_HEADER):
        return None
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    # The page count is trustworthy only when written by the same change as the header.
    counted = header[24:28] == header[92:96]
    expected = pages * page_size
    if size % page_size or (counted and size < expected):
        return f"文件不完整（{size} 字节，应有 {expected} 字节）"
    return None
