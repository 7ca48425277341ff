# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'complaint_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.10.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QPlainTextEdit,
    QPushButton, QRadioButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_ComplaintDialog(object):
    def setupUi(self, ComplaintDialog):
        if not ComplaintDialog.objectName():
            ComplaintDialog.setObjectName(u"ComplaintDialog")
        ComplaintDialog.resize(820, 600)
        self.dialog_layout = QVBoxLayout(ComplaintDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.header_layout = QHBoxLayout()
        self.header_layout.setObjectName(u"header_layout")
        self.left_form = QFormLayout()
        self.left_form.setObjectName(u"left_form")
        self.ticket_label = QLabel(ComplaintDialog)
        self.ticket_label.setObjectName(u"ticket_label")

        self.left_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ticket_label)

        self.ticket_value_label = QLabel(ComplaintDialog)
        self.ticket_value_label.setObjectName(u"ticket_value_label")
        self.ticket_value_label.setWordWrap(True)
        self.ticket_value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.left_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.ticket_value_label)

        self.channel_label = QLabel(ComplaintDialog)
        self.channel_label.setObjectName(u"channel_label")

        self.left_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.channel_label)

        self.channel_value_label = QLabel(ComplaintDialog)
        self.channel_value_label.setObjectName(u"channel_value_label")
        self.channel_value_label.setWordWrap(True)
        self.channel_value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.left_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.channel_value_label)

        self.compound_label = QLabel(ComplaintDialog)
        self.compound_label.setObjectName(u"compound_label")

        self.left_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.compound_label)

        self.compound_value_label = QLabel(ComplaintDialog)
        self.compound_value_label.setObjectName(u"compound_value_label")
        self.compound_value_label.setWordWrap(True)
        self.compound_value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.left_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.compound_value_label)

        self.firm_label = QLabel(ComplaintDialog)
        self.firm_label.setObjectName(u"firm_label")

        self.left_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.firm_label)

        self.firm_value_label = QLabel(ComplaintDialog)
        self.firm_value_label.setObjectName(u"firm_value_label")
        self.firm_value_label.setWordWrap(True)
        self.firm_value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.left_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.firm_value_label)


        self.header_layout.addLayout(self.left_form)

        self.right_form = QFormLayout()
        self.right_form.setObjectName(u"right_form")
        self.category_label = QLabel(ComplaintDialog)
        self.category_label.setObjectName(u"category_label")

        self.right_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.category_label)

        self.category_value_label = QLabel(ComplaintDialog)
        self.category_value_label.setObjectName(u"category_value_label")
        self.category_value_label.setWordWrap(True)
        self.category_value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.right_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.category_value_label)

        self.received_label = QLabel(ComplaintDialog)
        self.received_label.setObjectName(u"received_label")

        self.right_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.received_label)

        self.received_value_label = QLabel(ComplaintDialog)
        self.received_value_label.setObjectName(u"received_value_label")
        self.received_value_label.setWordWrap(True)
        self.received_value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.right_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.received_value_label)

        self.due_label = QLabel(ComplaintDialog)
        self.due_label.setObjectName(u"due_label")

        self.right_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.due_label)

        self.due_value_label = QLabel(ComplaintDialog)
        self.due_value_label.setObjectName(u"due_value_label")
        self.due_value_label.setWordWrap(True)
        self.due_value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.right_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.due_value_label)

        self.state_label = QLabel(ComplaintDialog)
        self.state_label.setObjectName(u"state_label")

        self.right_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.state_label)

        self.state_value_label = QLabel(ComplaintDialog)
        self.state_value_label.setObjectName(u"state_value_label")
        self.state_value_label.setWordWrap(True)
        self.state_value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.right_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.state_value_label)


        self.header_layout.addLayout(self.right_form)


        self.dialog_layout.addLayout(self.header_layout)

        self.content_form = QFormLayout()
        self.content_form.setObjectName(u"content_form")
        self.content_label = QLabel(ComplaintDialog)
        self.content_label.setObjectName(u"content_label")

        self.content_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.content_label)

        self.content_value_label = QLabel(ComplaintDialog)
        self.content_value_label.setObjectName(u"content_value_label")
        self.content_value_label.setWordWrap(True)
        self.content_value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.content_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.content_value_label)

        self.caller_label = QLabel(ComplaintDialog)
        self.caller_label.setObjectName(u"caller_label")

        self.content_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.caller_label)

        self.caller_value_label = QLabel(ComplaintDialog)
        self.caller_value_label.setObjectName(u"caller_value_label")
        self.caller_value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.content_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.caller_value_label)


        self.dialog_layout.addLayout(self.content_form)

        self.rates_label = QLabel(ComplaintDialog)
        self.rates_label.setObjectName(u"rates_label")
        self.rates_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.rates_label)

        self.timeline_label = QLabel(ComplaintDialog)
        self.timeline_label.setObjectName(u"timeline_label")

        self.dialog_layout.addWidget(self.timeline_label)

        self.timeline_table = QTableView(ComplaintDialog)
        self.timeline_table.setObjectName(u"timeline_table")
        self.timeline_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timeline_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.timeline_table.setWordWrap(False)
        self.timeline_table.setTabKeyNavigation(False)
        self.timeline_table.horizontalHeader().setStretchLastSection(True)
        self.timeline_table.verticalHeader().setVisible(False)

        self.dialog_layout.addWidget(self.timeline_table)

        self.step_group = QGroupBox(ComplaintDialog)
        self.step_group.setObjectName(u"step_group")
        self.step_layout = QVBoxLayout(self.step_group)
        self.step_layout.setObjectName(u"step_layout")
        self.step_form = QFormLayout()
        self.step_form.setObjectName(u"step_form")
        self.note_label = QLabel(self.step_group)
        self.note_label.setObjectName(u"note_label")

        self.step_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_edit = QPlainTextEdit(self.step_group)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumSize(QSize(16777215, 64))

        self.step_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.note_edit)

        self.verdict_label = QLabel(self.step_group)
        self.verdict_label.setObjectName(u"verdict_label")

        self.step_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.verdict_label)

        self.verdict_layout = QHBoxLayout()
        self.verdict_layout.setObjectName(u"verdict_layout")
        self.satisfied_radio = QRadioButton(self.step_group)
        self.satisfied_radio.setObjectName(u"satisfied_radio")

        self.verdict_layout.addWidget(self.satisfied_radio)

        self.dissatisfied_radio = QRadioButton(self.step_group)
        self.dissatisfied_radio.setObjectName(u"dissatisfied_radio")

        self.verdict_layout.addWidget(self.dissatisfied_radio)

        self.resolved_check = QCheckBox(self.step_group)
        self.resolved_check.setObjectName(u"resolved_check")

        self.verdict_layout.addWidget(self.resolved_check)

        self.verdict_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.verdict_layout.addItem(self.verdict_spacer)


        self.step_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.verdict_layout)


        self.step_layout.addLayout(self.step_form)

        self.action_layout = QHBoxLayout()
        self.action_layout.setObjectName(u"action_layout")
        self.dispatch_button = QPushButton(self.step_group)
        self.dispatch_button.setObjectName(u"dispatch_button")
        self.dispatch_button.setAutoDefault(False)

        self.action_layout.addWidget(self.dispatch_button)

        self.handle_button = QPushButton(self.step_group)
        self.handle_button.setObjectName(u"handle_button")
        self.handle_button.setAutoDefault(False)

        self.action_layout.addWidget(self.handle_button)

        self.reply_button = QPushButton(self.step_group)
        self.reply_button.setObjectName(u"reply_button")
        self.reply_button.setAutoDefault(False)

        self.action_layout.addWidget(self.reply_button)

        self.visit_button = QPushButton(self.step_group)
        self.visit_button.setObjectName(u"visit_button")
        self.visit_button.setAutoDefault(False)

        self.action_layout.addWidget(self.visit_button)

        self.close_ticket_button = QPushButton(self.step_group)
        self.close_ticket_button.setObjectName(u"close_ticket_button")
        self.close_ticket_button.setAutoDefault(False)

        self.action_layout.addWidget(self.close_ticket_button)

        self.redo_button = QPushButton(self.step_group)
        self.redo_button.setObjectName(u"redo_button")
        self.redo_button.setAutoDefault(False)

        self.action_layout.addWidget(self.redo_button)

        self.reject_button = QPushButton(self.step_group)
        self.reject_button.setObjectName(u"reject_button")
        self.reject_button.setAutoDefault(False)

        self.action_layout.addWidget(self.reject_button)

        self.action_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.action_layout.addItem(self.action_spacer)


        self.step_layout.addLayout(self.action_layout)


        self.dialog_layout.addWidget(self.step_group)

        self.message_label = QLabel(ComplaintDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(u"color: #b00020;")

        self.dialog_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(ComplaintDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialog_layout.addWidget(self.button_box)

        self.dialog_layout.setStretch(4, 1)
#if QT_CONFIG(shortcut)
        self.timeline_label.setBuddy(self.timeline_table)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.note_edit, self.satisfied_radio)
        QWidget.setTabOrder(self.satisfied_radio, self.dissatisfied_radio)
        QWidget.setTabOrder(self.dissatisfied_radio, self.resolved_check)
        QWidget.setTabOrder(self.resolved_check, self.dispatch_button)
        QWidget.setTabOrder(self.dispatch_button, self.handle_button)
        QWidget.setTabOrder(self.handle_button, self.reply_button)
        QWidget.setTabOrder(self.reply_button, self.visit_button)
        QWidget.setTabOrder(self.visit_button, self.close_ticket_button)
        QWidget.setTabOrder(self.close_ticket_button, self.redo_button)
        QWidget.setTabOrder(self.redo_button, self.reject_button)
        QWidget.setTabOrder(self.reject_button, self.timeline_table)

        self.retranslateUi(ComplaintDialog)

        QMetaObject.connectSlotsByName(ComplaintDialog)
    # setupUi

    def retranslateUi(self, ComplaintDialog):
        ComplaintDialog.setWindowTitle(QCoreApplication.translate("ComplaintDialog", u"Complaint Ticket", None))
        self.ticket_label.setText(QCoreApplication.translate("ComplaintDialog", u"Ticket:", None))
        self.channel_label.setText(QCoreApplication.translate("ComplaintDialog", u"Source:", None))
        self.compound_label.setText(QCoreApplication.translate("ComplaintDialog", u"Compound:", None))
        self.firm_label.setText(QCoreApplication.translate("ComplaintDialog", u"Firm:", None))
        self.category_label.setText(QCoreApplication.translate("ComplaintDialog", u"Category:", None))
        self.received_label.setText(QCoreApplication.translate("ComplaintDialog", u"Received:", None))
        self.due_label.setText(QCoreApplication.translate("ComplaintDialog", u"Due:", None))
        self.state_label.setText(QCoreApplication.translate("ComplaintDialog", u"State:", None))
        self.content_label.setText(QCoreApplication.translate("ComplaintDialog", u"Content:", None))
        self.caller_label.setText(QCoreApplication.translate("ComplaintDialog", u"Caller:", None))
        self.timeline_label.setText(QCoreApplication.translate("ComplaintDialog", u"Ti&meline:", None))
        self.step_group.setTitle(QCoreApplication.translate("ComplaintDialog", u"Next step", None))
        self.note_label.setText(QCoreApplication.translate("ComplaintDialog", u"No&te:", None))
        self.verdict_label.setText(QCoreApplication.translate("ComplaintDialog", u"Resident:", None))
        self.satisfied_radio.setText(QCoreApplication.translate("ComplaintDialog", u"&Satisfied", None))
        self.dissatisfied_radio.setText(QCoreApplication.translate("ComplaintDialog", u"&Not satisfied", None))
        self.resolved_check.setText(QCoreApplication.translate("ComplaintDialog", u"Matter reso&lved", None))
        self.dispatch_button.setText(QCoreApplication.translate("ComplaintDialog", u"&Dispatch", None))
        self.handle_button.setText(QCoreApplication.translate("ComplaintDialog", u"&Handle", None))
        self.reply_button.setText(QCoreApplication.translate("ComplaintDialog", u"&Reply", None))
        self.visit_button.setText(QCoreApplication.translate("ComplaintDialog", u"Record &Visit", None))
        self.close_ticket_button.setText(QCoreApplication.translate("ComplaintDialog", u"Clos&e Ticket", None))
        self.redo_button.setText(QCoreApplication.translate("ComplaintDialog", u"Red&o", None))
        self.reject_button.setText(QCoreApplication.translate("ComplaintDialog", u"Re&ject", None))
    # retranslateUi

