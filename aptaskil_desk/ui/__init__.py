"""The PySide6 GUI: the only package that imports Qt (ARCHITECTURE rule 1)."""
