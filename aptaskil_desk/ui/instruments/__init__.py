"""Instrument screens: the live console with plot and wire monitor, and the exercise screens."""
