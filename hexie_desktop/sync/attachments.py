"""Attachment files, stored by content hash in the data folder's attachments/."""

from hexie_desktop.paths import DataDir
from hexie_desktop.storage.files import atomic_writer
from hexie_desktop.sync.container import Container
from hexie_desktop.sync.manifest import Member


def store_attachments(container: Container, members: dict[str, Member], data_dir: DataDir) -> int:
    """Copy the bundle's attachments not yet present; returns how many were written.

    A file already present has the same content by construction (its name is its hash), which is
    how attachments are deduplicated. The copy re-checks the hash as it streams.
    """
    written = 0
    for sha, member in members.items():
        target = data_dir.attachment(sha)
        if target.exists():
            continue
        with atomic_writer(target) as handle:
            for chunk in container.stream(member):
                handle.write(chunk)
        written += 1
    return written
