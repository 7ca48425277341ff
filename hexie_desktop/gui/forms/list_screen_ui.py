# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'list_screen.ui'
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
    QLabel, QLineEdit, QSizePolicy, QTableView,
    QVBoxLayout, QWidget)

class Ui_ListScreen(object):
    def setupUi(self, ListScreen):
        if not ListScreen.objectName():
            ListScreen.setObjectName(u"ListScreen")
        ListScreen.resize(800, 600)
        self.screen_layout = QVBoxLayout(ListScreen)
        self.screen_layout.setObjectName(u"screen_layout")
        self.title_label = QLabel(ListScreen)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setStyleSheet(u"font-size: 16pt; font-weight: bold;")

        self.screen_layout.addWidget(self.title_label)

        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.filter_label = QLabel(ListScreen)
        self.filter_label.setObjectName(u"filter_label")

        self.filter_layout.addWidget(self.filter_label)

        self.filter_edit = QLineEdit(ListScreen)
        self.filter_edit.setObjectName(u"filter_edit")
        self.filter_edit.setClearButtonEnabled(True)

        self.filter_layout.addWidget(self.filter_edit)

        self.count_label = QLabel(ListScreen)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setMinimumSize(QSize(160, 0))
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.filter_layout.addWidget(self.count_label)


        self.screen_layout.addLayout(self.filter_layout)

        self.record_table = QTableView(ListScreen)
        self.record_table.setObjectName(u"record_table")
        self.record_table.setTabKeyNavigation(False)
        self.record_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.record_table.setAlternatingRowColors(True)
        self.record_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.record_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.record_table.setSortingEnabled(False)
        self.record_table.setWordWrap(False)
        self.record_table.horizontalHeader().setStretchLastSection(True)
        self.record_table.verticalHeader().setVisible(False)

        self.screen_layout.addWidget(self.record_table)

#if QT_CONFIG(shortcut)
        self.filter_label.setBuddy(self.filter_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ListScreen)

        QMetaObject.connectSlotsByName(ListScreen)
    # setupUi

    def retranslateUi(self, ListScreen):
        self.filter_label.setText(QCoreApplication.translate("ListScreen", u"&Filter:", None))
        pass
    # retranslateUi

