"""The checklist screens: the runner (one step at a time), the deviation and signature dialogs."""
