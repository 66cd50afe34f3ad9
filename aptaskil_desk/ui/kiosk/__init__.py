"""The kiosk side: the idle screen a terminal shows between scans."""
