"""What every report needs from the database: the issuing body, the evaluated quarter, the
standard's parts, and firm look-ups, each with the one-line Chinese error a user can act on."""

import datetime as dt
from dataclasses import dataclass
from typing import overload

from sqlmodel import Session, col, select

from hexie_desktop.domain.credit_code import normalize_credit_code
from hexie_desktop.domain.errors import UserError
from hexie_desktop.reports.document import Provenance
from hexie_desktop.services.evaluation.results_view import ListPlace
from hexie_desktop.storage.tables import District, Firm, Standard, StandardPart


def list_reason(entry: ListPlace, rank: int | None, *, by_composite: bool) -> str:
    """Why a firm is on a list, in the words of the rule that put it there (domain lists.py)."""
    if entry.rule == "red_card":
        return "本季度受到红牌警告"
    if entry.rule == "credit_grade":
        return f"信用等级为{entry.credit_grade}" if entry.credit_grade else "信用等级"
    if not by_composite and entry.metric is not None:
        return f"业主满意度{entry.metric:.2f}"
    return f"综合得分排名第{rank}" if rank is not None else ""


@dataclass(frozen=True)
class Issuer:
    """The bureau issuing the documents, named after the district the database serves."""

    name: str
    area: str
    abbreviation: str

    def number(self, kind: str, year: int, serial: int) -> str:
        return f"{self.abbreviation}住建{kind}〔{year}〕{serial}号"


def issuer(session: Session) -> Issuer:
    names = session.exec(
        select(District.name).where(col(District.deleted).is_(False)).order_by(District.code)
    ).all()
    if len(names) == 1:
        area = names[0]
        return Issuer(f"{area}住房和建设局", area, area[0])
    return Issuer("住房和城乡建设局", "全市", "市")


@dataclass(frozen=True)
class PartInfo:
    code: str
    name: str
    max_points: float


def service_parts(session: Session, standard_versions: str) -> list[PartInfo]:
    """The parts of the (latest) service standard the quarter was scored with, in order."""
    versions = [int(v) for v in standard_versions.split(",") if v.strip()]
    query = select(StandardPart.code, StandardPart.name, StandardPart.max_points).join(
        Standard, col(Standard.id) == col(StandardPart.standard_id)
    )
    query = query.where(col(Standard.kind) == "service", col(StandardPart.deleted).is_(False))
    if versions:
        query = query.where(col(Standard.version) == max(versions))
    rows = session.exec(
        query.order_by(col(Standard.version).desc(), col(StandardPart.position))
    ).all()
    seen: dict[str, PartInfo] = {}
    for code, name, max_points in rows:
        seen.setdefault(code, PartInfo(code, name, max_points))
    return list(seen.values())


def firm_by_code(session: Session, credit_code: str) -> Firm:
    code = normalize_credit_code(credit_code)
    firm = session.exec(
        select(Firm).where(col(Firm.credit_code) == code, col(Firm.deleted).is_(False))
    ).first()
    if firm is None:
        raise UserError(
            f"找不到统一社会信用代码为 {code} 的物业服务企业。请核对代码，"
            "或先导入企业名单（hexie import firms）。"
        )
    return firm


def provenance(
    kind: str,
    subject: str,
    label: str,
    *,
    finalised: bool,
    policy_version: int | None,
    standard_versions: str,
    now: dt.datetime | None,
    stale: bool = False,
) -> Provenance:
    return Provenance(
        kind=kind,
        subject=subject,
        data_label=label,
        finalised=finalised,
        policy_version=policy_version,
        standard_versions=standard_versions,
        generated_at=now or dt.datetime.now(dt.UTC),
        stale=stale,
    )


@overload
def rounded(value: float, decimals: int = 2) -> float: ...
@overload
def rounded(value: None, decimals: int = 2) -> None: ...
@overload
def rounded(value: float | None, decimals: int = 2) -> float | None: ...
def rounded(value: float | None, decimals: int = 2) -> float | None:
    """A stored full-precision value as printed: reports hold exactly what they show."""
    return None if value is None else round(value, decimals)
