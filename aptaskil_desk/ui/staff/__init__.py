"""The staff side: unlock at the kiosk, then the staff area and its pages."""
