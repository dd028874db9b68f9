"""Helpers that robots share and that are not robots themselves: robot modules may import from
here (and from ``robots/base.py``), never from each other. Nothing here runs an engine; engines
live in ``media/`` and outbound clients in ``outbound/``."""
