# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'master_data_screen.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QVBoxLayout, QWidget)

class Ui_MasterDataScreen(object):
    def setupUi(self, MasterDataScreen):
        if not MasterDataScreen.objectName():
            MasterDataScreen.setObjectName(u"MasterDataScreen")
        MasterDataScreen.resize(900, 600)
        self.screen_layout = QVBoxLayout(MasterDataScreen)
        self.screen_layout.setObjectName(u"screen_layout")
        self.screen_layout.setContentsMargins(0, 0, 0, 0)
        self.action_layout = QHBoxLayout()
        self.action_layout.setObjectName(u"action_layout")
        self.action_layout.setContentsMargins(9, 9, 9, -1)
        self.add_button = QPushButton(MasterDataScreen)
        self.add_button.setObjectName(u"add_button")

        self.action_layout.addWidget(self.add_button)

        self.edit_button = QPushButton(MasterDataScreen)
        self.edit_button.setObjectName(u"edit_button")

        self.action_layout.addWidget(self.edit_button)

        self.delete_button = QPushButton(MasterDataScreen)
        self.delete_button.setObjectName(u"delete_button")

        self.action_layout.addWidget(self.delete_button)

        self.action_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.action_layout.addItem(self.action_spacer)

        self.import_button = QPushButton(MasterDataScreen)
        self.import_button.setObjectName(u"import_button")

        self.action_layout.addWidget(self.import_button)


        self.screen_layout.addLayout(self.action_layout)

        self.master_data_tabs = QTabWidget(MasterDataScreen)
        self.master_data_tabs.setObjectName(u"master_data_tabs")
        self.master_data_tabs.setDocumentMode(True)

        self.screen_layout.addWidget(self.master_data_tabs)

        self.screen_layout.setStretch(1, 1)

        self.retranslateUi(MasterDataScreen)

        QMetaObject.connectSlotsByName(MasterDataScreen)
    # setupUi

    def retranslateUi(self, MasterDataScreen):
        self.add_button.setText(QCoreApplication.translate("MasterDataScreen", u"&New\u2026", None))
        self.edit_button.setText(QCoreApplication.translate("MasterDataScreen", u"&Edit\u2026", None))
        self.delete_button.setText(QCoreApplication.translate("MasterDataScreen", u"&Delete", None))
        self.import_button.setText(QCoreApplication.translate("MasterDataScreen", u"&Import from Excel\u2026", None))
        pass
    # retranslateUi

