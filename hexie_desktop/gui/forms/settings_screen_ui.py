# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_screen.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QGroupBox,
    QLabel, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_SettingsScreen(object):
    def setupUi(self, SettingsScreen):
        if not SettingsScreen.objectName():
            SettingsScreen.setObjectName(u"SettingsScreen")
        SettingsScreen.resize(700, 500)
        self.screen_layout = QVBoxLayout(SettingsScreen)
        self.screen_layout.setObjectName(u"screen_layout")
        self.title_label = QLabel(SettingsScreen)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setStyleSheet(u"font-size: 16pt; font-weight: bold;")

        self.screen_layout.addWidget(self.title_label)

        self.identity_group = QGroupBox(SettingsScreen)
        self.identity_group.setObjectName(u"identity_group")
        self.identity_layout = QFormLayout(self.identity_group)
        self.identity_layout.setObjectName(u"identity_layout")
        self.name_caption_label = QLabel(self.identity_group)
        self.name_caption_label.setObjectName(u"name_caption_label")

        self.identity_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_caption_label)

        self.name_value_label = QLabel(self.identity_group)
        self.name_value_label.setObjectName(u"name_value_label")
        self.name_value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identity_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_value_label)

        self.role_caption_label = QLabel(self.identity_group)
        self.role_caption_label.setObjectName(u"role_caption_label")

        self.identity_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.role_caption_label)

        self.role_value_label = QLabel(self.identity_group)
        self.role_value_label.setObjectName(u"role_value_label")

        self.identity_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.role_value_label)

        self.fingerprint_caption_label = QLabel(self.identity_group)
        self.fingerprint_caption_label.setObjectName(u"fingerprint_caption_label")

        self.identity_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.fingerprint_caption_label)

        self.fingerprint_value_label = QLabel(self.identity_group)
        self.fingerprint_value_label.setObjectName(u"fingerprint_value_label")
        self.fingerprint_value_label.setWordWrap(True)
        self.fingerprint_value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identity_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.fingerprint_value_label)

        self.folder_caption_label = QLabel(self.identity_group)
        self.folder_caption_label.setObjectName(u"folder_caption_label")

        self.identity_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.folder_caption_label)

        self.folder_value_label = QLabel(self.identity_group)
        self.folder_value_label.setObjectName(u"folder_value_label")
        self.folder_value_label.setWordWrap(True)
        self.folder_value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identity_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.folder_value_label)


        self.screen_layout.addWidget(self.identity_group)

        self.language_group = QGroupBox(SettingsScreen)
        self.language_group.setObjectName(u"language_group")
        self.language_layout = QFormLayout(self.language_group)
        self.language_layout.setObjectName(u"language_layout")
        self.language_label = QLabel(self.language_group)
        self.language_label.setObjectName(u"language_label")

        self.language_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language_combo = QComboBox(self.language_group)
        self.language_combo.setObjectName(u"language_combo")

        self.language_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.language_combo)

        self.language_note_label = QLabel(self.language_group)
        self.language_note_label.setObjectName(u"language_note_label")
        self.language_note_label.setWordWrap(True)

        self.language_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.language_note_label)


        self.screen_layout.addWidget(self.language_group)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.screen_layout.addItem(self.bottom_spacer)

#if QT_CONFIG(shortcut)
        self.language_label.setBuddy(self.language_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsScreen)

        QMetaObject.connectSlotsByName(SettingsScreen)
    # setupUi

    def retranslateUi(self, SettingsScreen):
        self.title_label.setText(QCoreApplication.translate("SettingsScreen", u"Settings", None))
        self.identity_group.setTitle(QCoreApplication.translate("SettingsScreen", u"This computer", None))
        self.name_caption_label.setText(QCoreApplication.translate("SettingsScreen", u"Name:", None))
        self.role_caption_label.setText(QCoreApplication.translate("SettingsScreen", u"Role:", None))
        self.fingerprint_caption_label.setText(QCoreApplication.translate("SettingsScreen", u"Key fingerprint:", None))
        self.folder_caption_label.setText(QCoreApplication.translate("SettingsScreen", u"Data folder:", None))
        self.language_group.setTitle(QCoreApplication.translate("SettingsScreen", u"Language", None))
        self.language_label.setText(QCoreApplication.translate("SettingsScreen", u"&Language of the window:", None))
        self.language_note_label.setText(QCoreApplication.translate("SettingsScreen", u"A new language takes effect the next time Hexie Desktop starts.", None))
        pass
    # retranslateUi

