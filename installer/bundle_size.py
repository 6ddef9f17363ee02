"""What takes the space in a built bundle: the total, the groups, and the largest files.

    .venv/bin/python installer/bundle_size.py dist/visitation-desktop
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

# (group, pattern on the path inside the bundle), first match wins.
GROUPS = (
    ("ICU (Unicode data Qt needs on Linux)", r"libicu"),
    ("Qt: Core, Gui, Widgets", r"Qt6(Core|Gui|Widgets)\b|Qt6(Core|Gui|Widgets)\."),
    ("Qt: Pdf, PdfWidgets (pdfium)", r"Qt6Pdf"),
    ("Qt: PrintSupport, DBus, Network, XcbQpa", r"Qt6(PrintSupport|DBus|Network|XcbQpa)"),
    ("Qt plugins", r"[/\\]plugins[/\\]"),
    ("Qt translations (Danish)", r"[/\\]translations[/\\]"),
    ("PySide6 and shiboken6 bindings", r"PySide6|shiboken6"),
    ("fonts for the documents", r"resources[/\\]fonts"),
    ("other resources", r"resources[/\\]"),
    ("psycopg (libpq, OpenSSL) for the central store", r"psycopg"),
    ("cryptography, argon2", r"cryptography|argon2|_cffi"),
    ("SQLCipher", r"sqlcipher"),
    ("reportlab, Pillow, uharfbuzz", r"reportlab|PIL|pillow|harfbuzz"),
    ("Python interpreter and standard library", r"libpython|python3|base_library|lib-dynload|\.pyd$|python\d+\.dll"),
    ("the programs and the Python archive", r"visitation-desktop|PYZ|\.pkg$"),
)


def human(size: float) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.1f} {unit}" if unit != "B" else f"{size:.0f} B"
        size /= 1024
    return f"{size:.1f} GB"


def main(folder: str) -> int:
    base = Path(folder)
    files = [p for p in base.rglob("*") if p.is_file() and not p.is_symlink()]
    if not files:
        print(f"{folder}: no bundle here (build it first)", file=sys.stderr)
        return 1
    total = sum(p.stat().st_size for p in files)
    groups: dict[str, int] = defaultdict(int)
    for path in files:
        rel = str(path.relative_to(base))
        name = next((g for g, pattern in GROUPS if re.search(pattern, rel, re.IGNORECASE)), "other libraries")
        groups[name] += path.stat().st_size
    print(f"Bundle {folder}: {human(total)} in {len(files)} files")
    for name, size in sorted(groups.items(), key=lambda item: -item[1]):
        print(f"  {human(size):>10}  {size / total:5.1%}  {name}")
    print("Largest files:")
    for path in sorted(files, key=lambda p: -p.stat().st_size)[:15]:
        print(f"  {human(path.stat().st_size):>10}  {path.relative_to(base)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "dist/visitation-desktop"))
