# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'results_screen.ui'
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
    QSpacerItem, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_ResultsScreen(object):
    def setupUi(self, ResultsScreen):
        if not ResultsScreen.objectName():
            ResultsScreen.setObjectName(u"ResultsScreen")
        ResultsScreen.resize(1000, 680)
        self.screen_layout = QVBoxLayout(ResultsScreen)
        self.screen_layout.setObjectName(u"screen_layout")
        self.title_label = QLabel(ResultsScreen)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setStyleSheet(u"font-size: 16pt; font-weight: bold;")

        self.screen_layout.addWidget(self.title_label)

        self.action_layout = QHBoxLayout()
        self.action_layout.setObjectName(u"action_layout")
        self.quarter_label = QLabel(ResultsScreen)
        self.quarter_label.setObjectName(u"quarter_label")

        self.action_layout.addWidget(self.quarter_label)

        self.quarter_combo = QComboBox(ResultsScreen)
        self.quarter_combo.setObjectName(u"quarter_combo")
        self.quarter_combo.setMinimumContentsLength(8)

        self.action_layout.addWidget(self.quarter_combo)

        self.evaluate_button = QPushButton(ResultsScreen)
        self.evaluate_button.setObjectName(u"evaluate_button")

        self.action_layout.addWidget(self.evaluate_button)

        self.drill_button = QPushButton(ResultsScreen)
        self.drill_button.setObjectName(u"drill_button")

        self.action_layout.addWidget(self.drill_button)

        self.action_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.action_layout.addItem(self.action_spacer)

        self.finalise_button = QPushButton(ResultsScreen)
        self.finalise_button.setObjectName(u"finalise_button")

        self.action_layout.addWidget(self.finalise_button)

        self.reopen_button = QPushButton(ResultsScreen)
        self.reopen_button.setObjectName(u"reopen_button")

        self.action_layout.addWidget(self.reopen_button)

        self.export_button = QPushButton(ResultsScreen)
        self.export_button.setObjectName(u"export_button")
        self.export_button.setAutoDefault(False)

        self.action_layout.addWidget(self.export_button)


        self.screen_layout.addLayout(self.action_layout)

        self.status_label = QLabel(ResultsScreen)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.screen_layout.addWidget(self.status_label)

        self.result_tabs = QTabWidget(ResultsScreen)
        self.result_tabs.setObjectName(u"result_tabs")
        self.ranking_tab = QWidget()
        self.ranking_tab.setObjectName(u"ranking_tab")
        self.ranking_layout = QVBoxLayout(self.ranking_tab)
        self.ranking_layout.setObjectName(u"ranking_layout")
        self.ranking_table = QTableView(self.ranking_tab)
        self.ranking_table.setObjectName(u"ranking_table")
        self.ranking_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ranking_table.setAlternatingRowColors(True)
        self.ranking_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.ranking_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ranking_table.setSortingEnabled(True)
        self.ranking_table.setWordWrap(False)
        self.ranking_table.setTabKeyNavigation(False)
        self.ranking_table.horizontalHeader().setStretchLastSection(True)
        self.ranking_table.verticalHeader().setVisible(False)

        self.ranking_layout.addWidget(self.ranking_table)

        self.result_tabs.addTab(self.ranking_tab, "")
        self.lists_tab = QWidget()
        self.lists_tab.setObjectName(u"lists_tab")
        self.lists_layout = QHBoxLayout(self.lists_tab)
        self.lists_layout.setObjectName(u"lists_layout")
        self.red_layout = QVBoxLayout()
        self.red_layout.setObjectName(u"red_layout")
        self.red_label = QLabel(self.lists_tab)
        self.red_label.setObjectName(u"red_label")
        self.red_label.setStyleSheet(u"font-weight: bold; color: #b00020;")

        self.red_layout.addWidget(self.red_label)

        self.red_table = QTableView(self.lists_tab)
        self.red_table.setObjectName(u"red_table")
        self.red_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.red_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.red_table.setWordWrap(False)
        self.red_table.setTabKeyNavigation(False)
        self.red_table.horizontalHeader().setStretchLastSection(True)
        self.red_table.verticalHeader().setVisible(False)

        self.red_layout.addWidget(self.red_table)


        self.lists_layout.addLayout(self.red_layout)

        self.black_layout = QVBoxLayout()
        self.black_layout.setObjectName(u"black_layout")
        self.black_label = QLabel(self.lists_tab)
        self.black_label.setObjectName(u"black_label")
        self.black_label.setStyleSheet(u"font-weight: bold;")

        self.black_layout.addWidget(self.black_label)

        self.black_table = QTableView(self.lists_tab)
        self.black_table.setObjectName(u"black_table")
        self.black_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.black_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.black_table.setWordWrap(False)
        self.black_table.setTabKeyNavigation(False)
        self.black_table.horizontalHeader().setStretchLastSection(True)
        self.black_table.verticalHeader().setVisible(False)

        self.black_layout.addWidget(self.black_table)


        self.lists_layout.addLayout(self.black_layout)

        self.result_tabs.addTab(self.lists_tab, "")
        self.warnings_tab = QWidget()
        self.warnings_tab.setObjectName(u"warnings_tab")
        self.warnings_layout = QVBoxLayout(self.warnings_tab)
        self.warnings_layout.setObjectName(u"warnings_layout")
        self.warnings_hint_label = QLabel(self.warnings_tab)
        self.warnings_hint_label.setObjectName(u"warnings_hint_label")
        self.warnings_hint_label.setWordWrap(True)

        self.warnings_layout.addWidget(self.warnings_hint_label)

        self.warning_table = QTableView(self.warnings_tab)
        self.warning_table.setObjectName(u"warning_table")
        self.warning_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.warning_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.warning_table.setWordWrap(False)
        self.warning_table.setTabKeyNavigation(False)
        self.warning_table.horizontalHeader().setStretchLastSection(True)
        self.warning_table.verticalHeader().setVisible(False)

        self.warnings_layout.addWidget(self.warning_table)

        self.result_tabs.addTab(self.warnings_tab, "")
        self.charts_tab = QWidget()
        self.charts_tab.setObjectName(u"charts_tab")
        self.charts_layout = QHBoxLayout(self.charts_tab)
        self.charts_layout.setObjectName(u"charts_layout")
        self.result_tabs.addTab(self.charts_tab, "")

        self.screen_layout.addWidget(self.result_tabs)

#if QT_CONFIG(shortcut)
        self.quarter_label.setBuddy(self.quarter_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.quarter_combo, self.evaluate_button)
        QWidget.setTabOrder(self.evaluate_button, self.drill_button)
        QWidget.setTabOrder(self.drill_button, self.finalise_button)
        QWidget.setTabOrder(self.finalise_button, self.reopen_button)
        QWidget.setTabOrder(self.reopen_button, self.export_button)
        QWidget.setTabOrder(self.export_button, self.result_tabs)
        QWidget.setTabOrder(self.result_tabs, self.ranking_table)
        QWidget.setTabOrder(self.ranking_table, self.red_table)
        QWidget.setTabOrder(self.red_table, self.black_table)
        QWidget.setTabOrder(self.black_table, self.warning_table)

        self.retranslateUi(ResultsScreen)

        self.result_tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ResultsScreen)
    # setupUi

    def retranslateUi(self, ResultsScreen):
        self.title_label.setText(QCoreApplication.translate("ResultsScreen", u"Quarterly Results", None))
        self.quarter_label.setText(QCoreApplication.translate("ResultsScreen", u"&Quarter:", None))
        self.evaluate_button.setText(QCoreApplication.translate("ResultsScreen", u"&Evaluate", None))
        self.drill_button.setText(QCoreApplication.translate("ResultsScreen", u"&Drill down\u2026", None))
        self.finalise_button.setText(QCoreApplication.translate("ResultsScreen", u"&Finalise\u2026", None))
        self.reopen_button.setText(QCoreApplication.translate("ResultsScreen", u"Re&open\u2026", None))
        self.export_button.setText(QCoreApplication.translate("ResultsScreen", u"E&xport to Excel\u2026", None))
        self.result_tabs.setTabText(self.result_tabs.indexOf(self.ranking_tab), QCoreApplication.translate("ResultsScreen", u"Ranking", None))
        self.red_label.setText(QCoreApplication.translate("ResultsScreen", u"Red list", None))
        self.black_label.setText(QCoreApplication.translate("ResultsScreen", u"Black list", None))
        self.result_tabs.setTabText(self.result_tabs.indexOf(self.lists_tab), QCoreApplication.translate("ResultsScreen", u"Red and black lists", None))
        self.warnings_hint_label.setText(QCoreApplication.translate("ResultsScreen", u"Firms whose score fell sharply since last quarter, or whose trend would take them below the floor next quarter.", None))
        self.result_tabs.setTabText(self.result_tabs.indexOf(self.warnings_tab), QCoreApplication.translate("ResultsScreen", u"Early warnings", None))
        self.result_tabs.setTabText(self.result_tabs.indexOf(self.charts_tab), QCoreApplication.translate("ResultsScreen", u"Charts", None))
        pass
    # retranslateUi

