# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'results_reason_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_ResultsReasonDialog(object):
    def setupUi(self, ResultsReasonDialog):
        if not ResultsReasonDialog.objectName():
            ResultsReasonDialog.setObjectName(u"ResultsReasonDialog")
        ResultsReasonDialog.resize(480, 260)
        self.dialog_layout = QVBoxLayout(ResultsReasonDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.prompt_label = QLabel(ResultsReasonDialog)
        self.prompt_label.setObjectName(u"prompt_label")
        self.prompt_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.prompt_label)

        self.reason_edit = QPlainTextEdit(ResultsReasonDialog)
        self.reason_edit.setObjectName(u"reason_edit")
        self.reason_edit.setTabChangesFocus(True)

        self.dialog_layout.addWidget(self.reason_edit)

        self.error_label = QLabel(ResultsReasonDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #b00020;")
        self.error_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(ResultsReasonDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.prompt_label.setBuddy(self.reason_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ResultsReasonDialog)
        self.button_box.rejected.connect(ResultsReasonDialog.reject)

        QMetaObject.connectSlotsByName(ResultsReasonDialog)
    # setupUi

    def retranslateUi(self, ResultsReasonDialog):
        pass
    # retranslateUi

