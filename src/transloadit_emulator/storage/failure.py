"""The one exception every database backend raises when it cannot do what was asked.

SQLite (a locked, damaged or vanished file) and PostgreSQL (an unreachable server, a broken
schema) fail with their drivers' own exceptions; the stores turn them into :class:`StoreFailure`,
so core can answer each operation's own code without knowing which database is configured.
"""

from __future__ import annotations


class StoreFailure(Exception):
    """The database failed; the message is the driver's."""
