"""Persistence: engine settings, typed ORM models, migrations, the audit trail and its verifier."""
