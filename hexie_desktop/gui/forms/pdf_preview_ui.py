# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pdf_preview.ui'
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
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLabel,
    QSizePolicy, QSpacerItem, QSpinBox, QStackedWidget,
    QToolButton, QVBoxLayout, QWidget)

class Ui_PdfPreview(object):
    def setupUi(self, PdfPreview):
        if not PdfPreview.objectName():
            PdfPreview.setObjectName(u"PdfPreview")
        PdfPreview.resize(700, 600)
        self.preview_layout = QVBoxLayout(PdfPreview)
        self.preview_layout.setObjectName(u"preview_layout")
        self.preview_layout.setContentsMargins(0, 0, 0, 0)
        self.toolbar_layout = QHBoxLayout()
        self.toolbar_layout.setObjectName(u"toolbar_layout")
        self.previous_button = QToolButton(PdfPreview)
        self.previous_button.setObjectName(u"previous_button")
        self.previous_button.setAutoRaise(True)

        self.toolbar_layout.addWidget(self.previous_button)

        self.page_label = QLabel(PdfPreview)
        self.page_label.setObjectName(u"page_label")

        self.toolbar_layout.addWidget(self.page_label)

        self.page_spin = QSpinBox(PdfPreview)
        self.page_spin.setObjectName(u"page_spin")
        self.page_spin.setMinimum(1)
        self.page_spin.setKeyboardTracking(False)

        self.toolbar_layout.addWidget(self.page_spin)

        self.page_count_label = QLabel(PdfPreview)
        self.page_count_label.setObjectName(u"page_count_label")

        self.toolbar_layout.addWidget(self.page_count_label)

        self.next_button = QToolButton(PdfPreview)
        self.next_button.setObjectName(u"next_button")
        self.next_button.setAutoRaise(True)

        self.toolbar_layout.addWidget(self.next_button)

        self.toolbar_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbar_layout.addItem(self.toolbar_spacer)

        self.zoom_out_button = QToolButton(PdfPreview)
        self.zoom_out_button.setObjectName(u"zoom_out_button")
        self.zoom_out_button.setAutoRaise(True)

        self.toolbar_layout.addWidget(self.zoom_out_button)

        self.zoom_combo = QComboBox(PdfPreview)
        self.zoom_combo.setObjectName(u"zoom_combo")
        self.zoom_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.toolbar_layout.addWidget(self.zoom_combo)

        self.zoom_in_button = QToolButton(PdfPreview)
        self.zoom_in_button.setObjectName(u"zoom_in_button")
        self.zoom_in_button.setAutoRaise(True)

        self.toolbar_layout.addWidget(self.zoom_in_button)


        self.preview_layout.addLayout(self.toolbar_layout)

        self.preview_stack = QStackedWidget(PdfPreview)
        self.preview_stack.setObjectName(u"preview_stack")
        self.empty_label = QLabel()
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet(u"color: palette(mid); font-size: 12pt;")
        self.preview_stack.addWidget(self.empty_label)
        self.pdf_view = QPdfView()
        self.pdf_view.setObjectName(u"pdf_view")
        self.preview_stack.addWidget(self.pdf_view)

        self.preview_layout.addWidget(self.preview_stack)

#if QT_CONFIG(shortcut)
        self.page_label.setBuddy(self.page_spin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.previous_button, self.page_spin)
        QWidget.setTabOrder(self.page_spin, self.next_button)
        QWidget.setTabOrder(self.next_button, self.zoom_out_button)
        QWidget.setTabOrder(self.zoom_out_button, self.zoom_combo)
        QWidget.setTabOrder(self.zoom_combo, self.zoom_in_button)
        QWidget.setTabOrder(self.zoom_in_button, self.pdf_view)

        self.retranslateUi(PdfPreview)

        QMetaObject.connectSlotsByName(PdfPreview)
    # setupUi

    def retranslateUi(self, PdfPreview):
        self.previous_button.setText(QCoreApplication.translate("PdfPreview", u"Previous page", None))
        self.page_label.setText(QCoreApplication.translate("PdfPreview", u"Page", None))
        self.next_button.setText(QCoreApplication.translate("PdfPreview", u"Next page", None))
        self.zoom_out_button.setText(QCoreApplication.translate("PdfPreview", u"Zoom out", None))
        self.zoom_in_button.setText(QCoreApplication.translate("PdfPreview", u"Zoom in", None))
        pass
    # retranslateUi

