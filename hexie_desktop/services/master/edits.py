"""A clerk's edits of master data in the window: firms, compounds, contracts and 2+4 teams.

Each save is one transaction, stamped as this installation's edit (so it travels in the next
master bundle) and written to the audit trail with what changed. A delete is a tombstone, never a
removed row, so it syncs like any other edit and every past score keeps its firm and compound.
Contracts follow the import's rule: a compound is served by one firm at a time, so a new firm's
contract ends the previous one on the day before it starts.
"""

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, col, select

from hexie_desktop.domain import bureau_time
from hexie_desktop.domain.credit_code import CreditCodeError, normalize_credit_code
from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.master_rows import ADDRESS_LENGTH, MAX_HOUSEHOLDS, PLACE_NAME_LENGTH
from hexie_desktop.domain.roles import TEAM_ROLE_LABELS, TEAM_ROLES
from hexie_desktop.services.authoring import Author, authoring
from hexie_desktop.services.changes import Changed, Changes
from hexie_desktop.services.evaluation.quarters import require_clerk
from hexie_desktop.services.master.records_view import (
    ContractFields,
    TeamMemberFields,
    latest_contract,
)
from hexie_desktop.services.store import Store
from hexie_desktop.storage.audit import append_event
from hexie_desktop.storage.tables import Community, Compound, Contract, Firm, Synced, TeamMember

FIRM_NAME_LENGTH = 100
PERSON_NAME_LENGTH = 32
PHONE_LENGTH = 32
GRID_LENGTH = 32
_PHONE = re.compile(r"[0-9+\-()（） /、,，;；转]*")
_DAY = dt.timedelta(days=1)

_COMPOUND_CHANGES = Changes.of(Compound, Contract, TeamMember)


@dataclass(frozen=True)
class FirmFields:
    credit_code: str
    name: str
    legal_representative: str = ""
    phone: str = ""
    address: str = ""
    state_owned: bool = False


@dataclass(frozen=True)
class CompoundFields:
    community_id: str
    name: str
    address: str = ""
    households: int = 0
    grid: str = ""
    is_fallback: bool = False


@dataclass(frozen=True)
class CompoundEdit:
    """Everything the compound dialog saves at once; a team role with an empty name is vacant."""

    compound: CompoundFields
    contract: ContractFields | None = None
    team: tuple[TeamMemberFields, ...] = ()


def credit_code_problem(text: str) -> str | None:
    """What is wrong with a credit code as typed (None when it is valid), for live feedback."""
    try:
        normalize_credit_code(text)
    except CreditCodeError as error:
        return error.message
    return None


def _text(value: str, label: str, limit: int, *, required: bool = False) -> str:
    clean = " ".join(value.split())
    if required and not clean:
        raise UserError(f"{label}不能为空，请填写。")
    if len(clean) > limit:
        raise UserError(f"{label}最多 {limit} 个字，现有 {len(clean)} 个，请缩短。")
    return clean


def _phone(value: str, label: str) -> str:
    clean = _text(value, label, PHONE_LENGTH)
    if not _PHONE.fullmatch(clean):
        raise UserError(f"{label}“{clean}”含有数字和 + - ( ) / 、以外的字符，请核对。")
    return clean


def _changed(row: Synced, values: Mapping[str, Any]) -> dict[str, list[Any]]:
    """Set `values` on `row`; the fields that differed, as [old, new] for the audit trail."""
    changed = {}
    for key, value in values.items():
        old = getattr(row, key)
        if old != value:
            changed[key] = [_plain(old), _plain(value)]
            setattr(row, key, value)
    return changed


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def _restamp(session: Session, author: Author, row: Synced) -> None:
    row.hlc = author.clock.tick()
    row.author_id = author.installation_id
    session.add(row)


def _audit(
    session: Session, author: Author, action: str, row: Synced, detail: dict[str, Any]
) -> None:
    append_event(
        session,
        actor_id=author.installation_id,
        action=action,
        table_name=str(type(row).__tablename__),
        row_id=row.id,
        detail=detail,
    )


def _live(session: Session, model: type[Synced], row_id: str, what: str) -> Any:
    row = session.get(model, row_id)
    if row is None or row.deleted:
        raise UserError(f"{what}已不存在（可能已被删除或被合并的数据包更新）。请刷新列表后重试。")
    return row


def save_firm(store: Store, firm_id: str | None, fields: FirmFields) -> Changed[str]:
    """Create a firm (`firm_id` None) or edit one; the credit code must be valid and unused.

    Creating a firm whose code belongs to a deleted firm revives that firm, as an import would:
    the code identifies the firm, and its history stays attached.
    """
    code = normalize_credit_code(fields.credit_code)
    values: dict[str, Any] = {
        "credit_code": code,
        "name": _text(fields.name, "企业名称", FIRM_NAME_LENGTH, required=True),
        "legal_representative": _text(
            fields.legal_representative, "法定代表人", PERSON_NAME_LENGTH
        ),
        "phone": _phone(fields.phone, "联系电话"),
        "address": _text(fields.address, "地址", ADDRESS_LENGTH),
        "state_owned": fields.state_owned,
    }
    with store.transaction() as session, authoring(session) as author:
        require_clerk(author, "编辑企业")
        holder = session.exec(select(Firm).where(Firm.credit_code == code)).first()
        if holder is not None and holder.id != firm_id and not holder.deleted:
            raise UserError(
                f"统一社会信用代码 {code} 已属于企业“{holder.name}”，同一代码不能登记两次。"
            )
        if firm_id is not None:
            firm = _live(session, Firm, firm_id, "该企业")
            if holder is not None and holder.id != firm_id:
                raise UserError(
                    f"统一社会信用代码 {code} 属于已删除的企业“{holder.name}”。"
                    "如需恢复该企业，请用“新增”并填写此代码。"
                )
            action = "master.firm.update"
        elif holder is not None:
            firm, action = holder, "master.firm.revive"
            values["deleted"] = False
        else:
            firm, action = Firm(**values, **author.stamp()), "master.firm.create"
        changed = _changed(firm, values)
        if changed or action == "master.firm.create":
            _restamp(session, author, firm)
            session.flush()
            _audit(session, author, action, firm, {"changed": changed})
        return Changed(firm.id, Changes.of(Firm))


def delete_firm(store: Store, firm_id: str, today: dt.date | None = None) -> Changed[str]:
    """Tombstone a firm that serves no compound today or later."""
    day = today or bureau_time.today()
    with store.transaction() as session, authoring(session) as author:
        require_clerk(author, "删除企业")
        firm = _live(session, Firm, firm_id, "该企业")
        serving = session.exec(
            select(Compound.name)
            .join(Contract, col(Contract.compound_id) == col(Compound.id))
            .where(
                Contract.firm_id == firm_id,
                col(Contract.deleted).is_(False),
                col(Compound.deleted).is_(False),
                col(Contract.ends_on).is_(None) | (col(Contract.ends_on) >= day),
            )
            .order_by(Compound.name)
        ).all()
        if serving:
            names = "、".join(serving[:3]) + ("等" if len(serving) > 3 else "")
            raise UserError(
                f"企业“{firm.name}”仍在服务 {len(serving)} 个小区（{names}），不能删除。"
                "请先在这些小区的合同中更换物业企业或填写合同结束日期。"
            )
        firm.deleted = True
        _restamp(session, author, firm)
        _audit(session, author, "master.firm.delete", firm, {"name": firm.name})
        return Changed(firm.id, Changes.of(Firm))


def _compound_values(fields: CompoundFields) -> dict[str, Any]:
    if not 0 <= fields.households <= MAX_HOUSEHOLDS:
        raise UserError(f"户数应在 0 到 {MAX_HOUSEHOLDS} 之间，实际为 {fields.households}。")
    return {
        "community_id": fields.community_id,
        "name": _text(fields.name, "小区名称", PLACE_NAME_LENGTH, required=True),
        "address": _text(fields.address, "地址", ADDRESS_LENGTH),
        "households": fields.households,
        "grid": _text(fields.grid, "网格", GRID_LENGTH),
        "is_fallback": fields.is_fallback,
    }


def save_compound(store: Store, compound_id: str | None, edit: CompoundEdit) -> Changed[str]:
    """Create or edit a compound with its current contract and its 2+4 team, all or nothing."""
    values = _compound_values(edit.compound)
    with store.transaction() as session, authoring(session) as author:
        require_clerk(author, "编辑小区")
        _live(session, Community, edit.compound.community_id, "所选社区")
        clash = session.exec(
            select(Compound).where(
                Compound.community_id == values["community_id"],
                Compound.name == values["name"],
                col(Compound.deleted).is_(False),
            )
        ).first()
        if clash is not None and clash.id != compound_id:
            raise UserError(f"该社区已有名为“{values['name']}”的小区，请换一个名称或编辑那个小区。")
        if compound_id is None:
            compound = Compound(**values, **author.stamp())
            changed = _changed(compound, values)
            action = "master.compound.create"
        else:
            compound = _live(session, Compound, compound_id, "该小区")
            changed = _changed(compound, values)
            action = "master.compound.update"
        if changed or compound_id is None:
            _restamp(session, author, compound)
        session.flush()
        detail: dict[str, Any] = {"changed": changed}
        if edit.contract is not None:
            detail["contract"] = _save_contract(session, author, compound, edit.contract)
        detail["team"] = _save_team(session, author, compound, edit.team)
        if changed or compound_id is None or detail.get("contract") or detail["team"]:
            _audit(session, author, action, compound, detail)
        return Changed(compound.id, _COMPOUND_CHANGES)


def _save_contract(
    session: Session, author: Author, compound: Compound, wanted: ContractFields
) -> dict[str, Any]:
    """Bring the compound's latest contract to `wanted`; what was done, for the audit trail."""
    _check_dates(wanted)
    firm = _live(session, Firm, wanted.firm_id, "所选物业企业")
    contracts = session.exec(select(Contract).where(Contract.compound_id == compound.id)).all()
    live = [c for c in contracts if not c.deleted]
    current = latest_contract(live)
    values = {
        "firm_id": firm.id,
        "starts_on": wanted.starts_on,
        "ends_on": wanted.ends_on,
        "is_fallback": compound.is_fallback,
    }
    if current is not None and current.firm_id == firm.id:
        earlier = latest_contract([c for c in live if c.id != current.id])
        if earlier is not None and wanted.starts_on <= earlier.starts_on:
            raise UserError(
                f"合同开始日期应晚于上一份合同的开始日期 {earlier.starts_on}，请核对日期。"
            )
        target = _at_start(session, author, contracts, current, wanted.starts_on)
        changed = _changed(target, values | {"deleted": False})
        if changed:
            _restamp(session, author, target)
        return {"updated": target.id, "changed": changed} if changed else {}
    ended: dict[str, Any] = {}
    if current is not None:
        if wanted.starts_on <= current.starts_on:
            raise UserError(
                f"更换物业企业时，新合同的开始日期应晚于原合同的开始日期 {current.starts_on}。"
            )
        if current.ends_on is None or current.ends_on >= wanted.starts_on:
            current.ends_on = wanted.starts_on - _DAY
            _restamp(session, author, current)
            ended = {"ended": current.id, "ends_on": current.ends_on.isoformat()}
    reused = next((c for c in contracts if c.starts_on == wanted.starts_on), None)
    if reused is None:
        contract = Contract(compound_id=compound.id, **values, **author.stamp())
    else:
        contract = reused
        _changed(contract, values | {"deleted": False})
    _restamp(session, author, contract)
    session.flush()
    return {"started": contract.id, "firm": firm.name, **ended}


def _at_start(
    session: Session,
    author: Author,
    contracts: Sequence[Contract],
    current: Contract,
    starts_on: dt.date,
) -> Contract:
    """The row to hold the current contract once its start moves to `starts_on`.

    A start date is unique per compound even among tombstones; when a deleted contract holds the
    date, it is revived to carry the contract and the current row becomes the tombstone, so both
    edits travel in bundles like any other.
    """
    holder = next((c for c in contracts if c.id != current.id and c.starts_on == starts_on), None)
    if holder is None:
        return current
    if not holder.deleted:
        raise UserError(f"该小区已有一份从 {starts_on} 开始的合同，请换一个开始日期。")
    current.deleted = True
    _restamp(session, author, current)
    session.flush()
    return holder


def _check_dates(wanted: ContractFields) -> None:
    if wanted.ends_on is not None and wanted.ends_on < wanted.starts_on:
        raise UserError(
            f"合同结束日期 {wanted.ends_on} 早于开始日期 {wanted.starts_on}，请核对日期。"
        )


def _member_values(wanted: TeamMemberFields) -> tuple[str, str]:
    """A team member's name and phone as they will be stored; a phone needs a name."""
    label = TEAM_ROLE_LABELS[wanted.role]
    name = _text(wanted.name, f"{label}姓名", PERSON_NAME_LENGTH)
    phone = _phone(wanted.phone, f"{label}电话")
    if phone and not name:
        raise UserError(f"填写了{label}的电话，请同时填写姓名。")
    return name, phone


def compound_problem(edit: CompoundEdit) -> str | None:
    """What is wrong with a compound as typed (None when nothing), for feedback at entry: the
    checks `save_compound` makes before it reads the database, by the same functions."""
    try:
        _compound_values(edit.compound)
        if edit.contract is not None:
            _check_dates(edit.contract)
        for member in edit.team:
            _member_values(member)
    except UserError as error:
        return error.message
    return None


def _save_team(
    session: Session, author: Author, compound: Compound, team: tuple[TeamMemberFields, ...]
) -> dict[str, Any]:
    members = session.exec(select(TeamMember).where(TeamMember.compound_id == compound.id)).all()
    by_role: dict[str, TeamMember] = {}
    for known in sorted(members, key=lambda m: (m.deleted, m.id)):
        by_role.setdefault(known.role, known)
    done: dict[str, Any] = {}
    for wanted in team:
        if wanted.role not in TEAM_ROLES:
            raise ValueError(f"unknown team role {wanted.role!r}")
        name, phone = _member_values(wanted)
        member = by_role.get(wanted.role)
        if not name:
            if member is not None and not member.deleted:
                member.deleted = True
                _restamp(session, author, member)
                done[wanted.role] = "vacant"
            continue
        values: dict[str, Any] = {"name": name, "phone": phone, "deleted": False}
        if member is None:
            session.add(
                TeamMember(compound_id=compound.id, role=wanted.role, **values, **author.stamp())
            )
            done[wanted.role] = {"name": [None, name]}
        elif changed := _changed(member, values):
            _restamp(session, author, member)
            done[wanted.role] = changed
    session.flush()
    return done


def delete_compound(store: Store, compound_id: str) -> Changed[str]:
    """Tombstone a compound and its 2+4 team; its contracts stay as the record of who served it."""
    with store.transaction() as session, authoring(session) as author:
        require_clerk(author, "删除小区")
        compound = _live(session, Compound, compound_id, "该小区")
        compound.deleted = True
        _restamp(session, author, compound)
        members = session.exec(
            select(TeamMember).where(
                TeamMember.compound_id == compound_id, col(TeamMember.deleted).is_(False)
            )
        ).all()
        for member in members:
            member.deleted = True
            _restamp(session, author, member)
        _audit(session, author, "master.compound.delete", compound, {"name": compound.name})
        return Changed(compound.id, Changes.of(Compound, TeamMember))
