"""Numbers shared by the services and the command line's help texts.

Kept free of imports so that ``visitation-desktop --help`` can show them without loading the
services, the store or SQLAlchemy.
"""

from __future__ import annotations

FOLLOWUP_SOON_DAYS = 30  # a follow-up within this many days counts as "snart"
MAX_COPIES = 99  # copies of one document in one print job
