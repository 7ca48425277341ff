"""What the bureau's policy says about bundles in transit: sealed or plain.

The `bundles` section came after version 1 of the policy document. A policy without it (every
policy of a bureau still upgrading its fleet, and those of release 0.1.0) is read as
`encryption: optional` and `master_data: public`: inspectors seal their bundles once they know
the bureau's encryption key, the clerk still takes the plain bundles of inspectors not yet
upgraded, and master bundles stay readable by every installation. Once every inspector runs a
version that seals, the clerk sets `encryption: required` (the shipped default): a plain
inspector bundle is then refused, and an inspector cannot export before it knows the bureau's
key. `master_data: encrypted` seals master bundles to the enrolled inspectors, because the
bureau's master data names the people of each compound's "2+4" team; the shipped default is
`public`, so that a new bureau's first master bundle reaches inspectors not yet enrolled, and
a clerk switches it once every inspector's key card is enrolled. `private_key:
passphrase` makes every installation seal its private key with a passphrase before it may
export (a stolen laptop then cannot sign or open bundles); the default lets a key stay plain.

`suite` chooses the algorithms every installation exports with: the default
`ed25519-x25519-chacha20poly1305`, or `sm2-sm3-sm4gcm` (国密: SM2, SM3, SM4-GCM) for a bureau
assessed on the national algorithms. The master bundle carrying the switch is itself written
in the new suite, and inspectors export in it from their next bundle. `other_suite: accepted`
(the default) lets a clerk keep merging bundles of the other suite from keys it trusts, for
the weeks of a migration; `refused` refuses them, once every inspector has switched.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from hexie_desktop.domain.errors import UserError

ENCRYPTION_RULES = ("required", "optional")
MASTER_DATA_RULES = ("encrypted", "public")
PRIVATE_KEY_RULES = ("passphrase", "unprotected_allowed")
# The names of sync/suites.py (the domain layer does not import sync).
SUITE_RULES = ("ed25519-x25519-chacha20poly1305", "sm2-sm3-sm4gcm")
OTHER_SUITE_RULES = ("accepted", "refused")
SECTION = "bundles"
DEFAULTS: dict[str, str] = {
    "encryption": "optional",
    "master_data": "public",
    "private_key": "unprotected_allowed",
    "suite": SUITE_RULES[0],
    "other_suite": "accepted",
}


@dataclass(frozen=True)
class BundlePolicy:
    encryption: str = "optional"
    master_data: str = "public"
    private_key: str = "unprotected_allowed"
    suite: str = SUITE_RULES[0]
    other_suite: str = "accepted"

    def accepts(self, suite: str) -> bool:
        """Whether a receiving clerk merges a bundle of `suite` (from a key it trusts)."""
        return suite == self.suite or self.other_suite == "accepted"

    @property
    def passphrase_required(self) -> bool:
        return self.private_key == "passphrase"

    @property
    def encryption_required(self) -> bool:
        return self.encryption == "required"

    @property
    def master_data_sealed(self) -> bool:
        return self.master_data == "encrypted"


def parse_bundle_policy(doc: Any) -> BundlePolicy:
    """The `bundles` section of a policy document, with the fleet-upgrade defaults when absent."""
    section = doc.get(SECTION, {}) if isinstance(doc, Mapping) else {}
    if not isinstance(section, Mapping):
        raise UserError("考评政策字段“政策.bundles”应为一个对象")
    unknown = sorted(set(section) - set(DEFAULTS))
    if unknown:
        raise UserError(f"考评政策含有未知字段“政策.bundles.{unknown[0]}”，请检查拼写或删除该字段")
    values = {**DEFAULTS, **section}
    for key, allowed in (
        ("encryption", ENCRYPTION_RULES),
        ("master_data", MASTER_DATA_RULES),
        ("private_key", PRIVATE_KEY_RULES),
        ("suite", SUITE_RULES),
        ("other_suite", OTHER_SUITE_RULES),
    ):
        if values[key] not in allowed:
            raise UserError(f"考评政策字段“政策.bundles.{key}”应为 {' / '.join(allowed)} 之一")
    return BundlePolicy(
        values["encryption"],
        values["master_data"],
        values["private_key"],
        values["suite"],
        values["other_suite"],
    )
