"""This installation's private signing key as the session holds it: read once, unlocked once.

The key file (`keys/<installation>.ed25519.pem`, PKCS#8) may be sealed with a passphrase
(PKCS#8 encryption as `cryptography` chooses it: PBES2, AES-256-CBC). A session (one command,
one window) asks for the passphrase at most once, through the `ask` callable its face installs
(a terminal prompt, a dialog at start), and keeps the unlocked key in memory until it ends;
nothing is ever written back unsealed. The X25519 encryption key is derived from it.
"""

from collections.abc import Callable
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from hexie_desktop.domain.errors import UserError
from hexie_desktop.owner_only import protect
from hexie_desktop.storage.files import write_atomic

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


def read_key(path: Path, passphrase: str | None) -> Ed25519PrivateKey:
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise UserError(f"找不到本机签名私钥 {path}。请从备份恢复数据目录的 keys 文件夹。") from exc
    try:
        key = serialization.load_pem_private_key(
            data, password=passphrase.encode() if passphrase else None
        )
    except TypeError as exc:
        raise UserError("本机私钥已设口令保护，请先输入口令。") from exc
    except ValueError as exc:
        if is_sealed(path):
            raise WrongPassphraseError from exc
        raise UserError(f"签名私钥 {path} 已损坏，无法读取。请从备份恢复。") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise UserError(f"签名私钥 {path} 不是 Ed25519 密钥。")
    return key


def write_key(path: Path, key: Ed25519PrivateKey, passphrase: str | None) -> None:
    """The key file, sealed with `passphrase` (or plain with None), written atomically, for its
    owner alone (0600, or the owner's access list on Windows)."""
    encryption: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(passphrase.encode())
        if passphrase
        else serialization.NoEncryption()
    )
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption
    )
    write_atomic(path, pem)
    protect(path)


class KeyRing:
    """The session's unlocked signing keys, and how to ask for a passphrase (once)."""

    def __init__(self) -> None:
        self.ask: Ask | None = None
        self._unlocked: dict[Path, Ed25519PrivateKey] = {}
        self._asked = False

    def key(self, path: Path) -> Ed25519PrivateKey:
        """The key at `path`, asking for its passphrase the first time if it is sealed."""
        if path in self._unlocked:
            return self._unlocked[path]
        if not is_sealed(path):
            # A plain key is read where it lies each time: a key file removed or replaced is
            # noticed at once, as before keys could be sealed.
            return read_key(path, None)
        answer = None
        if self.ask is not None and not self._asked:
            self._asked = True
            answer = self.ask()
        if not answer:
            raise UserError(
                "本机私钥已设口令保护，本次会话尚未解锁：命令行请在终端中运行以便输入口令，"
                "或设置环境变量 HEXIE_PASSPHRASE；窗口在启动时询问口令。"
            )
        return self.unlock(path, answer)

    def unlock(self, path: Path, passphrase: str) -> Ed25519PrivateKey:
        key = read_key(path, passphrase)
        self._unlocked[path] = key
        return key

    def available(self, path: Path) -> Ed25519PrivateKey | None:
        """The key, or None when this session cannot have it (for signing inside a commit:
        a checkpoint left unsigned is covered by the next one signed)."""
        try:
            return self.key(path)
        except UserError:
            return None

    def forget(self) -> None:
        self._unlocked.clear()
        self._asked = False
