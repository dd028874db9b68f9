"""State on PostgreSQL (``--database postgresql://...``): one server shared by several emulator processes.

Imported only when a PostgreSQL URL is configured, so the embedded SQLite default never loads psycopg.
"""
