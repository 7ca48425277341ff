"""The national primitives checked against the standards by an independent, plain Python reading
of them: what another tool must compute to read a 国密 bundle (docs/bundle-format.md).

The elliptic-curve arithmetic here is the textbook affine one, slow and not constant-time: fine
for checking, never for keys that matter.
"""

from hexie_desktop.sync import gm
from hexie_desktop.sync.signing import fingerprint_of, public_bytes

# GB/T 32918.5: the recommended curve.
P = 0xFFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF00000000FFFFFFFFFFFFFFFF
A = 0xFFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF00000000FFFFFFFFFFFFFFFC
B = 0x28E9FA9E9D9F5E344D5A9E4BCF6509A7F39789F515AB8F92DDBCBD414D940E93
N = 0xFFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFF7203DF6B21C6052B53BBF40939D54123
G = (
    0x32C4AE2C1F1981195F9904466A39C9948FE30BBFF2660BE1715A4589334C74C7,
    0xBC3736A2F4F6779C59BDCEE36B692153D0A9877CC62A474002DF32E52139F0A0,
)
Point = tuple[int, int] | None


def _add(p: Point, q: Point) -> Point:
    if p is None or q is None:
        return p or q
    if p[0] == q[0] and (p[1] + q[1]) % P == 0:
        return None
    if p == q:
        slope = (3 * p[0] * p[0] + A) * pow(2 * p[1], -1, P) % P
    else:
        slope = (q[1] - p[1]) * pow(q[0] - p[0], -1, P) % P
    x = (slope * slope - p[0] - q[0]) % P
    return x, (slope * (p[0] - x) - p[1]) % P


def _mul(k: int, point: Point) -> Point:
    result: Point = None
    while k:
        if k & 1:
            result = _add(result, point)
        point, k = _add(point, point), k >> 1
    return result


def _der(data: bytes) -> list[bytes]:
    """The contents of a DER SEQUENCE of INTEGERs and OCTET STRINGs (short lengths only)."""
    assert data[0] == 0x30 and data[1] == len(data) - 2
    items, at = [], 2
    while at < len(data):
        assert data[at] in (0x02, 0x04)
        length = data[at + 1]
        items.append(data[at + 2 : at + 2 + length])
        at += 2 + length
    return items


def _point(raw: bytes) -> tuple[int, int]:
    return int.from_bytes(raw[1:33], "big"), int.from_bytes(raw[33:], "big")


def test_sm3_is_the_standards_hash() -> None:
    # GB/T 32905 appendix A, examples 1 and 2.
    assert gm.sm3(b"abc").hex() == (
        "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0"
    )
    assert gm.sm3(b"abcd" * 16).hex() == (
        "debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732"
    )


def test_an_sm2_signature_verifies_by_gb_t_32918_2_with_the_default_identity() -> None:
    key = gm.generate()
    public = public_bytes(key)
    x, y = _point(public)
    identity = b"1234567812345678"
    z = gm.sm3(
        (len(identity) * 8).to_bytes(2, "big")
        + identity
        + b"".join(v.to_bytes(32, "big") for v in (A, B, *G, x, y))
    )
    message = b'{"format":"hexie-bundle"}'
    r, s = (int.from_bytes(v, "big") for v in _der(gm.sign(key, message)))
    e = int.from_bytes(gm.sm3(z + message), "big")
    found = _add(_mul(s, G), _mul((r + s) % N, (x, y)))
    assert found is not None and (e + found[0]) % N == r
    assert fingerprint_of(public) == gm.sm3(public).hex()


def test_a_wrapped_file_key_decrypts_by_gb_t_32918_4() -> None:
    """C1 (the point x, y), C3 = SM3(x2 ‖ M ‖ y2), C2 = M xor KDF(x2 ‖ y2): GM/T 0009's order."""
    signing = gm.generate()
    own = gm.encryption_key_of(signing)
    file_key = bytes(range(16))
    x1, y1, c3, c2 = _der(gm.encrypt(public_bytes(own), file_key))
    d = own.private_numbers().private_value
    shared = _mul(d, (int.from_bytes(x1, "big"), int.from_bytes(y1, "big")))
    assert shared is not None
    x2, y2 = (v.to_bytes(32, "big") for v in shared)
    mask = gm.kdf(x2 + y2, len(c2), b"")
    plain = bytes(a ^ b for a, b in zip(c2, mask, strict=True))
    assert plain == file_key
    assert gm.sm3(x2 + plain + y2) == c3
    # The encryption key is another scalar than the signing key, in [1, n - 1].
    assert 0 < d < N and d != signing.private_numbers().private_value
