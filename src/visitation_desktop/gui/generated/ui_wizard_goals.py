# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_goals.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QToolButton, QVBoxLayout, QWidget

from visitation_desktop.gui.wizard.fields import DateField
from visitation_desktop.gui.wizard.pages.smart_panel import SmartPanel

class Ui_GoalsPage(object):
    def setupUi(self, GoalsPageBody):
        if not GoalsPageBody.objectName():
            GoalsPageBody.setObjectName(u"GoalsPageBody")
        self.goals_body = QVBoxLayout(GoalsPageBody)
        self.goals_body.setObjectName(u"goals_body")
        self.intro_label = QLabel(GoalsPageBody)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)
        self.intro_label.setStyleSheet(u"color: #444;")

        self.goals_body.addWidget(self.intro_label)

        self.goals_form = QFormLayout()
        self.goals_form.setObjectName(u"goals_form")
        self.goals_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.goals_form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.goals_caption = QLabel(GoalsPageBody)
        self.goals_caption.setObjectName(u"goals_caption")
        self.goals_caption.setWordWrap(True)

        self.goals_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.goals_caption)

        self.goals_holder = QWidget(GoalsPageBody)
        self.goals_holder.setObjectName(u"goals_holder")
        self.goals_holder_layout = QVBoxLayout(self.goals_holder)
        self.goals_holder_layout.setSpacing(2)
        self.goals_holder_layout.setObjectName(u"goals_holder_layout")
        self.goals_holder_layout.setContentsMargins(0, 0, 0, 0)
        self.goals_row = QHBoxLayout()
        self.goals_row.setObjectName(u"goals_row")
        self.goals_row.setContentsMargins(0, 0, 0, 0)
        self.goal_list = QListWidget(self.goals_holder)
        self.goal_list.setObjectName(u"goal_list")
        self.goal_list.setMaximumSize(QSize(16777215, 104))

        self.goals_row.addWidget(self.goal_list)

        self.goal_buttons = QVBoxLayout()
        self.goal_buttons.setObjectName(u"goal_buttons")
        self.add_button = QPushButton(self.goals_holder)
        self.add_button.setObjectName(u"add_button")

        self.goal_buttons.addWidget(self.add_button)

        self.remove_button = QPushButton(self.goals_holder)
        self.remove_button.setObjectName(u"remove_button")

        self.goal_buttons.addWidget(self.remove_button)

        self.goal_buttons_stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.goal_buttons.addItem(self.goal_buttons_stretch)


        self.goals_row.addLayout(self.goal_buttons)

        self.goals_row.setStretch(0, 1)

        self.goals_holder_layout.addLayout(self.goals_row)

        self.goals_message = QLabel(self.goals_holder)
        self.goals_message.setObjectName(u"goals_message")
        self.goals_message.setWordWrap(True)
        self.goals_message.setVisible(False)
        self.goals_message.setTextFormat(Qt.PlainText)

        self.goals_holder_layout.addWidget(self.goals_message)


        self.goals_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.goals_holder)


        self.goals_body.addLayout(self.goals_form)

        self.editor_row = QHBoxLayout()
        self.editor_row.setObjectName(u"editor_row")
        self.editor = QWidget(GoalsPageBody)
        self.editor.setObjectName(u"editor")
        self.editor_form = QFormLayout(self.editor)
        self.editor_form.setObjectName(u"editor_form")
        self.editor_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.editor_form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.editor_form.setContentsMargins(0, 0, 0, 0)
        self.text_caption = QLabel(self.editor)
        self.text_caption.setObjectName(u"text_caption")
        self.text_caption.setWordWrap(True)

        self.editor_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.text_caption)

        self.text_edit = QPlainTextEdit(self.editor)
        self.text_edit.setObjectName(u"text_edit")
        self.text_edit.setMinimumSize(QSize(0, 60))
        self.text_edit.setMaximumSize(QSize(16777215, 60))
        self.text_edit.setTabChangesFocus(True)

        self.editor_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.text_edit)

        self.subtheme_caption = QLabel(self.editor)
        self.subtheme_caption.setObjectName(u"subtheme_caption")
        self.subtheme_caption.setWordWrap(True)

        self.editor_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.subtheme_caption)

        self.subtheme_combo = QComboBox(self.editor)
        self.subtheme_combo.setObjectName(u"subtheme_combo")
        self.subtheme_combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.subtheme_combo.setMinimumContentsLength(24)

        self.editor_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.subtheme_combo)

        self.second_caption = QLabel(self.editor)
        self.second_caption.setObjectName(u"second_caption")
        self.second_caption.setWordWrap(True)

        self.editor_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.second_caption)

        self.second_combo = QComboBox(self.editor)
        self.second_combo.setObjectName(u"second_combo")
        self.second_combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.second_combo.setMinimumContentsLength(24)

        self.editor_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.second_combo)

        self.type_caption = QLabel(self.editor)
        self.type_caption.setObjectName(u"type_caption")
        self.type_caption.setWordWrap(True)

        self.editor_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.type_caption)

        self.type_combo = QComboBox(self.editor)
        self.type_combo.setObjectName(u"type_combo")

        self.editor_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.type_combo)

        self.levels_caption = QLabel(self.editor)
        self.levels_caption.setObjectName(u"levels_caption")
        self.levels_caption.setWordWrap(True)

        self.editor_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.levels_caption)

        self.levels_row = QHBoxLayout()
        self.levels_row.setObjectName(u"levels_row")
        self.levels_row.setContentsMargins(0, 0, 0, 0)
        self.current_caption = QLabel(self.editor)
        self.current_caption.setObjectName(u"current_caption")

        self.levels_row.addWidget(self.current_caption)

        self.target_caption = QLabel(self.editor)
        self.target_caption.setObjectName(u"target_caption")

        self.levels_row.addWidget(self.target_caption)


        self.editor_form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.levels_row)

        self.measure_caption = QLabel(self.editor)
        self.measure_caption.setObjectName(u"measure_caption")
        self.measure_caption.setWordWrap(True)

        self.editor_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.measure_caption)

        self.measure_edit = QPlainTextEdit(self.editor)
        self.measure_edit.setObjectName(u"measure_edit")
        self.measure_edit.setMinimumSize(QSize(0, 52))
        self.measure_edit.setMaximumSize(QSize(16777215, 52))
        self.measure_edit.setTabChangesFocus(True)

        self.editor_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.measure_edit)

        self.due_caption = QLabel(self.editor)
        self.due_caption.setObjectName(u"due_caption")
        self.due_caption.setWordWrap(True)

        self.editor_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.due_caption)

        self.due_holder = QWidget(self.editor)
        self.due_holder.setObjectName(u"due_holder")
        self.due_holder_layout = QVBoxLayout(self.due_holder)
        self.due_holder_layout.setSpacing(2)
        self.due_holder_layout.setObjectName(u"due_holder_layout")
        self.due_holder_layout.setContentsMargins(0, 0, 0, 0)
        self.due_edit = DateField(self.due_holder)
        self.due_edit.setObjectName(u"due_edit")

        self.due_holder_layout.addWidget(self.due_edit)

        self.due_message = QLabel(self.due_holder)
        self.due_message.setObjectName(u"due_message")
        self.due_message.setWordWrap(True)
        self.due_message.setVisible(False)
        self.due_message.setTextFormat(Qt.PlainText)

        self.due_holder_layout.addWidget(self.due_message)


        self.editor_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.due_holder)

        self.evaluation_caption = QLabel(self.editor)
        self.evaluation_caption.setObjectName(u"evaluation_caption")
        self.evaluation_caption.setWordWrap(True)

        self.editor_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.evaluation_caption)

        self.evaluation_edit = QPlainTextEdit(self.editor)
        self.evaluation_edit.setObjectName(u"evaluation_edit")
        self.evaluation_edit.setMinimumSize(QSize(0, 52))
        self.evaluation_edit.setMaximumSize(QSize(16777215, 52))
        self.evaluation_edit.setTabChangesFocus(True)

        self.editor_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.evaluation_edit)

        self.evaluation_date_caption = QLabel(self.editor)
        self.evaluation_date_caption.setObjectName(u"evaluation_date_caption")
        self.evaluation_date_caption.setWordWrap(True)

        self.editor_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.evaluation_date_caption)

        self.evaluation_date_holder = QWidget(self.editor)
        self.evaluation_date_holder.setObjectName(u"evaluation_date_holder")
        self.evaluation_date_holder_layout = QVBoxLayout(self.evaluation_date_holder)
        self.evaluation_date_holder_layout.setSpacing(2)
        self.evaluation_date_holder_layout.setObjectName(u"evaluation_date_holder_layout")
        self.evaluation_date_holder_layout.setContentsMargins(0, 0, 0, 0)
        self.evaluation_date_edit = DateField(self.evaluation_date_holder)
        self.evaluation_date_edit.setObjectName(u"evaluation_date_edit")

        self.evaluation_date_holder_layout.addWidget(self.evaluation_date_edit)

        self.evaluation_date_message = QLabel(self.evaluation_date_holder)
        self.evaluation_date_message.setObjectName(u"evaluation_date_message")
        self.evaluation_date_message.setWordWrap(True)
        self.evaluation_date_message.setVisible(False)
        self.evaluation_date_message.setTextFormat(Qt.PlainText)

        self.evaluation_date_holder_layout.addWidget(self.evaluation_date_message)


        self.editor_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.evaluation_date_holder)

        self.accepted_caption = QLabel(self.editor)
        self.accepted_caption.setObjectName(u"accepted_caption")
        self.accepted_caption.setWordWrap(True)

        self.editor_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.accepted_caption)

        self.accepted_row = QHBoxLayout()
        self.accepted_row.setObjectName(u"accepted_row")
        self.accepted_row.setContentsMargins(0, 0, 0, 0)
        self.accepted_check = QCheckBox(self.editor)
        self.accepted_check.setObjectName(u"accepted_check")

        self.accepted_row.addWidget(self.accepted_check)

        self.acceptance_edit = QLineEdit(self.editor)
        self.acceptance_edit.setObjectName(u"acceptance_edit")

        self.accepted_row.addWidget(self.acceptance_edit)

        self.accepted_row.setStretch(1, 1)

        self.editor_form.setLayout(9, QFormLayout.ItemRole.FieldRole, self.accepted_row)

        self.realistic_caption = QLabel(self.editor)
        self.realistic_caption.setObjectName(u"realistic_caption")
        self.realistic_caption.setWordWrap(True)

        self.editor_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.realistic_caption)

        self.realistic_edit = QPlainTextEdit(self.editor)
        self.realistic_edit.setObjectName(u"realistic_edit")
        self.realistic_edit.setMinimumSize(QSize(0, 52))
        self.realistic_edit.setMaximumSize(QSize(16777215, 52))
        self.realistic_edit.setTabChangesFocus(True)

        self.editor_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.realistic_edit)

        self.gas_toggle = QToolButton(self.editor)
        self.gas_toggle.setObjectName(u"gas_toggle")
        self.gas_toggle.setCheckable(True)
        self.gas_toggle.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        self.gas_toggle.setArrowType(Qt.RightArrow)
        self.gas_toggle.setFocusPolicy(Qt.StrongFocus)

        self.editor_form.setWidget(11, QFormLayout.ItemRole.SpanningRole, self.gas_toggle)

        self.gas_box = QWidget(self.editor)
        self.gas_box.setObjectName(u"gas_box")
        self.gas_box.setVisible(False)
        self.gas_form = QFormLayout(self.gas_box)
        self.gas_form.setObjectName(u"gas_form")
        self.gas_form.setContentsMargins(16, 0, 0, 0)

        self.editor_form.setWidget(12, QFormLayout.ItemRole.SpanningRole, self.gas_box)

        self.gas_message = QLabel(self.editor)
        self.gas_message.setObjectName(u"gas_message")
        self.gas_message.setWordWrap(True)
        self.gas_message.setVisible(False)
        self.gas_message.setTextFormat(Qt.PlainText)

        self.editor_form.setWidget(13, QFormLayout.ItemRole.SpanningRole, self.gas_message)


        self.editor_row.addWidget(self.editor)

        self.smart_panel = SmartPanel(GoalsPageBody)
        self.smart_panel.setObjectName(u"smart_panel")

        self.editor_row.addWidget(self.smart_panel, 0, Qt.AlignTop)

        self.editor_row.setStretch(0, 3)
        self.editor_row.setStretch(1, 2)

        self.goals_body.addLayout(self.editor_row)

        self.empty_hint = QLabel(GoalsPageBody)
        self.empty_hint.setObjectName(u"empty_hint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setStyleSheet(u"color: #444;")

        self.goals_body.addWidget(self.empty_hint)

        self.goals_stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.goals_body.addItem(self.goals_stretch)

#if QT_CONFIG(shortcut)
        self.goals_caption.setBuddy(self.goal_list)
        self.text_caption.setBuddy(self.text_edit)
        self.subtheme_caption.setBuddy(self.subtheme_combo)
        self.second_caption.setBuddy(self.second_combo)
        self.type_caption.setBuddy(self.type_combo)
        self.measure_caption.setBuddy(self.measure_edit)
        self.due_caption.setBuddy(self.due_edit)
        self.evaluation_caption.setBuddy(self.evaluation_edit)
        self.evaluation_date_caption.setBuddy(self.evaluation_date_edit)
        self.accepted_caption.setBuddy(self.accepted_check)
        self.realistic_caption.setBuddy(self.realistic_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.goal_list, self.add_button)
        QWidget.setTabOrder(self.add_button, self.remove_button)
        QWidget.setTabOrder(self.remove_button, self.text_edit)
        QWidget.setTabOrder(self.text_edit, self.subtheme_combo)
        QWidget.setTabOrder(self.subtheme_combo, self.second_combo)
        QWidget.setTabOrder(self.second_combo, self.type_combo)
        QWidget.setTabOrder(self.type_combo, self.measure_edit)
        QWidget.setTabOrder(self.measure_edit, self.due_edit)
        QWidget.setTabOrder(self.due_edit, self.evaluation_edit)
        QWidget.setTabOrder(self.evaluation_edit, self.evaluation_date_edit)
        QWidget.setTabOrder(self.evaluation_date_edit, self.accepted_check)
        QWidget.setTabOrder(self.accepted_check, self.acceptance_edit)
        QWidget.setTabOrder(self.acceptance_edit, self.realistic_edit)
        QWidget.setTabOrder(self.realistic_edit, self.gas_toggle)

        self.retranslateUi(GoalsPageBody)

        QMetaObject.connectSlotsByName(GoalsPageBody)
    # setupUi

    def retranslateUi(self, GoalsPageBody):
        self.intro_label.setText("")
        self.goals_caption.setText(QCoreApplication.translate("GoalsPage", u"M\u00e5lene:", None))
#if QT_CONFIG(accessibility)
        self.goal_list.setAccessibleName(QCoreApplication.translate("GoalsPage", u"M\u00e5l", None))
#endif // QT_CONFIG(accessibility)
        self.add_button.setText(QCoreApplication.translate("GoalsPage", u"Tilf\u00f8j &m\u00e5l", None))
        self.remove_button.setText(QCoreApplication.translate("GoalsPage", u"Fjern m&\u00e5l", None))
#if QT_CONFIG(accessibility)
        self.editor.setAccessibleName(QCoreApplication.translate("GoalsPage", u"Det valgte m\u00e5l", None))
#endif // QT_CONFIG(accessibility)
        self.text_caption.setText(QCoreApplication.translate("GoalsPage", u"M\u00e5let med borgerens &egne ord:", None))
#if QT_CONFIG(accessibility)
        self.text_edit.setAccessibleName(QCoreApplication.translate("GoalsPage", u"M\u00e5let med borgerens egne ord", None))
#endif // QT_CONFIG(accessibility)
        self.text_edit.setPlaceholderText(QCoreApplication.translate("GoalsPage", u"Fx \u00bbJeg vil selv lave aftensmad to gange om ugen.\u00ab", None))
        self.subtheme_caption.setText(QCoreApplication.translate("GoalsPage", u"FFB-&undertema:", None))
#if QT_CONFIG(accessibility)
        self.subtheme_combo.setAccessibleName(QCoreApplication.translate("GoalsPage", u"FFB-undertema", None))
#endif // QT_CONFIG(accessibility)
        self.second_caption.setText(QCoreApplication.translate("GoalsPage", u"Andet undertema (valgfrit):", None))
#if QT_CONFIG(accessibility)
        self.second_combo.setAccessibleName(QCoreApplication.translate("GoalsPage", u"Andet undertema (valgfrit)", None))
#endif // QT_CONFIG(accessibility)
        self.type_caption.setText(QCoreApplication.translate("GoalsPage", u"M\u00e5ltype:", None))
#if QT_CONFIG(accessibility)
        self.type_combo.setAccessibleName(QCoreApplication.translate("GoalsPage", u"M\u00e5ltype", None))
#endif // QT_CONFIG(accessibility)
        self.levels_caption.setText(QCoreApplication.translate("GoalsPage", u"Funktionsevneniveau:", None))
        self.current_caption.setText(QCoreApplication.translate("GoalsPage", u"I d&ag:", None))
        self.target_caption.setText(QCoreApplication.translate("GoalsPage", u"M\u00e5l:", None))
        self.measure_caption.setText(QCoreApplication.translate("GoalsPage", u"Hvordan m\u00e5&les det:", None))
#if QT_CONFIG(accessibility)
        self.measure_edit.setAccessibleName(QCoreApplication.translate("GoalsPage", u"Hvordan m\u00e5les det", None))
#endif // QT_CONFIG(accessibility)
        self.measure_edit.setPlaceholderText(QCoreApplication.translate("GoalsPage", u"Fx antal gange om ugen, borgeren g\u00f8r det selv", None))
        self.due_caption.setText(QCoreApplication.translate("GoalsPage", u"&Skal v\u00e6re n\u00e5et senest:", None))
#if QT_CONFIG(accessibility)
        self.due_edit.setAccessibleName(QCoreApplication.translate("GoalsPage", u"Skal v\u00e6re n\u00e5et senest", None))
#endif // QT_CONFIG(accessibility)
        self.evaluation_caption.setText(QCoreApplication.translate("GoalsPage", u"Hvordan e&valueres det:", None))
#if QT_CONFIG(accessibility)
        self.evaluation_edit.setAccessibleName(QCoreApplication.translate("GoalsPage", u"Hvordan evalueres det", None))
#endif // QT_CONFIG(accessibility)
        self.evaluation_edit.setPlaceholderText(QCoreApplication.translate("GoalsPage", u"Fx p\u00e5 opf\u00f8lgningsm\u00f8det med borgeren og tilbuddet", None))
        self.evaluation_date_caption.setText(QCoreApplication.translate("GoalsPage", u"Evalueres den:", None))
#if QT_CONFIG(accessibility)
        self.evaluation_date_edit.setAccessibleName(QCoreApplication.translate("GoalsPage", u"Evalueres den", None))
#endif // QT_CONFIG(accessibility)
        self.accepted_caption.setText(QCoreApplication.translate("GoalsPage", u"Accept:", None))
        self.accepted_check.setText(QCoreApplication.translate("GoalsPage", u"Borgeren har a&ccepteret m\u00e5let", None))
#if QT_CONFIG(accessibility)
        self.acceptance_edit.setAccessibleName(QCoreApplication.translate("GoalsPage", u"Hvordan borgeren har accepteret m\u00e5let", None))
#endif // QT_CONFIG(accessibility)
        self.acceptance_edit.setPlaceholderText(QCoreApplication.translate("GoalsPage", u"Hvordan, fx mundtligt p\u00e5 m\u00f8det", None))
        self.realistic_caption.setText(QCoreApplication.translate("GoalsPage", u"Hvorfor er m\u00e5let &realistisk:", None))
#if QT_CONFIG(accessibility)
        self.realistic_edit.setAccessibleName(QCoreApplication.translate("GoalsPage", u"Hvorfor er m\u00e5let realistisk", None))
#endif // QT_CONFIG(accessibility)
        self.realistic_edit.setPlaceholderText(QCoreApplication.translate("GoalsPage", u"Borgerens ressourcer, st\u00f8tten og tiden", None))
        self.gas_toggle.setText(QCoreApplication.translate("GoalsPage", u"M\u00e5lopfyldelsess&kala \u22122 til +2 (valgfri)", None))
        self.empty_hint.setText(QCoreApplication.translate("GoalsPage", u"Der er ingen m\u00e5l endnu. Tryk \u00bbTilf\u00f8j m\u00e5l\u00ab for at skrive det f\u00f8rste.", None))
        pass
    # retranslateUi

