"""The errors trialex raises, one tree with a single root.

    TrialexError
    ├── InputError                  the file cannot be read as a trial publication (HTTP 4xx)
    │   ├── EmptyFileError          zero bytes
    │   ├── NotAPDFError            no PDF header
    │   ├── TruncatedPDFError       a PDF header but a broken or cut-off body
    │   ├── EncryptedPDFError       needs a password
    │   ├── NoTextLayerError        pages with no text at all (a scan)
    │   ├── TooLargeError           over the configured size or page limit
    │   └── MemoryLimitError        decompresses to more than the memory allowed (a decompression bomb)
    └── StorageError                the database refused a write

Lower-level pdfminer/pdfplumber errors are translated into these in one place, ``extractors.loader``, and
re-raised ``from`` the original so the cause survives.
"""

from __future__ import annotations


class TrialexError(Exception):
    """Root of every error trialex raises on purpose."""

    code = "trialex-error"


class InputError(TrialexError):
    """The input cannot be read as a trial publication."""

    code = "invalid-input"


class EmptyFileError(InputError):
    """The file has zero bytes."""

    code = "empty-file"


class NotAPDFError(InputError):
    """The file does not start with a PDF header."""

    code = "not-a-pdf"


class TruncatedPDFError(InputError):
    """The file has a PDF header but its body is broken or cut off."""

    code = "truncated-pdf"


class EncryptedPDFError(InputError):
    """The PDF is encrypted with a password."""

    code = "encrypted-pdf"


class NoTextLayerError(InputError):
    """The PDF has no text layer (a scanned document); there is nothing to read without OCR."""

    code = "no-text-layer"


class TooLargeError(InputError):
    """The file is over the configured size or page-count limit."""

    code = "too-large"


class MemoryLimitError(InputError):
    """Reading the PDF needs more memory than allowed: a stream inflates beyond the limit (a decompression bomb)."""

    code = "memory-limit"


class StorageError(TrialexError):
    """The database refused a write."""

    code = "storage-error"
