"""A decompression-bomb check for readers that cannot fail gracefully when memory runs out.

PDFium ends the process when an allocation fails (it cannot raise), so under a process memory limit the
pdfium reader first inflates each Flate stream of the file, a bounded piece at a time and without keeping
the output, and refuses a file whose stream would inflate past a share of the limit with the same named
error the pdfplumber reader gives when zlib runs out of memory.
"""

from __future__ import annotations

import re
import resource
import zlib

_STREAM = re.compile(rb"stream\r?\n")
_FLATE = re.compile(rb"/(FlateDecode|Fl)\b")
_SHARE = 0.5  # a single stream may inflate to at most this share of the process memory limit
_CHUNK = 1 << 20  # bytes of output inflated at a time


def memory_limit() -> int | None:
    """The process address-space limit in bytes, when one is set."""
    soft, _ = resource.getrlimit(resource.RLIMIT_AS)
    return None if soft == resource.RLIM_INFINITY else int(soft)


def inflates_past(data: bytes, limit: int) -> bool:
    """Whether some Flate stream of the PDF inflates to more than ``limit`` bytes."""
    for match in _STREAM.finditer(data):
        head = data[max(0, match.start() - 512) : match.start()]
        if not _FLATE.search(head[head.rfind(b"<<") :] if b"<<" in head else head):
            continue
        end = data.find(b"endstream", match.end())
        body = data[match.end() : end if end >= 0 else len(data)]
        inflater = zlib.decompressobj()
        total = 0
        try:
            chunk = inflater.decompress(body, _CHUNK)
            while chunk:
                total += len(chunk)
                if total > limit:
                    return True
                chunk = inflater.decompress(inflater.unconsumed_tail, _CHUNK)
        except zlib.error:
            continue  # a damaged stream: the reader decides what to do with it
    return False


def bomb_under_limit(data: bytes) -> bool:
    """Whether, under this process's memory limit, the PDF holds a stream too large to inflate."""
    limit = memory_limit()
    return limit is not None and inflates_past(data, int(limit * _SHARE))
