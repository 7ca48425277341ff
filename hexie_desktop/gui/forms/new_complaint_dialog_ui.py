# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_complaint_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateTimeEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_NewComplaintDialog(object):
    def setupUi(self, NewComplaintDialog):
        if not NewComplaintDialog.objectName():
            NewComplaintDialog.setObjectName(u"NewComplaintDialog")
        NewComplaintDialog.resize(560, 420)
        self.dialog_layout = QVBoxLayout(NewComplaintDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.ticket_form = QFormLayout()
        self.ticket_form.setObjectName(u"ticket_form")
        self.ticket_no_label = QLabel(NewComplaintDialog)
        self.ticket_no_label.setObjectName(u"ticket_no_label")

        self.ticket_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ticket_no_label)

        self.ticket_no_edit = QLineEdit(NewComplaintDialog)
        self.ticket_no_edit.setObjectName(u"ticket_no_edit")
        self.ticket_no_edit.setMaxLength(32)

        self.ticket_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.ticket_no_edit)

        self.channel_label = QLabel(NewComplaintDialog)
        self.channel_label.setObjectName(u"channel_label")

        self.ticket_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.channel_label)

        self.channel_combo = QComboBox(NewComplaintDialog)
        self.channel_combo.setObjectName(u"channel_combo")

        self.ticket_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.channel_combo)

        self.compound_label = QLabel(NewComplaintDialog)
        self.compound_label.setObjectName(u"compound_label")

        self.ticket_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.compound_label)

        self.compound_combo = QComboBox(NewComplaintDialog)
        self.compound_combo.setObjectName(u"compound_combo")
        self.compound_combo.setEditable(True)
        self.compound_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.ticket_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.compound_combo)

        self.category_label = QLabel(NewComplaintDialog)
        self.category_label.setObjectName(u"category_label")

        self.ticket_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.category_label)

        self.category_combo = QComboBox(NewComplaintDialog)
        self.category_combo.setObjectName(u"category_combo")
        self.category_combo.setEditable(True)
        self.category_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.ticket_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.category_combo)

        self.received_label = QLabel(NewComplaintDialog)
        self.received_label.setObjectName(u"received_label")

        self.ticket_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.received_label)

        self.received_edit = QDateTimeEdit(NewComplaintDialog)
        self.received_edit.setObjectName(u"received_edit")
        self.received_edit.setCalendarPopup(True)
        self.received_edit.setDisplayFormat(u"yyyy-MM-dd HH:mm")

        self.ticket_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.received_edit)

        self.due_label = QLabel(NewComplaintDialog)
        self.due_label.setObjectName(u"due_label")

        self.ticket_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.due_label)

        self.due_edit = QDateTimeEdit(NewComplaintDialog)
        self.due_edit.setObjectName(u"due_edit")
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat(u"yyyy-MM-dd HH:mm")

        self.ticket_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.due_edit)

        self.content_label = QLabel(NewComplaintDialog)
        self.content_label.setObjectName(u"content_label")

        self.ticket_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.content_label)

        self.content_edit = QPlainTextEdit(NewComplaintDialog)
        self.content_edit.setObjectName(u"content_edit")
        self.content_edit.setTabChangesFocus(True)

        self.ticket_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.content_edit)

        self.caller_name_label = QLabel(NewComplaintDialog)
        self.caller_name_label.setObjectName(u"caller_name_label")

        self.ticket_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.caller_name_label)

        self.caller_name_edit = QLineEdit(NewComplaintDialog)
        self.caller_name_edit.setObjectName(u"caller_name_edit")
        self.caller_name_edit.setMaxLength(32)

        self.ticket_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.caller_name_edit)

        self.caller_phone_label = QLabel(NewComplaintDialog)
        self.caller_phone_label.setObjectName(u"caller_phone_label")

        self.ticket_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.caller_phone_label)

        self.caller_phone_edit = QLineEdit(NewComplaintDialog)
        self.caller_phone_edit.setObjectName(u"caller_phone_edit")
        self.caller_phone_edit.setMaxLength(32)

        self.ticket_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.caller_phone_edit)


        self.dialog_layout.addLayout(self.ticket_form)

        self.error_label = QLabel(NewComplaintDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(u"color: #b00020;")

        self.dialog_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(NewComplaintDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.ticket_no_label.setBuddy(self.ticket_no_edit)
        self.channel_label.setBuddy(self.channel_combo)
        self.compound_label.setBuddy(self.compound_combo)
        self.category_label.setBuddy(self.category_combo)
        self.received_label.setBuddy(self.received_edit)
        self.due_label.setBuddy(self.due_edit)
        self.content_label.setBuddy(self.content_edit)
        self.caller_name_label.setBuddy(self.caller_name_edit)
        self.caller_phone_label.setBuddy(self.caller_phone_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.ticket_no_edit, self.channel_combo)
        QWidget.setTabOrder(self.channel_combo, self.compound_combo)
        QWidget.setTabOrder(self.compound_combo, self.category_combo)
        QWidget.setTabOrder(self.category_combo, self.received_edit)
        QWidget.setTabOrder(self.received_edit, self.due_edit)
        QWidget.setTabOrder(self.due_edit, self.content_edit)
        QWidget.setTabOrder(self.content_edit, self.caller_name_edit)
        QWidget.setTabOrder(self.caller_name_edit, self.caller_phone_edit)

        self.retranslateUi(NewComplaintDialog)

        QMetaObject.connectSlotsByName(NewComplaintDialog)
    # setupUi

    def retranslateUi(self, NewComplaintDialog):
        NewComplaintDialog.setWindowTitle(QCoreApplication.translate("NewComplaintDialog", u"New Complaint Ticket", None))
        self.ticket_no_label.setText(QCoreApplication.translate("NewComplaintDialog", u"Ticket &number:", None))
        self.channel_label.setText(QCoreApplication.translate("NewComplaintDialog", u"So&urce:", None))
        self.compound_label.setText(QCoreApplication.translate("NewComplaintDialog", u"C&ompound:", None))
        self.category_label.setText(QCoreApplication.translate("NewComplaintDialog", u"&Category:", None))
        self.received_label.setText(QCoreApplication.translate("NewComplaintDialog", u"&Received:", None))
        self.due_label.setText(QCoreApplication.translate("NewComplaintDialog", u"&Due by:", None))
        self.content_label.setText(QCoreApplication.translate("NewComplaintDialog", u"Con&tent:", None))
        self.caller_name_label.setText(QCoreApplication.translate("NewComplaintDialog", u"Caller's na&me:", None))
        self.caller_phone_label.setText(QCoreApplication.translate("NewComplaintDialog", u"Caller's &phone:", None))
    # retranslateUi

