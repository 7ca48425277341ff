# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'today_screen.ui'
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
    QSizePolicy, QTableView, QVBoxLayout, QWidget)

class Ui_TodayScreen(object):
    def setupUi(self, TodayScreen):
        if not TodayScreen.objectName():
            TodayScreen.setObjectName(u"TodayScreen")
        TodayScreen.resize(900, 600)
        self.screen_layout = QVBoxLayout(TodayScreen)
        self.screen_layout.setObjectName(u"screen_layout")
        self.title_label = QLabel(TodayScreen)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setStyleSheet(u"font-size: 16pt; font-weight: bold;")

        self.screen_layout.addWidget(self.title_label)

        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.street_label = QLabel(TodayScreen)
        self.street_label.setObjectName(u"street_label")

        self.filter_layout.addWidget(self.street_label)

        self.street_combo = QComboBox(TodayScreen)
        self.street_combo.setObjectName(u"street_combo")
        self.street_combo.setMinimumContentsLength(8)
        self.street_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.filter_layout.addWidget(self.street_combo)

        self.firm_label = QLabel(TodayScreen)
        self.firm_label.setObjectName(u"firm_label")

        self.filter_layout.addWidget(self.firm_label)

        self.firm_combo = QComboBox(TodayScreen)
        self.firm_combo.setObjectName(u"firm_combo")
        self.firm_combo.setMinimumContentsLength(8)
        self.firm_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.filter_layout.addWidget(self.firm_combo)

        self.filter_label = QLabel(TodayScreen)
        self.filter_label.setObjectName(u"filter_label")

        self.filter_layout.addWidget(self.filter_label)

        self.filter_edit = QLineEdit(TodayScreen)
        self.filter_edit.setObjectName(u"filter_edit")
        self.filter_edit.setClearButtonEnabled(True)

        self.filter_layout.addWidget(self.filter_edit)

        self.count_label = QLabel(TodayScreen)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setMinimumSize(QSize(160, 0))
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.filter_layout.addWidget(self.count_label)


        self.screen_layout.addLayout(self.filter_layout)

        self.compound_table = QTableView(TodayScreen)
        self.compound_table.setObjectName(u"compound_table")
        self.compound_table.setTabKeyNavigation(False)
        self.compound_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compound_table.setAlternatingRowColors(True)
        self.compound_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.compound_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.compound_table.setWordWrap(False)
        self.compound_table.horizontalHeader().setStretchLastSection(True)
        self.compound_table.verticalHeader().setVisible(False)

        self.screen_layout.addWidget(self.compound_table)

        self.footer_layout = QHBoxLayout()
        self.footer_layout.setObjectName(u"footer_layout")
        self.hint_label = QLabel(TodayScreen)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.footer_layout.addWidget(self.hint_label)

        self.open_button = QPushButton(TodayScreen)
        self.open_button.setObjectName(u"open_button")

        self.footer_layout.addWidget(self.open_button)

        self.footer_layout.setStretch(0, 1)

        self.screen_layout.addLayout(self.footer_layout)

#if QT_CONFIG(shortcut)
        self.street_label.setBuddy(self.street_combo)
        self.firm_label.setBuddy(self.firm_combo)
        self.filter_label.setBuddy(self.filter_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TodayScreen)

        QMetaObject.connectSlotsByName(TodayScreen)
    # setupUi

    def retranslateUi(self, TodayScreen):
        self.title_label.setText(QCoreApplication.translate("TodayScreen", u"Today's Work", None))
        self.street_label.setText(QCoreApplication.translate("TodayScreen", u"S&treet:", None))
        self.firm_label.setText(QCoreApplication.translate("TodayScreen", u"Fi&rm:", None))
        self.filter_label.setText(QCoreApplication.translate("TodayScreen", u"&Filter:", None))
        self.hint_label.setText(QCoreApplication.translate("TodayScreen", u"Enter or double-click opens the compound's inspection sheet; a sheet already begun opens where you left it.", None))
        self.open_button.setText(QCoreApplication.translate("TodayScreen", u"&Inspect", None))
        pass
    # retranslateUi

