"""Simulated instruments on pseudo-terminals, speaking each real protocol byte for byte.

They serve the tests, the demo and classrooms without hardware (``aptaskil-desk instrument
simulate KIND``). See :mod:`.base` for the framework and the scenario settings.
"""
