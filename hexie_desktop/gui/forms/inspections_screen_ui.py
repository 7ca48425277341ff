# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'inspections_screen.ui'
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
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QTableView, QVBoxLayout, QWidget)

class Ui_InspectionsScreen(object):
    def setupUi(self, InspectionsScreen):
        if not InspectionsScreen.objectName():
            InspectionsScreen.setObjectName(u"InspectionsScreen")
        InspectionsScreen.resize(900, 600)
        self.screen_layout = QVBoxLayout(InspectionsScreen)
        self.screen_layout.setObjectName(u"screen_layout")
        self.title_label = QLabel(InspectionsScreen)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setStyleSheet(u"font-size: 16pt; font-weight: bold;")

        self.screen_layout.addWidget(self.title_label)

        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.filter_label = QLabel(InspectionsScreen)
        self.filter_label.setObjectName(u"filter_label")

        self.filter_layout.addWidget(self.filter_label)

        self.filter_edit = QLineEdit(InspectionsScreen)
        self.filter_edit.setObjectName(u"filter_edit")
        self.filter_edit.setClearButtonEnabled(True)

        self.filter_layout.addWidget(self.filter_edit)

        self.count_label = QLabel(InspectionsScreen)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setMinimumSize(QSize(160, 0))
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.filter_layout.addWidget(self.count_label)


        self.screen_layout.addLayout(self.filter_layout)

        self.inspection_table = QTableView(InspectionsScreen)
        self.inspection_table.setObjectName(u"inspection_table")
        self.inspection_table.setTabKeyNavigation(False)
        self.inspection_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.inspection_table.setAlternatingRowColors(True)
        self.inspection_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.inspection_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.inspection_table.setWordWrap(False)
        self.inspection_table.horizontalHeader().setStretchLastSection(True)
        self.inspection_table.verticalHeader().setVisible(False)

        self.screen_layout.addWidget(self.inspection_table)

        self.footer_layout = QHBoxLayout()
        self.footer_layout.setObjectName(u"footer_layout")
        self.hint_label = QLabel(InspectionsScreen)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.footer_layout.addWidget(self.hint_label)

        self.open_button = QPushButton(InspectionsScreen)
        self.open_button.setObjectName(u"open_button")

        self.footer_layout.addWidget(self.open_button)

        self.footer_layout.setStretch(0, 1)

        self.screen_layout.addLayout(self.footer_layout)

#if QT_CONFIG(shortcut)
        self.filter_label.setBuddy(self.filter_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(InspectionsScreen)

        QMetaObject.connectSlotsByName(InspectionsScreen)
    # setupUi

    def retranslateUi(self, InspectionsScreen):
        self.title_label.setText(QCoreApplication.translate("InspectionsScreen", u"Inspections", None))
        self.filter_label.setText(QCoreApplication.translate("InspectionsScreen", u"&Filter:", None))
        self.hint_label.setText(QCoreApplication.translate("InspectionsScreen", u"Enter or double-click opens the sheet. Drafts are saved as you type and are not counted until submitted.", None))
        self.open_button.setText(QCoreApplication.translate("InspectionsScreen", u"&Open", None))
        pass
    # retranslateUi

