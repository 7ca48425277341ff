"""Names for demo data that a bureau clerk would take for real ones.

Pure generators over a `random.Random`, so that one seed always gives the same people, places and
firms. The pools follow common usage in Guangdong: the most frequent surnames weighted by how common
they are, street and road names of the kind Shenzhen uses, compound names built the way developers
name them (a pleasant word, a kind of estate, sometimes a phase).
"""

import random
from collections.abc import Callable

from hexie_desktop.domain.credit_code import ALPHABET, check_character

CITY = "深圳市"
CITY_REGION = "440300"
AREA_CODE = "0755"

# (name, administrative division code): the city's districts, in the order demo data uses them.
DISTRICTS: tuple[tuple[str, str], ...] = (
    ("罗湖区", "440303"),
    ("福田区", "440304"),
    ("南山区", "440305"),
    ("宝安区", "440306"),
    ("龙岗区", "440307"),
    ("龙华区", "440309"),
    ("盐田区", "440308"),
    ("坪山区", "440310"),
    ("光明区", "440311"),
)

# Firms registered elsewhere that serve compounds here: national chains' subsidiaries.
OUTSIDE_REGIONS: tuple[tuple[str, str], ...] = (
    ("广州市", "440106"),
    ("北京市", "110105"),
    ("上海市", "310115"),
    ("东莞市", "441900"),
    ("佛山市", "440604"),
)

_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔"
)
_SURNAME_WEIGHTS = tuple(1.0 / (1 + i * 0.12) for i in range(len(_SURNAMES)))
_GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲建国文辉春梅志宏海波鹏飞晓东雪慧"
    "婷俊峰琳鑫宇浩然子轩欣怡梓涵思远嘉豪佳琪晨阳少锋永康丹凤淑贞国庆立新振华德胜金凤秋菊冬梅卫东"
)

_STREET_NAMES = tuple(
    "东门 南湖 桂园 黄贝 翠竹 笋岗 清水河 莲塘 东晓 东湖 园岭 南园 沙头 香蜜湖 梅林 "
    "莲花 华富 福保 华强北 南头 沙河 蛇口 招商 粤海 桃源 西丽 新安 西乡 航城 福永 "
    "沙井 松岗 石岩 龙城 布吉 坂田 南湾 横岗 平湖 坪地 宝龙 观澜 大浪 民治 福城 观湖 "
    "沙头角 海山 梅沙 马峦 碧岭 石井 龙田 坑梓 公明 新湖 凤凰 玉塘 马田 葵涌 南澳 "
    "吉华 园山 新桥 燕罗 福海 大鹏 凤岗 清湖 银湖".split()
)
_PLACE_FIRST = "东西南北新金银翠碧松竹桂莲荔梅兰青红白黄龙凤华明安康福泰和丰瑞祥嘉锦富宝文"
_PLACE_SECOND = "湖岭园岗湾塘田坑围岭山林苑城村亭溪桥洲坪坳沙湾口坝源庄景园苑岸冈"
_ROAD_STEMS = tuple(
    "深南 宝安 人民 建设 解放 东门 新园 文锦 爱国 太宁 布心 田贝 湖贝 红岭 华丽 宝岗 "
    "泥岗 笋岗 黄贝 罗芳 北环 滨河 香梅 景田 农园 侨香 沙河 南海 创业 工业 前进 新安 "
    "龙华 民治 梅龙 布龙 龙岗 龙翔 深惠 盐田 坪山 光明 公园 华侨城 科技 学府 海德 "
    "登良 桂庙 月亮湾".split()
)
_ROAD_KINDS = tuple("路 路 路 东路 西路 南路 北路 大道 街 二路".split())

_ESTATE_WORDS = tuple(
    "锦绣 翠湖 金色 阳光 碧水 华庭 东方 御景 海景 荔景 桂花 紫荆 丽晶 星河 世纪 鸿福 "
    "德润 嘉华 怡景 万象 滨江 半岛 书香 雅园 馨园 泰和 瑞丰 金地 银湖 名仕 中海 富苑 "
    "祥和 康乐 新世界 城市 水榭 春天 蔚蓝 香榭 君悦 天悦 翡翠 鹏程 华府 龙珠 凯旋 "
    "花样年 百合 幸福 枫叶 绿景 美庐 清华 聚豪 海滨 宏发 兆富 荟景 金海".split()
)
_ESTATE_KINDS = tuple(
    "花园 花园 苑 苑 小区 家园 雅居 山庄 公馆 名苑 新村 华庭 大厦 广场 城 湾 府 居 "
    "豪庭 新城".split()
)
_PHASES = ("一期", "二期", "三期", "A区", "B区")
_OLD_ESTATES = ("宿舍", "职工宿舍", "住宅楼", "统建楼", "旧村")
_OLD_OWNERS = tuple("供电局 粮食局 水务 纺织厂 电子厂 运输公司 二轻局 建工 物资局 邮电".split())
_BUILDINGS = ("大厦", "商务中心", "广场", "中心", "国际大厦", "科技园")

_BRANDS = tuple(
    "万家 鹏城 华信 佳和 安居 城建 联合 恒信 家和 邻里 悦居 和顺 嘉诚 宏泰 鑫源 瑞祥 "
    "德信 东城 华茂 永安 信和 富华 泰然 海城 美家 宜居 乐邦 惠民 安泰 润华 明辉 广安 "
    "广信 盛世 南粤 粤华 金碧 同创 博雅 景盛 怡和 康诚 正和 宏远 龙城 宝城 恒丰 旭日 "
    "百悦 乐家".split()
)
_FIRM_KINDS = tuple(
    "物业服务有限公司 物业管理有限公司 物业服务有限公司 物业管理有限公司 "
    "物业管理服务有限公司 物业发展有限公司 城市服务有限公司 物业服务股份有限公司 "
    "物业管理有限责任公司 智慧物业服务有限公司".split()
)
_FALLBACK_STEMS = ("城市建设", "住房保障", "国有资产经营", "城市更新", "安居", "城投")

_MOBILE_PREFIXES = tuple(
    "135 136 137 138 139 150 151 152 158 159 186 187 188 130 131 132 155 156 185 133 "
    "153 180 189".split()
)


def person_name(rng: random.Random) -> str:
    surname = rng.choices(_SURNAMES, weights=_SURNAME_WEIGHTS)[0]
    length = 1 if rng.random() < 0.35 else 2
    return surname + "".join(rng.choice(_GIVEN) for _ in range(length))


def mobile_phone(rng: random.Random) -> str:
    return rng.choice(_MOBILE_PREFIXES) + f"{rng.randrange(10**8):08d}"


def landline_phone(rng: random.Random) -> str:
    return f"{AREA_CODE}-{rng.choice('28')}{rng.randrange(10**7):07d}"


def _unique(make: Callable[[], str], used: set[str]) -> str:
    """Draw until unseen; after many collisions a numeral keeps very large runs finite."""
    for _ in range(50):
        name = make()
        if name not in used:
            used.add(name)
            return name
    base = make()
    number = 2
    while f"{base}{number}" in used:
        number += 1
    used.add(f"{base}{number}")
    return f"{base}{number}"


def _place(rng: random.Random) -> Callable[[], str]:
    return lambda: rng.choice(_PLACE_FIRST) + rng.choice(_PLACE_SECOND)


def street_names(rng: random.Random, count: int) -> list[str]:
    """`count` distinct street (街道) names: known ones first, then coined ones of the same shape."""
    known = list(_STREET_NAMES)
    rng.shuffle(known)
    names = known[:count]
    used = set(names)
    while len(names) < count:
        names.append(_unique(_place(rng), used))
    return [n + ("镇" if rng.random() < 0.06 else "街道") for n in names]


def community_name(rng: random.Random, used: set[str]) -> str:
    return _unique(_place(rng), used) + "社区"


def road_name(rng: random.Random) -> str:
    return rng.choice(_ROAD_STEMS) + rng.choice(_ROAD_KINDS)


def compound_name(rng: random.Random, used: set[str]) -> str:
    """A commercial estate's name: 锦绣花园, 翠湖苑二期, 星河名苑."""

    def make() -> str:
        name = rng.choice(_ESTATE_WORDS) + rng.choice(_ESTATE_KINDS)
        if rng.random() < 0.18:
            name += rng.choice(_PHASES)
        return name

    return _unique(make, used)


def old_compound_name(rng: random.Random, used: set[str], road: str) -> str:
    """An old work-unit or village estate of the kind with no owners' committee or firm (三无小区)."""

    def make() -> str:
        if rng.random() < 0.5:
            return rng.choice(_OLD_OWNERS) + rng.choice(_OLD_ESTATES)
        return f"{road}{rng.randint(1, 300)}号{rng.choice(_OLD_ESTATES)}"

    return _unique(make, used)


def firm_name(rng: random.Random, city: str, used: set[str], district: str = "") -> str:
    """A firm's registered name: 深圳市万家物业服务有限公司, 深圳市福田区华信物业管理有限公司."""

    def make() -> str:
        middle = district if district and rng.random() < 0.25 else ""
        brand = rng.choice(_BRANDS)
        if rng.random() < 0.3:
            brand += rng.choice(_BRANDS)
        return f"{city}{middle}{brand}{rng.choice(_FIRM_KINDS)}"

    return _unique(make, used)


def fallback_firm_name(rng: random.Random, district: str, used: set[str]) -> str:
    """A district's state-owned firm, the one that takes compounds no market firm will serve."""
    return _unique(
        lambda: f"{CITY}{district}{rng.choice(_FALLBACK_STEMS)}物业管理有限公司",
        used,
    )


def office_address(rng: random.Random, district: str) -> str:
    return (
        f"{district}{road_name(rng)}{rng.randint(1, 3000)}号"
        f"{rng.choice(_ESTATE_WORDS)}{rng.choice(_BUILDINGS)}{rng.randint(2, 32)}楼"
    )


_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def _org_code_check(body: str) -> str:
    """GB 11714's check character over the eight-character body of an organisation code."""
    total = sum(int(ch, 36) * w for ch, w in zip(body, _ORG_WEIGHTS, strict=True))
    value = 11 - total % 11
    return {10: "X", 11: "0"}.get(value, str(value))


def credit_code(rng: random.Random, region: str, used: set[str]) -> str:
    """A valid, unused unified social credit code for a company registered in `region`.

    `9` (market regulator) and `1` (enterprise), the six-digit division code, then a nine-character
    organisation code: registrations since 2015 look like `MA5…`, older ones are all digits.
    """
    while True:
        if rng.random() < 0.6:
            body = "MA5" + "".join(rng.choice(ALPHABET) for _ in range(5))
        else:
            body = f"{rng.randrange(10**8):08d}"
        org = body + _org_code_check(body)
        if any(ch not in ALPHABET for ch in org):
            continue
        first17 = f"91{region}{org}"
        code = first17 + check_character(first17)
        if code not in used:
            used.add(code)
            return code
