"""Add translations to a Qt Linguist catalogue without disturbing what is there.

Usage: python scripts/ts_add.py resources/translations/cli_fr.ts CONTEXT < pairs.json
where pairs.json is {"English source": "translation", ...}. Existing sources are left alone;
new messages go at the end of the named context (created if missing). Re-reads the file right
before writing, so several people can add to one catalogue in turn.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from xml.sax.saxutils import escape


def add(path: Path, context: str, pairs: dict[str, str]) -> int:
    text = path.read_text(encoding="utf-8")
    marker = f"<name>{escape(context)}</name>"
    if marker not in text:
        text = text.replace("</TS>", f"<context>\n    {marker}\n</context>\n</TS>")
    start = text.index(marker)
    end = text.index("</context>", start)
    existing = text[start:end]
    blocks = [
        f"    <message>\n        <source>{escape(src)}</source>\n        <translation>{escape(dst)}</translation>\n"
        "    </message>\n"
        for src, dst in pairs.items()
        if f"<source>{escape(src)}</source>" not in existing
    ]
    path.write_text(text[:end] + "".join(blocks) + text[end:], encoding="utf-8")
    return len(blocks)


if __name__ == "__main__":
    added = add(Path(sys.argv[1]), sys.argv[2], json.load(sys.stdin))
    print(f"{added} messages added to {sys.argv[1]}")
