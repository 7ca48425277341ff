"""The core's Chinese words for its stored codes: one place, for every message, report, export
and list that names a table, a state or a colour.

People never read a code (`indicatorscore`, `rectifying`, `yellow`); the review queue, merge and
demo summaries, the audit verifier, bundle refusals, the printed reports, the spreadsheets and
the command line all name them from here. The window's own labels (`gui/*_labels.py`) are
English source strings translated by Qt, keyed by the same enums.

The maps are keyed by the enums and typed by `str`, so that a code read back from the database
(a plain string, equal to its enum member) finds its word.
"""

from hexie_desktop.domain.states import (
    BundleStatus,
    CardColor,
    InterviewStatus,
    ReportState,
    TicketAction,
    TicketState,
)

TABLE_LABELS = {
    "district": "区",
    "street": "街道",
    "community": "社区",
    "compound": "小区",
    "teammember": "“2+4”团队成员",
    "firm": "物业服务企业",
    "contract": "物业服务合同",
    "standard": "评分标准",
    "standardpart": "评分标准部分",
    "indicator": "评分指标",
    "deduction": "扣分项",
    "policy": "政策版本",
    "inspection": "考评记录",
    "indicatorscore": "指标得分",
    "attachment": "附件",
    "photo": "照片",
    "survey": "满意度调查",
    "complaint": "投诉工单",
    "complaintevent": "工单办理环节",
    "complaintcaller": "工单来电人",
    "card": "黄红牌",
    "creditentry": "信用档案记录",
    "interview": "约谈",
    "gradingsheet": "社区等级评分表",
    "communityincident": "社区事件",
    "quarterstatus": "季度状态",
}
# A register's import summary speaks of its own columns' words (企业, 合同), shorter than the
# tables' full names above.
REGISTER_TABLE_LABELS = {
    "district": "区",
    "street": "街道",
    "community": "社区",
    "firm": "企业",
    "compound": "小区",
    "contract": "合同",
}

TICKET_STATE_LABELS: dict[str, str] = {
    TicketState.RECEIVED: "已受理",
    TicketState.DISPATCHED: "已转办",
    TicketState.HANDLING: "办理中",
    TicketState.REPLIED: "已回复",
    TicketState.VISITED: "已回访",
    TicketState.CLOSED: "已办结",
}
TICKET_ACTION_LABELS: dict[str, str] = {
    TicketAction.DISPATCH: "转办",
    TicketAction.HANDLE: "办理",
    TicketAction.REPLY: "回复",
    TicketAction.VISIT: "回访",
    TicketAction.CLOSE: "办结",
    TicketAction.REDO: "返工",
    TicketAction.REJECT: "不予受理",
}
CHANNEL_LABELS = {
    "12345": "12345 热线",
    "phone": "电话",
    "visit": "来访",
    "online": "网络",
    "inspection": "检查发现",
}
INTERVIEW_STATUS_LABELS: dict[str, str] = {
    InterviewStatus.PENDING: "待安排",
    InterviewStatus.SCHEDULED: "已安排",
    InterviewStatus.HELD: "已约谈",
    InterviewStatus.RECTIFYING: "整改中",
    InterviewStatus.CLOSED: "已销号",
    InterviewStatus.ESCALATED: "已升级",
}
CARD_COLOR_LABELS: dict[str, str] = {CardColor.YELLOW: "黄牌", CardColor.RED: "红牌"}
LIST_LABELS = {"red": "红榜", "black": "黑榜"}
BUNDLE_STATUS_LABELS: dict[str, str] = {
    BundleStatus.APPLIED: "已合并",
    BundleStatus.DUPLICATE: "已合并过（未改动）",
    BundleStatus.HELD: "已合并，部分记录待审核",
    BundleStatus.REFUSED: "已拒绝",
    BundleStatus.VALID: "校验通过",
    BundleStatus.SKIPPED: "已跳过",
}
# The data statement of a report's verification block, and the short mark in its page footer.
REPORT_STATE_LABELS: dict[str, str] = {
    ReportState.FINAL: "已定稿",
    ReportState.PROVISIONAL: "暂定（尚未定稿，数据可能变化）",
    ReportState.STALE: "待重新考评（考评后数据已有变化，本报告数字不是最新结果）",
}
REPORT_STATE_MARKS: dict[str, str] = {
    ReportState.FINAL: "数据已定稿",
    ReportState.PROVISIONAL: "数据暂定",
    ReportState.STALE: "待重新考评",
}


def table_label(name: str) -> str:
    """The Chinese name of table `name`; the code name itself only for a table not listed."""
    return TABLE_LABELS.get(name, name)
