# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'grading_screen.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_GradingScreen(object):
    def setupUi(self, GradingScreen):
        if not GradingScreen.objectName():
            GradingScreen.setObjectName(u"GradingScreen")
        GradingScreen.resize(900, 600)
        self.screen_layout = QVBoxLayout(GradingScreen)
        self.screen_layout.setObjectName(u"screen_layout")
        self.title_label = QLabel(GradingScreen)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setStyleSheet(u"font-size: 16pt; font-weight: bold;")

        self.screen_layout.addWidget(self.title_label)

        self.action_layout = QHBoxLayout()
        self.action_layout.setObjectName(u"action_layout")
        self.year_label = QLabel(GradingScreen)
        self.year_label.setObjectName(u"year_label")

        self.action_layout.addWidget(self.year_label)

        self.year_combo = QComboBox(GradingScreen)
        self.year_combo.setObjectName(u"year_combo")

        self.action_layout.addWidget(self.year_combo)

        self.source_label = QLabel(GradingScreen)
        self.source_label.setObjectName(u"source_label")

        self.action_layout.addWidget(self.source_label)

        self.source_combo = QComboBox(GradingScreen)
        self.source_combo.setObjectName(u"source_combo")

        self.action_layout.addWidget(self.source_combo)

        self.edit_sheet_button = QPushButton(GradingScreen)
        self.edit_sheet_button.setObjectName(u"edit_sheet_button")

        self.action_layout.addWidget(self.edit_sheet_button)

        self.action_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.action_layout.addItem(self.action_spacer)

        self.grade_button = QPushButton(GradingScreen)
        self.grade_button.setObjectName(u"grade_button")

        self.action_layout.addWidget(self.grade_button)

        self.finalise_button = QPushButton(GradingScreen)
        self.finalise_button.setObjectName(u"finalise_button")

        self.action_layout.addWidget(self.finalise_button)

        self.reopen_button = QPushButton(GradingScreen)
        self.reopen_button.setObjectName(u"reopen_button")

        self.action_layout.addWidget(self.reopen_button)

        self.export_button = QPushButton(GradingScreen)
        self.export_button.setObjectName(u"export_button")
        self.export_button.setAutoDefault(False)

        self.action_layout.addWidget(self.export_button)


        self.screen_layout.addLayout(self.action_layout)

        self.status_label = QLabel(GradingScreen)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)

        self.screen_layout.addWidget(self.status_label)

        self.community_table = QTableView(GradingScreen)
        self.community_table.setObjectName(u"community_table")
        self.community_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.community_table.setAlternatingRowColors(True)
        self.community_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.community_table.setWordWrap(False)
        self.community_table.setTabKeyNavigation(False)
        self.community_table.horizontalHeader().setStretchLastSection(True)
        self.community_table.verticalHeader().setVisible(False)

        self.screen_layout.addWidget(self.community_table)

        self.screen_layout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.year_label.setBuddy(self.year_combo)
        self.source_label.setBuddy(self.source_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.year_combo, self.source_combo)
        QWidget.setTabOrder(self.source_combo, self.edit_sheet_button)
        QWidget.setTabOrder(self.edit_sheet_button, self.grade_button)
        QWidget.setTabOrder(self.grade_button, self.finalise_button)
        QWidget.setTabOrder(self.finalise_button, self.reopen_button)
        QWidget.setTabOrder(self.reopen_button, self.export_button)
        QWidget.setTabOrder(self.export_button, self.community_table)

        self.retranslateUi(GradingScreen)

        QMetaObject.connectSlotsByName(GradingScreen)
    # setupUi

    def retranslateUi(self, GradingScreen):
        self.title_label.setText(QCoreApplication.translate("GradingScreen", u"Community Grading", None))
        self.year_label.setText(QCoreApplication.translate("GradingScreen", u"&Year:", None))
        self.source_label.setText(QCoreApplication.translate("GradingScreen", u"&Source:", None))
        self.edit_sheet_button.setText(QCoreApplication.translate("GradingScreen", u"&Edit scores\u2026", None))
        self.grade_button.setText(QCoreApplication.translate("GradingScreen", u"&Grade", None))
        self.finalise_button.setText(QCoreApplication.translate("GradingScreen", u"&Finalise the year", None))
        self.reopen_button.setText(QCoreApplication.translate("GradingScreen", u"&Reopen the year", None))
        self.export_button.setText(QCoreApplication.translate("GradingScreen", u"E&xport to Excel\u2026", None))
        pass
    # retranslateUi

