"""Look of the equipment screens: the kiosk stylesheet has no rules yet for tables, combo boxes,
date fields or dialogs, which otherwise fall back to white text on Qt's light default."""

from __future__ import annotations

EQUIPMENT_QSS = """
QDialog { background-color: #0f1720; color: #ffffff; }
QTableView {
    font-size: 18px; color: #ffffff; background-color: #16212c; alternate-background-color: #1b2836;
    gridline-color: #3d4f61; border: 2px solid #3d4f61;
    selection-background-color: #ffd43b; selection-color: #000000;
}
QHeaderView::section {
    font-size: 18px; font-weight: bold; color: #ffffff; background-color: #2b3b4c;
    border: none; border-right: 1px solid #3d4f61; border-bottom: 2px solid #ffd43b; padding: 6px 8px;
}
QComboBox, QDateEdit {
    font-size: 22px; min-height: 56px; padding: 0 12px; color: #000000; background-color: #ffffff;
    border: 3px solid #9fb3c8; border-radius: 8px;
}
QComboBox:focus, QDateEdit:focus { border: 3px solid #ffd43b; }
QComboBox:disabled, QDateEdit:disabled { color: #555555; background-color: #c8ced4; }
QComboBox QAbstractItemView { font-size: 22px; color: #000000; background-color: #ffffff;
    selection-background-color: #ffd43b; selection-color: #000000; }
QCheckBox { font-size: 22px; spacing: 10px; }
QCheckBox::indicator { width: 28px; height: 28px; background-color: #ffffff; border: 3px solid #9fb3c8; }
QCheckBox::indicator:checked { background-color: #ffd43b; border-color: #ffffff; }
QPlainTextEdit {
    font-size: 24px; color: #000000; background-color: #ffffff; border: 3px solid #9fb3c8; border-radius: 8px;
}
QPlainTextEdit:focus { border: 4px solid #ffd43b; }
QLineEdit { font-size: 24px; min-height: 56px; }
QPushButton { font-size: 22px; }
"""
