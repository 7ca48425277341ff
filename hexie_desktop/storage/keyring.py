"""This installation's private signing keys as the session holds them: read once, unlocked once.

The key files (`keys/<installation>.ed25519.pem` and, for the 国密 suite,
`keys/<installation>.sm2.pem`, both PKCS#8) may be sealed with one passphrase (PKCS#8
encryption as `cryptography` and `tongsuopy` choose it: PBES2, AES-256-CBC). A session (one
command, one window) asks for the passphrase at most once, through the `ask` callable its face
installs (a terminal prompt, a dialog at start), and keeps the unlocked keys, and the
passphrase that unlocked them, in memory until it ends, so the SM2 key is opened (or, the first
time, sealed) with the same passphrase; nothing is ever written back unsealed. Each
encryption key is derived from its signing key.
"""

from collections.abc import Callable
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from tongsuopy.crypto import serialization as sm_serialization
from tongsuopy.crypto.asymciphers import ec as sm_ec

from hexie_desktop.domain.errors import UserError
from hexie_desktop.owner_only import protect
from hexie_desktop.storage.files import write_atomic
from hexie_desktop.sync.suites import SigningKey

_SM2_SUFFIX = ".sm2.pem"

_SEALED_HEADER = b"-----BEGIN ENCRYPTED PRIVATE KEY-----"
MIN_PASSPHRASE = 8

Ask = Callable[[], str | None]


class WrongPassphraseError(UserError):
    def __init__(self) -> None:
        super().__init__("私钥口令不正确，请重新输入。")


def is_sealed(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(_SEALED_HEADER)) == _SEALED_HEADER
    except FileNotFoundError:
        return False


def _load(path: Path, data: bytes, password: bytes | None) -> SigningKey:
    if path.name.endswith(_SM2_SUFFIX):
        key = sm_serialization.load_pem_private_key(data, password=password)
        if not isinstance(key, sm_ec.EllipticCurvePrivateKey) or key.curve.name != "SM2":
            raise UserError(f"签名私钥 {path} 不是国密 SM2 密钥。")
        return key
    found = serialization.load_pem_private_key(data, password=password)
    if not isinstance(found, Ed25519PrivateKey):
        raise UserError(f"签名私钥 {path} 不是 Ed25519 密钥。")
    return found


def read_key(path: Path, passphrase: str | None) -> SigningKey:
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise UserError(f"找不到本机签名私钥 {path}。请从备份恢复数据目录的 keys 文件夹。") from exc
    try:
        return _load(path, data, passphrase.encode() if passphrase else None)
    except TypeError as exc:
        raise UserError("本机私钥已设口令保护，请先输入口令。") from exc
    except ValueError as exc:
        if is_sealed(path):
            raise WrongPassphraseError from exc
        raise UserError(f"签名私钥 {path} 已损坏，无法读取。请从备份恢复。") from exc


def _pem(key: SigningKey, passphrase: str | None) -> bytes:
    if isinstance(key, Ed25519PrivateKey):
        encryption: serialization.KeySerializationEncryption = (
            serialization.BestAvailableEncryption(passphrase.encode())
            if passphrase
            else serialization.NoEncryption()
        )
        return key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption
        )
    sm_encryption: sm_serialization.KeySerializationEncryption = (
        sm_serialization.BestAvailableEncryption(passphrase.encode())
        if passphrase
        else sm_serialization.NoEncryption()
    )
    return key.private_bytes(
        sm_serialization.Encoding.PEM, sm_serialization.PrivateFormat.PKCS8, sm_encryption
    )


def write_key(path: Path, key: SigningKey, passphrase: str | None) -> None:
    """The key file, sealed with `passphrase` (or plain with None), written atomically, for its
    owner alone (0600, or the owner's access list on Windows)."""
    write_atomic(path, _pem(key, passphrase))
    protect(path)


class KeyRing:
    """The session's unlocked signing keys, and how to ask for a passphrase (once)."""

    def __init__(self) -> None:
        self.ask: Ask | None = None
        self._unlocked: dict[Path, SigningKey] = {}
        self._asked = False
        self._passphrase: str | None = None

    @property
    def passphrase(self) -> str | None:
        """The passphrase that unlocked this session's keys (None while none was needed)."""
        return self._passphrase

    def key(self, path: Path) -> SigningKey:
        """The key at `path`, asking for its passphrase the first time if it is sealed."""
        if path in self._unlocked:
            return self._unlocked[path]
        if not is_sealed(path):
            # A plain key is read where it lies each time: a key file removed or replaced is
            # noticed at once, as before keys could be sealed.
            return read_key(path, None)
        # The session's passphrase opens each of its keys: they are sealed with the same one.
        answer = self._passphrase
        if answer is None and self.ask is not None and not self._asked:
            self._asked = True
            answer = self.ask()
        if not answer:
            raise UserError(
                "本机私钥已设口令保护，本次会话尚未解锁：命令行请在终端中运行以便输入口令，"
                "或设置环境变量 HEXIE_PASSPHRASE；窗口在启动时询问口令。"
            )
        return self.unlock(path, answer)

    def unlock(self, path: Path, passphrase: str) -> SigningKey:
        key = read_key(path, passphrase)
        self._unlocked[path] = key
        self._passphrase = passphrase or None
        return key

    def available(self, path: Path) -> SigningKey | None:
        """The key, or None when this session cannot have it (for signing inside a commit:
        a checkpoint left unsigned is covered by the next one signed)."""
        try:
            return self.key(path)
        except UserError:
            return None

    def forget(self) -> None:
        self._unlocked.clear()
        self._asked = False
        self._passphrase = None
