# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'review_screen.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTabWidget, QTableView, QTreeView, QVBoxLayout,
    QWidget)

class Ui_ReviewScreen(object):
    def setupUi(self, ReviewScreen):
        if not ReviewScreen.objectName():
            ReviewScreen.setObjectName(u"ReviewScreen")
        ReviewScreen.resize(1000, 700)
        self.screen_layout = QVBoxLayout(ReviewScreen)
        self.screen_layout.setObjectName(u"screen_layout")
        self.top_layout = QHBoxLayout()
        self.top_layout.setObjectName(u"top_layout")
        self.title_label = QLabel(ReviewScreen)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setStyleSheet(u"font-size: 16px; font-weight: bold;")

        self.top_layout.addWidget(self.title_label)

        self.top_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.top_layout.addItem(self.top_spacer)

        self.filter_edit = QLineEdit(ReviewScreen)
        self.filter_edit.setObjectName(u"filter_edit")
        self.filter_edit.setMinimumSize(QSize(260, 0))
        self.filter_edit.setClearButtonEnabled(True)

        self.top_layout.addWidget(self.filter_edit)


        self.screen_layout.addLayout(self.top_layout)

        self.screen_splitter = QSplitter(ReviewScreen)
        self.screen_splitter.setObjectName(u"screen_splitter")
        self.screen_splitter.setOrientation(Qt.Orientation.Vertical)
        self.screen_splitter.setChildrenCollapsible(False)
        self.review_tabs = QTabWidget(self.screen_splitter)
        self.review_tabs.setObjectName(u"review_tabs")
        self.review_tabs.setDocumentMode(True)
        self.held_tab = QWidget()
        self.held_tab.setObjectName(u"held_tab")
        self.held_layout = QVBoxLayout(self.held_tab)
        self.held_layout.setObjectName(u"held_layout")
        self.held_table = QTreeView(self.held_tab)
        self.held_table.setObjectName(u"held_table")
        self.held_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.held_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.held_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.held_table.setAlternatingRowColors(True)
        self.held_table.setWordWrap(False)
        self.held_table.setUniformRowHeights(True)
        self.held_table.setExpandsOnDoubleClick(False)
        self.held_table.setTabKeyNavigation(False)

        self.held_layout.addWidget(self.held_table)

        self.review_tabs.addTab(self.held_tab, "")
        self.conflicts_tab = QWidget()
        self.conflicts_tab.setObjectName(u"conflicts_tab")
        self.conflicts_layout = QVBoxLayout(self.conflicts_tab)
        self.conflicts_layout.setObjectName(u"conflicts_layout")
        self.conflict_table = QTableView(self.conflicts_tab)
        self.conflict_table.setObjectName(u"conflict_table")
        self.conflict_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conflict_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conflict_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.conflict_table.setAlternatingRowColors(True)
        self.conflict_table.setWordWrap(False)
        self.conflict_table.setTabKeyNavigation(False)

        self.conflicts_layout.addWidget(self.conflict_table)

        self.review_tabs.addTab(self.conflicts_tab, "")
        self.screen_splitter.addWidget(self.review_tabs)
        self.detail_group = QGroupBox(self.screen_splitter)
        self.detail_group.setObjectName(u"detail_group")
        self.detail_layout = QVBoxLayout(self.detail_group)
        self.detail_layout.setObjectName(u"detail_layout")
        self.detail_label = QLabel(self.detail_group)
        self.detail_label.setObjectName(u"detail_label")
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detail_layout.addWidget(self.detail_label)

        self.differences_check = QCheckBox(self.detail_group)
        self.differences_check.setObjectName(u"differences_check")
        self.differences_check.setChecked(True)

        self.detail_layout.addWidget(self.differences_check)

        self.diff_table = QTableView(self.detail_group)
        self.diff_table.setObjectName(u"diff_table")
        self.diff_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.diff_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.diff_table.setAlternatingRowColors(True)
        self.diff_table.setWordWrap(False)
        self.diff_table.setTabKeyNavigation(False)

        self.detail_layout.addWidget(self.diff_table)

        self.screen_splitter.addWidget(self.detail_group)

        self.screen_layout.addWidget(self.screen_splitter)

        self.action_layout = QHBoxLayout()
        self.action_layout.setObjectName(u"action_layout")
        self.reason_label = QLabel(ReviewScreen)
        self.reason_label.setObjectName(u"reason_label")

        self.action_layout.addWidget(self.reason_label)

        self.reason_edit = QLineEdit(ReviewScreen)
        self.reason_edit.setObjectName(u"reason_edit")
        self.reason_edit.setMaxLength(500)

        self.action_layout.addWidget(self.reason_edit)

        self.accept_button = QPushButton(ReviewScreen)
        self.accept_button.setObjectName(u"accept_button")

        self.action_layout.addWidget(self.accept_button)

        self.reject_button = QPushButton(ReviewScreen)
        self.reject_button.setObjectName(u"reject_button")

        self.action_layout.addWidget(self.reject_button)

        self.reviewed_button = QPushButton(ReviewScreen)
        self.reviewed_button.setObjectName(u"reviewed_button")

        self.action_layout.addWidget(self.reviewed_button)


        self.screen_layout.addLayout(self.action_layout)

        self.status_label = QLabel(ReviewScreen)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)

        self.screen_layout.addWidget(self.status_label)

#if QT_CONFIG(shortcut)
        self.reason_label.setBuddy(self.reason_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.filter_edit, self.review_tabs)
        QWidget.setTabOrder(self.review_tabs, self.held_table)
        QWidget.setTabOrder(self.held_table, self.conflict_table)
        QWidget.setTabOrder(self.conflict_table, self.differences_check)
        QWidget.setTabOrder(self.differences_check, self.diff_table)
        QWidget.setTabOrder(self.diff_table, self.reason_edit)
        QWidget.setTabOrder(self.reason_edit, self.accept_button)
        QWidget.setTabOrder(self.accept_button, self.reject_button)
        QWidget.setTabOrder(self.reject_button, self.reviewed_button)

        self.retranslateUi(ReviewScreen)

        QMetaObject.connectSlotsByName(ReviewScreen)
    # setupUi

    def retranslateUi(self, ReviewScreen):
        self.title_label.setText(QCoreApplication.translate("ReviewScreen", u"Pending Review", None))
        self.review_tabs.setTabText(self.review_tabs.indexOf(self.held_tab), QCoreApplication.translate("ReviewScreen", u"Held records", None))
        self.review_tabs.setTabText(self.review_tabs.indexOf(self.conflicts_tab), QCoreApplication.translate("ReviewScreen", u"Conflicts", None))
        self.detail_group.setTitle(QCoreApplication.translate("ReviewScreen", u"Side by side with the record in force", None))
        self.differences_check.setText(QCoreApplication.translate("ReviewScreen", u"Show only fields that &differ", None))
        self.reason_label.setText(QCoreApplication.translate("ReviewScreen", u"R&eason:", None))
        self.accept_button.setText(QCoreApplication.translate("ReviewScreen", u"&Accept", None))
        self.reject_button.setText(QCoreApplication.translate("ReviewScreen", u"Re&ject", None))
        self.reviewed_button.setText(QCoreApplication.translate("ReviewScreen", u"Mark &reviewed", None))
        pass
    # retranslateUi

