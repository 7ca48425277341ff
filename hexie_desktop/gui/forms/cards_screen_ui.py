# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cards_screen.ui'
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
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_CardsScreen(object):
    def setupUi(self, CardsScreen):
        if not CardsScreen.objectName():
            CardsScreen.setObjectName(u"CardsScreen")
        CardsScreen.resize(1000, 680)
        self.screen_layout = QVBoxLayout(CardsScreen)
        self.screen_layout.setObjectName(u"screen_layout")
        self.title_label = QLabel(CardsScreen)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setStyleSheet(u"font-size: 16pt; font-weight: bold;")

        self.screen_layout.addWidget(self.title_label)

        self.action_layout = QHBoxLayout()
        self.action_layout.setObjectName(u"action_layout")
        self.quarter_label = QLabel(CardsScreen)
        self.quarter_label.setObjectName(u"quarter_label")

        self.action_layout.addWidget(self.quarter_label)

        self.quarter_combo = QComboBox(CardsScreen)
        self.quarter_combo.setObjectName(u"quarter_combo")
        self.quarter_combo.setMinimumContentsLength(8)

        self.action_layout.addWidget(self.quarter_combo)

        self.issue_button = QPushButton(CardsScreen)
        self.issue_button.setObjectName(u"issue_button")

        self.action_layout.addWidget(self.issue_button)

        self.revoke_button = QPushButton(CardsScreen)
        self.revoke_button.setObjectName(u"revoke_button")

        self.action_layout.addWidget(self.revoke_button)

        self.export_button = QPushButton(CardsScreen)
        self.export_button.setObjectName(u"export_button")
        self.export_button.setAutoDefault(False)

        self.action_layout.addWidget(self.export_button)

        self.action_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.action_layout.addItem(self.action_spacer)


        self.screen_layout.addLayout(self.action_layout)

        self.status_label = QLabel(CardsScreen)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)

        self.screen_layout.addWidget(self.status_label)

        self.cards_tabs = QTabWidget(CardsScreen)
        self.cards_tabs.setObjectName(u"cards_tabs")
        self.cards_tab = QWidget()
        self.cards_tab.setObjectName(u"cards_tab")
        self.cards_layout = QVBoxLayout(self.cards_tab)
        self.cards_layout.setObjectName(u"cards_layout")
        self.card_table = QTableView(self.cards_tab)
        self.card_table.setObjectName(u"card_table")
        self.card_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.card_table.setAlternatingRowColors(True)
        self.card_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.card_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.card_table.setWordWrap(False)
        self.card_table.setTabKeyNavigation(False)
        self.card_table.horizontalHeader().setStretchLastSection(True)
        self.card_table.verticalHeader().setVisible(False)

        self.cards_layout.addWidget(self.card_table)

        self.cards_tabs.addTab(self.cards_tab, "")
        self.interviews_tab = QWidget()
        self.interviews_tab.setObjectName(u"interviews_tab")
        self.interviews_layout = QVBoxLayout(self.interviews_tab)
        self.interviews_layout.setObjectName(u"interviews_layout")
        self.interview_table = QTableView(self.interviews_tab)
        self.interview_table.setObjectName(u"interview_table")
        self.interview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.interview_table.setAlternatingRowColors(True)
        self.interview_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.interview_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.interview_table.setWordWrap(False)
        self.interview_table.setTabKeyNavigation(False)
        self.interview_table.horizontalHeader().setStretchLastSection(True)
        self.interview_table.verticalHeader().setVisible(False)

        self.interviews_layout.addWidget(self.interview_table)

        self.interview_action_layout = QHBoxLayout()
        self.interview_action_layout.setObjectName(u"interview_action_layout")
        self.interview_button = QPushButton(self.interviews_tab)
        self.interview_button.setObjectName(u"interview_button")

        self.interview_action_layout.addWidget(self.interview_button)

        self.interview_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.interview_action_layout.addItem(self.interview_spacer)


        self.interviews_layout.addLayout(self.interview_action_layout)

        self.cards_tabs.addTab(self.interviews_tab, "")
        self.credit_tab = QWidget()
        self.credit_tab.setObjectName(u"credit_tab")
        self.credit_layout = QVBoxLayout(self.credit_tab)
        self.credit_layout.setObjectName(u"credit_layout")
        self.credit_firm_layout = QHBoxLayout()
        self.credit_firm_layout.setObjectName(u"credit_firm_layout")
        self.credit_firm_label = QLabel(self.credit_tab)
        self.credit_firm_label.setObjectName(u"credit_firm_label")

        self.credit_firm_layout.addWidget(self.credit_firm_label)

        self.credit_firm_edit = QLineEdit(self.credit_tab)
        self.credit_firm_edit.setObjectName(u"credit_firm_edit")

        self.credit_firm_layout.addWidget(self.credit_firm_edit)

        self.credit_show_button = QPushButton(self.credit_tab)
        self.credit_show_button.setObjectName(u"credit_show_button")

        self.credit_firm_layout.addWidget(self.credit_show_button)


        self.credit_layout.addLayout(self.credit_firm_layout)

        self.credit_summary_label = QLabel(self.credit_tab)
        self.credit_summary_label.setObjectName(u"credit_summary_label")
        self.credit_summary_label.setWordWrap(True)

        self.credit_layout.addWidget(self.credit_summary_label)

        self.credit_table = QTableView(self.credit_tab)
        self.credit_table.setObjectName(u"credit_table")
        self.credit_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.credit_table.setAlternatingRowColors(True)
        self.credit_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.credit_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.credit_table.setWordWrap(False)
        self.credit_table.setTabKeyNavigation(False)
        self.credit_table.horizontalHeader().setStretchLastSection(True)
        self.credit_table.verticalHeader().setVisible(False)

        self.credit_layout.addWidget(self.credit_table)

        self.credit_action_layout = QHBoxLayout()
        self.credit_action_layout.setObjectName(u"credit_action_layout")
        self.objection_button = QPushButton(self.credit_tab)
        self.objection_button.setObjectName(u"objection_button")

        self.credit_action_layout.addWidget(self.objection_button)

        self.uphold_button = QPushButton(self.credit_tab)
        self.uphold_button.setObjectName(u"uphold_button")

        self.credit_action_layout.addWidget(self.uphold_button)

        self.reject_button = QPushButton(self.credit_tab)
        self.reject_button.setObjectName(u"reject_button")

        self.credit_action_layout.addWidget(self.reject_button)

        self.repair_button = QPushButton(self.credit_tab)
        self.repair_button.setObjectName(u"repair_button")

        self.credit_action_layout.addWidget(self.repair_button)

        self.credit_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.credit_action_layout.addItem(self.credit_spacer)


        self.credit_layout.addLayout(self.credit_action_layout)

        self.cards_tabs.addTab(self.credit_tab, "")

        self.screen_layout.addWidget(self.cards_tabs)

#if QT_CONFIG(shortcut)
        self.quarter_label.setBuddy(self.quarter_combo)
        self.credit_firm_label.setBuddy(self.credit_firm_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.quarter_combo, self.issue_button)
        QWidget.setTabOrder(self.issue_button, self.revoke_button)
        QWidget.setTabOrder(self.revoke_button, self.export_button)
        QWidget.setTabOrder(self.export_button, self.cards_tabs)
        QWidget.setTabOrder(self.cards_tabs, self.card_table)
        QWidget.setTabOrder(self.card_table, self.interview_table)
        QWidget.setTabOrder(self.interview_table, self.interview_button)
        QWidget.setTabOrder(self.interview_button, self.credit_firm_edit)
        QWidget.setTabOrder(self.credit_firm_edit, self.credit_show_button)
        QWidget.setTabOrder(self.credit_show_button, self.credit_table)
        QWidget.setTabOrder(self.credit_table, self.objection_button)
        QWidget.setTabOrder(self.objection_button, self.uphold_button)
        QWidget.setTabOrder(self.uphold_button, self.reject_button)
        QWidget.setTabOrder(self.reject_button, self.repair_button)

        self.retranslateUi(CardsScreen)

        self.cards_tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(CardsScreen)
    # setupUi

    def retranslateUi(self, CardsScreen):
        self.title_label.setText(QCoreApplication.translate("CardsScreen", u"Cards and Interviews", None))
        self.quarter_label.setText(QCoreApplication.translate("CardsScreen", u"&Quarter:", None))
        self.issue_button.setText(QCoreApplication.translate("CardsScreen", u"&Issue yellow card\u2026", None))
        self.revoke_button.setText(QCoreApplication.translate("CardsScreen", u"&Revoke on appeal\u2026", None))
        self.export_button.setText(QCoreApplication.translate("CardsScreen", u"E&xport to Excel\u2026", None))
        self.cards_tabs.setTabText(self.cards_tabs.indexOf(self.cards_tab), QCoreApplication.translate("CardsScreen", u"Cards", None))
        self.interview_button.setText(QCoreApplication.translate("CardsScreen", u"&Next step of the interview\u2026", None))
        self.cards_tabs.setTabText(self.cards_tabs.indexOf(self.interviews_tab), QCoreApplication.translate("CardsScreen", u"Interviews", None))
        self.credit_firm_label.setText(QCoreApplication.translate("CardsScreen", u"&Firm:", None))
        self.credit_firm_edit.setPlaceholderText(QCoreApplication.translate("CardsScreen", u"Firm name or credit code", None))
        self.credit_show_button.setText(QCoreApplication.translate("CardsScreen", u"&Show", None))
        self.objection_button.setText(QCoreApplication.translate("CardsScreen", u"Record &objection\u2026", None))
        self.uphold_button.setText(QCoreApplication.translate("CardsScreen", u"Objection &upheld\u2026", None))
        self.reject_button.setText(QCoreApplication.translate("CardsScreen", u"Objection re&jected\u2026", None))
        self.repair_button.setText(QCoreApplication.translate("CardsScreen", u"Credit re&pair\u2026", None))
        self.cards_tabs.setTabText(self.cards_tabs.indexOf(self.credit_tab), QCoreApplication.translate("CardsScreen", u"Credit file", None))
        pass
    # retranslateUi

