"""Unreadable and hostile uploads: each answers a problem (RFC 9457) with the right status and type, and
the database is left exactly as it was."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from typing import Any

import pytest

from .conftest import PDFS, BadInputs, Loaded, table_counts
from .hostile import decompression_bomb, endless_drawing, endless_pages

PROBLEM_KEYS = {"type", "title", "status", "detail"}


def assert_problem(response: Any, status: int, type_: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    problem: dict[str, Any] = response.json()
    assert set(problem) >= PROBLEM_KEYS
    assert (problem["status"], problem["type"]) == (status, type_)
    assert problem["title"] and problem["detail"] and problem["instance"] == "/documents"
    return problem


@pytest.mark.parametrize(
    ("name", "status", "type_", "words"),
    [
        ("text", 415, "not-a-pdf", "not a PDF"),
        ("empty", 422, "empty-file", "empty"),
        ("truncated", 422, "truncated-pdf", "truncated"),
        ("damaged", 422, "truncated-pdf", "damaged"),
        ("encrypted", 422, "encrypted-pdf", "encrypted"),
        ("scanned", 422, "no-text-layer", "no text layer"),
    ],
)
def test_unreadable_files_store_nothing(
    loaded: Loaded, bad_inputs: BadInputs, name: str, status: int, type_: str, words: str
) -> None:
    before = table_counts(loaded.url)
    response = loaded.client.upload(getattr(bad_inputs, name), f"{name}.pdf")
    problem = assert_problem(response, status, type_)
    assert words in problem["detail"]
    assert table_counts(loaded.url) == before


def test_a_missing_file_field_is_a_validation_problem(loaded: Loaded) -> None:
    before = table_counts(loaded.url)
    response = loaded.client.post("/documents", data={"paper": "x"})
    problem = assert_problem(response, 422, "validation-error")
    assert problem["errors"][0]["loc"] == ["body", "file"]
    assert table_counts(loaded.url) == before


def test_oversize_upload_with_content_length_is_refused_unread(loaded: Loaded, client_for: Any) -> None:
    """Declared Content-Length over the limit (plus the multipart envelope): 413 before the body is read."""
    client = client_for(loaded.url, max_upload_mb=0.1)
    big = (PDFS / "east-afnet4-early-rhythm-nejm2020.pdf").read_bytes()
    before = table_counts(loaded.url)
    problem = assert_problem(client.upload(big, "big.pdf"), 413, "too-large")
    assert "0.1 MB" in problem["detail"] and "TRIALEX_MAX_UPLOAD_MB" in problem["detail"]
    assert table_counts(loaded.url) == before


def test_oversize_file_inside_the_envelope_allowance_is_refused(
    loaded: Loaded, client_for: Any, seed_bytes: bytes
) -> None:
    """The file itself is measured too: 70 KB against a 50 KB limit."""
    client = client_for(loaded.url, max_upload_mb=0.05)
    before = table_counts(loaded.url)
    assert_problem(client.upload(seed_bytes, "seed.pdf"), 413, "too-large")
    assert table_counts(loaded.url) == before


def test_oversize_streamed_upload_without_content_length(loaded: Loaded, client_for: Any) -> None:
    """A chunked body has no Content-Length: it is counted as it arrives and cut off past the limit."""
    client = client_for(loaded.url, max_upload_mb=0.1)
    big = (PDFS / "east-afnet4-early-rhythm-nejm2020.pdf").read_bytes()
    boundary = "trialexboundary"
    body = (
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\n'
            "Content-Type: application/pdf\r\n\r\n"
        ).encode()
        + big
        + f"\r\n--{boundary}--\r\n".encode()
    )
    sent: list[int] = []

    async def chunks() -> AsyncIterator[bytes]:
        for start in range(0, len(body), 16 * 1024):
            sent.append(start)
            yield body[start : start + 16 * 1024]

    before = table_counts(loaded.url)
    response = client.post(
        "/documents", content=chunks(), headers={"Content-Type": f"multipart/form-data; boundary={boundary}"}
    )
    assert "content-length" not in {k.lower() for k in response.request.headers}
    assert_problem(response, 413, "too-large")
    assert len(sent) * 16 * 1024 < len(body)  # refused before the whole body was read
    assert table_counts(loaded.url) == before


def test_too_many_pages(loaded: Loaded, client_for: Any, seed_bytes: bytes) -> None:
    client = client_for(loaded.url, max_pages=2)
    before = table_counts(loaded.url)
    problem = assert_problem(client.upload(seed_bytes + b"\n", "seed-copy.pdf"), 413, "too-large")
    assert "pages" in problem["detail"]
    assert table_counts(loaded.url) == before


def test_an_endless_pdf_is_stopped_at_the_time_limit(loaded: Loaded, client_for: Any) -> None:
    client = client_for(loaded.url, ingest_timeout_s=2)
    hostile = endless_pages()  # minutes of work under either reader, in bounded memory
    assert len(hostile) < 100_000
    before = table_counts(loaded.url)
    started = time.monotonic()
    problem = assert_problem(client.upload(hostile, "endless.pdf"), 422, "extraction-timeout")
    assert time.monotonic() - started < 10
    assert "2 s" in problem["detail"]
    assert table_counts(loaded.url) == before
    assert client.get("/health").json()["status"] == "ok"


def test_a_worker_that_dies_at_its_memory_limit_is_a_clear_error(loaded: Loaded, client_for: Any) -> None:
    """Two million strokes on one page: PDFium's page objects outgrow the 320 MB limit and PDFium aborts the
    worker; the upload ends as ``memory-limit``, nothing is stored, and the service goes on."""
    client = client_for(loaded.url, ingest_memory_mb=320, ingest_timeout_s=120, reader="pdfium")
    before = table_counts(loaded.url)
    problem = assert_problem(client.upload(endless_drawing(2_000_000), "endless.pdf"), 422, "memory-limit")
    assert "memory limit of 320 MB" in problem["detail"] and "SIGABRT" in problem["detail"]
    assert table_counts(loaded.url) == before
    assert client.get("/health").json()["status"] == "ok"


def test_a_real_paper_over_the_time_limit_is_stopped(loaded: Loaded, client_for: Any, seed_bytes: bytes) -> None:
    client = client_for(loaded.url, ingest_timeout_s=0.05)
    before = table_counts(loaded.url)
    response = client.upload(seed_bytes + b"%trailing comment\n", "seed-copy.pdf")
    assert_problem(response, 422, "extraction-timeout")
    assert table_counts(loaded.url) == before


def test_a_decompression_bomb_is_stopped_by_the_memory_limit(loaded: Loaded, client_for: Any) -> None:
    """55 KB... of compressed blanks inflating to 512 MB, with workers limited to 384 MB."""
    client = client_for(loaded.url, ingest_memory_mb=384, ingest_timeout_s=60)
    bomb = decompression_bomb(512)
    assert len(bomb) < 1_000_000
    before = table_counts(loaded.url)
    started = time.monotonic()
    response = client.upload(bomb, "bomb.pdf")
    assert response.status_code == 422 and response.headers["content-type"] == "application/problem+json"
    assert response.json()["type"] in {"memory-limit", "extraction-failed"}, response.text
    assert time.monotonic() - started < 30
    assert table_counts(loaded.url) == before
