"""Which installation row is this workstation's own.

A laptop's database holds exactly one. The bureau's central store holds one per clerk's
workstation: each person has their own identity, signing key, clock and bundle numbering, and
the data folder says whose it is, by the private key it holds (`keys/<id>.ed25519.pem`, which
never leaves that folder). `Store` puts those ids on every session of a server store.
"""

from sqlmodel import Session, col, select

from hexie_desktop.paths import DataDir
from hexie_desktop.storage.tables import Installation

OWN = "hexie_own_installations"
_KEY_SUFFIX = ".ed25519.pem"


def key_holders(data_dir: DataDir) -> list[str]:
    """The installations whose private key this data folder holds."""
    if not data_dir.keys.is_dir():
        return []
    return sorted(p.name.removesuffix(_KEY_SUFFIX) for p in data_dir.keys.glob(f"*{_KEY_SUFFIX}"))


def own_installation(session: Session) -> Installation | None:
    """This workstation's identity: on a server the row whose key is in its data folder."""
    query = select(Installation)
    mine = session.info.get(OWN)
    if mine is not None:
        query = query.where(col(Installation.id).in_(mine))
    return session.exec(query).first()
