# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'interview_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDateTimeEdit,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QRadioButton, QSizePolicy, QSpacerItem,
    QStackedWidget, QVBoxLayout, QWidget)

class Ui_InterviewDialog(object):
    def setupUi(self, InterviewDialog):
        if not InterviewDialog.objectName():
            InterviewDialog.setObjectName(u"InterviewDialog")
        InterviewDialog.resize(600, 420)
        self.dialog_layout = QVBoxLayout(InterviewDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.header_label = QLabel(InterviewDialog)
        self.header_label.setObjectName(u"header_label")
        self.header_label.setStyleSheet(u"font-weight: bold;")
        self.header_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.header_label)

        self.record_label = QLabel(InterviewDialog)
        self.record_label.setObjectName(u"record_label")
        self.record_label.setWordWrap(True)
        self.record_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.record_label)

        self.step_group = QGroupBox(InterviewDialog)
        self.step_group.setObjectName(u"step_group")
        self.step_layout = QVBoxLayout(self.step_group)
        self.step_layout.setObjectName(u"step_layout")
        self.step_stack = QStackedWidget(self.step_group)
        self.step_stack.setObjectName(u"step_stack")
        self.schedule_page = QWidget()
        self.schedule_page.setObjectName(u"schedule_page")
        self.schedule_page_layout = QFormLayout(self.schedule_page)
        self.schedule_page_layout.setObjectName(u"schedule_page_layout")
        self.schedule_time_label = QLabel(self.schedule_page)
        self.schedule_time_label.setObjectName(u"schedule_time_label")

        self.schedule_page_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.schedule_time_label)

        self.schedule_time_edit = QDateTimeEdit(self.schedule_page)
        self.schedule_time_edit.setObjectName(u"schedule_time_edit")
        self.schedule_time_edit.setCalendarPopup(True)
        self.schedule_time_edit.setDisplayFormat(u"yyyy-MM-dd HH:mm")

        self.schedule_page_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.schedule_time_edit)

        self.place_label = QLabel(self.schedule_page)
        self.place_label.setObjectName(u"place_label")

        self.schedule_page_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.place_label)

        self.place_edit = QLineEdit(self.schedule_page)
        self.place_edit.setObjectName(u"place_edit")

        self.schedule_page_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.place_edit)

        self.step_stack.addWidget(self.schedule_page)
        self.held_page = QWidget()
        self.held_page.setObjectName(u"held_page")
        self.held_page_layout = QFormLayout(self.held_page)
        self.held_page_layout.setObjectName(u"held_page_layout")
        self.held_time_label = QLabel(self.held_page)
        self.held_time_label.setObjectName(u"held_time_label")

        self.held_page_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.held_time_label)

        self.held_time_edit = QDateTimeEdit(self.held_page)
        self.held_time_edit.setObjectName(u"held_time_edit")
        self.held_time_edit.setCalendarPopup(True)
        self.held_time_edit.setDisplayFormat(u"yyyy-MM-dd HH:mm")

        self.held_page_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.held_time_edit)

        self.minutes_label = QLabel(self.held_page)
        self.minutes_label.setObjectName(u"minutes_label")

        self.held_page_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.minutes_label)

        self.minutes_edit = QPlainTextEdit(self.held_page)
        self.minutes_edit.setObjectName(u"minutes_edit")
        self.minutes_edit.setTabChangesFocus(True)

        self.held_page_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.minutes_edit)

        self.commitments_label = QLabel(self.held_page)
        self.commitments_label.setObjectName(u"commitments_label")

        self.held_page_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.commitments_label)

        self.commitments_edit = QPlainTextEdit(self.held_page)
        self.commitments_edit.setObjectName(u"commitments_edit")
        self.commitments_edit.setTabChangesFocus(True)

        self.held_page_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.commitments_edit)

        self.step_stack.addWidget(self.held_page)
        self.rectify_page = QWidget()
        self.rectify_page.setObjectName(u"rectify_page")
        self.rectify_page_layout = QFormLayout(self.rectify_page)
        self.rectify_page_layout.setObjectName(u"rectify_page_layout")
        self.due_label = QLabel(self.rectify_page)
        self.due_label.setObjectName(u"due_label")

        self.rectify_page_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.due_label)

        self.due_date_edit = QDateEdit(self.rectify_page)
        self.due_date_edit.setObjectName(u"due_date_edit")
        self.due_date_edit.setCalendarPopup(True)
        self.due_date_edit.setDisplayFormat(u"yyyy-MM-dd")

        self.rectify_page_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.due_date_edit)

        self.rectify_hint_label = QLabel(self.rectify_page)
        self.rectify_hint_label.setObjectName(u"rectify_hint_label")
        self.rectify_hint_label.setWordWrap(True)

        self.rectify_page_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.rectify_hint_label)

        self.step_stack.addWidget(self.rectify_page)
        self.followup_page = QWidget()
        self.followup_page.setObjectName(u"followup_page")
        self.followup_page_layout = QFormLayout(self.followup_page)
        self.followup_page_layout.setObjectName(u"followup_page_layout")
        self.followup_date_label = QLabel(self.followup_page)
        self.followup_date_label.setObjectName(u"followup_date_label")

        self.followup_page_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.followup_date_label)

        self.followup_date_edit = QDateEdit(self.followup_page)
        self.followup_date_edit.setObjectName(u"followup_date_edit")
        self.followup_date_edit.setCalendarPopup(True)
        self.followup_date_edit.setDisplayFormat(u"yyyy-MM-dd")

        self.followup_page_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.followup_date_edit)

        self.passed_radio = QRadioButton(self.followup_page)
        self.passed_radio.setObjectName(u"passed_radio")

        self.followup_page_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passed_radio)

        self.failed_radio = QRadioButton(self.followup_page)
        self.failed_radio.setObjectName(u"failed_radio")

        self.followup_page_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.failed_radio)

        self.followup_note_label = QLabel(self.followup_page)
        self.followup_note_label.setObjectName(u"followup_note_label")

        self.followup_page_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.followup_note_label)

        self.followup_note_edit = QPlainTextEdit(self.followup_page)
        self.followup_note_edit.setObjectName(u"followup_note_edit")
        self.followup_note_edit.setTabChangesFocus(True)

        self.followup_page_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.followup_note_edit)

        self.step_stack.addWidget(self.followup_page)
        self.done_page = QWidget()
        self.done_page.setObjectName(u"done_page")
        self.done_page_layout = QFormLayout(self.done_page)
        self.done_page_layout.setObjectName(u"done_page_layout")
        self.done_label = QLabel(self.done_page)
        self.done_label.setObjectName(u"done_label")
        self.done_label.setWordWrap(True)

        self.done_page_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.done_label)

        self.step_stack.addWidget(self.done_page)

        self.step_layout.addWidget(self.step_stack)


        self.dialog_layout.addWidget(self.step_group)

        self.error_label = QLabel(InterviewDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #b00020;")
        self.error_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.error_label)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.step_button = QPushButton(InterviewDialog)
        self.step_button.setObjectName(u"step_button")

        self.button_layout.addWidget(self.step_button)

        self.button_box = QDialogButtonBox(InterviewDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.button_layout.addWidget(self.button_box)


        self.dialog_layout.addLayout(self.button_layout)

#if QT_CONFIG(shortcut)
        self.schedule_time_label.setBuddy(self.schedule_time_edit)
        self.place_label.setBuddy(self.place_edit)
        self.held_time_label.setBuddy(self.held_time_edit)
        self.minutes_label.setBuddy(self.minutes_edit)
        self.commitments_label.setBuddy(self.commitments_edit)
        self.due_label.setBuddy(self.due_date_edit)
        self.followup_date_label.setBuddy(self.followup_date_edit)
        self.followup_note_label.setBuddy(self.followup_note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.schedule_time_edit, self.place_edit)
        QWidget.setTabOrder(self.place_edit, self.held_time_edit)
        QWidget.setTabOrder(self.held_time_edit, self.minutes_edit)
        QWidget.setTabOrder(self.minutes_edit, self.commitments_edit)
        QWidget.setTabOrder(self.commitments_edit, self.due_date_edit)
        QWidget.setTabOrder(self.due_date_edit, self.followup_date_edit)
        QWidget.setTabOrder(self.followup_date_edit, self.passed_radio)
        QWidget.setTabOrder(self.passed_radio, self.failed_radio)
        QWidget.setTabOrder(self.failed_radio, self.followup_note_edit)
        QWidget.setTabOrder(self.followup_note_edit, self.step_button)

        self.retranslateUi(InterviewDialog)
        self.button_box.rejected.connect(InterviewDialog.reject)

        self.step_button.setDefault(True)


        QMetaObject.connectSlotsByName(InterviewDialog)
    # setupUi

    def retranslateUi(self, InterviewDialog):
        self.schedule_time_label.setText(QCoreApplication.translate("InterviewDialog", u"&Time:", None))
        self.place_label.setText(QCoreApplication.translate("InterviewDialog", u"&Place:", None))
        self.held_time_label.setText(QCoreApplication.translate("InterviewDialog", u"Held &at:", None))
        self.minutes_label.setText(QCoreApplication.translate("InterviewDialog", u"&Minutes:", None))
        self.commitments_label.setText(QCoreApplication.translate("InterviewDialog", u"&Commitments:", None))
        self.due_label.setText(QCoreApplication.translate("InterviewDialog", u"Rectify &by:", None))
        self.followup_date_label.setText(QCoreApplication.translate("InterviewDialog", u"Follow-up &on:", None))
        self.passed_radio.setText(QCoreApplication.translate("InterviewDialog", u"Rectified: c&lose the interview", None))
        self.failed_radio.setText(QCoreApplication.translate("InterviewDialog", u"Not rectified: &escalate with a yellow card", None))
        self.followup_note_label.setText(QCoreApplication.translate("InterviewDialog", u"&Result:", None))
        pass
    # retranslateUi

