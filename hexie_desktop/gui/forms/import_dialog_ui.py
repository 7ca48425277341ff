# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QRadioButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QVBoxLayout, QWidget)

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        ImportDialog.resize(900, 620)
        self.dialog_layout = QVBoxLayout(ImportDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.kind_layout = QHBoxLayout()
        self.kind_layout.setObjectName(u"kind_layout")
        self.kind_label = QLabel(ImportDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.kind_layout.addWidget(self.kind_label)

        self.compounds_radio = QRadioButton(ImportDialog)
        self.compounds_radio.setObjectName(u"compounds_radio")
        self.compounds_radio.setChecked(True)

        self.kind_layout.addWidget(self.compounds_radio)

        self.firms_radio = QRadioButton(ImportDialog)
        self.firms_radio.setObjectName(u"firms_radio")

        self.kind_layout.addWidget(self.firms_radio)

        self.kind_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.kind_layout.addItem(self.kind_spacer)


        self.dialog_layout.addLayout(self.kind_layout)

        self.file_layout = QHBoxLayout()
        self.file_layout.setObjectName(u"file_layout")
        self.file_edit = QLineEdit(ImportDialog)
        self.file_edit.setObjectName(u"file_edit")
        self.file_edit.setReadOnly(True)

        self.file_layout.addWidget(self.file_edit)

        self.choose_button = QPushButton(ImportDialog)
        self.choose_button.setObjectName(u"choose_button")

        self.file_layout.addWidget(self.choose_button)

        self.sheet_label = QLabel(ImportDialog)
        self.sheet_label.setObjectName(u"sheet_label")

        self.file_layout.addWidget(self.sheet_label)

        self.sheet_combo = QComboBox(ImportDialog)
        self.sheet_combo.setObjectName(u"sheet_combo")
        self.sheet_combo.setEnabled(False)
        self.sheet_combo.setMinimumContentsLength(8)
        self.sheet_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.file_layout.addWidget(self.sheet_combo)


        self.dialog_layout.addLayout(self.file_layout)

        self.summary_label = QLabel(ImportDialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.summary_label)

        self.preview_splitter = QSplitter(ImportDialog)
        self.preview_splitter.setObjectName(u"preview_splitter")
        self.preview_splitter.setOrientation(Qt.Orientation.Vertical)
        self.preview_table = QTableView(self.preview_splitter)
        self.preview_table.setObjectName(u"preview_table")
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.setAlternatingRowColors(True)
        self.preview_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview_table.setTabKeyNavigation(False)
        self.preview_splitter.addWidget(self.preview_table)
        self.preview_table.horizontalHeader().setStretchLastSection(True)
        self.preview_table.verticalHeader().setVisible(False)
        self.errors_box = QWidget(self.preview_splitter)
        self.errors_box.setObjectName(u"errors_box")
        self.errors_layout = QVBoxLayout(self.errors_box)
        self.errors_layout.setObjectName(u"errors_layout")
        self.errors_layout.setContentsMargins(0, 0, 0, 0)
        self.errors_label = QLabel(self.errors_box)
        self.errors_label.setObjectName(u"errors_label")

        self.errors_layout.addWidget(self.errors_label)

        self.error_table = QTableView(self.errors_box)
        self.error_table.setObjectName(u"error_table")
        self.error_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.error_table.setAlternatingRowColors(True)
        self.error_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.error_table.setTabKeyNavigation(False)
        self.error_table.horizontalHeader().setStretchLastSection(True)
        self.error_table.verticalHeader().setVisible(False)

        self.errors_layout.addWidget(self.error_table)

        self.preview_splitter.addWidget(self.errors_box)

        self.dialog_layout.addWidget(self.preview_splitter)

        self.button_box = QDialogButtonBox(ImportDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.sheet_label.setBuddy(self.sheet_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.compounds_radio, self.firms_radio)
        QWidget.setTabOrder(self.firms_radio, self.file_edit)
        QWidget.setTabOrder(self.file_edit, self.choose_button)
        QWidget.setTabOrder(self.choose_button, self.sheet_combo)
        QWidget.setTabOrder(self.sheet_combo, self.preview_table)
        QWidget.setTabOrder(self.preview_table, self.error_table)

        self.retranslateUi(ImportDialog)

        QMetaObject.connectSlotsByName(ImportDialog)
    # setupUi

    def retranslateUi(self, ImportDialog):
        ImportDialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"Import from Excel", None))
        self.kind_label.setText(QCoreApplication.translate("ImportDialog", u"The file lists:", None))
        self.compounds_radio.setText(QCoreApplication.translate("ImportDialog", u"&Compounds (with places, firms and contracts)", None))
        self.firms_radio.setText(QCoreApplication.translate("ImportDialog", u"F&irms", None))
        self.choose_button.setText(QCoreApplication.translate("ImportDialog", u"C&hoose file\u2026", None))
        self.sheet_label.setText(QCoreApplication.translate("ImportDialog", u"&Sheet:", None))
        self.errors_label.setText(QCoreApplication.translate("ImportDialog", u"Errors by row:", None))
    # retranslateUi

