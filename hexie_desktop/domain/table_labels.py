"""What each synced table is called in the bureau's words, for every message that names one.

People never read a table's code name (`indicatorscore`); the review queue, merge and demo
summaries, the audit verifier and bundle refusals all name tables from here.
"""

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
    "card": "黄红牌",
    "creditentry": "信用档案记录",
    "interview": "约谈",
    "gradingsheet": "社区等级评分表",
    "communityincident": "社区事件",
    "quarterstatus": "季度状态",
}


def table_label(name: str) -> str:
    """The Chinese name of table `name`; the code name itself only for a table not listed."""
    return TABLE_LABELS.get(name, name)
