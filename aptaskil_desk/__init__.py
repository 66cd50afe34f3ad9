"""aptaskil-desk: lab terminal software for a GMP training centre."""

__version__ = "0.1.0"
