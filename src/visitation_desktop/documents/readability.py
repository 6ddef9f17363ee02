"""LIX, the Scandinavian readability index, of a document's text as printed.

LIX = words / sentences + 100 * long words / words, where a long word has more than six
letters. A sentence ends at ". ! ? :" (or ";"), and a heading, a list item or a table label
counts as one: a line that ends without a sentence mark where the next line starts anew
(capital letter, digit, bullet) or the paragraph ends. A line wrapped inside a sentence
(the next line goes on in lower case) does not. Under 25 is
very easy (children's books), 25-35 easy, 35-45 medium (newspapers), over 55 very hard.

``benchmarks`` and the tests read it from ``pdftotext`` of the rendered PDF: letterhead and
footer included, as the citizen reads the page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

LONG_WORD = 6  # letters; a longer word is "long"
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_SENTENCE_END = re.compile(r"[.!?:;](?=\s|$)")


@dataclass(frozen=True)
class Lix:
    words: int
    sentences: int
    long_words: int

    @property
    def value(self) -> float:
        if not self.words:
            return 0.0
        return self.words / max(self.sentences, 1) + 100 * self.long_words / self.words


def _sentences(block: str) -> int:
    """Sentence marks, plus a line that ends without one where the next line starts anew (a heading,
    a list item, a table label: capital letter, digit or bullet), plus the block's last line."""
    lines = [line.strip() for line in block.splitlines() if line.strip()]
    count = 0
    for i, line in enumerate(lines):
        count += len(_SENTENCE_END.findall(line))
        if _SENTENCE_END.search(line[-1]) or line.endswith((",", "-", "–")):
            continue
        following = lines[i + 1] if i + 1 < len(lines) else ""
        if not following or following[0].isupper() or following[0].isdigit() or following[0] in "•»«-–(":
            count += 1
    return count


def lix(text: str) -> Lix:
    """LIX of ``pdftotext`` output (blocks separated by blank lines, lines as laid out)."""
    words = 0
    long_words = 0
    sentences = 0
    for block in re.split(r"\n\s*\n|\f", text):
        found = _WORD.findall(block)
        if not found:
            continue
        words += len(found)
        long_words += sum(1 for w in found if len(w.replace("-", "")) > LONG_WORD)
        sentences += _sentences(block)
    return Lix(words, sentences, long_words)
