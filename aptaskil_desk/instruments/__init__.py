"""Serial lab instruments: line settings, a transport that keeps every byte, drivers, simulators.

No Qt and no database here (ARCHITECTURE rules 1–2): the GUI runs these objects in a worker
thread, services store what they return. See ``docs/instruments.md``.
"""
