# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'merge_screen.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGridLayout, QGroupBox,
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QVBoxLayout, QWidget)

from hexie_desktop.gui.merge_summary import MergeSummary

class Ui_MergeScreen(object):
    def setupUi(self, MergeScreen):
        if not MergeScreen.objectName():
            MergeScreen.setObjectName(u"MergeScreen")
        MergeScreen.resize(1000, 700)
        MergeScreen.setAcceptDrops(True)
        self.screen_layout = QVBoxLayout(MergeScreen)
        self.screen_layout.setObjectName(u"screen_layout")
        self.top_layout = QHBoxLayout()
        self.top_layout.setObjectName(u"top_layout")
        self.title_label = QLabel(MergeScreen)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setStyleSheet(u"font-size: 16px; font-weight: bold;")

        self.top_layout.addWidget(self.title_label)

        self.top_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.top_layout.addItem(self.top_spacer)

        self.keys_button = QPushButton(MergeScreen)
        self.keys_button.setObjectName(u"keys_button")

        self.top_layout.addWidget(self.keys_button)

        self.master_export_button = QPushButton(MergeScreen)
        self.master_export_button.setObjectName(u"master_export_button")

        self.top_layout.addWidget(self.master_export_button)


        self.screen_layout.addLayout(self.top_layout)

        self.screen_splitter = QSplitter(MergeScreen)
        self.screen_splitter.setObjectName(u"screen_splitter")
        self.screen_splitter.setOrientation(Qt.Orientation.Vertical)
        self.screen_splitter.setChildrenCollapsible(False)
        self.files_group = QGroupBox(self.screen_splitter)
        self.files_group.setObjectName(u"files_group")
        self.files_layout = QGridLayout(self.files_group)
        self.files_layout.setObjectName(u"files_layout")
        self.drop_hint_label = QLabel(self.files_group)
        self.drop_hint_label.setObjectName(u"drop_hint_label")
        self.drop_hint_label.setWordWrap(True)

        self.files_layout.addWidget(self.drop_hint_label, 0, 0, 1, 2)

        self.file_list = QListWidget(self.files_group)
        self.file_list.setObjectName(u"file_list")
        self.file_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.file_list.setAlternatingRowColors(True)

        self.files_layout.addWidget(self.file_list, 1, 0, 1, 1)

        self.file_button_layout = QVBoxLayout()
        self.file_button_layout.setObjectName(u"file_button_layout")
        self.add_files_button = QPushButton(self.files_group)
        self.add_files_button.setObjectName(u"add_files_button")

        self.file_button_layout.addWidget(self.add_files_button)

        self.add_folder_button = QPushButton(self.files_group)
        self.add_folder_button.setObjectName(u"add_folder_button")

        self.file_button_layout.addWidget(self.add_folder_button)

        self.remove_button = QPushButton(self.files_group)
        self.remove_button.setObjectName(u"remove_button")

        self.file_button_layout.addWidget(self.remove_button)

        self.clear_button = QPushButton(self.files_group)
        self.clear_button.setObjectName(u"clear_button")

        self.file_button_layout.addWidget(self.clear_button)

        self.file_button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.file_button_layout.addItem(self.file_button_spacer)


        self.files_layout.addLayout(self.file_button_layout, 1, 1, 1, 1)

        self.action_layout = QHBoxLayout()
        self.action_layout.setObjectName(u"action_layout")
        self.preview_button = QPushButton(self.files_group)
        self.preview_button.setObjectName(u"preview_button")

        self.action_layout.addWidget(self.preview_button)

        self.merge_button = QPushButton(self.files_group)
        self.merge_button.setObjectName(u"merge_button")

        self.action_layout.addWidget(self.merge_button)

        self.status_label = QLabel(self.files_group)
        self.status_label.setObjectName(u"status_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.status_label.sizePolicy().hasHeightForWidth())
        self.status_label.setSizePolicy(sizePolicy)
        self.status_label.setWordWrap(True)

        self.action_layout.addWidget(self.status_label)


        self.files_layout.addLayout(self.action_layout, 2, 0, 1, 2)

        self.screen_splitter.addWidget(self.files_group)
        self.summary = MergeSummary(self.screen_splitter)
        self.summary.setObjectName(u"summary")
        self.screen_splitter.addWidget(self.summary)

        self.screen_layout.addWidget(self.screen_splitter)

        QWidget.setTabOrder(self.file_list, self.add_files_button)
        QWidget.setTabOrder(self.add_files_button, self.add_folder_button)
        QWidget.setTabOrder(self.add_folder_button, self.remove_button)
        QWidget.setTabOrder(self.remove_button, self.clear_button)
        QWidget.setTabOrder(self.clear_button, self.preview_button)
        QWidget.setTabOrder(self.preview_button, self.merge_button)
        QWidget.setTabOrder(self.merge_button, self.keys_button)
        QWidget.setTabOrder(self.keys_button, self.master_export_button)

        self.retranslateUi(MergeScreen)

        self.merge_button.setDefault(True)


        QMetaObject.connectSlotsByName(MergeScreen)
    # setupUi

    def retranslateUi(self, MergeScreen):
        self.title_label.setText(QCoreApplication.translate("MergeScreen", u"Merge Bundles", None))
        self.keys_button.setText(QCoreApplication.translate("MergeScreen", u"Inspector &keys\u2026", None))
        self.master_export_button.setText(QCoreApplication.translate("MergeScreen", u"E&xport master bundle\u2026", None))
        self.files_group.setTitle(QCoreApplication.translate("MergeScreen", u"Bundles to merge", None))
        self.drop_hint_label.setText(QCoreApplication.translate("MergeScreen", u"Add bundle files or a folder (a USB stick), or drop .hexie files and folders anywhere on this page. Preview first to see what would change; nothing is written until you merge.", None))
        self.add_files_button.setText(QCoreApplication.translate("MergeScreen", u"Add &files\u2026", None))
        self.add_folder_button.setText(QCoreApplication.translate("MergeScreen", u"Add f&older\u2026", None))
        self.remove_button.setText(QCoreApplication.translate("MergeScreen", u"&Remove", None))
        self.clear_button.setText(QCoreApplication.translate("MergeScreen", u"C&lear", None))
        self.preview_button.setText(QCoreApplication.translate("MergeScreen", u"&Preview changes", None))
        self.merge_button.setText(QCoreApplication.translate("MergeScreen", u"&Merge", None))
        pass
    # retranslateUi

