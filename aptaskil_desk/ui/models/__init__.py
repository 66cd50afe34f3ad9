"""Qt item models over the services' plain dataclasses (Vorta's table model pattern)."""
