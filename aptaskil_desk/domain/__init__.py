"""Pure rules, no I/O: permissions, hours, acceptance criteria, state machines."""
