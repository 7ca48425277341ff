# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'firm_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_FirmDialog(object):
    def setupUi(self, FirmDialog):
        if not FirmDialog.objectName():
            FirmDialog.setObjectName(u"FirmDialog")
        FirmDialog.resize(520, 340)
        self.dialog_layout = QVBoxLayout(FirmDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.credit_code_label = QLabel(FirmDialog)
        self.credit_code_label.setObjectName(u"credit_code_label")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.credit_code_label)

        self.credit_code_edit = QLineEdit(FirmDialog)
        self.credit_code_edit.setObjectName(u"credit_code_edit")
        self.credit_code_edit.setMaxLength(24)

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.credit_code_edit)

        self.credit_code_status_label = QLabel(FirmDialog)
        self.credit_code_status_label.setObjectName(u"credit_code_status_label")
        self.credit_code_status_label.setWordWrap(True)

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.credit_code_status_label)

        self.name_label = QLabel(FirmDialog)
        self.name_label.setObjectName(u"name_label")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(FirmDialog)
        self.name_edit.setObjectName(u"name_edit")
        self.name_edit.setMaxLength(100)

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.legal_representative_label = QLabel(FirmDialog)
        self.legal_representative_label.setObjectName(u"legal_representative_label")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.legal_representative_label)

        self.legal_representative_edit = QLineEdit(FirmDialog)
        self.legal_representative_edit.setObjectName(u"legal_representative_edit")
        self.legal_representative_edit.setMaxLength(32)

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.legal_representative_edit)

        self.phone_label = QLabel(FirmDialog)
        self.phone_label.setObjectName(u"phone_label")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_edit = QLineEdit(FirmDialog)
        self.phone_edit.setObjectName(u"phone_edit")
        self.phone_edit.setMaxLength(32)

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phone_edit)

        self.address_label = QLabel(FirmDialog)
        self.address_label.setObjectName(u"address_label")

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address_edit = QLineEdit(FirmDialog)
        self.address_edit.setObjectName(u"address_edit")
        self.address_edit.setMaxLength(200)

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.address_edit)

        self.state_owned_check = QCheckBox(FirmDialog)
        self.state_owned_check.setObjectName(u"state_owned_check")

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.state_owned_check)


        self.dialog_layout.addLayout(self.fields_layout)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(FirmDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.credit_code_label.setBuddy(self.credit_code_edit)
        self.name_label.setBuddy(self.name_edit)
        self.legal_representative_label.setBuddy(self.legal_representative_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.address_label.setBuddy(self.address_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.credit_code_edit, self.name_edit)
        QWidget.setTabOrder(self.name_edit, self.legal_representative_edit)
        QWidget.setTabOrder(self.legal_representative_edit, self.phone_edit)
        QWidget.setTabOrder(self.phone_edit, self.address_edit)
        QWidget.setTabOrder(self.address_edit, self.state_owned_check)

        self.retranslateUi(FirmDialog)

        QMetaObject.connectSlotsByName(FirmDialog)
    # setupUi

    def retranslateUi(self, FirmDialog):
        self.credit_code_label.setText(QCoreApplication.translate("FirmDialog", u"&Credit code:", None))
        self.name_label.setText(QCoreApplication.translate("FirmDialog", u"&Name:", None))
        self.legal_representative_label.setText(QCoreApplication.translate("FirmDialog", u"&Legal representative:", None))
        self.phone_label.setText(QCoreApplication.translate("FirmDialog", u"&Phone:", None))
        self.address_label.setText(QCoreApplication.translate("FirmDialog", u"&Address:", None))
        self.state_owned_check.setText(QCoreApplication.translate("FirmDialog", u"&State-owned firm", None))
        pass
    # retranslateUi

