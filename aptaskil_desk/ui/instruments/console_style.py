"""Look of the instrument console: the kiosk stylesheet's colours, denser type so that connection,
live value, plot and wire monitor fit the staff area at 1280×800, touch targets still ≥ 44 px.
Every status colour repeats words and a symbol shown beside it."""

from __future__ import annotations

CONSOLE_QSS = """
QWidget { font-size: 18px; }
QLabel[kind="fieldLabel"] { font-size: 18px; font-weight: bold; }
QLabel[kind="consoleHeading"] { font-size: 20px; font-weight: bold; color: #ffffff; }
QLabel[kind="secondary"] { font-size: 18px; color: #d0d8e0; }
QLabel[kind="identity"] { font-size: 18px; color: #e6ebf0; }
QLabel[kind="lineDetail"] { font-size: 16px; color: #d0d8e0; }
QLabel[kind="lineState"] { font-size: 20px; font-weight: bold; color: #d0d8e0; }
QLabel[kind="lineState"][state="connected"] { color: #69db7c; }
QLabel[kind="lineState"][state="lost"] { color: #ff8787; }
QLabel[kind="banner"] { font-size: 18px; padding: 6px 10px; }

QLabel#liveValue {
    font-size: 56px; font-weight: bold; color: #ffffff; font-family: monospace;
    background-color: #000000; border: 2px solid #3d4f61; border-radius: 8px; padding: 4px 12px;
}
QLabel[kind="readingStatus"] {
    font-size: 20px; font-weight: bold; padding: 6px 8px; border-radius: 6px;
    color: #000000; background-color: #c8ced4;
}
QLabel[kind="readingStatus"][status="stable"] { background-color: #69db7c; }
QLabel[kind="readingStatus"][status="dynamic"] { background-color: #ffd43b; }
QLabel[kind="readingStatus"][status="overload"],
QLabel[kind="readingStatus"][status="underload"],
QLabel[kind="readingStatus"][status="error"] { background-color: #ff8787; }

QPushButton { font-size: 18px; min-height: 44px; min-width: 44px; padding: 2px 14px; border-radius: 8px; }
QPushButton#portsButton { padding: 0; min-width: 48px; max-width: 48px; }
QPushButton[kind="toggle"]:checked { color: #000000; background-color: #ffffff; border: 2px solid #ffffff; }
QPushButton[kind="primary"] { font-size: 20px; min-height: 56px; }
QComboBox, QLineEdit {
    font-size: 18px; min-height: 44px; padding: 0 8px; color: #000000; background-color: #ffffff;
    border: 2px solid #9fb3c8; border-radius: 6px;
}
QComboBox:focus, QLineEdit:focus { border: 3px solid #ffd43b; }
QComboBox:disabled, QLineEdit:disabled { color: #333333; background-color: #c8ced4; }
QComboBox QAbstractItemView { font-size: 18px; color: #000000; background-color: #ffffff;
    selection-background-color: #ffd43b; selection-color: #000000; }
QComboBox QLineEdit { border: none; min-height: 0; padding: 0; }
QTableView {
    font-size: 15px; color: #ffffff; background-color: #16212c; alternate-background-color: #1b2836;
    gridline-color: #3d4f61; border: 2px solid #3d4f61;
    selection-background-color: #ffd43b; selection-color: #000000;
}
QHeaderView::section {
    font-size: 16px; font-weight: bold; color: #ffffff; background-color: #2b3b4c;
    border: none; border-right: 1px solid #3d4f61; border-bottom: 2px solid #ffd43b; padding: 4px 6px;
}
"""
