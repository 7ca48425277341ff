# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'card_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QDoubleSpinBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_CardDialog(object):
    def setupUi(self, CardDialog):
        if not CardDialog.objectName():
            CardDialog.setObjectName(u"CardDialog")
        CardDialog.resize(520, 340)
        self.dialog_layout = QVBoxLayout(CardDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.firm_label = QLabel(CardDialog)
        self.firm_label.setObjectName(u"firm_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.firm_label)

        self.firm_edit = QLineEdit(CardDialog)
        self.firm_edit.setObjectName(u"firm_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.firm_edit)

        self.firm_chosen_label = QLabel(CardDialog)
        self.firm_chosen_label.setObjectName(u"firm_chosen_label")
        self.firm_chosen_label.setWordWrap(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.firm_chosen_label)

        self.quarter_label = QLabel(CardDialog)
        self.quarter_label.setObjectName(u"quarter_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.quarter_label)

        self.quarter_value_label = QLabel(CardDialog)
        self.quarter_value_label.setObjectName(u"quarter_value_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.quarter_value_label)

        self.reason_label = QLabel(CardDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason_edit = QPlainTextEdit(CardDialog)
        self.reason_edit.setObjectName(u"reason_edit")
        self.reason_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reason_edit)

        self.deduction_label = QLabel(CardDialog)
        self.deduction_label.setObjectName(u"deduction_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.deduction_label)

        self.deduction_spin = QDoubleSpinBox(CardDialog)
        self.deduction_spin.setObjectName(u"deduction_spin")
        self.deduction_spin.setDecimals(1)
        self.deduction_spin.setMaximum(100.000000000000000)
        self.deduction_spin.setSingleStep(0.500000000000000)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.deduction_spin)


        self.dialog_layout.addLayout(self.form_layout)

        self.error_label = QLabel(CardDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #b00020;")
        self.error_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(CardDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.firm_label.setBuddy(self.firm_edit)
        self.reason_label.setBuddy(self.reason_edit)
        self.deduction_label.setBuddy(self.deduction_spin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.firm_edit, self.reason_edit)
        QWidget.setTabOrder(self.reason_edit, self.deduction_spin)

        self.retranslateUi(CardDialog)
        self.button_box.rejected.connect(CardDialog.reject)

        QMetaObject.connectSlotsByName(CardDialog)
    # setupUi

    def retranslateUi(self, CardDialog):
        self.firm_label.setText(QCoreApplication.translate("CardDialog", u"&Firm:", None))
        self.firm_edit.setPlaceholderText(QCoreApplication.translate("CardDialog", u"Type part of the name or credit code, then choose", None))
        self.quarter_label.setText(QCoreApplication.translate("CardDialog", u"Quarter:", None))
        self.reason_label.setText(QCoreApplication.translate("CardDialog", u"&Reason:", None))
        self.deduction_label.setText(QCoreApplication.translate("CardDialog", u"&Deduction:", None))
        pass
    # retranslateUi

