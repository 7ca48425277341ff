# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'results_drilldown_dialog.ui'
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
    QDialogButtonBox, QHeaderView, QLabel, QListView,
    QListWidget, QListWidgetItem, QSizePolicy, QSplitter,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_ResultsDrilldownDialog(object):
    def setupUi(self, ResultsDrilldownDialog):
        if not ResultsDrilldownDialog.objectName():
            ResultsDrilldownDialog.setObjectName(u"ResultsDrilldownDialog")
        ResultsDrilldownDialog.resize(1180, 760)
        self.dialog_layout = QVBoxLayout(ResultsDrilldownDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.header_label = QLabel(ResultsDrilldownDialog)
        self.header_label.setObjectName(u"header_label")
        self.header_label.setStyleSheet(u"font-size: 13pt; font-weight: bold;")
        self.header_label.setWordWrap(True)
        self.header_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.header_label)

        self.score_label = QLabel(ResultsDrilldownDialog)
        self.score_label.setObjectName(u"score_label")
        self.score_label.setWordWrap(True)
        self.score_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.score_label)

        self.main_splitter = QSplitter(ResultsDrilldownDialog)
        self.main_splitter.setObjectName(u"main_splitter")
        self.main_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.main_splitter.setChildrenCollapsible(False)
        self.left_widget = QWidget(self.main_splitter)
        self.left_widget.setObjectName(u"left_widget")
        self.left_layout = QVBoxLayout(self.left_widget)
        self.left_layout.setObjectName(u"left_layout")
        self.left_layout.setContentsMargins(0, 0, 0, 0)
        self.compounds_label = QLabel(self.left_widget)
        self.compounds_label.setObjectName(u"compounds_label")

        self.left_layout.addWidget(self.compounds_label)

        self.compound_table = QTableView(self.left_widget)
        self.compound_table.setObjectName(u"compound_table")
        self.compound_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compound_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.compound_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.compound_table.setWordWrap(False)
        self.compound_table.setTabKeyNavigation(False)
        self.compound_table.horizontalHeader().setStretchLastSection(True)
        self.compound_table.verticalHeader().setVisible(False)

        self.left_layout.addWidget(self.compound_table)

        self.sheets_label = QLabel(self.left_widget)
        self.sheets_label.setObjectName(u"sheets_label")

        self.left_layout.addWidget(self.sheets_label)

        self.sheet_table = QTableView(self.left_widget)
        self.sheet_table.setObjectName(u"sheet_table")
        self.sheet_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sheet_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sheet_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sheet_table.setWordWrap(False)
        self.sheet_table.setTabKeyNavigation(False)
        self.sheet_table.horizontalHeader().setStretchLastSection(True)
        self.sheet_table.verticalHeader().setVisible(False)

        self.left_layout.addWidget(self.sheet_table)

        self.main_splitter.addWidget(self.left_widget)
        self.right_widget = QWidget(self.main_splitter)
        self.right_widget.setObjectName(u"right_widget")
        self.right_layout = QVBoxLayout(self.right_widget)
        self.right_layout.setObjectName(u"right_layout")
        self.right_layout.setContentsMargins(0, 0, 0, 0)
        self.sheet_header_label = QLabel(self.right_widget)
        self.sheet_header_label.setObjectName(u"sheet_header_label")
        self.sheet_header_label.setWordWrap(True)
        self.sheet_header_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.right_layout.addWidget(self.sheet_header_label)

        self.right_splitter = QSplitter(self.right_widget)
        self.right_splitter.setObjectName(u"right_splitter")
        self.right_splitter.setOrientation(Qt.Orientation.Vertical)
        self.right_splitter.setChildrenCollapsible(False)
        self.indicator_table = QTableView(self.right_splitter)
        self.indicator_table.setObjectName(u"indicator_table")
        self.indicator_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.indicator_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.indicator_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.indicator_table.setWordWrap(False)
        self.indicator_table.setTabKeyNavigation(False)
        self.right_splitter.addWidget(self.indicator_table)
        self.indicator_table.horizontalHeader().setStretchLastSection(True)
        self.indicator_table.verticalHeader().setVisible(False)
        self.detail_tabs = QTabWidget(self.right_splitter)
        self.detail_tabs.setObjectName(u"detail_tabs")
        self.indicator_tab = QWidget()
        self.indicator_tab.setObjectName(u"indicator_tab")
        self.indicator_layout = QVBoxLayout(self.indicator_tab)
        self.indicator_layout.setObjectName(u"indicator_layout")
        self.indicator_label = QLabel(self.indicator_tab)
        self.indicator_label.setObjectName(u"indicator_label")
        self.indicator_label.setWordWrap(True)
        self.indicator_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.indicator_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.indicator_layout.addWidget(self.indicator_label)

        self.photo_list = QListWidget(self.indicator_tab)
        self.photo_list.setObjectName(u"photo_list")
        self.photo_list.setViewMode(QListView.ViewMode.IconMode)
        self.photo_list.setFlow(QListView.Flow.LeftToRight)
        self.photo_list.setWrapping(False)
        self.photo_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.photo_list.setMaximumSize(QSize(16777215, 130))

        self.indicator_layout.addWidget(self.photo_list)

        self.detail_tabs.addTab(self.indicator_tab, "")
        self.history_tab = QWidget()
        self.history_tab.setObjectName(u"history_tab")
        self.history_layout = QVBoxLayout(self.history_tab)
        self.history_layout.setObjectName(u"history_layout")
        self.history_table = QTableView(self.history_tab)
        self.history_table.setObjectName(u"history_table")
        self.history_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_table.setWordWrap(False)
        self.history_table.setTabKeyNavigation(False)
        self.history_table.horizontalHeader().setStretchLastSection(True)
        self.history_table.verticalHeader().setVisible(False)

        self.history_layout.addWidget(self.history_table)

        self.detail_tabs.addTab(self.history_tab, "")
        self.right_splitter.addWidget(self.detail_tabs)

        self.right_layout.addWidget(self.right_splitter)

        self.main_splitter.addWidget(self.right_widget)

        self.dialog_layout.addWidget(self.main_splitter)

        self.button_box = QDialogButtonBox(ResultsDrilldownDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialog_layout.addWidget(self.button_box)

        self.dialog_layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.compounds_label.setBuddy(self.compound_table)
        self.sheets_label.setBuddy(self.sheet_table)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.compound_table, self.sheet_table)
        QWidget.setTabOrder(self.sheet_table, self.indicator_table)
        QWidget.setTabOrder(self.indicator_table, self.detail_tabs)
        QWidget.setTabOrder(self.detail_tabs, self.photo_list)
        QWidget.setTabOrder(self.photo_list, self.history_table)

        self.retranslateUi(ResultsDrilldownDialog)
        self.button_box.rejected.connect(ResultsDrilldownDialog.reject)

        self.detail_tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ResultsDrilldownDialog)
    # setupUi

    def retranslateUi(self, ResultsDrilldownDialog):
        self.compounds_label.setText(QCoreApplication.translate("ResultsDrilldownDialog", u"&Compounds inspected", None))
        self.sheets_label.setText(QCoreApplication.translate("ResultsDrilldownDialog", u"Inspection &sheets of the compound", None))
        self.detail_tabs.setTabText(self.detail_tabs.indexOf(self.indicator_tab), QCoreApplication.translate("ResultsDrilldownDialog", u"Indicator", None))
        self.detail_tabs.setTabText(self.detail_tabs.indexOf(self.history_tab), QCoreApplication.translate("ResultsDrilldownDialog", u"Audit history", None))
        pass
    # retranslateUi

