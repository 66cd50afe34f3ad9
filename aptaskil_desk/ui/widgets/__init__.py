"""Small reusable widgets: labels styled by role, message banner, numeric keypad."""
