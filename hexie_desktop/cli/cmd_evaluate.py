"""`hexie evaluate`, `scores`, `lists`, `quarter finalise|reopen`, `grade` and `hot-topics`."""

import argparse
import datetime as dt

from hexie_desktop.cli.arguments import parse_day
from hexie_desktop.cli.context import CommandContext
from hexie_desktop.cli.progress import TerminalProgress
from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.evaluation.complaints import week_bounds
from hexie_desktop.domain.labels import CARD_COLOR_LABELS
from hexie_desktop.domain.quarters import Quarter
from hexie_desktop.services.evaluation.evaluate import evaluate_quarter
from hexie_desktop.services.evaluation.quarters import finalise_quarter, reopen_quarter
from hexie_desktop.services.evaluation.results_view import (
    quarter_lists,
    quarter_scores,
    weekly_hot_topics,
)
from hexie_desktop.services.grading.grade import grade_year
from hexie_desktop.services.grading.results_view import grading_results
from hexie_desktop.services.grading.years import finalise_year, reopen_year

_SCORE_LINES = 20


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    evaluate = commands.add_parser("evaluate", help="计算季度考评：得分、排名、红黑榜、发牌、约谈")
    evaluate.add_argument("--quarter", required=True, help="如 2026Q1")
    evaluate.add_argument("--json", action="store_true")
    evaluate.set_defaults(func=_evaluate)

    scores = commands.add_parser("scores", help="季度各企业得分、分项、排名与检查小区数")
    scores.add_argument("--quarter", required=True)
    scores.add_argument("--json", action="store_true")
    scores.set_defaults(func=_scores)

    lists = commands.add_parser("lists", help="季度红黑榜、黄牌红牌与约谈")
    lists.add_argument("--quarter", required=True)
    lists.add_argument("--json", action="store_true")
    lists.set_defaults(func=_lists)

    quarter = commands.add_parser("quarter", help="季度定稿与重新开启")
    actions = quarter.add_subparsers(dest="quarter_command", required=True, metavar="操作")
    finalise = actions.add_parser("finalise", help="定稿：冻结该季度的考评结果")
    finalise.add_argument("--quarter", required=True)
    finalise.set_defaults(func=_finalise)
    reopen = actions.add_parser("reopen", help="重新开启已定稿的季度（记入审计）")
    reopen.add_argument("--quarter", required=True)
    reopen.add_argument("--reason", required=True)
    reopen.set_defaults(func=_reopen)

    grade = commands.add_parser(
        "grade",
        help="年度和谐社区等级评定：按名次比例评 AAA、AA、A；定稿与重新开启",
        description="hexie grade --year Y 评定该年度；hexie grade finalise|reopen --year Y 定稿或重新开启。",
    )
    grade.add_argument("--year", type=int, help="如 2026")
    grade.add_argument("--json", action="store_true")
    grade.set_defaults(func=_grade)
    year_actions = grade.add_subparsers(dest="grade_command", metavar="操作")
    close = year_actions.add_parser("finalise", help="定稿：冻结该年度的评定结果")
    close.add_argument("--year", required=True, type=int, dest="grade_year")
    close.set_defaults(func=_grade_finalise)
    open_again = year_actions.add_parser("reopen", help="重新开启已定稿的年度（记入审计）")
    open_again.add_argument("--year", required=True, type=int, dest="grade_year")
    open_again.add_argument("--reason", required=True)
    open_again.set_defaults(func=_grade_reopen)

    hot = commands.add_parser("hot-topics", help="投诉热点：一周内各类投诉的件数与占比")
    hot.add_argument("--week", default=None, metavar="年-月-日", help="该周内任一天（默认今天）")
    hot.add_argument("--json", action="store_true")
    hot.set_defaults(func=_hot_topics)


def _evaluate(ctx: CommandContext) -> int:
    quarter = Quarter.parse(ctx.args.quarter)
    summary = evaluate_quarter(ctx.store, quarter, progress=TerminalProgress()).value
    if ctx.wants_json:
        ctx.emit_json(summary.as_dict())
    else:
        for line in summary.lines():
            ctx.say(line)
    return 0


def _scores(ctx: CommandContext) -> int:
    table = quarter_scores(ctx.store, Quarter.parse(ctx.args.quarter))
    document = table.as_dict()
    if ctx.wants_json:
        ctx.emit_json(document)
        return 0
    if document["stale"]:
        ctx.say(f"{document['quarter']} 待重新考评：{document['stale_reason']}。")
    ctx.say(
        f"{document['quarter']} 季度得分（政策第 {document['policy_version']} 版），"
        f"共 {len(document['firms'])} 家企业；前 {_SCORE_LINES} 名："
    )
    for firm in document["firms"][:_SCORE_LINES]:
        parts = " ".join(f"{code}{value:.2f}" for code, value in firm["parts"].items())
        ctx.say(
            f"{firm['rank']:>5}  {firm['score']:6.2f}  {firm['name']}  {firm['credit_code']}  "
            f"[{parts}]  检查小区 {firm['compounds_inspected']}"
        )
    return 0


def _lists(ctx: CommandContext) -> int:
    lists = quarter_lists(ctx.store, Quarter.parse(ctx.args.quarter))
    if ctx.wants_json:
        ctx.emit_json(lists.as_dict())
        return 0
    if lists.freshness.stale:
        ctx.say(f"{lists.quarter} 待重新考评：{lists.freshness.reason}。")
    for title, entries in (("红榜", lists.red), ("黑榜", lists.black)):
        ctx.say(f"{lists.quarter} {title}（{len(entries)} 家）")
        for e in entries:
            score = "—" if e.score is None else f"{e.score:.2f}"
            mark = {"red_card": "（红牌）", "credit_grade": f"（信用等级{e.credit_grade}）"}.get(
                e.rule, ""
            )
            ctx.say(f"  {e.position:>3}. {e.name}  {e.credit_code}  {score}{mark}")
    ctx.say(f"牌（{len(lists.cards)} 张）")
    for c in lists.cards:
        ctx.say(f"  {CARD_COLOR_LABELS[c.color]}  {c.name}  {c.reason}")
    ctx.say(f"约谈（{len(lists.interviews)} 家）")
    for i in lists.interviews:
        ctx.say(f"  {i.name}  {i.score:.2f}  {i.status}")
    return 0


def _finalise(ctx: CommandContext) -> int:
    quarter = Quarter.parse(ctx.args.quarter)
    finalise_quarter(ctx.store, quarter)
    ctx.say(f"{quarter} 已定稿，考评结果已冻结。")
    return 0


def _reopen(ctx: CommandContext) -> int:
    quarter = Quarter.parse(ctx.args.quarter)
    reopen_quarter(ctx.store, quarter, ctx.args.reason)
    ctx.say(f"{quarter} 已重新开启（原因已记入审计记录），可以重新考评。")
    return 0


def _grade(ctx: CommandContext) -> int:
    if ctx.args.year is None:
        raise UserError("请用 --year 指明评定年度，如 hexie grade --year 2026。")
    summary = grade_year(ctx.store, ctx.args.year).value
    results = grading_results(ctx.store, ctx.args.year)
    if ctx.wants_json:
        ctx.emit_json(summary.as_dict() | results.as_dict())
        return 0
    for line in summary.lines():
        ctx.say(line)
    for c in results.communities:
        if c.rank is None and not c.disqualified:
            continue
        score = "—" if c.score is None else f"{c.score:.2f}"
        last = (c.last_grade or "不定级") if c.had_last_year else "—"
        notes = "、".join(
            label
            for flag, label in (
                (c.disqualified, "取消资格"),
                (c.criticised, "通报批评"),
                (c.recommended, "推荐上报"),
            )
            if flag
        )
        ctx.say(
            f"{c.rank or '—':>4}  {c.street}{c.community}  {score}  {c.grade or '不定级'}"
            f"  上年 {last}  {c.change_label}  {notes}".rstrip()
        )
    return 0


def _grade_finalise(ctx: CommandContext) -> int:
    finalise_year(ctx.store, ctx.args.grade_year)
    ctx.say(f"{ctx.args.grade_year} 年度和谐社区等级评定已定稿。")
    return 0


def _grade_reopen(ctx: CommandContext) -> int:
    reopen_year(ctx.store, ctx.args.grade_year, ctx.args.reason)
    ctx.say(f"{ctx.args.grade_year} 年度和谐社区等级评定已重新开启（原因已记入审计记录）。")
    return 0


def _hot_topics(ctx: CommandContext) -> int:
    day = parse_day(ctx.args.week)
    monday, next_monday = week_bounds(day)
    sunday = next_monday - dt.timedelta(days=1)
    topics = weekly_hot_topics(ctx.store, day)
    total = sum(t.count for t in topics)
    if ctx.wants_json:
        ctx.emit_json(
            {
                "week": {"from": monday.isoformat(), "to": sunday.isoformat()},
                "total": total,
                "topics": [
                    {"category": t.category, "count": t.count, "share": t.share} for t in topics
                ],
            }
        )
        return 0
    ctx.say(f"{monday.isoformat()} 至 {sunday.isoformat()} 投诉热点（共 {total} 件）")
    if not topics:
        ctx.say("  该周没有投诉工单。")
    for position, t in enumerate(topics, start=1):
        ctx.say(f"  {position:>3}. {t.category}  {t.count} 件  {t.share:.1%}")
    return 0
