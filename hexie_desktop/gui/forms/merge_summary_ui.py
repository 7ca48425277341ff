# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'merge_summary.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHeaderView, QLabel,
    QSizePolicy, QSplitter, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_MergeSummary(object):
    def setupUi(self, MergeSummary):
        if not MergeSummary.objectName():
            MergeSummary.setObjectName(u"MergeSummary")
        MergeSummary.resize(900, 480)
        self.summary_layout = QVBoxLayout(MergeSummary)
        self.summary_layout.setObjectName(u"summary_layout")
        self.summary_layout.setContentsMargins(0, 0, 0, 0)
        self.headline_label = QLabel(MergeSummary)
        self.headline_label.setObjectName(u"headline_label")
        self.headline_label.setWordWrap(True)
        self.headline_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.summary_layout.addWidget(self.headline_label)

        self.summary_splitter = QSplitter(MergeSummary)
        self.summary_splitter.setObjectName(u"summary_splitter")
        self.summary_splitter.setOrientation(Qt.Orientation.Vertical)
        self.summary_splitter.setChildrenCollapsible(False)
        self.bundle_table = QTableView(self.summary_splitter)
        self.bundle_table.setObjectName(u"bundle_table")
        self.bundle_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.bundle_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.bundle_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.bundle_table.setAlternatingRowColors(True)
        self.bundle_table.setWordWrap(False)
        self.bundle_table.setTabKeyNavigation(False)
        self.summary_splitter.addWidget(self.bundle_table)
        self.detail_area = QWidget(self.summary_splitter)
        self.detail_area.setObjectName(u"detail_area")
        self.detail_layout = QVBoxLayout(self.detail_area)
        self.detail_layout.setObjectName(u"detail_layout")
        self.detail_layout.setContentsMargins(0, 0, 0, 0)
        self.notes_label = QLabel(self.detail_area)
        self.notes_label.setObjectName(u"notes_label")
        self.notes_label.setWordWrap(True)
        self.notes_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detail_layout.addWidget(self.notes_label)

        self.detail_tabs = QTabWidget(self.detail_area)
        self.detail_tabs.setObjectName(u"detail_tabs")
        self.detail_tabs.setDocumentMode(True)
        self.tables_tab = QWidget()
        self.tables_tab.setObjectName(u"tables_tab")
        self.tables_layout = QVBoxLayout(self.tables_tab)
        self.tables_layout.setObjectName(u"tables_layout")
        self.table_counts_table = QTableView(self.tables_tab)
        self.table_counts_table.setObjectName(u"table_counts_table")
        self.table_counts_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_counts_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table_counts_table.setAlternatingRowColors(True)
        self.table_counts_table.setTabKeyNavigation(False)

        self.tables_layout.addWidget(self.table_counts_table)

        self.detail_tabs.addTab(self.tables_tab, "")
        self.changes_tab = QWidget()
        self.changes_tab.setObjectName(u"changes_tab")
        self.changes_layout = QVBoxLayout(self.changes_tab)
        self.changes_layout.setObjectName(u"changes_layout")
        self.changes_table = QTableView(self.changes_tab)
        self.changes_table.setObjectName(u"changes_table")
        self.changes_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changes_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.changes_table.setAlternatingRowColors(True)
        self.changes_table.setWordWrap(False)
        self.changes_table.setTabKeyNavigation(False)

        self.changes_layout.addWidget(self.changes_table)

        self.detail_tabs.addTab(self.changes_tab, "")

        self.detail_layout.addWidget(self.detail_tabs)

        self.summary_splitter.addWidget(self.detail_area)

        self.summary_layout.addWidget(self.summary_splitter)

        QWidget.setTabOrder(self.bundle_table, self.detail_tabs)
        QWidget.setTabOrder(self.detail_tabs, self.table_counts_table)
        QWidget.setTabOrder(self.table_counts_table, self.changes_table)

        self.retranslateUi(MergeSummary)

        QMetaObject.connectSlotsByName(MergeSummary)
    # setupUi

    def retranslateUi(self, MergeSummary):
        self.detail_tabs.setTabText(self.detail_tabs.indexOf(self.tables_tab), QCoreApplication.translate("MergeSummary", u"By &table", None))
        self.detail_tabs.setTabText(self.detail_tabs.indexOf(self.changes_tab), QCoreApplication.translate("MergeSummary", u"Field &differences", None))
        pass
    # retranslateUi

