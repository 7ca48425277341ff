"""Who may do what, and the named roles the rules refer to."""

from enum import StrEnum


class Role(StrEnum):
    INSPECTOR = "inspector"
    CLERK = "clerk"


ROLE_LABELS = {Role.INSPECTOR: "考评员", Role.CLERK: "工作人员"}

TEAM_ROLES = (
    "service_head",
    "street_liaison",
    "police_officer",
    "legal_adviser",
    "property_manager",
    "resident_representative",
)
TEAM_ROLE_LABELS = dict(
    zip(
        TEAM_ROLES,
        ("服务长", "街道联系长", "社区民警", "法律顾问", "物业经理", "居民代表"),
        strict=True,
    )
)
