# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'compound_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QGridLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QSpinBox, QTabWidget, QVBoxLayout,
    QWidget)

class Ui_CompoundDialog(object):
    def setupUi(self, CompoundDialog):
        if not CompoundDialog.objectName():
            CompoundDialog.setObjectName(u"CompoundDialog")
        CompoundDialog.resize(640, 440)
        self.dialog_layout = QVBoxLayout(CompoundDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.compound_tabs = QTabWidget(CompoundDialog)
        self.compound_tabs.setObjectName(u"compound_tabs")
        self.basics_page = QWidget()
        self.basics_page.setObjectName(u"basics_page")
        self.basics_layout = QFormLayout(self.basics_page)
        self.basics_layout.setObjectName(u"basics_layout")
        self.name_label = QLabel(self.basics_page)
        self.name_label.setObjectName(u"name_label")

        self.basics_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(self.basics_page)
        self.name_edit.setObjectName(u"name_edit")
        self.name_edit.setMaxLength(64)

        self.basics_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.community_label = QLabel(self.basics_page)
        self.community_label.setObjectName(u"community_label")

        self.basics_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.community_label)

        self.community_combo = QComboBox(self.basics_page)
        self.community_combo.setObjectName(u"community_combo")
        self.community_combo.setEditable(True)

        self.basics_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.community_combo)

        self.address_label = QLabel(self.basics_page)
        self.address_label.setObjectName(u"address_label")

        self.basics_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address_edit = QLineEdit(self.basics_page)
        self.address_edit.setObjectName(u"address_edit")
        self.address_edit.setMaxLength(200)

        self.basics_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.address_edit)

        self.households_label = QLabel(self.basics_page)
        self.households_label.setObjectName(u"households_label")

        self.basics_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.households_label)

        self.households_spin = QSpinBox(self.basics_page)
        self.households_spin.setObjectName(u"households_spin")
        self.households_spin.setMaximum(1000000)

        self.basics_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.households_spin)

        self.grid_label = QLabel(self.basics_page)
        self.grid_label.setObjectName(u"grid_label")

        self.basics_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.grid_label)

        self.grid_edit = QLineEdit(self.basics_page)
        self.grid_edit.setObjectName(u"grid_edit")
        self.grid_edit.setMaxLength(32)

        self.basics_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.grid_edit)

        self.fallback_check = QCheckBox(self.basics_page)
        self.fallback_check.setObjectName(u"fallback_check")

        self.basics_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.fallback_check)

        self.compound_tabs.addTab(self.basics_page, "")
        self.contract_page = QWidget()
        self.contract_page.setObjectName(u"contract_page")
        self.contract_layout = QFormLayout(self.contract_page)
        self.contract_layout.setObjectName(u"contract_layout")
        self.firm_label = QLabel(self.contract_page)
        self.firm_label.setObjectName(u"firm_label")

        self.contract_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.firm_label)

        self.firm_combo = QComboBox(self.contract_page)
        self.firm_combo.setObjectName(u"firm_combo")
        self.firm_combo.setEditable(True)

        self.contract_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.firm_combo)

        self.starts_on_label = QLabel(self.contract_page)
        self.starts_on_label.setObjectName(u"starts_on_label")

        self.contract_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.starts_on_label)

        self.starts_on_edit = QDateEdit(self.contract_page)
        self.starts_on_edit.setObjectName(u"starts_on_edit")
        self.starts_on_edit.setCalendarPopup(True)
        self.starts_on_edit.setDisplayFormat(u"yyyy-MM-dd")

        self.contract_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.starts_on_edit)

        self.has_end_check = QCheckBox(self.contract_page)
        self.has_end_check.setObjectName(u"has_end_check")

        self.contract_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.has_end_check)

        self.ends_on_edit = QDateEdit(self.contract_page)
        self.ends_on_edit.setObjectName(u"ends_on_edit")
        self.ends_on_edit.setCalendarPopup(True)
        self.ends_on_edit.setDisplayFormat(u"yyyy-MM-dd")

        self.contract_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.ends_on_edit)

        self.contract_note_label = QLabel(self.contract_page)
        self.contract_note_label.setObjectName(u"contract_note_label")
        self.contract_note_label.setWordWrap(True)

        self.contract_layout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.contract_note_label)

        self.compound_tabs.addTab(self.contract_page, "")
        self.team_page = QWidget()
        self.team_page.setObjectName(u"team_page")
        self.team_page_layout = QVBoxLayout(self.team_page)
        self.team_page_layout.setObjectName(u"team_page_layout")
        self.team_layout = QGridLayout()
        self.team_layout.setObjectName(u"team_layout")

        self.team_page_layout.addLayout(self.team_layout)

        self.team_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.team_page_layout.addItem(self.team_spacer)

        self.compound_tabs.addTab(self.team_page, "")

        self.dialog_layout.addWidget(self.compound_tabs)

        self.problem_label = QLabel(CompoundDialog)
        self.problem_label.setObjectName(u"problem_label")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(u"color: #b00020;")

        self.dialog_layout.addWidget(self.problem_label)

        self.button_box = QDialogButtonBox(CompoundDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.community_label.setBuddy(self.community_combo)
        self.address_label.setBuddy(self.address_edit)
        self.households_label.setBuddy(self.households_spin)
        self.grid_label.setBuddy(self.grid_edit)
        self.firm_label.setBuddy(self.firm_combo)
        self.starts_on_label.setBuddy(self.starts_on_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.compound_tabs, self.name_edit)
        QWidget.setTabOrder(self.name_edit, self.community_combo)
        QWidget.setTabOrder(self.community_combo, self.address_edit)
        QWidget.setTabOrder(self.address_edit, self.households_spin)
        QWidget.setTabOrder(self.households_spin, self.grid_edit)
        QWidget.setTabOrder(self.grid_edit, self.fallback_check)
        QWidget.setTabOrder(self.fallback_check, self.firm_combo)
        QWidget.setTabOrder(self.firm_combo, self.starts_on_edit)
        QWidget.setTabOrder(self.starts_on_edit, self.has_end_check)
        QWidget.setTabOrder(self.has_end_check, self.ends_on_edit)

        self.retranslateUi(CompoundDialog)

        QMetaObject.connectSlotsByName(CompoundDialog)
    # setupUi

    def retranslateUi(self, CompoundDialog):
        self.name_label.setText(QCoreApplication.translate("CompoundDialog", u"&Name:", None))
        self.community_label.setText(QCoreApplication.translate("CompoundDialog", u"C&ommunity:", None))
        self.address_label.setText(QCoreApplication.translate("CompoundDialog", u"&Address:", None))
        self.households_label.setText(QCoreApplication.translate("CompoundDialog", u"&Households:", None))
        self.grid_label.setText(QCoreApplication.translate("CompoundDialog", u"&Grid:", None))
        self.fallback_check.setText(QCoreApplication.translate("CompoundDialog", u"Served &by a state-owned fallback firm (no market firm would)", None))
        self.compound_tabs.setTabText(self.compound_tabs.indexOf(self.basics_page), QCoreApplication.translate("CompoundDialog", u"&Compound", None))
        self.firm_label.setText(QCoreApplication.translate("CompoundDialog", u"&Firm:", None))
        self.starts_on_label.setText(QCoreApplication.translate("CompoundDialog", u"&Starts on:", None))
        self.has_end_check.setText(QCoreApplication.translate("CompoundDialog", u"&Ends on:", None))
        self.compound_tabs.setTabText(self.compound_tabs.indexOf(self.contract_page), QCoreApplication.translate("CompoundDialog", u"Con&tract", None))
        self.compound_tabs.setTabText(self.compound_tabs.indexOf(self.team_page), QCoreApplication.translate("CompoundDialog", u"2+4 Tea&m", None))
        pass
    # retranslateUi

