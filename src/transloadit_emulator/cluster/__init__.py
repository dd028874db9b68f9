"""Several processes, one emulator: Redis (events, execution leases, job slots) and Celery (jobs).

Imported only when ``--queue redis://...`` is configured, so the single-process default never
loads celery or redis.
"""
