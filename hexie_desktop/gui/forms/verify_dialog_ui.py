# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'verify_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_VerifyDialog(object):
    def setupUi(self, VerifyDialog):
        if not VerifyDialog.objectName():
            VerifyDialog.setObjectName(u"VerifyDialog")
        VerifyDialog.resize(560, 320)
        self.dialog_layout = QVBoxLayout(VerifyDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(VerifyDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.code_label = QLabel(VerifyDialog)
        self.code_label.setObjectName(u"code_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.code_label)

        self.code_edit = QLineEdit(VerifyDialog)
        self.code_edit.setObjectName(u"code_edit")
        self.code_edit.setClearButtonEnabled(True)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.code_edit)

        self.kind_label = QLabel(VerifyDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(VerifyDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.subject_label = QLabel(VerifyDialog)
        self.subject_label.setObjectName(u"subject_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.subject_label)

        self.subject_edit = QLineEdit(VerifyDialog)
        self.subject_edit.setObjectName(u"subject_edit")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.subject_edit)

        self.subject_hint_label = QLabel(VerifyDialog)
        self.subject_hint_label.setObjectName(u"subject_hint_label")
        self.subject_hint_label.setWordWrap(True)
        self.subject_hint_label.setStyleSheet(u"color: #555555;")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.subject_hint_label)


        self.dialog_layout.addLayout(self.form_layout)

        self.result_label = QLabel(VerifyDialog)
        self.result_label.setObjectName(u"result_label")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.result_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.bottom_spacer)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.check_button = QPushButton(VerifyDialog)
        self.check_button.setObjectName(u"check_button")

        self.button_layout.addWidget(self.check_button)

        self.close_button = QPushButton(VerifyDialog)
        self.close_button.setObjectName(u"close_button")

        self.button_layout.addWidget(self.close_button)


        self.dialog_layout.addLayout(self.button_layout)

#if QT_CONFIG(shortcut)
        self.code_label.setBuddy(self.code_edit)
        self.kind_label.setBuddy(self.kind_combo)
        self.subject_label.setBuddy(self.subject_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.code_edit, self.kind_combo)
        QWidget.setTabOrder(self.kind_combo, self.subject_edit)
        QWidget.setTabOrder(self.subject_edit, self.check_button)
        QWidget.setTabOrder(self.check_button, self.close_button)

        self.retranslateUi(VerifyDialog)

        self.check_button.setDefault(True)


        QMetaObject.connectSlotsByName(VerifyDialog)
    # setupUi

    def retranslateUi(self, VerifyDialog):
        VerifyDialog.setWindowTitle(QCoreApplication.translate("VerifyDialog", u"Verify a printed report", None))
        self.intro_label.setText(QCoreApplication.translate("VerifyDialog", u"Type the verification code printed at the foot of every page, or paste what the QR code reads. The report is rebuilt from the database and compared with the printout.", None))
        self.code_label.setText(QCoreApplication.translate("VerifyDialog", u"&Code:", None))
        self.kind_label.setText(QCoreApplication.translate("VerifyDialog", u"&Report:", None))
        self.subject_label.setText(QCoreApplication.translate("VerifyDialog", u"&About:", None))
        self.check_button.setText(QCoreApplication.translate("VerifyDialog", u"C&heck", None))
        self.close_button.setText(QCoreApplication.translate("VerifyDialog", u"Close", None))
    # retranslateUi

