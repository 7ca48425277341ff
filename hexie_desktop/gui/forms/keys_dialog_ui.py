# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'keys_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_KeysDialog(object):
    def setupUi(self, KeysDialog):
        if not KeysDialog.objectName():
            KeysDialog.setObjectName(u"KeysDialog")
        KeysDialog.resize(980, 460)
        self.dialog_layout = QVBoxLayout(KeysDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(KeysDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.key_table = QTableView(KeysDialog)
        self.key_table.setObjectName(u"key_table")
        self.key_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.key_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.key_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.key_table.setAlternatingRowColors(True)
        self.key_table.setWordWrap(False)
        self.key_table.setTabKeyNavigation(False)

        self.dialog_layout.addWidget(self.key_table)

        self.result_label = QLabel(KeysDialog)
        self.result_label.setObjectName(u"result_label")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.result_label)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.enrol_button = QPushButton(KeysDialog)
        self.enrol_button.setObjectName(u"enrol_button")

        self.button_layout.addWidget(self.enrol_button)

        self.revoke_button = QPushButton(KeysDialog)
        self.revoke_button.setObjectName(u"revoke_button")

        self.button_layout.addWidget(self.revoke_button)

        self.passphrase_button = QPushButton(KeysDialog)
        self.passphrase_button.setObjectName(u"passphrase_button")

        self.button_layout.addWidget(self.passphrase_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.button_box = QDialogButtonBox(KeysDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.button_layout.addWidget(self.button_box)


        self.dialog_layout.addLayout(self.button_layout)

        QWidget.setTabOrder(self.key_table, self.enrol_button)
        QWidget.setTabOrder(self.enrol_button, self.revoke_button)
        QWidget.setTabOrder(self.revoke_button, self.passphrase_button)

        self.retranslateUi(KeysDialog)

        QMetaObject.connectSlotsByName(KeysDialog)
    # setupUi

    def retranslateUi(self, KeysDialog):
        KeysDialog.setWindowTitle(QCoreApplication.translate("KeysDialog", u"Inspector keys", None))
        self.intro_label.setText(QCoreApplication.translate("KeysDialog", u"Bundles are merged only when signed by a key enrolled here. An inspector exports a key card on the Bundles page of their computer; before enrolling it, compare the fingerprint with the inspector in person or by phone. A revoked key stays listed and its bundles are refused.", None))
        self.enrol_button.setText(QCoreApplication.translate("KeysDialog", u"&Enrol a key card\u2026", None))
        self.revoke_button.setText(QCoreApplication.translate("KeysDialog", u"&Revoke\u2026", None))
        self.passphrase_button.setText(QCoreApplication.translate("KeysDialog", u"Key &passphrase\u2026", None))
    # retranslateUi

