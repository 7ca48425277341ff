"""Why a bundle is refused: one named check and one line a clerk can act on."""

from hexie_desktop.domain.errors import UserError

REFUSED_EXIT_STATUS = 3


class BundleRefusedError(UserError):
    """The whole bundle is refused before anything is written; `check` names the failed check.

    The check names are stable identifiers (listed in docs/bundle-format.md) so that scripts and
    tests can tell refusals apart without parsing the Chinese message.
    """

    exit_status = REFUSED_EXIT_STATUS

    def __init__(self, check: str, message: str) -> None:
        super().__init__(f"数据包被拒绝［{check}］：{message}")
        self.check = check
        self.detail = message


class MergeCancelledError(UserError):
    """The user cancelled a merge; the bundle being merged was rolled back whole."""

    def __init__(self) -> None:
        super().__init__("合并已取消：正在合并的数据包已整体撤销，数据库未改变。")
