"""A form caption level with its multi-line field's first line.

QFormLayout centres a caption in the height of one line edit, while a multi-line text field's
first line sits just under its frame and document margin: the two texts end up a pixel or two
apart, more at 125 % and 150 %. The caption is set to the top with the field's inset above it.
A field of one fixed height does not take a share of a tall page's spare room either: its row
would grow and the field float down in it, away from its caption.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QSizePolicy, QTextEdit, QWidget


def level_captions(form: QWidget) -> None:
    """Every caption in ``form`` whose buddy is a multi-line text field starts level with its first line."""
    for caption in form.findChildren(QLabel):
        field = caption.buddy()
        if isinstance(field, QPlainTextEdit | QTextEdit):
            inset = field.frameWidth() + round(field.document().documentMargin())
            caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            caption.setContentsMargins(0, inset, 0, 0)
            if field.minimumHeight() == field.maximumHeight():
                policy = field.sizePolicy()
                policy.setVerticalPolicy(QSizePolicy.Policy.Fixed)
                field.setSizePolicy(policy)
