"""Badges: payloads, keyboard-layout repair, QR images and printable layouts."""
