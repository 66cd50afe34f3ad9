"""One PDF file from many small reportlab documents, appended object by object as each is made.

reportlab keeps every page of a document in memory until the document is saved. A long printout
is therefore drawn as a series of small documents ("chunks") of a few pages each, and
:class:`PdfJoiner` copies each chunk into the one output file as soon as it is finished: memory holds
one chunk, however many pages the whole printout has.

The copier reads exactly what reportlab writes: a classic cross-reference table, objects of
generation 0, streams whose ``/Length`` is a number. Of each chunk it copies every object reachable
from the chunk's page tree, numbered anew; references (``n 0 R``) are renumbered in the objects'
dictionaries only, never inside strings or stream data (a stream is skipped by its ``/Length``). The
chunk's page tree root becomes one node under the document's root (``/Parent`` added), so its pages
keep their parent and the root holds one reference per chunk, not per page. Each chunk's catalogue
and outline are left behind; the first chunk's information dictionary (title, author, dates) becomes
the document's. Each chunk embeds its own font subsets; their tags (``AAAAAA+DejaVuSans``) are given
anew, because two different subsets in one file must not share a name (ISO 32000-1, 9.6.4).

The cross-reference lines wait in a temporary file until the end, so nothing kept grows with the page
count but one number per chunk.
"""

from __future__ import annotations

import hashlib
import re
import tempfile
from dataclasses import dataclass
from types import TracebackType
from typing import IO, BinaryIO

#: Object numbers of the document's own objects, written last: the page tree root and the catalogue.
ROOT, CATALOG = 1, 2
_FIRST_COPIED = 3

_WHITE = b" \t\r\n\f\x00"
_DELIMITERS = rb"()<>\[\]{}/%"
_TOKEN = re.compile(
    rb"[ \t\r\n\f\x00]+"  # white space
    rb"|%[^\r\n]*"  # comment
    rb"|<<|>>|[\[\]{}]"  # dictionary and array brackets
    rb"|<[0-9A-Fa-f \t\r\n\f\x00]*>"  # hexadecimal string
    rb"|/[^ \t\r\n\f\x00" + _DELIMITERS + rb"]*"  # name
    rb"|[^ \t\r\n\f\x00" + _DELIMITERS + rb"]+"  # number or keyword (true, null, R, obj, stream…)
)
_OBJECT = re.compile(rb"(\d+)[ \t\r\n\f\x00]+(\d+)[ \t\r\n\f\x00]+obj")
_STARTXREF = re.compile(rb"startxref[ \t\r\n\f\x00]+(\d+)[ \t\r\n\f\x00]+%%EOF[ \t\r\n\f\x00]*$")
_SUBSECTION = re.compile(rb"[ \t\r\n\f\x00]*(\d+) (\d+)[ \t]*\r?\n")
_XREF_ENTRY = re.compile(rb"(\d{10}) (\d{5}) ([nf])[ \r\n]{2}")
_SUBSET_TAG = re.compile(rb"/([A-Z]{6})\+")
_STOP_WORDS = (b"stream", b"endobj", b"startxref")


class PdfFormatError(ValueError):
    """A chunk is not a PDF as this copier reads it (a program error, never the user's)."""


@dataclass(frozen=True)
class _Value:
    """One PDF value as it stands in the file, token by token (white space and comments included)."""

    tokens: list[bytes]
    #: the outermost dictionary's keys → their value's tokens (a nested container shows as ``<<`` or ``[``)
    keys: dict[bytes, list[bytes]]
    #: where the value ends: the start of the keyword that follows it (``stream``, ``endobj``…)
    end: int

    def refs(self) -> list[int]:
        """The object numbers this value refers to, in order."""
        return [int(self.tokens[i]) for i in _reference_starts(self.tokens)]

    def ref(self, key: bytes) -> int | None:
        """The object number that ``key`` refers to (``/Root 2 0 R``), if it is a reference."""
        value = self.keys.get(key, [])
        return int(value[0]) if len(value) == 3 and value[2] == b"R" else None

    def number(self, key: bytes) -> int | None:
        value = self.keys.get(key, [])
        return int(value[0]) if len(value) == 1 and value[0].isdigit() else None


@dataclass(frozen=True)
class _Object:
    """An object of a chunk: its value, and what follows it verbatim (stream data, ``endobj``)."""

    value: _Value
    tail: bytes


def _is_space(token: bytes) -> bool:
    return token[:1] in (b"%", b"") or token[0] in _WHITE


def _literal_end(data: bytes, start: int) -> int:
    """The index after the literal string ``(…)`` starting at ``start``: nested parentheses balance,
    a backslash escapes the next byte."""
    depth, i = 0, start
    while i < len(data):
        byte = data[i]
        if byte == 0x5C:  # backslash
            i += 2
            continue
        if byte == 0x28:
            depth += 1
        elif byte == 0x29:
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise PdfFormatError(f"unterminated string at {start}")


def _scan(data: bytes, pos: int) -> _Value:
    """Read one value from ``pos`` up to the first keyword of ``_STOP_WORDS`` outside any container."""
    tokens: list[bytes] = []
    top: list[bytes] = []  # the tokens directly inside the outermost container
    depth = 0
    while True:
        if pos >= len(data):
            raise PdfFormatError("value runs past the end of the file")
        if data[pos] == 0x28:
            end = _literal_end(data, pos)
        else:
            match = _TOKEN.match(data, pos)
            if match is None:
                raise PdfFormatError(f"unexpected byte at {pos}")
            end = match.end()
        token = data[pos:end]
        if depth == 0 and token in _STOP_WORDS:
            return _Value(tokens, _pairs(top), pos)
        if token in (b"<<", b"["):
            if depth == 1:
                top.append(token)
            depth += 1
        elif token in (b">>", b"]"):
            depth -= 1
            if depth < 0:
                raise PdfFormatError(f"unbalanced {token!r} at {pos}")
        elif depth == 1 and not _is_space(token):
            top.append(token)
        tokens.append(token)
        pos = end


def _pairs(top: list[bytes]) -> dict[bytes, list[bytes]]:
    """A dictionary's keys and values from its top-level tokens; a value is one token or ``n g R``."""
    keys: dict[bytes, list[bytes]] = {}
    i = 0
    while i + 1 < len(top):
        is_ref = i + 3 < len(top) and top[i + 1].isdigit() and top[i + 2].isdigit() and top[i + 3] == b"R"
        size = 3 if is_ref else 1
        keys[top[i]] = top[i + 1 : i + 1 + size]
        i += 1 + size
    return keys


def _reference_starts(tokens: list[bytes]) -> list[int]:
    """Indexes of the object numbers of references: ``n g R`` with only white space between."""
    solid = [i for i, token in enumerate(tokens) if not _is_space(token)]
    starts = []
    for a, b, c in zip(solid, solid[1:], solid[2:], strict=False):
        if tokens[c] == b"R" and tokens[a].isdigit() and tokens[b].isdigit():
            if tokens[b] != b"0":
                raise PdfFormatError("a reference to an object of generation other than 0")
            starts.append(a)
    return starts


def _read_object(data: bytes, offset: int, number: int) -> _Object:
    head = _OBJECT.match(data, offset)
    if head is None or int(head[1]) != number or int(head[2]) != 0:
        raise PdfFormatError(f"object {number} is not at offset {offset}")
    value = _scan(data, head.end())
    if data.startswith(b"endobj", value.end):
        return _Object(value, b"endobj")
    if not data.startswith(b"stream", value.end):
        raise PdfFormatError(f"object {number} ends without endobj")
    length = value.number(b"/Length")
    if length is None:
        raise PdfFormatError(f"stream {number} has no direct /Length")
    start = value.end + len(b"stream")
    start += 2 if data.startswith(b"\r\n", start) else 1
    after = start + length
    while after < len(data) and data[after] in _WHITE:
        after += 1
    if not data.startswith(b"endstream", after):
        raise PdfFormatError(f"stream {number} is not {length} bytes long")
    after += len(b"endstream")
    while after < len(data) and data[after] in _WHITE:
        after += 1
    if not data.startswith(b"endobj", after):
        raise PdfFormatError(f"object {number} ends without endobj")
    return _Object(value, data[value.end : after + len(b"endobj")])


def read_xref(data: bytes) -> tuple[dict[int, int], _Value]:
    """A document's classic cross-reference table (object number → offset) and its trailer."""
    found = _STARTXREF.search(data, max(0, len(data) - 64))
    if found is None:
        raise PdfFormatError("no startxref at the end")
    pos = int(found[1])
    if not data.startswith(b"xref", pos):
        raise PdfFormatError("no classic cross-reference table (a stream is not supported)")
    pos += len(b"xref")
    offsets: dict[int, int] = {}
    while (section := _SUBSECTION.match(data, pos)) is not None:
        first, count = int(section[1]), int(section[2])
        pos = section.end()
        for number in range(first, first + count):
            entry = _XREF_ENTRY.match(data, pos)
            if entry is None:
                raise PdfFormatError(f"bad cross-reference entry at {pos}")
            if entry[3] == b"n":
                offsets[number] = int(entry[1])
            pos = entry.end()
    while data[pos] in _WHITE:
        pos += 1
    if not data.startswith(b"trailer", pos):
        raise PdfFormatError("no trailer after the cross-reference table")
    return offsets, _scan(data, pos + len(b"trailer"))


def _subset_tag(n: int) -> bytes:
    """The ``n``-th six-letter subset tag: AAAAAA, AAAAAB, … (26⁶ of them)."""
    letters = bytearray(b"AAAAAA")
    for i in range(5, -1, -1):
        n, digit = divmod(n, 26)
        letters[i] += digit
    return bytes(letters)


class PdfJoiner:
    """Writes one PDF to ``out`` from complete documents appended one after another.

    Use as a context manager (it holds a temporary file); call :meth:`finish` once all are appended.
    The output depends only on the bytes appended: the same chunks make the same file.
    """

    def __init__(self, out: BinaryIO) -> None:
        self._out = out
        self._xref: IO[bytes] = tempfile.TemporaryFile()  # noqa: SIM115 - closed by close()/__exit__
        self._written = 0
        self._digest = hashlib.md5(usedforsecurity=False)  # only to make the file's /ID
        self._next = _FIRST_COPIED
        self._nodes: list[int] = []  # one page tree node per chunk
        self._pages = 0
        self._info: int | None = None
        self._tags = 0

    def __enter__(self) -> PdfJoiner:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self._xref.close()

    def _write(self, data: bytes) -> None:
        self._out.write(data)
        self._digest.update(data)
        self._written += len(data)

    def append(self, pdf: bytes) -> int:
        """Copy the pages of ``pdf`` (a whole document as reportlab writes it) after those already
        appended; returns how many pages it had."""
        offsets, trailer = read_xref(pdf)

        def read(number: int | None) -> _Object:
            if number is None or number not in offsets:
                raise PdfFormatError(f"reference to a missing object {number}")
            return _read_object(pdf, offsets[number], number)

        node = read(trailer.ref(b"/Root")).value.ref(b"/Pages")
        if node is None:
            raise PdfFormatError("the catalogue has no /Pages")
        tree = read(node).value
        count = tree.number(b"/Count")
        if tree.keys.get(b"/Type") != [b"/Pages"] or b"/Parent" in tree.keys or count is None:
            raise PdfFormatError("the catalogue's /Pages is not a page tree root")
        info = trailer.ref(b"/Info") if not self._nodes else None
        copied: dict[int, _Object] = {}
        waiting = [n for n in (node, info) if n is not None]
        while waiting:  # everything reachable from the page tree (and the first information dictionary)
            number = waiting.pop()
            if number not in copied:
                copied[number] = read(number)
                waiting.extend(copied[number].value.refs())
        numbers = {old: self._next + i for i, old in enumerate(sorted(copied))}
        if not self._nodes:
            self._write(pdf[: min(offsets.values())])  # the first chunk's header: %PDF-1.x and its comment
        tags: dict[bytes, bytes] = {}
        for old in sorted(copied):
            extra = b" /Parent %d 0 R" % ROOT if old == node else b""
            self._object(numbers[old], self._renumbered(copied[old].value.tokens, numbers, tags, extra))
            self._write(copied[old].tail + b"\n")
        self._next += len(copied)
        self._nodes.append(numbers[node])
        self._pages += count
        if info is not None:
            self._info = numbers[info]
        return count

    def _renumbered(
        self, tokens: list[bytes], numbers: dict[int, int], tags: dict[bytes, bytes], extra: bytes
    ) -> bytes:
        """The value with its references renumbered, subset tags given anew and ``extra`` added
        inside its dictionary."""
        out = list(tokens)
        for i in _reference_starts(tokens):
            out[i] = b"%d" % numbers[int(tokens[i])]
        for i, token in enumerate(tokens):
            tag = _SUBSET_TAG.match(token)
            if tag is not None:
                if tag[1] not in tags:
                    tags[tag[1]] = _subset_tag(self._tags)
                    self._tags += 1
                out[i] = b"/" + tags[tag[1]] + token[7:]
        if extra:
            start = next(i for i, token in enumerate(out) if not _is_space(token))
            if out[start] != b"<<":
                raise PdfFormatError("a page tree node that is not a dictionary")
            out[start] += extra
        return b"".join(out)

    def _object(self, number: int, value: bytes) -> None:
        """Start object ``number`` at the current offset (numbers are written in increasing order)."""
        self._xref.write(b"%010d 00000 n \n" % self._written)
        self._write(b"%d 0 obj" % number + value)

    def finish(self) -> int:
        """Write the page tree root, the catalogue, the cross-reference table and the trailer;
        returns the document's page count."""
        if not self._nodes:
            raise PdfFormatError("a document needs at least one page")
        offsets = {}
        kids = b" ".join(b"%d 0 R" % n for n in self._nodes)
        offsets[ROOT] = self._written
        self._write(b"%d 0 obj\n<<\n/Count %d /Kids [ %s ] /Type /Pages\n>>\nendobj\n" % (ROOT, self._pages, kids))
        offsets[CATALOG] = self._written
        self._write(b"%d 0 obj\n<<\n/PageMode /UseNone /Pages %d 0 R /Type /Catalog\n>>\nendobj\n" % (CATALOG, ROOT))
        start = self._written
        self._write(b"xref\n0 %d\n0000000000 65535 f \n" % self._next)
        self._write(b"".join(b"%010d 00000 n \n" % offsets[n] for n in (ROOT, CATALOG)))
        self._xref.seek(0)
        while block := self._xref.read(1 << 16):
            self._write(block)
        ident = self._digest.hexdigest().encode()
        info = b"/Info %d 0 R\n" % self._info if self._info is not None else b""
        self._write(
            b"trailer\n<<\n/ID [<%s><%s>]\n%s/Root %d 0 R\n/Size %d\n>>\nstartxref\n%d\n%%%%EOF\n"
            % (ident, ident, info, CATALOG, self._next, start)
        )
        return self._pages
