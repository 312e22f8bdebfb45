"""With TRIALEX_API_KEY set, uploads need X-API-Key (401 without, 403 wrong) and reads stay open."""

from __future__ import annotations

from typing import Any

from .conftest import SEED_NCT, BadInputs, Loaded, table_counts


def test_writes_need_the_key_and_reads_stay_open(
    loaded: Loaded, client_for: Any, seed_bytes: bytes, bad_inputs: BadInputs
) -> None:
    client = client_for(loaded.url, api_key="s3cret-key")
    before = table_counts(loaded.url)

    missing = client.upload(bad_inputs.scanned, "scan.pdf")
    assert missing.status_code == 401 and missing.headers["content-type"] == "application/problem+json"
    assert missing.json()["type"] == "unauthorized" and "X-API-Key" in missing.json()["detail"]
    assert "X-API-Key" in missing.headers["www-authenticate"]

    wrong = client.upload(bad_inputs.scanned, "scan.pdf", headers={"X-API-Key": "guess"})
    assert wrong.status_code == 403 and wrong.json()["type"] == "forbidden"
    assert table_counts(loaded.url) == before

    for url in (
        "/documents",
        f"/documents/{loaded.seed['id']}",
        "/trials",
        f"/trials/{SEED_NCT}",
        f"/trials/{SEED_NCT}/efficacy",
        f"/trials/{SEED_NCT}/pk?format=csv",
        "/health",
    ):
        assert client.get(url).status_code == 200, url

    right = client.upload(seed_bytes, "seed.pdf", headers={"X-API-Key": "s3cret-key"})
    assert right.status_code == 200 and right.json()["id"] == loaded.seed["id"]
    refused = client.upload(bad_inputs.scanned, "scan.pdf", headers={"X-API-Key": "s3cret-key"})
    assert refused.status_code == 422 and refused.json()["type"] == "no-text-layer"
    assert table_counts(loaded.url) == before


def test_without_a_configured_key_uploads_are_open(loaded: Loaded, seed_bytes: bytes) -> None:
    response = loaded.client.upload(seed_bytes, "seed.pdf", headers={"X-API-Key": "anything"})
    assert response.status_code == 200


def test_an_empty_key_setting_means_no_key(loaded: Loaded, client_for: Any, seed_bytes: bytes) -> None:
    client = client_for(loaded.url, api_key="")
    assert client.upload(seed_bytes, "seed.pdf").status_code == 200
