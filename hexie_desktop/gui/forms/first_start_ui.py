# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_start.ui'
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
    QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
    QLineEdit, QRadioButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_FirstStartDialog(object):
    def setupUi(self, FirstStartDialog):
        if not FirstStartDialog.objectName():
            FirstStartDialog.setObjectName(u"FirstStartDialog")
        FirstStartDialog.resize(480, 360)
        self.dialog_layout = QVBoxLayout(FirstStartDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(FirstStartDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.role_group = QGroupBox(FirstStartDialog)
        self.role_group.setObjectName(u"role_group")
        self.role_layout = QVBoxLayout(self.role_group)
        self.role_layout.setObjectName(u"role_layout")
        self.inspector_radio = QRadioButton(self.role_group)
        self.inspector_radio.setObjectName(u"inspector_radio")
        self.inspector_radio.setChecked(True)

        self.role_layout.addWidget(self.inspector_radio)

        self.clerk_radio = QRadioButton(self.role_group)
        self.clerk_radio.setObjectName(u"clerk_radio")

        self.role_layout.addWidget(self.clerk_radio)


        self.dialog_layout.addWidget(self.role_group)

        self.name_layout = QFormLayout()
        self.name_layout.setObjectName(u"name_layout")
        self.name_label = QLabel(FirstStartDialog)
        self.name_label.setObjectName(u"name_label")

        self.name_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(FirstStartDialog)
        self.name_edit.setObjectName(u"name_edit")
        self.name_edit.setMaxLength(64)

        self.name_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)


        self.dialog_layout.addLayout(self.name_layout)

        self.demo_check = QCheckBox(FirstStartDialog)
        self.demo_check.setObjectName(u"demo_check")
        self.demo_check.setChecked(True)

        self.dialog_layout.addWidget(self.demo_check)

        self.master_bundle_check = QCheckBox(FirstStartDialog)
        self.master_bundle_check.setObjectName(u"master_bundle_check")

        self.dialog_layout.addWidget(self.master_bundle_check)

        self.error_label = QLabel(FirstStartDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #b00020;")
        self.error_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(FirstStartDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.inspector_radio, self.clerk_radio)
        QWidget.setTabOrder(self.clerk_radio, self.name_edit)
        QWidget.setTabOrder(self.name_edit, self.demo_check)
        QWidget.setTabOrder(self.demo_check, self.master_bundle_check)

        self.retranslateUi(FirstStartDialog)

        QMetaObject.connectSlotsByName(FirstStartDialog)
    # setupUi

    def retranslateUi(self, FirstStartDialog):
        FirstStartDialog.setWindowTitle(QCoreApplication.translate("FirstStartDialog", u"Welcome to Hexie Desktop", None))
        self.intro_label.setText(QCoreApplication.translate("FirstStartDialog", u"This computer has no identity yet. Choose how it will be used and enter your name. The identity signs every bundle this computer writes and cannot be changed later.", None))
        self.role_group.setTitle(QCoreApplication.translate("FirstStartDialog", u"Role", None))
        self.inspector_radio.setText(QCoreApplication.translate("FirstStartDialog", u"&Inspector: scores compounds in the field", None))
        self.clerk_radio.setText(QCoreApplication.translate("FirstStartDialog", u"&Clerk: merges bundles and decides results at the bureau", None))
        self.name_label.setText(QCoreApplication.translate("FirstStartDialog", u"&Name:", None))
        self.demo_check.setText(QCoreApplication.translate("FirstStartDialog", u"Fill the database with &demo data to try the program", None))
        self.master_bundle_check.setText(QCoreApplication.translate("FirstStartDialog", u"Import the &bureau's master bundle\u2026 (inspectors)", None))
    # retranslateUi

