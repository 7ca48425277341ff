# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.10.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QListWidget,
    QListWidgetItem, QMainWindow, QMenu, QMenuBar,
    QSizePolicy, QStackedWidget, QStatusBar, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1100, 720)
        self.quit_action = QAction(MainWindow)
        self.quit_action.setObjectName(u"quit_action")
#if QT_CONFIG(shortcut)
        self.quit_action.setShortcut(u"Ctrl+Q")
#endif // QT_CONFIG(shortcut)
        self.open_data_folder_action = QAction(MainWindow)
        self.open_data_folder_action.setObjectName(u"open_data_folder_action")
        self.about_action = QAction(MainWindow)
        self.about_action.setObjectName(u"about_action")
        self.find_action = QAction(MainWindow)
        self.find_action.setObjectName(u"find_action")
#if QT_CONFIG(shortcut)
        self.find_action.setShortcut(u"Ctrl+F")
#endif // QT_CONFIG(shortcut)
        self.central_widget = QWidget(MainWindow)
        self.central_widget.setObjectName(u"central_widget")
        self.central_layout = QHBoxLayout(self.central_widget)
        self.central_layout.setSpacing(0)
        self.central_layout.setObjectName(u"central_layout")
        self.central_layout.setContentsMargins(0, 0, 0, 0)
        self.section_list = QListWidget(self.central_widget)
        self.section_list.setObjectName(u"section_list")
        self.section_list.setStyleSheet(u"QListWidget#section_list { font-size: 11pt; }\n"
"QListWidget#section_list::item { padding: 7px 12px; }")
        self.section_list.setMinimumSize(QSize(150, 0))
        self.section_list.setMaximumSize(QSize(200, 16777215))
        self.section_list.setFrameShape(QFrame.Shape.NoFrame)
        self.section_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.section_list.setSpacing(2)

        self.central_layout.addWidget(self.section_list)

        self.section_stack = QStackedWidget(self.central_widget)
        self.section_stack.setObjectName(u"section_stack")

        self.central_layout.addWidget(self.section_stack)

        MainWindow.setCentralWidget(self.central_widget)
        self.menu_bar = QMenuBar(MainWindow)
        self.menu_bar.setObjectName(u"menu_bar")
        self.file_menu = QMenu(self.menu_bar)
        self.file_menu.setObjectName(u"file_menu")
        self.help_menu = QMenu(self.menu_bar)
        self.help_menu.setObjectName(u"help_menu")
        MainWindow.setMenuBar(self.menu_bar)
        self.status_bar = QStatusBar(MainWindow)
        self.status_bar.setObjectName(u"status_bar")
        MainWindow.setStatusBar(self.status_bar)

        self.menu_bar.addAction(self.file_menu.menuAction())
        self.menu_bar.addAction(self.help_menu.menuAction())
        self.file_menu.addAction(self.open_data_folder_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.help_menu.addAction(self.about_action)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Hexie Desktop", None))
        self.quit_action.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
        self.open_data_folder_action.setText(QCoreApplication.translate("MainWindow", u"Open &Data Folder", None))
        self.about_action.setText(QCoreApplication.translate("MainWindow", u"&About Hexie Desktop", None))
        self.find_action.setText(QCoreApplication.translate("MainWindow", u"Find in List", None))
        self.file_menu.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.help_menu.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

