# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'policy_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QTabWidget, QVBoxLayout, QWidget)

class Ui_PolicyDialog(object):
    def setupUi(self, PolicyDialog):
        if not PolicyDialog.objectName():
            PolicyDialog.setObjectName(u"PolicyDialog")
        PolicyDialog.resize(640, 560)
        self.dialog_layout = QVBoxLayout(PolicyDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.base_label = QLabel(PolicyDialog)
        self.base_label.setObjectName(u"base_label")
        self.base_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.base_label)

        self.version_layout = QFormLayout()
        self.version_layout.setObjectName(u"version_layout")
        self.effective_label = QLabel(PolicyDialog)
        self.effective_label.setObjectName(u"effective_label")

        self.version_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.effective_label)

        self.effective_combo = QComboBox(PolicyDialog)
        self.effective_combo.setObjectName(u"effective_combo")
        self.effective_combo.setEditable(True)

        self.version_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.effective_combo)

        self.note_label = QLabel(PolicyDialog)
        self.note_label.setObjectName(u"note_label")

        self.version_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_edit = QLineEdit(PolicyDialog)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setMaxLength(200)

        self.version_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.note_edit)


        self.dialog_layout.addLayout(self.version_layout)

        self.section_tabs = QTabWidget(PolicyDialog)
        self.section_tabs.setObjectName(u"section_tabs")

        self.dialog_layout.addWidget(self.section_tabs)

        self.error_label = QLabel(PolicyDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #b00020;")
        self.error_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(PolicyDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.effective_label.setBuddy(self.effective_combo)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PolicyDialog)

        QMetaObject.connectSlotsByName(PolicyDialog)
    # setupUi

    def retranslateUi(self, PolicyDialog):
        self.effective_label.setText(QCoreApplication.translate("PolicyDialog", u"&Applies from quarter:", None))
        self.note_label.setText(QCoreApplication.translate("PolicyDialog", u"&What changed:", None))
        pass
    # retranslateUi

