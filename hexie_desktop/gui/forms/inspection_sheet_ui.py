# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'inspection_sheet.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QGridLayout,
    QHBoxLayout, QHeaderView, QLabel, QListView,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QVBoxLayout, QWidget)

from hexie_desktop.gui.sheet_tree import SheetTree

class Ui_InspectionSheet(object):
    def setupUi(self, InspectionSheet):
        if not InspectionSheet.objectName():
            InspectionSheet.setObjectName(u"InspectionSheet")
        InspectionSheet.resize(1180, 780)
        self.sheet_layout = QVBoxLayout(InspectionSheet)
        self.sheet_layout.setObjectName(u"sheet_layout")
        self.header_frame = QFrame(InspectionSheet)
        self.header_frame.setObjectName(u"header_frame")
        self.header_frame.setFrameShape(QFrame.Shape.StyledPanel)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.header_frame.sizePolicy().hasHeightForWidth())
        self.header_frame.setSizePolicy(sizePolicy)
        self.header_layout = QGridLayout(self.header_frame)
        self.header_layout.setObjectName(u"header_layout")
        self.header_layout.setVerticalSpacing(2)
        self.compound_label = QLabel(self.header_frame)
        self.compound_label.setObjectName(u"compound_label")
        self.compound_label.setStyleSheet(u"font-size: 16pt; font-weight: bold;")
        self.compound_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.header_layout.addWidget(self.compound_label, 0, 0, 1, 1)

        self.status_label = QLabel(self.header_frame)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.header_layout.addWidget(self.status_label, 0, 1, 1, 1)

        self.address_label = QLabel(self.header_frame)
        self.address_label.setObjectName(u"address_label")
        self.address_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.header_layout.addWidget(self.address_label, 1, 0, 1, 2)

        self.firm_label = QLabel(self.header_frame)
        self.firm_label.setObjectName(u"firm_label")
        self.firm_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.header_layout.addWidget(self.firm_label, 2, 0, 1, 2)

        self.details_label = QLabel(self.header_frame)
        self.details_label.setObjectName(u"details_label")
        self.details_label.setWordWrap(True)

        self.header_layout.addWidget(self.details_label, 3, 0, 1, 2)


        self.sheet_layout.addWidget(self.header_frame)

        self.banner_label = QLabel(InspectionSheet)
        self.banner_label.setObjectName(u"banner_label")
        self.banner_label.setWordWrap(True)
        self.banner_label.setStyleSheet(u"background: #e8eef6; padding: 6px; border-radius: 3px;")

        self.sheet_layout.addWidget(self.banner_label)

        self.body_splitter = QSplitter(InspectionSheet)
        self.body_splitter.setObjectName(u"body_splitter")
        self.body_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.body_splitter.setChildrenCollapsible(False)
        self.indicator_tree = SheetTree(self.body_splitter)
        self.indicator_tree.setObjectName(u"indicator_tree")
        self.indicator_tree.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed|QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed)
        self.indicator_tree.setAlternatingRowColors(True)
        self.indicator_tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.indicator_tree.setUniformRowHeights(True)
        self.indicator_tree.setAllColumnsShowFocus(False)
        self.body_splitter.addWidget(self.indicator_tree)
        self.side_panel = QWidget(self.body_splitter)
        self.side_panel.setObjectName(u"side_panel")
        self.side_layout = QVBoxLayout(self.side_panel)
        self.side_layout.setObjectName(u"side_layout")
        self.side_layout.setContentsMargins(0, 0, 0, 0)
        self.current_label = QLabel(self.side_panel)
        self.current_label.setObjectName(u"current_label")
        self.current_label.setStyleSheet(u"font-weight: bold;")
        self.current_label.setWordWrap(True)

        self.side_layout.addWidget(self.current_label)

        self.guidance_label = QLabel(self.side_panel)
        self.guidance_label.setObjectName(u"guidance_label")
        self.guidance_label.setWordWrap(True)
        self.guidance_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.side_layout.addWidget(self.guidance_label)

        self.photos_label = QLabel(self.side_panel)
        self.photos_label.setObjectName(u"photos_label")
        self.photos_label.setWordWrap(True)

        self.side_layout.addWidget(self.photos_label)

        self.photo_list = QListWidget(self.side_panel)
        self.photo_list.setObjectName(u"photo_list")
        self.photo_list.setViewMode(QListView.ViewMode.IconMode)
        self.photo_list.setIconSize(QSize(96, 96))
        self.photo_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.photo_list.setMovement(QListView.Movement.Static)

        self.side_layout.addWidget(self.photo_list)

        self.photo_buttons = QHBoxLayout()
        self.photo_buttons.setObjectName(u"photo_buttons")
        self.add_photo_button = QPushButton(self.side_panel)
        self.add_photo_button.setObjectName(u"add_photo_button")

        self.photo_buttons.addWidget(self.add_photo_button)

        self.remove_photo_button = QPushButton(self.side_panel)
        self.remove_photo_button.setObjectName(u"remove_photo_button")

        self.photo_buttons.addWidget(self.remove_photo_button)


        self.side_layout.addLayout(self.photo_buttons)

        self.body_splitter.addWidget(self.side_panel)

        self.sheet_layout.addWidget(self.body_splitter)

        self.totals_frame = QFrame(InspectionSheet)
        self.totals_frame.setObjectName(u"totals_frame")
        self.totals_frame.setFrameShape(QFrame.Shape.StyledPanel)
        sizePolicy.setHeightForWidth(self.totals_frame.sizePolicy().hasHeightForWidth())
        self.totals_frame.setSizePolicy(sizePolicy)
        self.totals_layout = QHBoxLayout(self.totals_frame)
        self.totals_layout.setSpacing(18)
        self.totals_layout.setObjectName(u"totals_layout")
        self.total_label = QLabel(self.totals_frame)
        self.total_label.setObjectName(u"total_label")
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.total_label.setWordWrap(True)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.total_label.sizePolicy().hasHeightForWidth())
        self.total_label.setSizePolicy(sizePolicy1)
        self.total_label.setStyleSheet(u"font-size: 14pt; font-weight: bold;")

        self.totals_layout.addWidget(self.total_label)


        self.sheet_layout.addWidget(self.totals_frame)

        self.action_layout = QHBoxLayout()
        self.action_layout.setObjectName(u"action_layout")
        self.saved_label = QLabel(InspectionSheet)
        self.saved_label.setObjectName(u"saved_label")

        self.action_layout.addWidget(self.saved_label)

        self.action_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.action_layout.addItem(self.action_spacer)

        self.discard_button = QPushButton(InspectionSheet)
        self.discard_button.setObjectName(u"discard_button")

        self.action_layout.addWidget(self.discard_button)

        self.deductions_button = QPushButton(InspectionSheet)
        self.deductions_button.setObjectName(u"deductions_button")

        self.action_layout.addWidget(self.deductions_button)

        self.note_button = QPushButton(InspectionSheet)
        self.note_button.setObjectName(u"note_button")

        self.action_layout.addWidget(self.note_button)

        self.submit_button = QPushButton(InspectionSheet)
        self.submit_button.setObjectName(u"submit_button")

        self.action_layout.addWidget(self.submit_button)

        self.revise_button = QPushButton(InspectionSheet)
        self.revise_button.setObjectName(u"revise_button")

        self.action_layout.addWidget(self.revise_button)

        self.close_button = QPushButton(InspectionSheet)
        self.close_button.setObjectName(u"close_button")

        self.action_layout.addWidget(self.close_button)


        self.sheet_layout.addLayout(self.action_layout)

        self.sheet_layout.setStretch(2, 1)
        QWidget.setTabOrder(self.indicator_tree, self.submit_button)
        QWidget.setTabOrder(self.submit_button, self.deductions_button)
        QWidget.setTabOrder(self.deductions_button, self.note_button)
        QWidget.setTabOrder(self.note_button, self.add_photo_button)
        QWidget.setTabOrder(self.add_photo_button, self.photo_list)
        QWidget.setTabOrder(self.photo_list, self.remove_photo_button)
        QWidget.setTabOrder(self.remove_photo_button, self.discard_button)
        QWidget.setTabOrder(self.discard_button, self.revise_button)
        QWidget.setTabOrder(self.revise_button, self.close_button)

        self.retranslateUi(InspectionSheet)

        QMetaObject.connectSlotsByName(InspectionSheet)
    # setupUi

    def retranslateUi(self, InspectionSheet):
        InspectionSheet.setWindowTitle(QCoreApplication.translate("InspectionSheet", u"Inspection Sheet", None))
        self.photos_label.setText(QCoreApplication.translate("InspectionSheet", u"Photos of this indicator (drop image files on its row):", None))
        self.add_photo_button.setText(QCoreApplication.translate("InspectionSheet", u"Add &Photos\u2026", None))
        self.remove_photo_button.setText(QCoreApplication.translate("InspectionSheet", u"Remove Photo", None))
        self.discard_button.setText(QCoreApplication.translate("InspectionSheet", u"Discard Dra&ft\u2026", None))
        self.deductions_button.setText(QCoreApplication.translate("InspectionSheet", u"&Deductions\u2026", None))
        self.note_button.setText(QCoreApplication.translate("InspectionSheet", u"&Note", None))
        self.submit_button.setText(QCoreApplication.translate("InspectionSheet", u"&Submit", None))
        self.revise_button.setText(QCoreApplication.translate("InspectionSheet", u"New &Revision\u2026", None))
        self.close_button.setText(QCoreApplication.translate("InspectionSheet", u"Close", None))
    # retranslateUi

