"""The two suites' primitives side by side: sealing and opening a bundle's bytes, signing and
verifying a manifest, wrapping a file key. The first suite is the same-run baseline.

Run: .venv/bin/python bench/bench_suites.py [--megabytes 32] [--rounds 200]
"""

import argparse
import io
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import orjson  # noqa: E402
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: E402

from hexie_desktop.sync import gm  # noqa: E402
from hexie_desktop.sync.sealing import (  # noqa: E402
    Recipient,
    encryption_public_hex,
    file_key_for,
    open_stream,
    seal_stream,
)
from hexie_desktop.sync.signing import fingerprint_of, public_bytes, sign_manifest  # noqa: E402
from hexie_desktop.sync.suites import CLASSIC, GM, SUITES, SigningKey  # noqa: E402

BUNDLE = "01900000-0000-7000-8000-000000000001"


def _timed(action: Callable[[], object], rounds: int) -> float:
    start = time.perf_counter()
    for _ in range(rounds):
        action()
    return (time.perf_counter() - start) / rounds


def _measure(key: SigningKey, plain: bytes, rounds: int) -> dict[str, float]:
    suite = SUITES[CLASSIC if isinstance(key, Ed25519PrivateKey) else GM]
    me = Recipient(fingerprint_of(public_bytes(key)), encryption_public_hex(key))
    out = io.BytesIO()
    start = time.perf_counter()
    envelope = seal_stream(
        io.BytesIO(plain), out, [me], suite=suite, bundle_id=BUNDLE, plain_manifest_sha256="0" * 64
    )
    sealed_s = time.perf_counter() - start
    ciphertext = out.getvalue()
    start = time.perf_counter()
    file_key = file_key_for(envelope, BUNDLE, me.fingerprint, key, suite)
    step = 1 << 20
    pieces = (ciphertext[i : i + step] for i in range(0, len(ciphertext), step))
    opened = b"".join(open_stream(pieces, len(ciphertext), file_key, envelope, BUNDLE))
    opened_s = time.perf_counter() - start
    assert opened == plain
    manifest = os.urandom(4000)
    signature = sign_manifest(manifest, key)
    raw = bytes.fromhex(orjson.loads(signature)["signature"])
    public = public_bytes(key).hex()
    return {
        "seal MB/s": len(plain) / sealed_s / 1e6,
        "open MB/s": len(plain) / opened_s / 1e6,
        "sign ms": 1000 * _timed(lambda: sign_manifest(manifest, key), rounds),
        "verify ms": 1000 * _timed(lambda: suite.verify(public, raw, manifest), rounds),
        "wrap ms": 1000 * _timed(lambda: suite.wrap(file_key, me.public_key, b""), rounds),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--megabytes", type=int, default=32)
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args()
    plain = os.urandom(args.megabytes * 1_000_000)
    first = _measure(Ed25519PrivateKey.generate(), plain, args.rounds)
    national = _measure(gm.generate(), plain, args.rounds)
    print(f"{args.megabytes} MB sealed and opened, {args.rounds} rounds of each key operation")
    for name, baseline in first.items():
        figure = national[name]
        print(
            f"{name:10}: 国密 {figure:9.2f} | first suite {baseline:9.2f} | ratio {figure / baseline:6.2f}"
        )


if __name__ == "__main__":
    main()
