# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'deductions_dialog.ui'
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
    QTableView, QVBoxLayout, QWidget)

class Ui_DeductionsDialog(object):
    def setupUi(self, DeductionsDialog):
        if not DeductionsDialog.objectName():
            DeductionsDialog.setObjectName(u"DeductionsDialog")
        DeductionsDialog.resize(640, 360)
        self.dialog_layout = QVBoxLayout(DeductionsDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.indicator_label = QLabel(DeductionsDialog)
        self.indicator_label.setObjectName(u"indicator_label")
        self.indicator_label.setStyleSheet(u"font-weight: bold;")
        self.indicator_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.indicator_label)

        self.hint_label = QLabel(DeductionsDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.hint_label)

        self.deduction_table = QTableView(DeductionsDialog)
        self.deduction_table.setObjectName(u"deduction_table")
        self.deduction_table.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed|QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed)
        self.deduction_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.deduction_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.deduction_table.setTabKeyNavigation(False)
        self.deduction_table.horizontalHeader().setStretchLastSection(False)
        self.deduction_table.verticalHeader().setVisible(False)

        self.dialog_layout.addWidget(self.deduction_table)

        self.score_label = QLabel(DeductionsDialog)
        self.score_label.setObjectName(u"score_label")
        self.score_label.setStyleSheet(u"font-size: 13pt; font-weight: bold;")

        self.dialog_layout.addWidget(self.score_label)

        self.button_box = QDialogButtonBox(DeductionsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)


        self.retranslateUi(DeductionsDialog)

        QMetaObject.connectSlotsByName(DeductionsDialog)
    # setupUi

    def retranslateUi(self, DeductionsDialog):
        DeductionsDialog.setWindowTitle(QCoreApplication.translate("DeductionsDialog", u"Deductions", None))
        self.hint_label.setText(QCoreApplication.translate("DeductionsDialog", u"Type how many times each deduction applies (+ and \u2212 change it by one). The score is the maximum less the deductions.", None))
    # retranslateUi

