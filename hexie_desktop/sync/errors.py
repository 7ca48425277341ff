"""Why a bundle is refused: one named check and one line a clerk can act on."""

from hexie_desktop.domain.errors import UserError

REFUSED_EXIT_STATUS = 3

# What each check means, in the words a refusal shows; the identifiers stay for scripts.
CHECK_TITLES = {
    "limits": "超出大小限制",
    "zip": "文件损坏或不完整",
    "names": "成员名称不安全",
    "members": "内容与清单不符",
    "version": "版本不受支持",
    "manifest": "清单有误",
    "signature": "签名无效",
    "trust": "签名者未受信任",
    "encryption": "加密不符合要求",
    "decryption": "解密失败",
    "conflict": "与已合并的数据包冲突",
    "sizes": "大小与清单不符",
    "hashes": "内容校验不符",
    "json": "数据格式有误",
    "records": "记录有误",
    "attachments": "附件有误",
}


class BundleRefusedError(UserError):
    """The whole bundle is refused before anything is written; `check` names the failed check.

    The check names are stable identifiers (listed in docs/bundle-format.md) so that scripts and
    tests can tell refusals apart without parsing the Chinese message.
    """

    exit_status = REFUSED_EXIT_STATUS

    def __init__(self, check: str, message: str) -> None:
        super().__init__(f"数据包被拒绝（{CHECK_TITLES.get(check, check)}）：{message}")
        self.check = check
        self.detail = message


class ExportedHereError(UserError):
    """The bundle was written by this installation: nothing in it is new here, so it is skipped.

    Not a refusal: a clerk's USB folder holds the master bundle the clerk wrote beside the
    inspectors' bundles, and merging that folder is the ordinary Monday routine.
    """

    def __init__(self) -> None:
        super().__init__("本机自己导出的数据包，已跳过")


class MergeCancelledError(UserError):
    """The user cancelled a merge; the bundle being merged was rolled back whole."""

    def __init__(self) -> None:
        super().__init__("合并已取消：正在合并的数据包已整体撤销，数据库未改变。")
