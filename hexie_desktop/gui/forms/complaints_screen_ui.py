# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'complaints_screen.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_ComplaintsScreen(object):
    def setupUi(self, ComplaintsScreen):
        if not ComplaintsScreen.objectName():
            ComplaintsScreen.setObjectName(u"ComplaintsScreen")
        ComplaintsScreen.resize(960, 600)
        self.screen_layout = QVBoxLayout(ComplaintsScreen)
        self.screen_layout.setObjectName(u"screen_layout")
        self.title_layout = QHBoxLayout()
        self.title_layout.setObjectName(u"title_layout")
        self.title_label = QLabel(ComplaintsScreen)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setStyleSheet(u"font-size: 16pt; font-weight: bold;")

        self.title_layout.addWidget(self.title_label)

        self.title_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.title_layout.addItem(self.title_spacer)

        self.new_ticket_button = QPushButton(ComplaintsScreen)
        self.new_ticket_button.setObjectName(u"new_ticket_button")
        self.new_ticket_button.setAutoDefault(False)

        self.title_layout.addWidget(self.new_ticket_button)

        self.open_button = QPushButton(ComplaintsScreen)
        self.open_button.setObjectName(u"open_button")
        self.open_button.setAutoDefault(False)

        self.title_layout.addWidget(self.open_button)

        self.survey_button = QPushButton(ComplaintsScreen)
        self.survey_button.setObjectName(u"survey_button")
        self.survey_button.setAutoDefault(False)

        self.title_layout.addWidget(self.survey_button)

        self.surveys_button = QPushButton(ComplaintsScreen)
        self.surveys_button.setObjectName(u"surveys_button")
        self.surveys_button.setAutoDefault(False)

        self.title_layout.addWidget(self.surveys_button)

        self.export_button = QPushButton(ComplaintsScreen)
        self.export_button.setObjectName(u"export_button")
        self.export_button.setAutoDefault(False)

        self.title_layout.addWidget(self.export_button)


        self.screen_layout.addLayout(self.title_layout)

        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.filter_label = QLabel(ComplaintsScreen)
        self.filter_label.setObjectName(u"filter_label")

        self.filter_layout.addWidget(self.filter_label)

        self.filter_edit = QLineEdit(ComplaintsScreen)
        self.filter_edit.setObjectName(u"filter_edit")
        self.filter_edit.setClearButtonEnabled(True)

        self.filter_layout.addWidget(self.filter_edit)

        self.state_label = QLabel(ComplaintsScreen)
        self.state_label.setObjectName(u"state_label")

        self.filter_layout.addWidget(self.state_label)

        self.state_combo = QComboBox(ComplaintsScreen)
        self.state_combo.setObjectName(u"state_combo")
        self.state_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filter_layout.addWidget(self.state_combo)

        self.category_label = QLabel(ComplaintsScreen)
        self.category_label.setObjectName(u"category_label")

        self.filter_layout.addWidget(self.category_label)

        self.category_combo = QComboBox(ComplaintsScreen)
        self.category_combo.setObjectName(u"category_combo")
        self.category_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filter_layout.addWidget(self.category_combo)

        self.overdue_check = QCheckBox(ComplaintsScreen)
        self.overdue_check.setObjectName(u"overdue_check")

        self.filter_layout.addWidget(self.overdue_check)

        self.count_label = QLabel(ComplaintsScreen)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setMinimumSize(QSize(160, 0))
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.filter_layout.addWidget(self.count_label)


        self.screen_layout.addLayout(self.filter_layout)

        self.ticket_table = QTableView(ComplaintsScreen)
        self.ticket_table.setObjectName(u"ticket_table")
        self.ticket_table.setTabKeyNavigation(False)
        self.ticket_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ticket_table.setAlternatingRowColors(True)
        self.ticket_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.ticket_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ticket_table.setWordWrap(False)
        self.ticket_table.horizontalHeader().setStretchLastSection(True)
        self.ticket_table.verticalHeader().setVisible(False)

        self.screen_layout.addWidget(self.ticket_table)

        self.empty_label = QLabel(ComplaintsScreen)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet(u"color: palette(mid); font-size: 12pt; padding: 24px;")

        self.screen_layout.addWidget(self.empty_label)

        self.screen_layout.setStretch(2, 1)
        self.screen_layout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.filter_label.setBuddy(self.filter_edit)
        self.state_label.setBuddy(self.state_combo)
        self.category_label.setBuddy(self.category_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.filter_edit, self.state_combo)
        QWidget.setTabOrder(self.state_combo, self.category_combo)
        QWidget.setTabOrder(self.category_combo, self.overdue_check)
        QWidget.setTabOrder(self.overdue_check, self.ticket_table)
        QWidget.setTabOrder(self.ticket_table, self.new_ticket_button)
        QWidget.setTabOrder(self.new_ticket_button, self.open_button)
        QWidget.setTabOrder(self.open_button, self.survey_button)
        QWidget.setTabOrder(self.survey_button, self.surveys_button)
        QWidget.setTabOrder(self.surveys_button, self.export_button)

        self.retranslateUi(ComplaintsScreen)

        QMetaObject.connectSlotsByName(ComplaintsScreen)
    # setupUi

    def retranslateUi(self, ComplaintsScreen):
        self.title_label.setText(QCoreApplication.translate("ComplaintsScreen", u"Complaint Tickets", None))
        self.new_ticket_button.setText(QCoreApplication.translate("ComplaintsScreen", u"&New Ticket\u2026", None))
        self.open_button.setText(QCoreApplication.translate("ComplaintsScreen", u"&Open Ticket", None))
        self.survey_button.setText(QCoreApplication.translate("ComplaintsScreen", u"Satisfaction &Survey\u2026", None))
        self.surveys_button.setText(QCoreApplication.translate("ComplaintsScreen", u"Survey &List\u2026", None))
        self.export_button.setText(QCoreApplication.translate("ComplaintsScreen", u"E&xport to Excel\u2026", None))
        self.filter_label.setText(QCoreApplication.translate("ComplaintsScreen", u"&Filter:", None))
        self.state_label.setText(QCoreApplication.translate("ComplaintsScreen", u"S&tate:", None))
        self.category_label.setText(QCoreApplication.translate("ComplaintsScreen", u"&Category:", None))
        self.overdue_check.setText(QCoreApplication.translate("ComplaintsScreen", u"O&verdue only", None))
        pass
    # retranslateUi

