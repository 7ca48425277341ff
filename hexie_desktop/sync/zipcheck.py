"""Reading a bundle's zip container by hand, with every bound enforced before decompression.

The standard library's zipfile trusts the central directory's counts and sizes, tolerates
prepended data and overlapping entries, and will read a million-entry directory into memory.
This reader parses the end record and central directory itself, requires the members to be laid
out back to back exactly as the directory says (no gaps, no overlap, nothing before or after),
and inflates each member through a counter that stops at the declared size.
"""

import stat
import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from hexie_desktop.sync import limits
from hexie_desktop.sync.errors import BundleRefusedError
from hexie_desktop.sync.names import SEALED, check_member_name, check_no_duplicates

_EOCD = struct.Struct("<4sHHHHIIH")
_CENTRAL = struct.Struct("<4sHHHHHHIIIHHHHHII")
# A directory record as read: name, flags, method, CRC, sizes, local offset, and the fields the
# local header repeats without their mattering to the content (version needed, time, date).
_Listed = tuple[str, int, int, int, int, int, int, tuple[int, int, int]]
_LOCAL = struct.Struct("<4sHHHHHIIIHH")
_EOCD_SIG = b"PK\x05\x06"
_CENTRAL_SIG = b"PK\x01\x02"
_LOCAL_SIG = b"PK\x03\x04"
_ZIP64_LOCATOR_SIG = b"PK\x06\x07"
STORED, DEFLATED = 0, 8
_FLAG_ENCRYPTED = 0x0001
_FLAG_DESCRIPTOR = 0x0008
_FLAG_STRONG_ENCRYPTION = 0x0040
_ALLOWED_FLAGS = 0x0001 | 0x0002 | 0x0004 | _FLAG_DESCRIPTOR | 0x0800
_ALLOWED_EXTRA_IDS = {0x000A, 0x5455, 0x7875}
_ZIP64_EXTRA = 0x0001
_CORRUPT = "数据包不完整或已损坏，请考评员重新导出"


@dataclass(frozen=True)
class ZipEntry:
    name: str
    method: int
    flags: int
    crc: int
    compressed_size: int
    size: int
    data_offset: int


def _corrupt(detail: str) -> BundleRefusedError:
    return BundleRefusedError("zip", f"{_CORRUPT}（{detail}）")


def _limit(detail: str) -> BundleRefusedError:
    return BundleRefusedError("limits", detail)


def _check_extra(extra: bytes, name: str) -> None:
    pos = 0
    while pos < len(extra):
        if pos + 4 > len(extra):
            raise _corrupt(f"{name} 的扩展字段截断")
        ident, length = struct.unpack_from("<HH", extra, pos)
        if ident == _ZIP64_EXTRA:
            raise BundleRefusedError("zip", f"不支持 ZIP64 成员：{name}")
        if ident not in _ALLOWED_EXTRA_IDS:
            raise BundleRefusedError("zip", f"成员 {name} 含有不支持的扩展字段 0x{ident:04x}")
        pos += 4 + length
    if pos != len(extra):
        raise _corrupt(f"{name} 的扩展字段长度不符")


def _check_mode(external_attr: int, name: str) -> None:
    mode = external_attr >> 16
    if mode and not stat.S_ISREG(mode):
        raise BundleRefusedError("names", f"成员 {name} 不是普通文件（链接、目录或设备）")


def _check_sizes(entry: ZipEntry) -> None:
    if entry.name.startswith("attachments/"):
        cap = limits.MAX_ATTACHMENT_BYTES
    elif entry.name == SEALED:
        cap = limits.MAX_BUNDLE_BYTES
    else:
        cap = limits.MAX_MEMBER_UNCOMPRESSED
    if entry.size > cap:
        raise _limit(f"成员 {entry.name} 解压后 {entry.size} 字节，超过上限 {cap}")
    if entry.method == STORED and entry.compressed_size != entry.size:
        raise _corrupt(f"未压缩成员 {entry.name} 的大小前后不一")
    if (
        entry.size > limits.RATIO_FLOOR_BYTES
        and entry.size > limits.MAX_RATIO * entry.compressed_size
    ):
        raise _limit(f"成员 {entry.name} 压缩比超过 {limits.MAX_RATIO}:1（疑似压缩炸弹）")


def _read_exact(handle: BinaryIO, offset: int, length: int) -> bytes:
    handle.seek(offset)
    data = handle.read(length)
    if len(data) != length:
        raise _corrupt("文件提前结束")
    return data


def _end_record(handle: BinaryIO, file_size: int) -> tuple[int, int, int]:
    if file_size == 0:
        raise _corrupt("文件为空（0 字节）")
    if file_size < _EOCD.size + _LOCAL.size:
        raise _corrupt("文件过短，不是 zip")
    if _read_exact(handle, 0, 4) != _LOCAL_SIG:
        raise _corrupt("文件开头不是 zip 成员（不是 zip，或前面附加了数据）")
    tail = _read_exact(handle, file_size - _EOCD.size, _EOCD.size)
    sig, disk, cd_disk, on_disk, total, cd_size, cd_offset, comment = _EOCD.unpack(tail)
    if sig != _EOCD_SIG or comment != 0:
        raise _corrupt("缺少结束记录（可能在写入时拔出了 U 盘）")
    if file_size >= _EOCD.size + 20:
        locator = _read_exact(handle, file_size - _EOCD.size - 20, 4)
        if locator == _ZIP64_LOCATOR_SIG:
            raise BundleRefusedError("zip", "不支持 ZIP64 格式")
    if disk or cd_disk or on_disk != total:
        raise BundleRefusedError("zip", "不支持分卷 zip")
    if total > limits.MAX_MEMBERS:
        raise _limit(f"成员数 {total} 超过上限 {limits.MAX_MEMBERS}")
    if cd_offset + cd_size != file_size - _EOCD.size:
        raise _corrupt("目录位置与文件大小不符（截断、附加数据或重复的结束记录）")
    return total, cd_offset, cd_size


def read_directory(handle: BinaryIO, file_size: int) -> list[ZipEntry]:
    """Every member, in directory order, after all structural and size checks passed."""
    total, cd_offset, cd_size = _end_record(handle, file_size)
    directory = _read_exact(handle, cd_offset, cd_size)
    raw: list[_Listed] = []
    pos = 0
    for _ in range(total):
        if pos + _CENTRAL.size > len(directory):
            raise _corrupt("目录截断")
        fields = _CENTRAL.unpack_from(directory, pos)
        sig, flags, method, crc, csize, usize = (
            fields[0],
            fields[3],
            fields[4],
            fields[7],
            fields[8],
            fields[9],
        )
        name_len, extra_len, comment_len, disk = fields[10], fields[11], fields[12], fields[13]
        external_attr, local_offset = fields[15], fields[16]
        if sig != _CENTRAL_SIG or disk != 0:
            raise _corrupt("目录记录损坏")
        start = pos + _CENTRAL.size
        name = check_member_name(directory[start : start + name_len])
        _check_extra(directory[start + name_len : start + name_len + extra_len], name)
        if flags & (_FLAG_ENCRYPTED | _FLAG_STRONG_ENCRYPTION):
            raise BundleRefusedError("zip", f"成员 {name} 已加密，不支持")
        if flags & ~_ALLOWED_FLAGS:
            raise BundleRefusedError("zip", f"成员 {name} 使用了不支持的标志 0x{flags:04x}")
        if method not in (STORED, DEFLATED):
            raise BundleRefusedError("zip", f"成员 {name} 使用了不支持的压缩方法 {method}")
        _check_mode(external_attr, name)
        repeated = (fields[2], fields[5], fields[6])
        raw.append((name, flags, method, crc, csize, usize, local_offset, repeated))
        pos = start + name_len + extra_len + comment_len
    if pos != len(directory):
        raise _corrupt("目录长度不符")
    check_no_duplicates([r[0] for r in raw])
    entries = _locate(handle, raw, cd_offset)
    if sum(e.size for e in entries) > limits.MAX_TOTAL_UNCOMPRESSED:
        raise _limit(f"解压后总大小超过上限 {limits.MAX_TOTAL_UNCOMPRESSED} 字节")
    return entries


def _locate(handle: BinaryIO, raw: list[_Listed], cd_offset: int) -> list[ZipEntry]:
    """Check that members sit back to back from offset 0 up to the directory, in directory order,
    each local header agreeing with its directory record in every field both hold.

    Overlapping entries (one compressed stream read as many members, CVE-2024-0450) and data
    hidden between members both break this contiguity and are refused.
    """
    expected = 0
    entries = []
    for name, flags, method, crc, csize, usize, offset, repeated in raw:
        if offset != expected:
            raise _corrupt(f"成员 {name} 的位置不连续（重叠或夹带数据）")
        header = _LOCAL.unpack(_read_exact(handle, offset, _LOCAL.size))
        sig, lflags, lmethod, name_len, extra_len = (
            header[0],
            header[2],
            header[3],
            header[9],
            header[10],
        )
        local_name = _read_exact(handle, offset + _LOCAL.size, name_len)
        # Without a data descriptor (flag bit 3) the local header repeats the CRC and sizes.
        lying = not flags & 0x08 and tuple(header[6:9]) != (crc, csize, usize)
        if (
            sig != _LOCAL_SIG
            or local_name != name.encode()
            or lmethod != method
            or lflags != flags
            or (header[1], header[4], header[5]) != repeated
            or lying
        ):
            raise _corrupt(f"成员 {name} 的本地头与目录不一致")
        _check_extra(_read_exact(handle, offset + _LOCAL.size + name_len, extra_len), name)
        data_offset = offset + _LOCAL.size + name_len + extra_len
        entry = ZipEntry(name, method, flags, crc, csize, usize, data_offset)
        _check_sizes(entry)
        expected = (
            data_offset
            + csize
            + (_descriptor_length(handle, entry) if flags & _FLAG_DESCRIPTOR else 0)
        )
        entries.append(entry)
    if expected != cd_offset:
        raise _corrupt("最后一个成员与目录之间有多余数据")
    return entries


def _descriptor_length(handle: BinaryIO, entry: ZipEntry) -> int:
    at = entry.data_offset + entry.compressed_size
    head = _read_exact(handle, at, 4)
    return 16 if head == b"PK\x07\x08" else 12


def read_member(handle: BinaryIO, entry: ZipEntry) -> Iterator[bytes]:
    """The member's bytes in chunks; never more than the declared size, CRC checked at the end."""
    handle.seek(entry.data_offset)
    remaining = entry.compressed_size
    produced = 0
    crc = 0
    inflater = zlib.decompressobj(-15) if entry.method == DEFLATED else None
    while remaining:
        chunk = handle.read(min(limits.READ_CHUNK, remaining))
        if not chunk:
            raise _corrupt(f"成员 {entry.name} 的数据截断")
        remaining -= len(chunk)
        pieces = (
            [chunk]
            if inflater is None
            else _inflate(inflater, chunk, entry.size - produced, entry.name)
        )
        for piece in pieces:
            produced += len(piece)
            crc = zlib.crc32(piece, crc)
            yield piece
    if inflater is not None and (not inflater.eof or inflater.unused_data):
        raise _corrupt(f"成员 {entry.name} 的压缩数据不完整")
    if produced != entry.size:
        raise BundleRefusedError("sizes", f"成员 {entry.name} 的实际大小与目录记载不符")
    if crc != entry.crc:
        raise BundleRefusedError("hashes", f"成员 {entry.name} 的 CRC 校验失败")


def _inflate(inflater: "zlib._Decompress", chunk: bytes, room: int, name: str) -> list[bytes]:
    out = []
    data = chunk
    while data:
        try:
            piece = inflater.decompress(data, min(limits.READ_CHUNK, room + 1))
        except zlib.error as exc:
            raise _corrupt(f"成员 {name} 的压缩数据损坏") from exc
        if len(piece) > room:
            raise BundleRefusedError("sizes", f"成员 {name} 解压后超过声明的大小（疑似压缩炸弹）")
        room -= len(piece)
        out.append(piece)
        data = inflater.unconsumed_tail
        if inflater.eof:
            break
    return out
