"""Files and folders readable by their owner alone: the private signing key and the data folder.

On POSIX that is a mode (0600 for a file, 0700 for a folder). On Windows `chmod` only sets or
clears the read-only flag, and who may read a file is its access control list: the product
replaces the list with one that lets this user (and the operating system itself, as root still
reads a 0600 file) in, through `icacls`, which every Windows since Vista has in System32.
Which of the two to do is decided by a pure function of the platform and the environment, so
the Windows command is tested on any machine.
"""

import ntpath
import os
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from hexie_desktop.domain.errors import UserError

OWNER_ONLY_FILE = 0o600
OWNER_ONLY_FOLDER = 0o700
# Windows' own account, by its well-known SID: the same on a Chinese or an English Windows,
# where group names are translated.
WINDOWS_SYSTEM_SID = "*S-1-5-18"
_CREATE_NO_WINDOW = 0x08000000


class ProtectionError(UserError):
    """The operating system would not make a file owner-only; the message is for the user."""


@dataclass(frozen=True)
class OwnerOnly:
    """What makes one path owner-only: a POSIX `mode`, or a Windows `command` to run."""

    mode: int | None = None
    command: tuple[str, ...] | None = None


def windows_account(env: Mapping[str, str]) -> str:
    """The signed-in user as `icacls` names them: `DOMAIN\\user` (the computer's name stands
    for the domain on a machine outside one), or the user alone when Windows gave no domain."""
    user = env.get("USERNAME", "")
    if not user:
        raise ProtectionError(
            "无法确定当前 Windows 用户（环境变量 USERNAME 为空），请重新登录后再试。"
        )
    domain = env.get("USERDOMAIN", "")
    return f"{domain}\\{user}" if domain else user


def owner_only_plan(
    path: Path, platform: str, env: Mapping[str, str], *, folder: bool = False
) -> OwnerOnly:
    """How to make `path` readable by its owner alone on `platform` (`sys.platform`).

    On Windows: drop the permissions inherited from the folders above (`/inheritance:r`) and
    grant full control to the user and to SYSTEM only; a folder passes the grant on to what is
    created in it (`(OI)(CI)`), so every file in it is owner-only from its first byte. `icacls`
    is named by its full path in `%SystemRoot%`, never looked up on `PATH`.
    """
    if platform != "win32":
        return OwnerOnly(mode=OWNER_ONLY_FOLDER if folder else OWNER_ONLY_FILE)
    inherit = "(OI)(CI)" if folder else ""
    icacls = ntpath.join(env.get("SystemRoot") or "C:\\Windows", "System32", "icacls.exe")
    return OwnerOnly(
        command=(
            icacls,
            str(path),
            "/inheritance:r",
            "/grant:r",
            f"{windows_account(env)}:{inherit}F",
            f"{WINDOWS_SYSTEM_SID}:{inherit}F",
            "/Q",
        )
    )


def _run(command: Sequence[str]) -> subprocess.CompletedProcess[bytes]:
    flags = _CREATE_NO_WINDOW if sys.platform == "win32" else 0
    return subprocess.run(list(command), capture_output=True, check=False, creationflags=flags)


def protect(
    path: Path,
    *,
    folder: bool = False,
    platform: str = sys.platform,
    env: Mapping[str, str] | None = None,
    run: Callable[[Sequence[str]], subprocess.CompletedProcess[bytes]] = _run,
) -> None:
    """Make `path` owner-only, as `owner_only_plan` says; refuse in one line when refused."""
    plan = owner_only_plan(path, platform, os.environ if env is None else env, folder=folder)
    if plan.mode is not None:
        path.chmod(plan.mode)
    if plan.command is None:
        return
    try:
        done = run(plan.command)
    except OSError as error:
        raise ProtectionError(
            f"无法把 {path} 设为仅本人可读：找不到或无法运行 {plan.command[0]}（{error.strerror}）。"
        ) from error
    if done.returncode != 0:
        raise ProtectionError(
            f"无法把 {path} 设为仅本人可读：Windows 拒绝修改它的访问权限。"
            "请确认它位于本机的 NTFS 磁盘上，且当前用户是它的所有者。"
        )
