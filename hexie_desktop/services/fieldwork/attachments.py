"""Evidence files kept by content: a photo's SHA-256 is its name under the data folder's attachments/.

Naming a file by its hash deduplicates it for free (the same photo attached twice, or brought back
by a bundle, is stored once) and lets a bundle prove a file is intact. Only images are accepted,
recognised by their first bytes rather than their name, so an executable renamed `.jpg` never
enters the data folder or a bundle.
"""

import hashlib
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from hexie_desktop.domain.errors import UserError
from hexie_desktop.paths import DataDir
from hexie_desktop.storage.files import atomic_writer

MAX_PHOTO_BYTES = 20 * 1024 * 1024
_CHUNK = 1024 * 1024
_HEIC_BRANDS = (b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1")
ACCEPTED_KINDS = "JPEG、PNG、WebP、HEIC"


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    size: int
    media_type: str
    original_name: str


def image_media_type(head: bytes) -> str | None:
    """The media type of an image from its first 16 bytes, or None when it is not one we accept."""
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head[4:8] == b"ftyp" and head[8:12] in _HEIC_BRANDS:
        return "image/heic"
    return None


def _check_source(path: Path) -> tuple[int, str]:
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(16)
    except FileNotFoundError as exc:
        raise UserError(f"找不到照片文件 {path}。请确认文件仍在原处（U 盘未拔出）。") from exc
    except IsADirectoryError as exc:
        raise UserError(f"{path} 是文件夹，不是照片。请选择照片文件。") from exc
    except OSError as exc:
        raise UserError(f"无法读取照片文件 {path}：{exc.strerror}。请检查文件权限。") from exc
    if size == 0:
        raise UserError(f"照片文件 {path.name} 是空文件，请重新拍摄或选择其他照片。")
    if size > MAX_PHOTO_BYTES:
        raise UserError(
            f"照片 {path.name} 有 {size / 1024 / 1024:.1f} MB，超过 {MAX_PHOTO_BYTES // 1024 // 1024} MB 的上限。"
            "请先缩小照片再添加。"
        )
    media_type = image_media_type(head)
    if media_type is None:
        raise UserError(
            f"文件 {path.name} 不是照片（只接受 {ACCEPTED_KINDS} 格式的图片，按文件内容判断，"
            "与扩展名无关）。请选择相机或手机拍摄的照片。"
        )
    return size, media_type


def store_file(data_dir: DataDir, path: Path) -> StoredFile:
    """Copy an image into attachments/ under its hash; a file already there is not written again.

    The copy is hashed as it streams into a temporary file in the attachments folder, then moved
    into place atomically, so a crash leaves either no attachment or a whole one.
    """
    size, media_type = _check_source(path)
    digest = hashlib.sha256()
    data_dir.attachments.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryFile(dir=data_dir.attachments) as spool:
        with path.open("rb") as source:
            while chunk := source.read(_CHUNK):
                digest.update(chunk)
                spool.write(chunk)
        sha256 = digest.hexdigest()
        target = data_dir.attachment(sha256)
        if not target.exists():
            spool.seek(0)
            with atomic_writer(target) as handle:
                shutil.copyfileobj(spool, handle, _CHUNK)
    return StoredFile(sha256, size, media_type, path.name[:255])
