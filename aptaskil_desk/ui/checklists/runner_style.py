"""Look of the checklist runner and its dialogs, for a touch screen: big type, big targets.

The kiosk stylesheet sets the dark background and the base buttons; these rules add the step's
instruction, the verdict band, the answer buttons and the dialogs' fields. Every state also has its
words (and a symbol): a colour only repeats them.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog


def fit_height(dialog: QDialog) -> None:
    """Grow a dialog to show its wrapped lines in full: a window's minimum size leaves out what
    wrapped lines need, so the fields would be squeezed instead."""
    layout = dialog.layout()
    if layout is not None and layout.hasHeightForWidth():
        needed = layout.totalHeightForWidth(dialog.width())
        if needed > dialog.height():
            dialog.resize(dialog.width(), needed)


#: Shared by the dialogs (set on each, before any field is made).
DIALOG_QSS = """
QDialog { background-color: #0f1720; color: #ffffff; }
QLabel[kind="heading"] { font-size: 30px; font-weight: bold; }
QLabel[kind="body"] { font-size: 22px; color: #ffffff; }
QLabel[kind="fieldLabel"] { font-size: 22px; font-weight: bold; }
QLabel[kind="hint"] { font-size: 22px; }
QLabel[kind="secondary"] { font-size: 18px; color: #d0d8e0; }
QLabel[kind="failure"] {
    font-size: 22px; font-weight: bold; color: #000000; background-color: #ff8787;
    border-radius: 8px; padding: 8px 12px;
}
QLabel[kind="signer"] {
    font-size: 24px; font-weight: bold; color: #000000; background-color: #e6ebf0;
    border-radius: 8px; padding: 8px 12px;
}
QLabel[kind="banner"] { font-size: 20px; padding: 8px 12px; }
QFrame[kind="hintPanel"] { background-color: #1b2836; border: 3px solid #ffd43b; border-radius: 12px; }
QPlainTextEdit {
    font-size: 22px; color: #000000; background-color: #ffffff; border: 3px solid #9fb3c8; border-radius: 8px;
}
QPlainTextEdit:focus { border: 4px solid #ffd43b; }
QLineEdit { font-size: 24px; min-height: 56px; }
QPushButton { font-size: 22px; min-height: 64px; min-width: 160px; }
"""

RUNNER_QSS = """
QWidget#checklistRunner QLabel[kind="runTitle"] { font-size: 24px; font-weight: bold; }
QLabel[kind="runLine"] { font-size: 18px; color: #d0d8e0; }
QLabel[kind="runState"] {
    font-size: 18px; font-weight: bold; color: #000000; background-color: #e6ebf0;
    border-radius: 8px; padding: 4px 10px;
}
QLabel[kind="training"] {
    font-size: 22px; font-weight: bold; color: #000000; background-color: #ffa94d;
    border: 3px dashed #000000; border-radius: 8px; padding: 6px 12px;
}
QLabel[kind="stepPlace"] { font-size: 18px; font-weight: bold; color: #ffd43b; }
QLabel[kind="instruction"] { font-size: 28px; font-weight: bold; color: #ffffff; }
QLabel[kind="criterion"] {
    font-size: 24px; color: #ffffff; background-color: #1b2836; border: 2px solid #6b8096;
    border-radius: 8px; padding: 6px 12px;
}
QLabel[kind="waiting"] { font-size: 22px; color: #000000; background-color: #dee2e6; border-radius: 8px;
    padding: 8px 12px; }
QLabel[kind="verdict"] {
    font-size: 24px; font-weight: bold; color: #000000; background-color: #c8ced4;
    border-radius: 10px; padding: 10px 14px;
}
QLabel[kind="verdict"][tone="passed"] { background-color: #69db7c; }
QLabel[kind="verdict"][tone="failed"] { background-color: #ff8787; }
QLabel[kind="verdict"][tone="deviation"] { background-color: #ffa94d; }
QLabel[kind="verdict"][tone="not_evaluated"] { background-color: #a5d8ff; }
QLabel[kind="entryLine"] { font-size: 18px; color: #d0d8e0; }
QLabel[kind="banner"] { font-size: 20px; padding: 8px 12px; }
QLabel[kind="refusal"] { font-size: 20px; font-weight: bold; color: #000000; background-color: #ff8787;
    border-radius: 8px; padding: 8px 12px; }
QLabel#liveValue {
    font-size: 40px; font-weight: bold; color: #ffffff; font-family: monospace;
    background-color: #000000; border: 2px solid #3d4f61; border-radius: 8px; padding: 4px 14px;
}
QLabel[kind="readingStatus"] {
    font-size: 20px; font-weight: bold; color: #000000; background-color: #c8ced4;
    border-radius: 8px; padding: 6px 10px;
}
QLabel[kind="readingStatus"][tone="stable"] { background-color: #69db7c; }
QLabel[kind="readingStatus"][tone="moving"] { background-color: #ffd43b; }
QLabel[kind="readingStatus"][tone="bad"] { background-color: #ff8787; }
QPushButton { font-size: 20px; min-height: 56px; min-width: 120px; padding: 4px 16px; border-radius: 10px; }
QPushButton[kind="primary"] { font-size: 22px; font-weight: bold; }
QPushButton[kind="answer"] {
    font-size: 26px; font-weight: bold; min-height: 90px; min-width: 100px; padding: 8px 12px; border-radius: 14px;
    color: #000000; border: 4px solid #ffffff;
}
QPushButton#answerConforms { background-color: #69db7c; }
QPushButton#answerNotConforms { background-color: #ffa8a8; }
QPushButton[kind="option"] {
    font-size: 24px; font-weight: bold; min-height: 80px; padding: 6px 18px; border-radius: 12px;
    color: #ffffff; background-color: #2b3b4c; border: 4px solid #9fb3c8; text-align: left;
}
QPushButton[kind="answer"][chosen="true"], QPushButton[kind="option"][chosen="true"] { border: 8px solid #ffd43b; }
QPushButton[kind="answer"]:disabled, QPushButton[kind="option"]:disabled {
    color: #333333; background-color: #8a949e; border-style: dashed;
}
QLineEdit { font-size: 28px; min-height: 64px; }
QComboBox {
    font-size: 22px; min-height: 56px; padding: 0 12px; color: #000000; background-color: #ffffff;
    border: 3px solid #9fb3c8; border-radius: 8px;
}
QComboBox QAbstractItemView { font-size: 22px; color: #000000; background-color: #ffffff;
    selection-background-color: #ffd43b; selection-color: #000000; }
QLabel[kind="unit"] { font-size: 28px; font-weight: bold; }
QListWidget#stepOverview {
    font-size: 17px; color: #ffffff; background-color: #16212c; border: 2px solid #3d4f61; border-radius: 8px;
    padding: 4px;
}
"""
