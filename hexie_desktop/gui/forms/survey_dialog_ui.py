# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'survey_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_SurveyDialog(object):
    def setupUi(self, SurveyDialog):
        if not SurveyDialog.objectName():
            SurveyDialog.setObjectName(u"SurveyDialog")
        SurveyDialog.resize(520, 480)
        self.dialog_layout = QVBoxLayout(SurveyDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.survey_form = QFormLayout()
        self.survey_form.setObjectName(u"survey_form")
        self.compound_label = QLabel(SurveyDialog)
        self.compound_label.setObjectName(u"compound_label")

        self.survey_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.compound_label)

        self.compound_combo = QComboBox(SurveyDialog)
        self.compound_combo.setObjectName(u"compound_combo")
        self.compound_combo.setEditable(True)
        self.compound_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.survey_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.compound_combo)

        self.firm_label = QLabel(SurveyDialog)
        self.firm_label.setObjectName(u"firm_label")

        self.survey_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.firm_label)

        self.firm_value_label = QLabel(SurveyDialog)
        self.firm_value_label.setObjectName(u"firm_value_label")
        self.firm_value_label.setWordWrap(True)

        self.survey_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.firm_value_label)

        self.quarter_label = QLabel(SurveyDialog)
        self.quarter_label.setObjectName(u"quarter_label")

        self.survey_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.quarter_label)

        self.quarter_combo = QComboBox(SurveyDialog)
        self.quarter_combo.setObjectName(u"quarter_combo")

        self.survey_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.quarter_combo)

        self.surveyed_on_label = QLabel(SurveyDialog)
        self.surveyed_on_label.setObjectName(u"surveyed_on_label")

        self.survey_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.surveyed_on_label)

        self.surveyed_on_edit = QDateEdit(SurveyDialog)
        self.surveyed_on_edit.setObjectName(u"surveyed_on_edit")
        self.surveyed_on_edit.setCalendarPopup(True)
        self.surveyed_on_edit.setDisplayFormat(u"yyyy-MM-dd")

        self.survey_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.surveyed_on_edit)

        self.sample_label = QLabel(SurveyDialog)
        self.sample_label.setObjectName(u"sample_label")

        self.survey_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.sample_label)

        self.sample_spin = QSpinBox(SurveyDialog)
        self.sample_spin.setObjectName(u"sample_spin")
        self.sample_spin.setMaximum(100000)
        self.sample_spin.setAccelerated(True)

        self.survey_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.sample_spin)

        self.very_satisfied_label = QLabel(SurveyDialog)
        self.very_satisfied_label.setObjectName(u"very_satisfied_label")

        self.survey_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.very_satisfied_label)

        self.very_satisfied_spin = QSpinBox(SurveyDialog)
        self.very_satisfied_spin.setObjectName(u"very_satisfied_spin")
        self.very_satisfied_spin.setMaximum(100000)
        self.very_satisfied_spin.setAccelerated(True)

        self.survey_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.very_satisfied_spin)

        self.satisfied_label = QLabel(SurveyDialog)
        self.satisfied_label.setObjectName(u"satisfied_label")

        self.survey_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.satisfied_label)

        self.satisfied_spin = QSpinBox(SurveyDialog)
        self.satisfied_spin.setObjectName(u"satisfied_spin")
        self.satisfied_spin.setMaximum(100000)
        self.satisfied_spin.setAccelerated(True)

        self.survey_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.satisfied_spin)

        self.neutral_label = QLabel(SurveyDialog)
        self.neutral_label.setObjectName(u"neutral_label")

        self.survey_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.neutral_label)

        self.neutral_spin = QSpinBox(SurveyDialog)
        self.neutral_spin.setObjectName(u"neutral_spin")
        self.neutral_spin.setMaximum(100000)
        self.neutral_spin.setAccelerated(True)

        self.survey_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.neutral_spin)

        self.dissatisfied_label = QLabel(SurveyDialog)
        self.dissatisfied_label.setObjectName(u"dissatisfied_label")

        self.survey_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.dissatisfied_label)

        self.dissatisfied_spin = QSpinBox(SurveyDialog)
        self.dissatisfied_spin.setObjectName(u"dissatisfied_spin")
        self.dissatisfied_spin.setMaximum(100000)
        self.dissatisfied_spin.setAccelerated(True)

        self.survey_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.dissatisfied_spin)

        self.very_dissatisfied_label = QLabel(SurveyDialog)
        self.very_dissatisfied_label.setObjectName(u"very_dissatisfied_label")

        self.survey_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.very_dissatisfied_label)

        self.very_dissatisfied_spin = QSpinBox(SurveyDialog)
        self.very_dissatisfied_spin.setObjectName(u"very_dissatisfied_spin")
        self.very_dissatisfied_spin.setMaximum(100000)
        self.very_dissatisfied_spin.setAccelerated(True)

        self.survey_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.very_dissatisfied_spin)

        self.answered_label = QLabel(SurveyDialog)
        self.answered_label.setObjectName(u"answered_label")

        self.survey_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.answered_label)

        self.answered_value_label = QLabel(SurveyDialog)
        self.answered_value_label.setObjectName(u"answered_value_label")
        self.answered_value_label.setStyleSheet(u"font-weight: bold;")

        self.survey_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.answered_value_label)

        self.response_label = QLabel(SurveyDialog)
        self.response_label.setObjectName(u"response_label")

        self.survey_form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.response_label)

        self.response_value_label = QLabel(SurveyDialog)
        self.response_value_label.setObjectName(u"response_value_label")
        self.response_value_label.setStyleSheet(u"font-weight: bold;")

        self.survey_form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.response_value_label)

        self.satisfaction_label = QLabel(SurveyDialog)
        self.satisfaction_label.setObjectName(u"satisfaction_label")

        self.survey_form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.satisfaction_label)

        self.satisfaction_value_label = QLabel(SurveyDialog)
        self.satisfaction_value_label.setObjectName(u"satisfaction_value_label")
        self.satisfaction_value_label.setStyleSheet(u"font-weight: bold;")

        self.survey_form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.satisfaction_value_label)


        self.dialog_layout.addLayout(self.survey_form)

        self.status_label = QLabel(SurveyDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setStyleSheet(u"color: palette(dark);")

        self.dialog_layout.addWidget(self.status_label)

        self.error_label = QLabel(SurveyDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(u"color: #b00020;")

        self.dialog_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(SurveyDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.compound_label.setBuddy(self.compound_combo)
        self.quarter_label.setBuddy(self.quarter_combo)
        self.surveyed_on_label.setBuddy(self.surveyed_on_edit)
        self.sample_label.setBuddy(self.sample_spin)
        self.very_satisfied_label.setBuddy(self.very_satisfied_spin)
        self.satisfied_label.setBuddy(self.satisfied_spin)
        self.neutral_label.setBuddy(self.neutral_spin)
        self.dissatisfied_label.setBuddy(self.dissatisfied_spin)
        self.very_dissatisfied_label.setBuddy(self.very_dissatisfied_spin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.compound_combo, self.quarter_combo)
        QWidget.setTabOrder(self.quarter_combo, self.surveyed_on_edit)
        QWidget.setTabOrder(self.surveyed_on_edit, self.sample_spin)
        QWidget.setTabOrder(self.sample_spin, self.very_satisfied_spin)
        QWidget.setTabOrder(self.very_satisfied_spin, self.satisfied_spin)
        QWidget.setTabOrder(self.satisfied_spin, self.neutral_spin)
        QWidget.setTabOrder(self.neutral_spin, self.dissatisfied_spin)
        QWidget.setTabOrder(self.dissatisfied_spin, self.very_dissatisfied_spin)

        self.retranslateUi(SurveyDialog)

        QMetaObject.connectSlotsByName(SurveyDialog)
    # setupUi

    def retranslateUi(self, SurveyDialog):
        SurveyDialog.setWindowTitle(QCoreApplication.translate("SurveyDialog", u"Satisfaction Survey", None))
        self.compound_label.setText(QCoreApplication.translate("SurveyDialog", u"Co&mpound:", None))
        self.firm_label.setText(QCoreApplication.translate("SurveyDialog", u"Firm:", None))
        self.quarter_label.setText(QCoreApplication.translate("SurveyDialog", u"&Quarter:", None))
        self.surveyed_on_label.setText(QCoreApplication.translate("SurveyDialog", u"Surveyed &on:", None))
        self.sample_label.setText(QCoreApplication.translate("SurveyDialog", u"Sample si&ze:", None))
        self.very_satisfied_label.setText(QCoreApplication.translate("SurveyDialog", u"&Very satisfied:", None))
        self.satisfied_label.setText(QCoreApplication.translate("SurveyDialog", u"S&atisfied:", None))
        self.neutral_label.setText(QCoreApplication.translate("SurveyDialog", u"&Neutral:", None))
        self.dissatisfied_label.setText(QCoreApplication.translate("SurveyDialog", u"&Dissatisfied:", None))
        self.very_dissatisfied_label.setText(QCoreApplication.translate("SurveyDialog", u"Very d&issatisfied:", None))
        self.answered_label.setText(QCoreApplication.translate("SurveyDialog", u"Answers:", None))
        self.response_label.setText(QCoreApplication.translate("SurveyDialog", u"Response rate:", None))
        self.satisfaction_label.setText(QCoreApplication.translate("SurveyDialog", u"Satisfaction rate:", None))
    # retranslateUi

