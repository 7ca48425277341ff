"""Demo complaint tickets through the 12345 closed loop: 受理, 转办, 办理, 答复, 回访, 办结.

Worse firms draw more tickets, answer late more often and leave residents dissatisfied more often,
so the complaint-handling part of the evaluation has something real to measure.
"""

import datetime as dt
import random
from collections.abc import Sequence

from sqlalchemy import insert, select
from sqlmodel import Session, col

from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.domain.states import TicketState
from hexie_desktop.services.demo import names
from hexie_desktop.services.demo.fieldwork import QuarterCrew
from hexie_desktop.services.demo.master import CompoundPlan
from hexie_desktop.services.demo.rows import Row, RowSink, Stamper, beijing_time
from hexie_desktop.services.demo.scoring import poisson
from hexie_desktop.storage.tables import Complaint, ComplaintCaller, ComplaintEvent

HOUSEHOLDS_PER_TICKET = 800.0
MAX_REDO = 3
UNFINISHED_SHARE = 0.04
REFUSED_SHARE = 0.02
ANONYMOUS_SHARE = 0.1
MOBILE_SHARE = 0.85

# category: (weight, urgent, what residents say)
CATEGORIES: dict[str, tuple[int, bool, tuple[str, ...]]] = {
    "物业费": (12, False, ("物业费上涨未经业主大会表决", "物业费收费标准未公示", "未提供服务却催缴物业费")),
    "电梯故障": (10, True, ("{b}栋电梯频繁停运，报修后仍未修复", "{b}栋电梯困人，物业半小时未到场", "电梯异响，担心安全")),
    "漏水渗水": (12, True, ("{b}栋{u}单元楼顶漏水，墙面发霉", "地下车库渗水严重", "{b}栋外墙渗水，报修多次无人处理")),
    "噪音扰民": (9, False, ("小区内夜间施工噪音扰民", "{b}栋楼下商铺音响声音过大", "水泵房噪音影响休息")),
    "停车管理": (11, False, ("消防通道被车辆长期占用", "外来车辆随意进出占用车位", "车位分配不公开")),
    "卫生保洁": (10, False, ("{b}栋楼道长期无人清扫", "垃圾桶满溢未及时清运，气味难闻", "化粪池堵塞外溢")),
    "绿化养护": (4, False, ("小区绿化带杂草丛生", "树木遮挡{b}栋低层住户采光，要求修剪", "绿地被改作停车位")),
    "安全隐患": (6, True, ("{b}栋消防栓无水", "小区监控多处损坏", "{b}栋外墙瓷砖脱落")),
    "违章搭建": (5, False, ("{b}栋顶楼住户违规搭建", "一楼住户私自扩建院子", "公共区域被占用搭建棚架")),
    "维修不及时": (13, False, ("{b}栋{u}单元楼道灯坏了一个月没修", "单元门禁损坏长期未修", "小区路面破损坑洼")),
    "服务态度": (8, False, ("物业客服电话长期无人接听", "保安态度恶劣", "物业管理人员推诿扯皮")),
}  # fmt: skip
_NAMES = tuple(CATEGORIES)
_CUMULATIVE = tuple(
    sum(CATEGORIES[name][0] for name in _NAMES[: i + 1]) for i in range(len(_NAMES))
)
CHANNELS = (("12345", 75), ("phone", 10), ("online", 10), ("visit", 5))
_TICKET_PREFIX = {"12345": "12345", "phone": "DH", "online": "WS", "visit": "LF"}
_STEPS = (TicketState.DISPATCHED, TicketState.HANDLING, TicketState.REPLIED, TicketState.VISITED)


class ComplaintWriter:
    """Tickets for one quarter at a time; ticket numbers run on through the year."""

    def __init__(self, sink: RowSink, stamper: Stamper) -> None:
        self.sink = sink
        self.stamper = stamper
        self.serial: dict[int, int] = {}

    def quarter(
        self,
        rng: random.Random,
        quarter: Quarter,
        compounds: Sequence[CompoundPlan],
        targets: dict[str, float],
        crew: QuarterCrew,
    ) -> None:
        for compound in compounds:
            quality = min(1.0, max(0.0, (targets[compound.firm_id] - 40.0) / 60.0))
            mean = compound.households / HOUSEHOLDS_PER_TICKET * (0.4 + 2.6 * (1.0 - quality))
            author = crew.inspector_for(compound.area)
            for _ in range(poisson(rng, mean)):
                self._ticket(rng, quarter, compound, quality, author)

    def _ticket(
        self,
        rng: random.Random,
        quarter: Quarter,
        compound: CompoundPlan,
        quality: float,
        author: str,
    ) -> None:
        category = rng.choices(_NAMES, cum_weights=_CUMULATIVE)[0]
        _, urgent, texts = CATEGORIES[category]
        channel = rng.choices([c for c, _ in CHANNELS], weights=[w for _, w in CHANNELS])[0]
        day = quarter.first_day + dt.timedelta(
            days=rng.randint(0, (quarter.last_day - quarter.first_day).days)
        )
        received = beijing_time(day, rng.uniform(8.0, 22.0))
        due = received + dt.timedelta(days=2 if urgent else 5)
        number = self.serial.get(quarter.year, 0) + 1
        self.serial[quarter.year] = number
        ticket: Row = {
            **self.stamper.stamp(author),
            "ticket_no": f"{_TICKET_PREFIX[channel]}-{quarter.year}-{number:07d}",
            "channel": channel,
            "compound_id": compound.id,
            "firm_id": compound.firm_id,
            "category": category,
            "content": rng.choice(texts).format(b=rng.randint(1, 30), u=rng.randint(1, 4)),
            "received_at": received,
            "due_at": due,
            "accepted": True,
            "resolved": None,
            "closed_at": None,
            "resident_satisfied": None,
            "redo_count": 0,
        }
        events = self._loop(rng, ticket, quality)
        ticket["state"] = events[-1][0]
        self.sink.add(Complaint, ticket)
        for state, at, note in events:
            self.sink.add(
                ComplaintEvent,
                {
                    **self.stamper.stamp(author),
                    "complaint_id": ticket["id"],
                    "state": state,
                    "at": at,
                    "note": note,
                },
            )

    def _loop(
        self, rng: random.Random, ticket: Row, quality: float
    ) -> list[tuple[TicketState, dt.datetime, str]]:
        """The ticket's steps; sets its outcome columns (accepted, resolved, redo count…) on the way.

        A ticket handled on time is closed, visit included, before it falls due; a late one is
        answered only after. Every redo starts the loop again and rarely ends in time.
        """
        received: dt.datetime = ticket["received_at"]
        due: dt.datetime = ticket["due_at"]
        span = due - received
        at = received + span * rng.uniform(0.01, 0.08)
        events = [
            (TicketState.RECEIVED, received, "受理"),
            (TicketState.DISPATCHED, at, "已转办至物业服务企业"),
        ]
        if rng.random() < REFUSED_SHARE:
            ticket["accepted"] = False
            ticket["resolved"] = False
            closed = at + span * rng.uniform(0.05, 0.2)
            ticket["closed_at"] = closed
            events.append((TicketState.CLOSED, closed, "经核实不属于物业服务事项，不予受理"))
            return events
        stop = rng.choice(_STEPS) if rng.random() < UNFINISHED_SHARE else None
        if stop == TicketState.DISPATCHED:
            return events
        late = rng.random() < 0.05 + 0.3 * (1.0 - quality)
        satisfied = False
        while True:
            at += span * rng.uniform(0.02, 0.1)
            note = "已安排人员现场处理"
            if ticket["redo_count"]:
                note = f"回访不满意，重新办理（第{ticket['redo_count']}次）"
            events.append((TicketState.HANDLING, at, note))
            if stop == TicketState.HANDLING:
                return events
            at = (
                max(at, due) + span * rng.uniform(0.1, 1.0)
                if late
                else at + span * rng.uniform(0.1, 0.5)
            )
            events.append((TicketState.REPLIED, at, "已答复市民"))
            if stop == TicketState.REPLIED:
                return events
            at += span * rng.uniform(0.05, 0.2)
            satisfied = rng.random() < 0.5 + 0.45 * quality
            events.append((TicketState.VISITED, at, "回访：满意" if satisfied else "回访：不满意"))
            if stop == TicketState.VISITED:
                ticket["resident_satisfied"] = satisfied
                return events
            if satisfied or ticket["redo_count"] >= MAX_REDO or rng.random() >= 0.7:
                break
            ticket["redo_count"] += 1
            late = rng.random() < 0.6
        closed = at + span * rng.uniform(0.01, 0.1)
        ticket["closed_at"] = closed
        ticket["resident_satisfied"] = satisfied
        ticket["resolved"] = satisfied or rng.random() < 0.4
        events.append((TicketState.CLOSED, closed, "办结"))
        return events


def add_callers(session: Session, seed: int) -> None:
    """Who called about each demo ticket, on the clerk's installation that registered them.

    Drawn from a generator of its own per ticket, so the tickets, scores and cards of a seed stay
    what they were before callers existed; one ticket in ten was anonymous.
    """
    rows = []
    for complaint_id, ticket_no in session.execute(
        select(col(Complaint.id), col(Complaint.ticket_no))
    ):
        rng = random.Random(f"{seed}:caller:{ticket_no}")
        if rng.random() < ANONYMOUS_SHARE:
            continue
        phone = (
            names.mobile_phone(rng) if rng.random() < MOBILE_SHARE else names.landline_phone(rng)
        )
        rows.append({"complaint_id": complaint_id, "name": names.person_name(rng), "phone": phone})
    if rows:
        session.execute(insert(ComplaintCaller), rows)
