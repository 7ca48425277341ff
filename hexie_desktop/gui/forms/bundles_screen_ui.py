# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'bundles_screen.ui'
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
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_BundlesScreen(object):
    def setupUi(self, BundlesScreen):
        if not BundlesScreen.objectName():
            BundlesScreen.setObjectName(u"BundlesScreen")
        BundlesScreen.resize(1000, 700)
        self.screen_layout = QVBoxLayout(BundlesScreen)
        self.screen_layout.setObjectName(u"screen_layout")
        self.title_label = QLabel(BundlesScreen)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setStyleSheet(u"font-size: 16px; font-weight: bold;")

        self.screen_layout.addWidget(self.title_label)

        self.groups_layout = QHBoxLayout()
        self.groups_layout.setObjectName(u"groups_layout")
        self.export_group = QGroupBox(BundlesScreen)
        self.export_group.setObjectName(u"export_group")
        self.export_layout = QVBoxLayout(self.export_group)
        self.export_layout.setObjectName(u"export_layout")
        self.export_intro_label = QLabel(self.export_group)
        self.export_intro_label.setObjectName(u"export_intro_label")
        self.export_intro_label.setWordWrap(True)

        self.export_layout.addWidget(self.export_intro_label)

        self.full_check = QCheckBox(self.export_group)
        self.full_check.setObjectName(u"full_check")

        self.export_layout.addWidget(self.full_check)

        self.export_button_layout = QHBoxLayout()
        self.export_button_layout.setObjectName(u"export_button_layout")
        self.export_button = QPushButton(self.export_group)
        self.export_button.setObjectName(u"export_button")

        self.export_button_layout.addWidget(self.export_button)

        self.key_card_button = QPushButton(self.export_group)
        self.key_card_button.setObjectName(u"key_card_button")

        self.export_button_layout.addWidget(self.key_card_button)

        self.passphrase_button = QPushButton(self.export_group)
        self.passphrase_button.setObjectName(u"passphrase_button")

        self.export_button_layout.addWidget(self.passphrase_button)

        self.export_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.export_button_layout.addItem(self.export_spacer)


        self.export_layout.addLayout(self.export_button_layout)

        self.export_state_label = QLabel(self.export_group)
        self.export_state_label.setObjectName(u"export_state_label")
        self.export_state_label.setWordWrap(True)
        self.export_state_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.export_layout.addWidget(self.export_state_label)

        self.export_count_table = QTableView(self.export_group)
        self.export_count_table.setObjectName(u"export_count_table")
        self.export_count_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.export_count_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.export_count_table.setAlternatingRowColors(True)
        self.export_count_table.setTabKeyNavigation(False)

        self.export_layout.addWidget(self.export_count_table)


        self.groups_layout.addWidget(self.export_group)

        self.import_group = QGroupBox(BundlesScreen)
        self.import_group.setObjectName(u"import_group")
        self.import_layout = QVBoxLayout(self.import_group)
        self.import_layout.setObjectName(u"import_layout")
        self.import_intro_label = QLabel(self.import_group)
        self.import_intro_label.setObjectName(u"import_intro_label")
        self.import_intro_label.setWordWrap(True)

        self.import_layout.addWidget(self.import_intro_label)

        self.import_button_layout = QHBoxLayout()
        self.import_button_layout.setObjectName(u"import_button_layout")
        self.import_button = QPushButton(self.import_group)
        self.import_button.setObjectName(u"import_button")

        self.import_button_layout.addWidget(self.import_button)

        self.import_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.import_button_layout.addItem(self.import_spacer)


        self.import_layout.addLayout(self.import_button_layout)

        self.import_state_label = QLabel(self.import_group)
        self.import_state_label.setObjectName(u"import_state_label")
        self.import_state_label.setWordWrap(True)

        self.import_layout.addWidget(self.import_state_label)

        self.import_bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.import_layout.addItem(self.import_bottom_spacer)


        self.groups_layout.addWidget(self.import_group)


        self.screen_layout.addLayout(self.groups_layout)

        self.history_group = QGroupBox(BundlesScreen)
        self.history_group.setObjectName(u"history_group")
        self.history_layout = QVBoxLayout(self.history_group)
        self.history_layout.setObjectName(u"history_layout")
        self.history_table = QTableView(self.history_group)
        self.history_table.setObjectName(u"history_table")
        self.history_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_table.setAlternatingRowColors(True)
        self.history_table.setWordWrap(False)
        self.history_table.setTabKeyNavigation(False)

        self.history_layout.addWidget(self.history_table)


        self.screen_layout.addWidget(self.history_group)

        QWidget.setTabOrder(self.full_check, self.export_button)
        QWidget.setTabOrder(self.export_button, self.key_card_button)
        QWidget.setTabOrder(self.key_card_button, self.passphrase_button)
        QWidget.setTabOrder(self.passphrase_button, self.export_count_table)
        QWidget.setTabOrder(self.export_count_table, self.import_button)
        QWidget.setTabOrder(self.import_button, self.history_table)

        self.retranslateUi(BundlesScreen)

        self.export_button.setDefault(True)


        QMetaObject.connectSlotsByName(BundlesScreen)
    # setupUi

    def retranslateUi(self, BundlesScreen):
        self.title_label.setText(QCoreApplication.translate("BundlesScreen", u"Bundles", None))
        self.export_group.setTitle(QCoreApplication.translate("BundlesScreen", u"Take your work to the bureau", None))
        self.export_intro_label.setText(QCoreApplication.translate("BundlesScreen", u"Exports everything you changed since your last export into one signed file, for example on a USB stick. The file is read back and checked after writing.", None))
        self.full_check.setText(QCoreApplication.translate("BundlesScreen", u"Export &everything again (when an earlier file was lost)", None))
        self.export_button.setText(QCoreApplication.translate("BundlesScreen", u"E&xport to\u2026", None))
        self.key_card_button.setText(QCoreApplication.translate("BundlesScreen", u"Export my &key card\u2026", None))
        self.passphrase_button.setText(QCoreApplication.translate("BundlesScreen", u"Key &passphrase\u2026", None))
        self.import_group.setTitle(QCoreApplication.translate("BundlesScreen", u"Master data from the bureau", None))
        self.import_intro_label.setText(QCoreApplication.translate("BundlesScreen", u"The bureau sends compounds, firms, the scoring standard and the policy as a master bundle. Import it whenever the bureau gives you a new one.", None))
        self.import_button.setText(QCoreApplication.translate("BundlesScreen", u"&Import master bundle\u2026", None))
        self.history_group.setTitle(QCoreApplication.translate("BundlesScreen", u"Bundles exported and imported", None))
        pass
    # retranslateUi

