"""Batch ingestion ("failure is data"): every PDF of some folders, globs or files extracted in isolated worker
processes and stored, one result per file, a bad file never stopping the batch, every run recorded.

- :mod:`trialex.ingest.discover`  which files (``find_pdfs``)
- :mod:`trialex.ingest.batch`     one recorded run (``ingest``): hashing, workers, storage, bookkeeping
- :mod:`trialex.ingest.outcome`   what happened to a file (``FileResult``) and to a run (``RunSummary``)
- :mod:`trialex.ingest.progress`  progress bar or log lines, and the summary
- :mod:`trialex.ingest.watch`     the ``--watch`` poller
- :mod:`trialex.ingest.signals`   SIGINT/SIGTERM as a stop flag
- :mod:`trialex.ingest.liveness`  is the process of a 'running' run still alive?
"""

from trialex.ingest.batch import IngestOptions, default_workers, ingest, open_store
from trialex.ingest.discover import NoSuchPathError, find_pdfs
from trialex.ingest.outcome import FileResult, RunSummary
from trialex.ingest.watch import watch

__all__ = [
    "FileResult",
    "IngestOptions",
    "NoSuchPathError",
    "RunSummary",
    "default_workers",
    "find_pdfs",
    "ingest",
    "open_store",
    "watch",
]
