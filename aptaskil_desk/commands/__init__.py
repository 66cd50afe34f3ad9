"""Command-line handlers, grouped by subject; ``cli.py`` builds the parser and runs them."""
