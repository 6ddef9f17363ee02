"""The program's own log: technical events only, never a citizen's name, CPR or case text.

Messages are filtered once more on the way out: anything that looks like a CPR number is masked,
so a careless log call cannot leak one.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

from .paths import log_dir

_CPR_LIKE = re.compile(r"\b(\d{6})-?\d{4}\b")


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = _CPR_LIKE.sub(r"\1-xxxx", message)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


def configure_logging(data_dir: Path, level: int = logging.INFO) -> Path:
    directory = log_dir(data_dir)
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "visitation.log"
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_visitation", False)]:
        root.removeHandler(old)
        old.close()
    handler._visitation = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    return path
