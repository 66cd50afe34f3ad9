"""Look of the print preview, and of Qt's own print and file dialogs opened over it.

The kiosk stylesheet (inherited from the main window) makes every text white and every field huge;
Qt's print and file dialogs keep their light default background, so their labels vanish. They get a
dark background like the rest of the program, readable fields and list views, and sizes that fit.
"""

from __future__ import annotations

PREVIEW_QSS = """
QDialog#printPreview { background-color: #0f1720; color: #ffffff; }
QLabel[kind="heading"] { font-size: 28px; font-weight: bold; }
QLabel[kind="body"] { font-size: 22px; }
QLabel[kind="secondary"] { font-size: 18px; color: #d0d8e0; }
QLabel[kind="banner"] { font-size: 20px; padding: 8px 12px; }
QLabel[kind="pageNumber"] { font-size: 20px; font-weight: bold; min-width: 150px; qproperty-alignment: AlignCenter; }
QLabel[kind="zoom"] { font-size: 20px; min-width: 80px; qproperty-alignment: AlignCenter; }
QFrame[kind="hintPanel"] { background-color: #1b2836; border: 3px solid #ffd43b; border-radius: 12px; }
QPushButton { font-size: 22px; }
QPushButton[kind="tool"] { font-size: 20px; min-height: 48px; padding: 2px 16px; }
QProgressBar {
    font-size: 20px; font-weight: bold; min-height: 40px; color: #000000; background-color: #e6ebf0;
    border: 2px solid #9fb3c8; border-radius: 8px; text-align: center;
}
QProgressBar::chunk { background-color: #ffd43b; border-radius: 6px; }
"""

SYSTEM_DIALOG_QSS = """
QDialog { background-color: #0f1720; color: #ffffff; }
QWidget { font-size: 20px; }
QLabel, QCheckBox, QRadioButton, QGroupBox { color: #ffffff; background: transparent; }
QGroupBox { border: 1px solid #3d4f61; border-radius: 6px; margin-top: 16px; padding-top: 10px; }
QGroupBox::title { subcontrol-origin: margin; left: 10px; padding: 0 4px; }
QLineEdit, QComboBox, QSpinBox {
    font-size: 20px; min-height: 40px; padding: 0 8px; color: #000000; background-color: #ffffff;
    border: 2px solid #9fb3c8; border-radius: 6px;
}
QLineEdit:focus, QComboBox:focus, QSpinBox:focus { border: 3px solid #ffd43b; }
QLineEdit:disabled, QComboBox:disabled, QSpinBox:disabled { color: #333333; background-color: #c8ced4; }
QComboBox QAbstractItemView {
    color: #000000; background-color: #ffffff; selection-background-color: #ffd43b; selection-color: #000000;
}
QTreeView, QListView {
    font-size: 18px; color: #000000; background-color: #ffffff;
    selection-background-color: #ffd43b; selection-color: #000000;
}
QHeaderView::section { font-size: 18px; color: #000000; background-color: #e6ebf0; padding: 2px 6px; border: none; }
QPushButton { font-size: 20px; min-height: 48px; padding: 2px 18px; }
QToolButton { min-width: 40px; min-height: 40px; background-color: #e6ebf0; border-radius: 6px; }
QTabWidget::pane { border: 1px solid #3d4f61; }
QTabBar::tab { font-size: 18px; color: #ffffff; background-color: #2b3b4c; padding: 6px 14px; }
QTabBar::tab:selected { color: #000000; background-color: #ffd43b; }
"""
