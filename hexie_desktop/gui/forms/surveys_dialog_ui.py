# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'surveys_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDialog,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_SurveysDialog(object):
    def setupUi(self, SurveysDialog):
        if not SurveysDialog.objectName():
            SurveysDialog.setObjectName(u"SurveysDialog")
        SurveysDialog.resize(900, 520)
        self.dialog_layout = QVBoxLayout(SurveysDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.top_layout = QHBoxLayout()
        self.top_layout.setObjectName(u"top_layout")
        self.quarter_label = QLabel(SurveysDialog)
        self.quarter_label.setObjectName(u"quarter_label")

        self.top_layout.addWidget(self.quarter_label)

        self.quarter_combo = QComboBox(SurveysDialog)
        self.quarter_combo.setObjectName(u"quarter_combo")

        self.top_layout.addWidget(self.quarter_combo)

        self.top_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.top_layout.addItem(self.top_spacer)

        self.count_label = QLabel(SurveysDialog)
        self.count_label.setObjectName(u"count_label")

        self.top_layout.addWidget(self.count_label)


        self.dialog_layout.addLayout(self.top_layout)

        self.survey_table = QTableView(SurveysDialog)
        self.survey_table.setObjectName(u"survey_table")
        self.survey_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.survey_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.survey_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.survey_table.setAlternatingRowColors(True)
        self.survey_table.setWordWrap(False)
        self.survey_table.setTabKeyNavigation(False)

        self.dialog_layout.addWidget(self.survey_table)

        self.status_label = QLabel(SurveysDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.status_label)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.new_button = QPushButton(SurveysDialog)
        self.new_button.setObjectName(u"new_button")
        self.new_button.setAutoDefault(False)

        self.button_layout.addWidget(self.new_button)

        self.open_button = QPushButton(SurveysDialog)
        self.open_button.setObjectName(u"open_button")
        self.open_button.setAutoDefault(False)

        self.button_layout.addWidget(self.open_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.close_button = QPushButton(SurveysDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.button_layout.addWidget(self.close_button)


        self.dialog_layout.addLayout(self.button_layout)

#if QT_CONFIG(shortcut)
        self.quarter_label.setBuddy(self.quarter_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.quarter_combo, self.survey_table)
        QWidget.setTabOrder(self.survey_table, self.new_button)
        QWidget.setTabOrder(self.new_button, self.open_button)
        QWidget.setTabOrder(self.open_button, self.close_button)

        self.retranslateUi(SurveysDialog)

        QMetaObject.connectSlotsByName(SurveysDialog)
    # setupUi

    def retranslateUi(self, SurveysDialog):
        SurveysDialog.setWindowTitle(QCoreApplication.translate("SurveysDialog", u"Satisfaction Surveys", None))
        self.quarter_label.setText(QCoreApplication.translate("SurveysDialog", u"&Quarter:", None))
        self.new_button.setText(QCoreApplication.translate("SurveysDialog", u"&New Survey\u2026", None))
        self.open_button.setText(QCoreApplication.translate("SurveysDialog", u"&Open", None))
        self.close_button.setText(QCoreApplication.translate("SurveysDialog", u"&Close", None))
    # retranslateUi

