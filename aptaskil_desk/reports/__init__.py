"""Printable records (PDF): equipment logbooks, and later session and checklist reports."""
