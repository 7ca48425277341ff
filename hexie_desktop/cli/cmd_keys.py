"""`hexie keys export|enrol|revoke|list|protect`: the registry of trusted keys, and this
installation's own private key sealed with a passphrase."""

import argparse
from pathlib import Path

from hexie_desktop.cli.context import CommandContext
from hexie_desktop.cli.passphrase import new_passphrase
from hexie_desktop.domain.bureau_time import format_time
from hexie_desktop.domain.roles import Role
from hexie_desktop.services.trust.keys import (
    enrol_key,
    export_key_card,
    list_keys,
    revoke_key,
    role_label,
)
from hexie_desktop.services.trust.passphrase import protect_key

_STATUS = {"own": "本机", "trusted": "已登记", "revoked": "已撤销"}


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    keys = commands.add_parser("keys", help="密钥卡：导出、登记、撤销、列出")
    actions = keys.add_subparsers(dest="keys_command", required=True, metavar="操作")
    export = actions.add_parser("export", help="导出本机公钥卡，交给工作人员登记")
    export.add_argument("--out", type=Path, required=True, help="文件或目录")
    export.set_defaults(func=_export)
    enrol = actions.add_parser(
        "enrol", help="登记密钥卡（工作人员）：角色由登记人决定，不采信卡上声称的角色"
    )
    enrol.add_argument("file", type=Path)
    enrol.add_argument(
        "--role",
        choices=[r.value for r in Role],
        default=Role.INSPECTOR.value,
        help="登记的角色，默认 inspector（考评员）",
    )
    enrol.add_argument(
        "--confirm-clerk",
        action="store_true",
        help="确认对方确是本局工作人员（--role clerk 时必须）",
    )
    enrol.set_defaults(func=_enrol)
    revoke = actions.add_parser("revoke", help="撤销已登记的密钥")
    revoke.add_argument("fingerprint")
    revoke.add_argument("--reason", default="", help="撤销原因")
    revoke.set_defaults(func=_revoke)
    listing = actions.add_parser("list", help="列出本机密钥和已登记的密钥")
    listing.add_argument("--json", action="store_true", help="以 JSON 输出")
    listing.set_defaults(func=_list)
    protect = actions.add_parser(
        "protect",
        help="给本机私钥设置或更改口令（每次会话只问一次；口令来自终端输入或 HEXIE_NEW_PASSPHRASE）",
    )
    protect.add_argument(
        "--remove", action="store_true", help="取消口令（考评政策要求口令时不允许）"
    )
    protect.set_defaults(func=_protect)


def _protect(ctx: CommandContext) -> int:
    if ctx.args.remove:
        protect_key(ctx.store, None)
        ctx.say("已取消本机私钥的口令。")
        return 0
    protect_key(ctx.store, new_passphrase())
    ctx.say(
        "本机私钥已用口令保护：此后每次会话第一次签名或解密时询问口令。请牢记口令，遗失无法找回。"
    )
    return 0


def _export(ctx: CommandContext) -> int:
    path = export_key_card(ctx.store, ctx.args.out)
    ctx.say(f"已导出密钥卡：{path}")
    return 0


def _enrol(ctx: CommandContext) -> int:
    enrolment = enrol_key(
        ctx.store, ctx.args.file, Role(ctx.args.role), confirm_clerk=ctx.args.confirm_clerk
    ).value
    key, sm2 = enrolment.key, enrolment.sm2_key
    if enrolment.encryption_added or enrolment.sm2_added:
        if enrolment.encryption_added:
            ctx.say(f"已为 {key.name} 补登加密公钥：此后加密的主数据包该考评员也能解开。")
        if sm2 is not None:
            ctx.say(f"已为 {key.name} 补登国密 SM2 密钥：此后其国密数据包可以合并。")
            ctx.say(f"国密 SM2 指纹：{sm2.fingerprint}")
        ctx.say(f"Ed25519 指纹：{key.fingerprint}")
        return 0
    ctx.say(f"已登记 {key.name}（{role_label(key.role)}，设备 {key.installation_id}）")
    if enrolment.claim_ignored:
        ctx.say(
            f"注意：密钥卡声称的角色是“{role_label(enrolment.claimed_role)}”，未被采信；"
            f"该密钥按“{role_label(key.role)}”登记。"
        )
    if not key.can_encrypt:
        ctx.say(
            "注意：这张密钥卡没有加密公钥（旧版本导出），加密的数据包发不到该设备；请对方升级后重新导出密钥卡再登记一次。"
        )
    ctx.say(f"Ed25519 指纹：{key.fingerprint}")
    if sm2 is not None:
        ctx.say(f"国密 SM2 指纹：{sm2.fingerprint}")
    else:
        ctx.say(
            "注意：这张密钥卡没有国密 SM2 密钥（旧版本导出）；考评政策改用国密算法前，请对方升级后重新导出密钥卡再登记一次。"
        )
    return 0


def _revoke(ctx: CommandContext) -> int:
    key = revoke_key(ctx.store, ctx.args.fingerprint, ctx.args.reason).value
    ctx.say(
        f"已撤销 {key.name} 的{key.suite_label}密钥 {key.fingerprint}，连同该设备的其他密钥；"
        "此后这些密钥签名的数据包将被拒绝。"
    )
    return 0


def _list(ctx: CommandContext) -> int:
    keys = list_keys(ctx.store)
    if ctx.wants_json:
        ctx.emit_json({"keys": [k.as_dict() for k in keys]})
        return 0
    for key in keys:
        bound = "角色" if key.own else "登记角色"
        ctx.say(
            f"{_STATUS[key.status]}  {key.suite_label}  {key.fingerprint}  {key.name}（{bound}：{role_label(key.role)}）设备 {key.installation_id}"
            + (f"  登记于 {format_time(key.enrolled_at)}" if key.enrolled_at else "")
            + ("" if key.can_encrypt else "  无加密公钥")
        )
    return 0
