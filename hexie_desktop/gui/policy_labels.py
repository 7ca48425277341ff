"""What each policy number is called in the window, by its key in the policy document."""

from PySide6.QtCore import QCoreApplication

from hexie_desktop.gui.labels import QT_TRANSLATE_NOOP

CONTEXT = "PolicyLabels"

SECTIONS = {
    "scoring": QT_TRANSLATE_NOOP("PolicyLabels", "Scoring"),
    "lists": QT_TRANSLATE_NOOP("PolicyLabels", "Red and black lists"),
    "satisfaction": QT_TRANSLATE_NOOP("PolicyLabels", "Owner satisfaction"),
    "cards": QT_TRANSLATE_NOOP("PolicyLabels", "Cards"),
    "interviews": QT_TRANSLATE_NOOP("PolicyLabels", "Interviews"),
    "credit": QT_TRANSLATE_NOOP("PolicyLabels", "Credit file"),
    "warning": QT_TRANSLATE_NOOP("PolicyLabels", "Early warning"),
    "complaints": QT_TRANSLATE_NOOP("PolicyLabels", "Complaints"),
    "grading": QT_TRANSLATE_NOOP("PolicyLabels", "Community grading"),
    "bundles": QT_TRANSLATE_NOOP("PolicyLabels", "Bundles and keys"),
    "personal_data": QT_TRANSLATE_NOOP("PolicyLabels", "Personal information"),
}

FIELDS = {
    "scoring.combine_inspections": QT_TRANSLATE_NOOP(
        "PolicyLabels", "Several inspections of a compound"
    ),
    "scoring.weighting": QT_TRANSLATE_NOOP("PolicyLabels", "Compounds weighted by"),
    "scoring.incomplete_sheet": QT_TRANSLATE_NOOP("PolicyLabels", "Incomplete sheet"),
    "scoring.min_scored_fraction": QT_TRANSLATE_NOOP(
        "PolicyLabels", "Least share of indicators scored"
    ),
    "scoring.blank_households": QT_TRANSLATE_NOOP(
        "PolicyLabels", "A compound with no household count weighs"
    ),
    "lists.metric": QT_TRANSLATE_NOOP("PolicyLabels", "Lists ranked by"),
    "lists.size_by": QT_TRANSLATE_NOOP("PolicyLabels", "The size of each list is"),
    "lists.red_share": QT_TRANSLATE_NOOP(
        "PolicyLabels", "Share of the firms evaluated on the red list"
    ),
    "lists.black_share": QT_TRANSLATE_NOOP(
        "PolicyLabels", "Share of the firms evaluated on the black list"
    ),
    "lists.red_min_credit_grade": QT_TRANSLATE_NOOP(
        "PolicyLabels", "Only firms with at least this credit grade reach the red list"
    ),
    "lists.black_credit_grades": QT_TRANSLATE_NOOP(
        "PolicyLabels", "These credit grades put a firm on the black list whatever its score"
    ),
    "lists.red_count": QT_TRANSLATE_NOOP("PolicyLabels", "Firms on the red list"),
    "lists.black_count": QT_TRANSLATE_NOOP("PolicyLabels", "Firms on the black list"),
    "lists.red_min_score": QT_TRANSLATE_NOOP("PolicyLabels", "Red list: lowest score"),
    "lists.black_max_score": QT_TRANSLATE_NOOP("PolicyLabels", "Black list: highest score"),
    "lists.min_compounds_inspected": QT_TRANSLATE_NOOP(
        "PolicyLabels", "Least compounds inspected to be listed"
    ),
    "satisfaction.weights.very_satisfied": QT_TRANSLATE_NOOP(
        "PolicyLabels", "Points for “very satisfied”"
    ),
    "satisfaction.weights.satisfied": QT_TRANSLATE_NOOP("PolicyLabels", "Points for “satisfied”"),
    "satisfaction.weights.neutral": QT_TRANSLATE_NOOP("PolicyLabels", "Points for “neutral”"),
    "satisfaction.weights.dissatisfied": QT_TRANSLATE_NOOP(
        "PolicyLabels", "Points for “dissatisfied”"
    ),
    "satisfaction.weights.very_dissatisfied": QT_TRANSLATE_NOOP(
        "PolicyLabels", "Points for “very dissatisfied”"
    ),
    "cards.yellow_deduction": QT_TRANSLATE_NOOP("PolicyLabels", "Yellow card deduction"),
    "cards.red_deduction": QT_TRANSLATE_NOOP("PolicyLabels", "Red card deduction"),
    "cards.auto_yellow_below": QT_TRANSLATE_NOOP(
        "PolicyLabels", "Automatic yellow card below score"
    ),
    "cards.auto_deductions": QT_TRANSLATE_NOOP("PolicyLabels", "Deductions of automatic cards"),
    "interviews.threshold": QT_TRANSLATE_NOOP("PolicyLabels", "Interview below score"),
    "interviews.rectification_days": QT_TRANSLATE_NOOP("PolicyLabels", "Days to rectify"),
    "interviews.max_count": QT_TRANSLATE_NOOP("PolicyLabels", "Most interviews per quarter"),
    "credit.expiry_days": QT_TRANSLATE_NOOP("PolicyLabels", "Days an entry counts"),
    "credit.grades": QT_TRANSLATE_NOOP("PolicyLabels", "Credit grades (grade and lowest score)"),
    "credit.lowest_grade": QT_TRANSLATE_NOOP("PolicyLabels", "Grade below all of them"),
    "credit.base_without_score": QT_TRANSLATE_NOOP(
        "PolicyLabels", "Base points of a firm without a score"
    ),
    "warning.drop": QT_TRANSLATE_NOOP("PolicyLabels", "Warn after a drop of"),
    "warning.floor": QT_TRANSLATE_NOOP("PolicyLabels", "Warn when heading below"),
    "complaints.redo_escalation": QT_TRANSLATE_NOOP(
        "PolicyLabels", "Escalate a ticket redone this often"
    ),
    "complaints.part": QT_TRANSLATE_NOOP("PolicyLabels", "Standard part fed by tickets"),
    "complaints.weights.acceptance": QT_TRANSLATE_NOOP("PolicyLabels", "Weight: acceptance rate"),
    "complaints.weights.resolution": QT_TRANSLATE_NOOP("PolicyLabels", "Weight: resolution rate"),
    "complaints.weights.on_time": QT_TRANSLATE_NOOP("PolicyLabels", "Weight: on-time rate"),
    "complaints.weights.satisfaction": QT_TRANSLATE_NOOP(
        "PolicyLabels", "Weight: satisfaction rate"
    ),
    "complaints.redo_penalty": QT_TRANSLATE_NOOP("PolicyLabels", "Penalty per redo rate"),
    "complaints.no_ticket_fraction": QT_TRANSLATE_NOOP(
        "PolicyLabels", "Share of the part without tickets"
    ),
    "grading.quotas": QT_TRANSLATE_NOOP("PolicyLabels", "Grade quotas (grade and share)"),
    "grading.min_score": QT_TRANSLATE_NOOP("PolicyLabels", "Public criticism below score"),
    "grading.eligible_after_years": QT_TRANSLATE_NOOP(
        "PolicyLabels", "Years after the first election"
    ),
    "grading.source_weights.district": QT_TRANSLATE_NOOP(
        "PolicyLabels", "Weight: district on-site check"
    ),
    "grading.source_weights.third_party": QT_TRANSLATE_NOOP(
        "PolicyLabels", "Weight: third-party monitoring"
    ),
    "grading.source_weights.street": QT_TRANSLATE_NOOP(
        "PolicyLabels", "Weight: street cross-check"
    ),
    "grading.recommend_grades": QT_TRANSLATE_NOOP("PolicyLabels", "Grades recommended upward"),
    "bundles.encryption": QT_TRANSLATE_NOOP("PolicyLabels", "Inspectors' bundles"),
    "bundles.master_data": QT_TRANSLATE_NOOP("PolicyLabels", "Master bundles for inspectors"),
    "bundles.private_key": QT_TRANSLATE_NOOP("PolicyLabels", "Each installation's private key"),
    "bundles.suite": QT_TRANSLATE_NOOP("PolicyLabels", "Algorithms bundles are exported with"),
    "bundles.other_suite": QT_TRANSLATE_NOOP("PolicyLabels", "Bundles in the other algorithms"),
    "personal_data.retention_months": QT_TRANSLATE_NOOP(
        "PolicyLabels", "Months a closed ticket keeps its caller"
    ),
}

CHOICES = {
    "mean": QT_TRANSLATE_NOOP("PolicyLabels", "Mean of the inspections"),
    "latest": QT_TRANSLATE_NOOP("PolicyLabels", "Latest inspection"),
    "min": QT_TRANSLATE_NOOP("PolicyLabels", "Lowest inspection"),
    "households": QT_TRANSLATE_NOOP("PolicyLabels", "Households"),
    "equal": QT_TRANSLATE_NOOP("PolicyLabels", "Equally"),
    "scale_to_scored": QT_TRANSLATE_NOOP("PolicyLabels", "Scale up to the indicators scored"),
    "exclude": QT_TRANSLATE_NOOP("PolicyLabels", "Leave the sheet out"),
    "composite": QT_TRANSLATE_NOOP("PolicyLabels", "Composite score"),
    "satisfaction": QT_TRANSLATE_NOOP("PolicyLabels", "Owner satisfaction"),
    "count": QT_TRANSLATE_NOOP("PolicyLabels", "A fixed number of firms"),
    "share": QT_TRANSLATE_NOOP("PolicyLabels", "A share of the firms evaluated"),
    "median": QT_TRANSLATE_NOOP(
        "PolicyLabels", "As much as the firm's median compound of the quarter"
    ),
    "one_household": QT_TRANSLATE_NOOP("PolicyLabels", "As one household"),
    "left_out": QT_TRANSLATE_NOOP(
        "PolicyLabels", "Nothing: it is left out of the score and of the compounds inspected"
    ),
    "credit_file": QT_TRANSLATE_NOOP(
        "PolicyLabels", "Go into the credit file only, not the quarter's score"
    ),
    "quarter_score": QT_TRANSLATE_NOOP(
        "PolicyLabels", "Also lower the score of the quarter they were issued for"
    ),
    "required": QT_TRANSLATE_NOOP(
        "PolicyLabels", "Must be encrypted to the bureau: plain ones are refused"
    ),
    "optional": QT_TRANSLATE_NOOP(
        "PolicyLabels",
        "Encrypted once the inspector knows the bureau's key; plain ones still accepted (while "
        "the fleet upgrades)",
    ),
    "encrypted": QT_TRANSLATE_NOOP(
        "PolicyLabels", "Encrypted to the enrolled inspectors (they name people)"
    ),
    "public": QT_TRANSLATE_NOOP("PolicyLabels", "Plain: master data is public"),
    "passphrase": QT_TRANSLATE_NOOP(
        "PolicyLabels", "Must be sealed with a passphrase before anything is exported"
    ),
    "unprotected_allowed": QT_TRANSLATE_NOOP("PolicyLabels", "May be kept without a passphrase"),
    "ed25519-x25519-chacha20poly1305": QT_TRANSLATE_NOOP(
        "PolicyLabels", "Ed25519, X25519, ChaCha20-Poly1305 (international)"
    ),
    "sm2-sm3-sm4gcm": QT_TRANSLATE_NOOP(
        "PolicyLabels", "SM2, SM3, SM4-GCM (national commercial cryptography)"
    ),
    "accepted": QT_TRANSLATE_NOOP(
        "PolicyLabels", "Still merged from trusted keys (while the fleet switches)"
    ),
    "refused": QT_TRANSLATE_NOOP("PolicyLabels", "Refused"),
}


def section_title(key: str) -> str:
    return QCoreApplication.translate(CONTEXT, SECTIONS[key])


def policy_field_label(key: str) -> str:
    return QCoreApplication.translate(CONTEXT, FIELDS[key])


def choice_label(value: str) -> str:
    return QCoreApplication.translate(CONTEXT, CHOICES[value])
