# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'grading_sheet_dialog.ui'
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
    QDialogButtonBox, QHeaderView, QLabel, QSizePolicy,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_GradingSheetDialog(object):
    def setupUi(self, GradingSheetDialog):
        if not GradingSheetDialog.objectName():
            GradingSheetDialog.setObjectName(u"GradingSheetDialog")
        GradingSheetDialog.resize(860, 620)
        self.dialog_layout = QVBoxLayout(GradingSheetDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.header_label = QLabel(GradingSheetDialog)
        self.header_label.setObjectName(u"header_label")
        self.header_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.header_label)

        self.sheet_table = QTableWidget(GradingSheetDialog)
        self.sheet_table.setObjectName(u"sheet_table")
        self.sheet_table.setAlternatingRowColors(True)
        self.sheet_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sheet_table.horizontalHeader().setStretchLastSection(True)
        self.sheet_table.verticalHeader().setVisible(False)

        self.dialog_layout.addWidget(self.sheet_table)

        self.total_label = QLabel(GradingSheetDialog)
        self.total_label.setObjectName(u"total_label")

        self.dialog_layout.addWidget(self.total_label)

        self.error_label = QLabel(GradingSheetDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #b00020;")
        self.error_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(GradingSheetDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)


        self.retranslateUi(GradingSheetDialog)

        QMetaObject.connectSlotsByName(GradingSheetDialog)
    # setupUi

    def retranslateUi(self, GradingSheetDialog):
        pass
    # retranslateUi

