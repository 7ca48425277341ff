# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'standard_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

class Ui_StandardDialog(object):
    def setupUi(self, StandardDialog):
        if not StandardDialog.objectName():
            StandardDialog.setObjectName(u"StandardDialog")
        StandardDialog.resize(860, 640)
        self.dialog_layout = QVBoxLayout(StandardDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.base_label = QLabel(StandardDialog)
        self.base_label.setObjectName(u"base_label")
        self.base_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.base_label)

        self.version_layout = QFormLayout()
        self.version_layout.setObjectName(u"version_layout")
        self.name_label = QLabel(StandardDialog)
        self.name_label.setObjectName(u"name_label")

        self.version_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(StandardDialog)
        self.name_edit.setObjectName(u"name_edit")
        self.name_edit.setMaxLength(100)

        self.version_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.effective_label = QLabel(StandardDialog)
        self.effective_label.setObjectName(u"effective_label")

        self.version_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.effective_label)

        self.effective_combo = QComboBox(StandardDialog)
        self.effective_combo.setObjectName(u"effective_combo")
        self.effective_combo.setEditable(True)

        self.version_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.effective_combo)


        self.dialog_layout.addLayout(self.version_layout)

        self.standard_tree = QTreeWidget(StandardDialog)
        self.standard_tree.setObjectName(u"standard_tree")
        self.standard_tree.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.standard_tree.setAlternatingRowColors(True)

        self.dialog_layout.addWidget(self.standard_tree)

        self.tree_actions_layout = QHBoxLayout()
        self.tree_actions_layout.setObjectName(u"tree_actions_layout")
        self.add_deduction_button = QPushButton(StandardDialog)
        self.add_deduction_button.setObjectName(u"add_deduction_button")

        self.tree_actions_layout.addWidget(self.add_deduction_button)

        self.remove_deduction_button = QPushButton(StandardDialog)
        self.remove_deduction_button.setObjectName(u"remove_deduction_button")

        self.tree_actions_layout.addWidget(self.remove_deduction_button)

        self.balance_label = QLabel(StandardDialog)
        self.balance_label.setObjectName(u"balance_label")
        self.balance_label.setWordWrap(True)

        self.tree_actions_layout.addWidget(self.balance_label)

        self.tree_actions_layout.setStretch(2, 1)

        self.dialog_layout.addLayout(self.tree_actions_layout)

        self.button_box = QDialogButtonBox(StandardDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.effective_label.setBuddy(self.effective_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StandardDialog)

        QMetaObject.connectSlotsByName(StandardDialog)
    # setupUi

    def retranslateUi(self, StandardDialog):
        self.name_label.setText(QCoreApplication.translate("StandardDialog", u"&Name:", None))
        self.effective_label.setText(QCoreApplication.translate("StandardDialog", u"Applies &from:", None))
        ___qtreewidgetitem = self.standard_tree.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("StandardDialog", u"Points", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("StandardDialog", u"Name", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("StandardDialog", u"Code", None))
        self.add_deduction_button.setText(QCoreApplication.translate("StandardDialog", u"&Add deduction", None))
        self.remove_deduction_button.setText(QCoreApplication.translate("StandardDialog", u"&Remove deduction", None))
        pass
    # retranslateUi

