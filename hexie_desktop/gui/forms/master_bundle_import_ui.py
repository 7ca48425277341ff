# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'master_bundle_import.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QTableView, QVBoxLayout, QWidget)

class Ui_MasterBundleImportDialog(object):
    def setupUi(self, MasterBundleImportDialog):
        if not MasterBundleImportDialog.objectName():
            MasterBundleImportDialog.setObjectName(u"MasterBundleImportDialog")
        MasterBundleImportDialog.resize(680, 560)
        self.dialog_layout = QVBoxLayout(MasterBundleImportDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(MasterBundleImportDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.file_layout = QHBoxLayout()
        self.file_layout.setObjectName(u"file_layout")
        self.file_edit = QLineEdit(MasterBundleImportDialog)
        self.file_edit.setObjectName(u"file_edit")
        self.file_edit.setReadOnly(True)

        self.file_layout.addWidget(self.file_edit)

        self.choose_button = QPushButton(MasterBundleImportDialog)
        self.choose_button.setObjectName(u"choose_button")

        self.file_layout.addWidget(self.choose_button)


        self.dialog_layout.addLayout(self.file_layout)

        self.verdict_label = QLabel(MasterBundleImportDialog)
        self.verdict_label.setObjectName(u"verdict_label")
        self.verdict_label.setWordWrap(True)
        self.verdict_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.verdict_label)

        self.details_layout = QFormLayout()
        self.details_layout.setObjectName(u"details_layout")
        self.signer_title_label = QLabel(MasterBundleImportDialog)
        self.signer_title_label.setObjectName(u"signer_title_label")

        self.details_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.signer_title_label)

        self.signer_label = QLabel(MasterBundleImportDialog)
        self.signer_label.setObjectName(u"signer_label")
        self.signer_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.details_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.signer_label)

        self.fingerprint_title_label = QLabel(MasterBundleImportDialog)
        self.fingerprint_title_label.setObjectName(u"fingerprint_title_label")

        self.details_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fingerprint_title_label)

        self.fingerprint_label = QLabel(MasterBundleImportDialog)
        self.fingerprint_label.setObjectName(u"fingerprint_label")
        self.fingerprint_label.setWordWrap(True)
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.details_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fingerprint_label)

        self.key_title_label = QLabel(MasterBundleImportDialog)
        self.key_title_label.setObjectName(u"key_title_label")

        self.details_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.key_title_label)

        self.key_label = QLabel(MasterBundleImportDialog)
        self.key_label.setObjectName(u"key_label")
        self.key_label.setWordWrap(True)

        self.details_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.key_label)

        self.created_title_label = QLabel(MasterBundleImportDialog)
        self.created_title_label.setObjectName(u"created_title_label")

        self.details_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.created_title_label)

        self.created_label = QLabel(MasterBundleImportDialog)
        self.created_label.setObjectName(u"created_label")

        self.details_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.created_label)


        self.dialog_layout.addLayout(self.details_layout)

        self.count_table = QTableView(MasterBundleImportDialog)
        self.count_table.setObjectName(u"count_table")
        self.count_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.count_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.count_table.setAlternatingRowColors(True)
        self.count_table.setTabKeyNavigation(False)

        self.dialog_layout.addWidget(self.count_table)

        self.result_label = QLabel(MasterBundleImportDialog)
        self.result_label.setObjectName(u"result_label")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.result_label)

        self.button_box = QDialogButtonBox(MasterBundleImportDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialog_layout.addWidget(self.button_box)

        QWidget.setTabOrder(self.choose_button, self.count_table)

        self.retranslateUi(MasterBundleImportDialog)

        QMetaObject.connectSlotsByName(MasterBundleImportDialog)
    # setupUi

    def retranslateUi(self, MasterBundleImportDialog):
        MasterBundleImportDialog.setWindowTitle(QCoreApplication.translate("MasterBundleImportDialog", u"Import the bureau's master bundle", None))
        self.intro_label.setText(QCoreApplication.translate("MasterBundleImportDialog", u"The bureau's master bundle brings compounds, firms, the scoring standard and the policy to this computer. It is checked whole before anything is written: who signed it, that nothing in it was changed, and what it holds.", None))
        self.choose_button.setText(QCoreApplication.translate("MasterBundleImportDialog", u"&Choose file\u2026", None))
        self.signer_title_label.setText(QCoreApplication.translate("MasterBundleImportDialog", u"Signed by:", None))
        self.fingerprint_title_label.setText(QCoreApplication.translate("MasterBundleImportDialog", u"Fingerprint:", None))
        self.key_title_label.setText(QCoreApplication.translate("MasterBundleImportDialog", u"Bureau key:", None))
        self.created_title_label.setText(QCoreApplication.translate("MasterBundleImportDialog", u"Written on:", None))
    # retranslateUi

