# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reports_screen.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSplitter, QTableView,
    QVBoxLayout, QWidget)

from hexie_desktop.gui.pdf_preview import PdfPreview

class Ui_ReportsScreen(object):
    def setupUi(self, ReportsScreen):
        if not ReportsScreen.objectName():
            ReportsScreen.setObjectName(u"ReportsScreen")
        ReportsScreen.resize(1000, 700)
        self.screen_layout = QVBoxLayout(ReportsScreen)
        self.screen_layout.setObjectName(u"screen_layout")
        self.title_label = QLabel(ReportsScreen)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setStyleSheet(u"font-size: 16pt; font-weight: bold;")

        self.screen_layout.addWidget(self.title_label)

        self.main_splitter = QSplitter(ReportsScreen)
        self.main_splitter.setObjectName(u"main_splitter")
        self.main_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.main_splitter.setChildrenCollapsible(False)
        self.choice_panel = QWidget(self.main_splitter)
        self.choice_panel.setObjectName(u"choice_panel")
        self.choice_panel.setMinimumSize(QSize(320, 0))
        self.choice_layout = QVBoxLayout(self.choice_panel)
        self.choice_layout.setObjectName(u"choice_layout")
        self.choice_layout.setContentsMargins(0, 0, 0, 0)
        self.kind_label = QLabel(self.choice_panel)
        self.kind_label.setObjectName(u"kind_label")

        self.choice_layout.addWidget(self.kind_label)

        self.kind_list = QListWidget(self.choice_panel)
        self.kind_list.setObjectName(u"kind_list")
        self.kind_list.setSpacing(3)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.kind_list.sizePolicy().hasHeightForWidth())
        self.kind_list.setSizePolicy(sizePolicy)

        self.choice_layout.addWidget(self.kind_list)

        self.parameter_group = QGroupBox(self.choice_panel)
        self.parameter_group.setObjectName(u"parameter_group")
        self.parameter_layout = QFormLayout(self.parameter_group)
        self.parameter_layout.setObjectName(u"parameter_layout")
        self.quarter_label = QLabel(self.parameter_group)
        self.quarter_label.setObjectName(u"quarter_label")

        self.parameter_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.quarter_label)

        self.quarter_combo = QComboBox(self.parameter_group)
        self.quarter_combo.setObjectName(u"quarter_combo")
        self.quarter_combo.setEditable(True)
        self.quarter_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.parameter_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.quarter_combo)

        self.quarter_note_label = QLabel(self.parameter_group)
        self.quarter_note_label.setObjectName(u"quarter_note_label")
        self.quarter_note_label.setWordWrap(True)

        self.parameter_layout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.quarter_note_label)

        self.summoned_label = QLabel(self.parameter_group)
        self.summoned_label.setObjectName(u"summoned_label")

        self.parameter_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.summoned_label)

        self.summoned_combo = QComboBox(self.parameter_group)
        self.summoned_combo.setObjectName(u"summoned_combo")
        self.summoned_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.summoned_combo.setMinimumContentsLength(12)

        self.parameter_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.summoned_combo)

        self.year_label = QLabel(self.parameter_group)
        self.year_label.setObjectName(u"year_label")

        self.parameter_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.year_label)

        self.year_combo = QComboBox(self.parameter_group)
        self.year_combo.setObjectName(u"year_combo")
        self.year_combo.setEditable(True)
        self.year_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.parameter_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.year_combo)

        self.firm_filter_label = QLabel(self.parameter_group)
        self.firm_filter_label.setObjectName(u"firm_filter_label")

        self.parameter_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.firm_filter_label)

        self.firm_filter_edit = QLineEdit(self.parameter_group)
        self.firm_filter_edit.setObjectName(u"firm_filter_edit")
        self.firm_filter_edit.setClearButtonEnabled(True)

        self.parameter_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.firm_filter_edit)

        self.firm_table = QTableView(self.parameter_group)
        self.firm_table.setObjectName(u"firm_table")
        self.firm_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.firm_table.setAlternatingRowColors(True)
        self.firm_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.firm_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.firm_table.setWordWrap(False)
        self.firm_table.setTabKeyNavigation(False)
        self.firm_table.horizontalHeader().setStretchLastSection(True)
        self.firm_table.verticalHeader().setVisible(False)

        self.parameter_layout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.firm_table)

        self.as_of_label = QLabel(self.parameter_group)
        self.as_of_label.setObjectName(u"as_of_label")

        self.parameter_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.as_of_label)

        self.as_of_edit = QDateEdit(self.parameter_group)
        self.as_of_edit.setObjectName(u"as_of_edit")
        self.as_of_edit.setCalendarPopup(True)
        self.as_of_edit.setDisplayFormat(u"yyyy-MM-dd")

        self.parameter_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.as_of_edit)


        self.choice_layout.addWidget(self.parameter_group)

        self.generate_button = QPushButton(self.choice_panel)
        self.generate_button.setObjectName(u"generate_button")

        self.choice_layout.addWidget(self.generate_button)

        self.recent_label = QLabel(self.choice_panel)
        self.recent_label.setObjectName(u"recent_label")

        self.choice_layout.addWidget(self.recent_label)

        self.recent_list = QListWidget(self.choice_panel)
        self.recent_list.setObjectName(u"recent_list")
        self.recent_list.setSpacing(2)
        self.recent_list.setWordWrap(True)
        self.recent_list.setAlternatingRowColors(True)

        self.choice_layout.addWidget(self.recent_list)

        self.choice_layout.setStretch(5, 1)
        self.main_splitter.addWidget(self.choice_panel)
        self.preview_panel = QWidget(self.main_splitter)
        self.preview_panel.setObjectName(u"preview_panel")
        self.preview_layout = QVBoxLayout(self.preview_panel)
        self.preview_layout.setObjectName(u"preview_layout")
        self.preview_layout.setContentsMargins(0, 0, 0, 0)
        self.report_actions_layout = QHBoxLayout()
        self.report_actions_layout.setObjectName(u"report_actions_layout")
        self.report_info_label = QLabel(self.preview_panel)
        self.report_info_label.setObjectName(u"report_info_label")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.report_info_label.sizePolicy().hasHeightForWidth())
        self.report_info_label.setSizePolicy(sizePolicy1)
        self.report_info_label.setWordWrap(True)
        self.report_info_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.report_actions_layout.addWidget(self.report_info_label)

        self.verify_button = QPushButton(self.preview_panel)
        self.verify_button.setObjectName(u"verify_button")

        self.report_actions_layout.addWidget(self.verify_button)

        self.save_button = QPushButton(self.preview_panel)
        self.save_button.setObjectName(u"save_button")

        self.report_actions_layout.addWidget(self.save_button)

        self.print_button = QPushButton(self.preview_panel)
        self.print_button.setObjectName(u"print_button")

        self.report_actions_layout.addWidget(self.print_button)


        self.preview_layout.addLayout(self.report_actions_layout)

        self.preview = PdfPreview(self.preview_panel)
        self.preview.setObjectName(u"preview")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy2.setHorizontalStretch(0)
        sizePolicy2.setVerticalStretch(1)
        sizePolicy2.setHeightForWidth(self.preview.sizePolicy().hasHeightForWidth())
        self.preview.setSizePolicy(sizePolicy2)

        self.preview_layout.addWidget(self.preview)

        self.main_splitter.addWidget(self.preview_panel)

        self.screen_layout.addWidget(self.main_splitter)

        self.screen_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind_list)
        self.quarter_label.setBuddy(self.quarter_combo)
        self.summoned_label.setBuddy(self.summoned_combo)
        self.year_label.setBuddy(self.year_combo)
        self.firm_filter_label.setBuddy(self.firm_filter_edit)
        self.as_of_label.setBuddy(self.as_of_edit)
        self.recent_label.setBuddy(self.recent_list)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind_list, self.quarter_combo)
        QWidget.setTabOrder(self.quarter_combo, self.summoned_combo)
        QWidget.setTabOrder(self.summoned_combo, self.year_combo)
        QWidget.setTabOrder(self.year_combo, self.firm_filter_edit)
        QWidget.setTabOrder(self.firm_filter_edit, self.firm_table)
        QWidget.setTabOrder(self.firm_table, self.as_of_edit)
        QWidget.setTabOrder(self.as_of_edit, self.generate_button)
        QWidget.setTabOrder(self.generate_button, self.recent_list)
        QWidget.setTabOrder(self.recent_list, self.verify_button)
        QWidget.setTabOrder(self.verify_button, self.save_button)
        QWidget.setTabOrder(self.save_button, self.print_button)

        self.retranslateUi(ReportsScreen)

        self.generate_button.setDefault(True)


        QMetaObject.connectSlotsByName(ReportsScreen)
    # setupUi

    def retranslateUi(self, ReportsScreen):
        self.title_label.setText(QCoreApplication.translate("ReportsScreen", u"Reports", None))
        self.kind_label.setText(QCoreApplication.translate("ReportsScreen", u"&Report:", None))
        self.parameter_group.setTitle(QCoreApplication.translate("ReportsScreen", u"Parameters", None))
        self.quarter_label.setText(QCoreApplication.translate("ReportsScreen", u"&Quarter:", None))
        self.summoned_label.setText(QCoreApplication.translate("ReportsScreen", u"F&irm:", None))
        self.year_label.setText(QCoreApplication.translate("ReportsScreen", u"&Year:", None))
        self.firm_filter_label.setText(QCoreApplication.translate("ReportsScreen", u"&Find firm:", None))
        self.as_of_label.setText(QCoreApplication.translate("ReportsScreen", u"&As of:", None))
        self.generate_button.setText(QCoreApplication.translate("ReportsScreen", u"&Generate", None))
        self.recent_label.setText(QCoreApplication.translate("ReportsScreen", u"Recen&tly generated:", None))
        self.verify_button.setText(QCoreApplication.translate("ReportsScreen", u"&Verify a printout\u2026", None))
        self.save_button.setText(QCoreApplication.translate("ReportsScreen", u"&Save As\u2026", None))
        self.print_button.setText(QCoreApplication.translate("ReportsScreen", u"&Print\u2026", None))
        pass
    # retranslateUi

