"""The two suites for tests that run under each: a fresh signing key of either."""

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from hexie_desktop.sync import gm
from hexie_desktop.sync.suites import CLASSIC, GM, SigningKey

BOTH = (CLASSIC, GM)


def new_key(suite: str) -> SigningKey:
    return Ed25519PrivateKey.generate() if suite == CLASSIC else gm.generate()


__all__ = ["BOTH", "GM", "new_key"]
