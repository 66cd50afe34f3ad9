"""Use cases. Each public method is one transaction: permission check, writes, audit rows."""
