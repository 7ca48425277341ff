"""The review queue's conflicts as a big list, sorted and filtered in SQL, and the words it shares
with the held records' groups (`held_groups.py`).

A finalised quarter reopened by a late bundle can bring thousands of conflicting versions at
once, so the list pages its rows like the compound list. Table names are shown by their Chinese
names (computed in SQL, so sorting by them sorts by what the clerk reads), records by what they
are about, and times in the bureau's time.
"""

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Select, case, func, select
from sqlalchemy.sql.elements import KeyedColumnElement

from hexie_desktop.domain.bureau_time import format_time
from hexie_desktop.domain.labels import TABLE_LABELS
from hexie_desktop.services.bundles.record_words import RecordNamer
from hexie_desktop.services.listings.master import Listing, Row
from hexie_desktop.services.store import Store
from hexie_desktop.storage.tables import (
    BundleLog,
    Installation,
    RecordHistory,
    TrustedKey,
)

# The record is named by what it is about; its id, by which it sorts, is never shown.
CONFLICT_COLUMNS = ("recorded_at", "table", "record", "author", "file")


def table_word(column: ColumnElement[Any]) -> ColumnElement[Any]:
    return case(TABLE_LABELS, value=column, else_=column)


def author_name(author_id: ColumnElement[Any]) -> ColumnElement[Any]:
    """The name the author's key was enrolled under, else this installation's own name."""
    key = TrustedKey.__table__.c  # type: ignore[attr-defined]
    own = Installation.__table__.c  # type: ignore[attr-defined]
    enrolled = select(key.name).where(key.installation_id == author_id).limit(1)
    local = select(own.name).where(own.id == author_id).limit(1)
    return func.coalesce(enrolled.scalar_subquery(), local.scalar_subquery(), "")


class ConflictListing(Listing):
    """Versions that lost to a competing edit by someone else, not yet looked at by a clerk."""

    columns = CONFLICT_COLUMNS
    lean_sorts = frozenset({"recorded_at", "table", "record"})

    def __init__(self) -> None:
        super().__init__()
        self._history = RecordHistory.__table__  # type: ignore[attr-defined]
        self._log = BundleLog.__table__  # type: ignore[attr-defined]

    def _base(self, *selected: ColumnElement[Any], lean: bool = False) -> Select[Any]:
        history = self._history.c
        statement = select(*selected).select_from(self._history)
        if not lean:
            statement = statement.outerjoin(self._log, self._log.c.bundle_id == history.bundle_id)
        return statement.where(history.kind == "conflict", history.reviewed.is_(False))

    def _id_column(self) -> KeyedColumnElement[Any]:
        return self._history.c.id

    def _sort_columns(self) -> dict[str, ColumnElement[Any]]:
        history = self._history.c
        return {
            "recorded_at": history.recorded_at,
            "table": table_word(history.table_name),
            "record": history.row_id,
            "author": author_name(history.author_id),
            "file": func.coalesce(self._log.c.file_name, ""),
        }

    def _searched(self) -> Sequence[ColumnElement[Any]]:
        columns = self._sort_columns()
        return (columns["table"], columns["author"], columns["file"])

    def _shown(self) -> Sequence[ColumnElement[Any]]:
        columns = self._sort_columns()
        return tuple(columns[name] for name in CONFLICT_COLUMNS)

    def rows(self, store: Store, ids: Sequence[str]) -> dict[str, Row]:
        if not ids:
            return {}
        history = self._history.c
        statement = self._base(
            self._id_column(), *self._shown(), history.table_name, history.payload
        ).where(self._id_column().in_([int(i) for i in ids]))
        found: dict[str, Row] = {}
        with store.reading() as session:
            namer = RecordNamer(session.connection())
            for key, moment, table, _row_id, author, file, table_name, payload in session.execute(
                statement
            ):
                words = namer.words(table_name, dict(payload))
                shown = format_time(moment) if isinstance(moment, dt.datetime) else moment
                found[str(key)] = (shown, table, words, author, file)
        return found


FIELD_LABELS = {
    "accepted": "已受理",
    "address": "地址",
    "aspect": "方面",
    "at": "时间",
    "author_id": "最后修改人",
    "automatic": "自动生成",
    "body": "正文",
    "caption": "说明",
    "category": "类别",
    "channel": "渠道",
    "closed_at": "办结时间",
    "closed_on": "办结日期",
    "code": "编码",
    "color": "颜色",
    "commitments": "公开承诺",
    "community_id": "社区",
    "complaint_id": "工单",
    "compound_id": "小区",
    "content": "内容",
    "credit_code": "统一社会信用代码",
    "deduction": "扣分项",
    "deductions": "扣分明细",
    "deleted": "已删除",
    "description": "描述",
    "dissatisfied": "不满意",
    "district_id": "区",
    "due_at": "办理时限",
    "effective_from": "生效季度",
    "ends_on": "结束日期",
    "escalated_from": "升级自",
    "expires_on": "失效日期",
    "finalised": "已定稿",
    "finalised_at": "定稿时间",
    "finalised_by": "定稿人",
    "firm_id": "物业服务企业",
    "first_election_on": "首次选举日期",
    "followup_on": "复查日期",
    "followup_passed": "复查通过",
    "grid": "网格",
    "guidance": "评分说明",
    "held_at": "约谈时间",
    "hlc": "版本时间戳",
    "households": "户数",
    "id": "编号",
    "indicator_id": "指标",
    "inspected_on": "考评日期",
    "inspection_id": "考评记录",
    "inspector_id": "考评员",
    "is_fallback": "兜底",
    "issued_on": "下发日期",
    "kind": "类型",
    "legal_representative": "法定代表人",
    "max_points": "满分",
    "media_type": "文件类型",
    "method": "方式",
    "minutes": "纪要",
    "name": "名称",
    "neutral": "一般",
    "note": "备注",
    "objection": "异议",
    "objection_state": "异议状态",
    "occurred_on": "发生日期",
    "original_name": "原文件名",
    "part_id": "评分部分",
    "phone": "电话",
    "place": "地点",
    "points": "分值",
    "position": "顺序",
    "quarter": "季度",
    "reason": "原因",
    "received_at": "受理时间",
    "recorded_on": "记录日期",
    "rectification_due": "整改期限",
    "redo_count": "重办次数",
    "reopen_reason": "重新打开原因",
    "repair_note": "修复说明",
    "repaired_on": "修复日期",
    "resident_satisfied": "居民满意",
    "resolved": "已解决",
    "revises_id": "修订自",
    "revision": "修订号",
    "revision_reason": "修订原因",
    "revoke_reason": "撤销原因",
    "revoked_on": "撤销日期",
    "role": "角色",
    "sample_size": "样本量",
    "satisfied": "满意",
    "scheduled_at": "约定时间",
    "score": "得分",
    "scores": "得分",
    "serious": "严重",
    "sha256": "内容哈希",
    "size": "大小",
    "source": "来源",
    "source_id": "来源记录",
    "standard_id": "评分标准",
    "starts_on": "开始日期",
    "state": "状态",
    "state_owned": "国有",
    "status": "状态",
    "street_id": "街道",
    "submitted_at": "提交时间",
    "surveyed_on": "调查日期",
    "ticket_no": "工单号",
    "total_points": "总分",
    "version": "版本",
    "very_dissatisfied": "很不满意",
    "very_satisfied": "很满意",
    "year": "年度",
}


def field_label(name: str) -> str:
    return FIELD_LABELS.get(name, name)
