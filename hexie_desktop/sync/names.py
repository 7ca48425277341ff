"""Member names a bundle may contain: a closed grammar, checked before anything is read.

Names are refused rather than repaired (stdlib extraction silently strips `..` and drive
letters; we never write a member to a path at all, but a name that needs repair means the file
was not written by Hexie and must not be trusted). The specific checks come first so that the
refusal names the actual trick; the grammar then closes every door the checks did not name.
"""

import re
import unicodedata

from hexie_desktop.sync.errors import BundleRefusedError
from hexie_desktop.sync.limits import MAX_NAME_BYTES

MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
RECORDS_DIR = "records/"
ATTACHMENTS_DIR = "attachments/"
SEALED = "bundle.sealed"

_GRAMMAR = re.compile(
    r"^(manifest\.json|manifest\.sig|bundle\.sealed|records/[a-z]{1,32}\.jsonl|attachments/[0-9a-f]{64})$"
)
_DRIVE = re.compile(r"^[A-Za-z]:")
_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$", re.IGNORECASE)
_CHECK = "names"


def _refuse(message: str) -> BundleRefusedError:
    return BundleRefusedError(_CHECK, message)


def check_member_name(raw: bytes) -> str:
    """The member name as text, or a refusal that says which rule it breaks."""
    if len(raw) > MAX_NAME_BYTES:
        raise _refuse(f"成员名超过 {MAX_NAME_BYTES} 字节")
    try:
        name = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _refuse(f"成员名不是有效的 UTF-8：{raw[:40]!r}") from exc
    shown = name.encode("unicode_escape").decode("ascii")[:80]
    if any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in name):
        raise _refuse(f"成员名含有控制字符：{shown}")
    if name.startswith(("/", "\\")) or _DRIVE.match(name):
        raise _refuse(f"成员名是绝对路径：{shown}")
    if "\\" in name:
        raise _refuse(f"成员名使用反斜杠分隔：{shown}")
    segments = name.split("/")
    if ".." in segments:
        raise _refuse(f"成员路径越出数据包：{shown}")
    if ":" in name:
        raise _refuse(f"成员名含有冒号（NTFS 数据流）：{shown}")
    for segment in segments:
        if segment in ("", "."):
            raise _refuse(f"成员名含有空的或“.”路径段：{shown}")
        if segment.endswith((".", " ")):
            raise _refuse(f"成员名以点或空格结尾：{shown}")
        if _RESERVED.match(segment):
            raise _refuse(f"成员名是 Windows 保留名：{shown}")
    if not _GRAMMAR.match(name):
        raise _refuse(f"不认识的成员名：{shown}")
    return name


def check_no_duplicates(names: list[str]) -> None:
    """Refuse duplicates, including those that differ only in case or Unicode normalization.

    Such pairs are one file on Windows and macOS and two elsewhere; "last one wins" would let a
    bundle show one content to the verifier and another to whoever extracts it.
    """
    seen: set[str] = set()
    for name in names:
        key = unicodedata.normalize("NFC", name).casefold()
        if key in seen:
            raise _refuse(f"成员名重复：{name}")
        seen.add(key)
