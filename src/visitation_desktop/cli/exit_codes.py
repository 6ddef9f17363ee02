"""Every exit code of every command, in one place (docs/exit-codes.md says the same for users).

Each code means one thing whatever the command, so a script can act on it: 9 is always the key
file, 12 always the central schema, 13 always a document the rules or the case do not allow.
"""

from __future__ import annotations

DONE = 0
NOT_DONE = 1  # bad input, unknown case, a backup that does not open with this password
USAGE = 2  # the command line is wrong (argparse uses 2 as well)
NOT_UNLOCKED = 3  # wrong initials or password, no store yet, wait or locked out
AUDIT_FAILED = 4  # audit verify found a changed, missing or reordered access-log row
DAMAGED = 5  # a file of the program is damaged, missing or does not fit (store, standard, catalogue)
TRY_AGAIN = 6  # the store could not be written now (busy past the timeout, disk full, I/O error)
CENTRAL_UNAVAILABLE = 7  # the central store could not be reached, refused, or the run was stopped
NOT_RECORDED = 8  # cases import: stored, but as undecided (the rules refuse the file's decision)
KEY_FILE = 9  # keys.json damaged, missing or not writable
SYNC_REFUSED = 10  # sync push: the rules gate held back some cases; the others were sent
SYNC_CONFLICTS = 11  # sync push: conflicts remain; nothing of those cases was written centrally
CENTRAL_SCHEMA = 12  # the central schema does not fit this program (central init/upgrade)
DOCUMENT_REFUSED = 13  # render/print: the document is incomplete or does not belong to the outcome
PRINT_FAILED = 14  # print: the printer is unknown or the job could not be sent
UNEXPECTED = 70  # a bug; the technical log has where (no personal data)
