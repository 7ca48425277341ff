"""Bundle numbers that a restored backup cannot hand out twice.

A clerk refuses a second, different bundle under a (device, number) it has merged (a mix-up or
a forgery must not slip through as "already merged"). The next number lives in the database
(`Installation.next_bundle_seq`), so restoring an older backup would rewind it and the next
export would reuse a number already on a stick, to be refused. The highest number issued is
therefore also kept in a small file beside the installation's key (`DataDir.bundle_sequence`),
which a database restore never touches, and an export takes the next number after the larger of
the two. The file is written inside the export's transaction, before the commit: if the commit
fails a number is skipped (a gap the clerk sees), never reused.
"""

from hexie_desktop.domain.errors import UserError
from hexie_desktop.paths import DataDir
from hexie_desktop.storage.files import write_atomic


def issued_through(data_dir: DataDir, installation_id: str) -> int:
    """The highest number the file remembers; 0 before the first export (or if it was lost)."""
    path = data_dir.bundle_sequence(installation_id)
    try:
        text = path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        return 0
    if not text.isdigit():
        raise UserError(
            f"数据包编号记录文件 {path} 已损坏。请删除该文件后用“全部重新导出”"
            "（hexie bundle export --full）导出一次。"
        )
    return int(text)


def next_sequence(data_dir: DataDir, installation_id: str, stored_next: int) -> int:
    """The number for the next bundle: never one already issued, whatever the database says."""
    return max(stored_next, issued_through(data_dir, installation_id) + 1)


def remember_issued(data_dir: DataDir, installation_id: str, seq: int) -> None:
    write_atomic(data_dir.bundle_sequence(installation_id), f"{seq}\n".encode("ascii"))
