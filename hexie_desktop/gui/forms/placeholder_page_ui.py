# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'placeholder_page.ui'
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
from PySide6.QtWidgets import (QApplication, QLabel, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_PlaceholderPage(object):
    def setupUi(self, PlaceholderPage):
        if not PlaceholderPage.objectName():
            PlaceholderPage.setObjectName(u"PlaceholderPage")
        PlaceholderPage.resize(600, 400)
        self.page_layout = QVBoxLayout(PlaceholderPage)
        self.page_layout.setObjectName(u"page_layout")
        self.top_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_layout.addItem(self.top_spacer)

        self.title_label = QLabel(PlaceholderPage)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setStyleSheet(u"font-size: 18pt; font-weight: bold;")
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.page_layout.addWidget(self.title_label)

        self.message_label = QLabel(PlaceholderPage)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.setWordWrap(True)

        self.page_layout.addWidget(self.message_label)

        self.hint_label = QLabel(PlaceholderPage)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setStyleSheet(u"color: #5f6368;")
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint_label.setWordWrap(True)

        self.page_layout.addWidget(self.hint_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_layout.addItem(self.bottom_spacer)


        self.retranslateUi(PlaceholderPage)

        QMetaObject.connectSlotsByName(PlaceholderPage)
    # setupUi

    def retranslateUi(self, PlaceholderPage):
        pass
    # retranslateUi

