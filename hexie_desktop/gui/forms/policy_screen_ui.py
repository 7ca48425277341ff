# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'policy_screen.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSplitter,
    QTableWidget, QTableWidgetItem, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget)

class Ui_PolicyScreen(object):
    def setupUi(self, PolicyScreen):
        if not PolicyScreen.objectName():
            PolicyScreen.setObjectName(u"PolicyScreen")
        PolicyScreen.resize(900, 600)
        self.screen_layout = QVBoxLayout(PolicyScreen)
        self.screen_layout.setObjectName(u"screen_layout")
        self.title_label = QLabel(PolicyScreen)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setStyleSheet(u"font-size: 16pt; font-weight: bold;")

        self.screen_layout.addWidget(self.title_label)

        self.action_layout = QHBoxLayout()
        self.action_layout.setObjectName(u"action_layout")
        self.hint_label = QLabel(PolicyScreen)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.action_layout.addWidget(self.hint_label)

        self.new_version_button = QPushButton(PolicyScreen)
        self.new_version_button.setObjectName(u"new_version_button")

        self.action_layout.addWidget(self.new_version_button)

        self.action_layout.setStretch(0, 1)

        self.screen_layout.addLayout(self.action_layout)

        self.policy_splitter = QSplitter(PolicyScreen)
        self.policy_splitter.setObjectName(u"policy_splitter")
        self.policy_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.version_table = QTableWidget(self.policy_splitter)
        self.version_table.setObjectName(u"version_table")
        self.version_table.setTabKeyNavigation(False)
        self.version_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.version_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.version_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.version_table.setWordWrap(False)
        self.policy_splitter.addWidget(self.version_table)
        self.version_table.horizontalHeader().setStretchLastSection(True)
        self.version_table.verticalHeader().setVisible(False)
        self.detail_box = QWidget(self.policy_splitter)
        self.detail_box.setObjectName(u"detail_box")
        self.detail_layout = QVBoxLayout(self.detail_box)
        self.detail_layout.setObjectName(u"detail_layout")
        self.detail_layout.setContentsMargins(0, 0, 0, 0)
        self.detail_title_label = QLabel(self.detail_box)
        self.detail_title_label.setObjectName(u"detail_title_label")
        self.detail_title_label.setStyleSheet(u"font-weight: bold;")
        self.detail_title_label.setWordWrap(True)

        self.detail_layout.addWidget(self.detail_title_label)

        self.detail_tree = QTreeWidget(self.detail_box)
        self.detail_tree.setObjectName(u"detail_tree")
        self.detail_tree.setTabKeyNavigation(False)
        self.detail_tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.detail_tree.setAlternatingRowColors(True)
        self.detail_tree.setWordWrap(True)

        self.detail_layout.addWidget(self.detail_tree)

        self.policy_splitter.addWidget(self.detail_box)

        self.screen_layout.addWidget(self.policy_splitter)

        self.screen_layout.setStretch(2, 1)
        QWidget.setTabOrder(self.version_table, self.detail_tree)
        QWidget.setTabOrder(self.detail_tree, self.new_version_button)

        self.retranslateUi(PolicyScreen)

        QMetaObject.connectSlotsByName(PolicyScreen)
    # setupUi

    def retranslateUi(self, PolicyScreen):
        self.title_label.setText(QCoreApplication.translate("PolicyScreen", u"Policy and Standards", None))
        self.hint_label.setText(QCoreApplication.translate("PolicyScreen", u"The version in force is the newest one whose start is not later than the period evaluated. A new version is an edited copy of the selected one and travels in the next master bundle.", None))
        self.new_version_button.setText(QCoreApplication.translate("PolicyScreen", u"&New version\u2026", None))
        ___qtreewidgetitem = self.detail_tree.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("PolicyScreen", u"Value", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("PolicyScreen", u"Item", None))
        pass
    # retranslateUi

