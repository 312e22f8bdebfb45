"""The extraction errors the API maps to problems (:mod:`service.problems`), re-exported from
:mod:`trialex.isolation`, where uploads are extracted now: in a job (:mod:`trialex.ingest.jobs`) run by the
API process's local queue or by ``trialex worker`` processes, each extraction in a child process with a time
and memory limit, so a hostile PDF (a decompression bomb, a file that makes the parser loop) cannot hang or
exhaust a server.

When the time limit passes the child is killed and :class:`ExtractionTimeoutError` raised; a child that dies
or runs out of its memory limit gives :class:`ExtractionFailedError`; an unexpected exception in a stage (a
trialex bug) :class:`ExtractorBugError`.
"""

from __future__ import annotations

from trialex.errors import TrialexError
from trialex.isolation import ExtractionFailedError as ExtractionFailedError
from trialex.isolation import ExtractionTimeoutError as ExtractionTimeoutError
from trialex.isolation import ExtractorBugError as ExtractorBugError
from trialex.isolation import Limits as Limits
from trialex.isolation import _child as _child
from trialex.isolation import _result as _result
from trialex.isolation import run_in_child as run_in_child
from trialex.isolation import with_checks as with_checks


class ExtractorBusyError(TrialexError):
    """Every extraction slot stayed busy for the whole time limit."""

    code = "extractor-busy"
