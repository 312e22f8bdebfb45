"""Every trialex error maps to a problem status and a titled type, and the worker's messages map back to
the errors the extraction raised (as httpx proves its exception mapping complete)."""

from __future__ import annotations

import inspect

import pytest

from service import worker
from service.problems import TITLES, status_of
from trialex import errors
from trialex.errors import InputError, TrialexError

ERRORS = [cls for _, cls in inspect.getmembers(errors, inspect.isclass) if issubclass(cls, TrialexError)] + [
    worker.ExtractionTimeoutError,
    worker.ExtractionFailedError,
    worker.ExtractorBugError,
    worker.ExtractorBusyError,
]


@pytest.mark.parametrize("cls", ERRORS, ids=lambda cls: cls.__name__)
def test_every_error_has_a_status_and_a_title(cls: type[TrialexError]) -> None:
    status = status_of(cls("x"))
    assert cls.code in TITLES or cls in (TrialexError, InputError)
    if issubclass(cls, InputError):
        assert 400 <= status < 500
    assert status in {413, 415, 422, 500, 503}


def test_input_errors_of_the_worker_come_back_as_themselves() -> None:
    for cls in (
        errors.EmptyFileError,
        errors.NotAPDFError,
        errors.TruncatedPDFError,
        errors.EncryptedPDFError,
        errors.NoTextLayerError,
        errors.TooLargeError,
    ):
        with pytest.raises(cls, match="the message"):
            worker._result(("input-error", cls.__name__, "the message"), "paper.pdf")
    with pytest.raises(worker.ExtractorBugError, match="AttributeError: boom") as bug:
        worker._result(("error", "AttributeError", "boom"), "paper.pdf")
    assert status_of(bug.value) == 500
    with pytest.raises(worker.ExtractionFailedError, match="out of memory"):
        worker._result(("memory", "MemoryError", "limit 10 MB"), "paper.pdf")
