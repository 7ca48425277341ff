"""Strict JSON for bundles: JSON Lines per table, and the small JSON documents beside them.

orjson already refuses NaN and Infinity, invalid UTF-8, lone surrogates, a BOM, raw control
characters and nesting beyond 1024 levels, but it lets a duplicate key win silently and turns a
huge integer into a float. So every line must also be canonical (what orjson writes with sorted
keys); a line that is not is re-read by the standard parser with hooks that refuse duplicate
keys, non-finite numbers and integers beyond 64 bits. Hexie writes canonical lines, so the
careful path only runs for files written by other tools.
"""

import json
import math
from collections.abc import Iterable, Iterator
from typing import Any

import orjson

from hexie_desktop.sync.errors import BundleRefusedError
from hexie_desktop.sync.limits import MAX_JSON_INT, MAX_LINE_BYTES

_CHECK = "json"
_MAX_INT_DIGITS = 19


class _Strict(ValueError):
    pass


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _Strict(f"键“{key}”重复")
        result[key] = value
    return result


def _constant(name: str) -> Any:
    raise _Strict(f"不允许 {name}")


def _integer(text: str) -> int:
    if len(text.lstrip("-")) > _MAX_INT_DIGITS or abs(int(text)) > MAX_JSON_INT:
        raise _Strict(f"整数超出 64 位范围：{text[:30]}")
    return int(text)


def _floating(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _Strict(f"数值溢出：{text[:30]}")
    return value


def _careful(line: bytes) -> Any:
    try:
        return json.loads(
            line.decode("utf-8"),
            object_pairs_hook=_pairs,
            parse_constant=_constant,
            parse_int=_integer,
            parse_float=_floating,
        )
    except RecursionError as exc:
        raise _Strict("嵌套过深") from exc


def parse_json(data: bytes, where: str) -> Any:
    """One JSON value, strictly; refusals name `where` (member and line)."""
    try:
        value = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise BundleRefusedError(
            _CHECK, f"{where} 不是有效的 JSON（第 {exc.colno} 个字符处有误）"
        ) from exc
    try:
        canonical = orjson.dumps(value, option=orjson.OPT_SORT_KEYS)
    except (TypeError, orjson.JSONEncodeError) as exc:
        raise BundleRefusedError(_CHECK, f"{where} 含有无法表示的值") from exc
    if canonical == data:
        return value
    try:
        return _careful(data)
    except (_Strict, ValueError) as exc:
        raise BundleRefusedError(_CHECK, f"{where} 不符合严格 JSON：{exc}") from exc


def parse_object(data: bytes, where: str) -> dict[str, Any]:
    value = parse_json(data, where)
    if not isinstance(value, dict):
        raise BundleRefusedError(_CHECK, f"{where} 应为 JSON 对象")
    return value


def iter_lines(chunks: Iterable[bytes], member: str) -> Iterator[tuple[int, bytes]]:
    """Numbered lines of a member; each must end with a newline and fit in MAX_LINE_BYTES.

    A missing final newline means the member was cut short, so it is refused, not guessed at.
    """
    buffer = b""
    number = 0
    for chunk in chunks:
        buffer += chunk
        if b"\n" not in chunk:
            if len(buffer) > MAX_LINE_BYTES:
                raise BundleRefusedError(
                    "limits", f"{member} 第 {number + 1} 行超过 {MAX_LINE_BYTES} 字节"
                )
            continue
        lines = buffer.split(b"\n")
        buffer = lines.pop()
        for line in lines:
            number += 1
            if len(line) > MAX_LINE_BYTES:
                raise BundleRefusedError(
                    "limits", f"{member} 第 {number} 行超过 {MAX_LINE_BYTES} 字节"
                )
            if not line:
                raise BundleRefusedError(_CHECK, f"{member} 第 {number} 行为空")
            yield number, line
        if len(buffer) > MAX_LINE_BYTES:
            raise BundleRefusedError(
                "limits", f"{member} 第 {number + 1} 行超过 {MAX_LINE_BYTES} 字节"
            )
    if buffer:
        raise BundleRefusedError(_CHECK, f"{member} 第 {number + 1} 行不完整（文件被截断）")
