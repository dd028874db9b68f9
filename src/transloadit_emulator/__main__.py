"""``python -m transloadit_emulator``."""

import sys

from .cli import main

sys.exit(main())
