"""POST /documents and the /documents reads, through httpx against the real app on a SQLite file."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter

from schemas.extraction import Extraction

from .conftest import ABSTRACT, NO_NCT, SEED, SEED_NCT, Loaded, table_counts


def test_upload_answers_201_with_a_summary(loaded: Loaded, seed_extraction: Extraction) -> None:
    body = loaded.seed
    assert body["created"] is True
    assert body["sha256"] == seed_extraction.document.sha256
    assert body["file_name"] == SEED.name
    assert body["nct_ids"] == [SEED_NCT] and body["nct_id"] == SEED_NCT
    assert body["record_counts"] == {
        s: Counter(r.section for r in seed_extraction.records)[s]
        for s in ("demographics", "adverse_events", "pk", "efficacy")
    }
    assert body["finding_counts"] == {
        sev: Counter(f.severity for f in seed_extraction.findings)[sev] for sev in ("error", "warning", "info")
    }
    assert body["title"] == seed_extraction.metadata.title and body["doi"] == seed_extraction.metadata.doi
    assert loaded.no_nct["nct_ids"] == [] and loaded.no_nct["record_counts"]["pk"] > 0
    assert loaded.abstract["nct_ids"] != [] and loaded.abstract["nct_ids"][0].startswith("NCT")


def test_same_bytes_again_answer_200_and_store_nothing(loaded: Loaded, seed_bytes: bytes) -> None:
    before = table_counts(loaded.url)
    response = loaded.client.upload(seed_bytes, "renamed-copy.pdf")
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["created"] is False and body["id"] == loaded.seed["id"]
    assert body["file_name"] == SEED.name  # the stored document, as first uploaded
    assert response.headers["location"] == f"/documents/{loaded.seed['id']}"
    assert table_counts(loaded.url) == before


def test_list_documents_paginates(loaded: Loaded) -> None:
    everything = loaded.client.get("/documents").json()
    assert everything["meta"]["results"] == {"offset": 0, "limit": 100, "total": 3}
    assert [d["file_name"] for d in everything["results"]] == [SEED.name, ABSTRACT.name, NO_NCT.name]
    assert everything["meta"]["last_updated"] == everything["results"][-1]["created_at"]
    assert everything["meta"]["trialex_version"]
    page = loaded.client.get("/documents", params={"limit": 1, "offset": 1}).json()
    assert page["meta"]["results"] == {"offset": 1, "limit": 1, "total": 3}
    assert [d["id"] for d in page["results"]] == [loaded.abstract["id"]]
    assert loaded.client.get("/documents", params={"limit": 1001}).status_code == 422


def test_document_detail(loaded: Loaded, seed_extraction: Extraction) -> None:
    body = loaded.client.get(f"/documents/{loaded.seed['id']}").json()
    assert body["sha256"] == seed_extraction.document.sha256
    assert [a["name"] for a in body["arms"]] == [a.name for a in seed_extraction.arms]
    assert body["tables"] == [t.model_dump(mode="json") for t in seed_extraction.tables]


def test_document_records_json_and_csv(loaded: Loaded, seed_extraction: Extraction) -> None:
    url = f"/documents/{loaded.seed['id']}/records"
    page = loaded.client.get(url, params={"limit": 7, "offset": 3}).json()
    assert page["meta"]["results"]["total"] == len(seed_extraction.records)
    assert page["meta"]["source_documents"][0]["sha256"] == seed_extraction.document.sha256
    expected = [r.model_dump(mode="json") for r in seed_extraction.records[3:10]]
    assert [{k: v for k, v in r.items() if k != "document_id"} for r in page["results"]] == expected

    pk = loaded.client.get(url, params={"section": "pk", "limit": 1000}).json()
    assert pk["meta"]["results"]["total"] == sum(r.section == "pk" for r in seed_extraction.records)
    assert {r["section"] for r in pk["results"]} == {"pk"}

    response = loaded.client.get(url, params={"format": "csv"})
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == len(seed_extraction.records) == int(response.headers["x-total-count"])
    for row, record in zip(rows, seed_extraction.records, strict=True):
        assert row["document_id"] == str(loaded.seed["id"])
        assert (row["raw"], int(row["page"]), tuple(json.loads(row["bbox"]))) == (record.raw, record.page, record.bbox)
        assert row["value"] == ("" if record.value is None else str(record.value))


def test_document_checks(loaded: Loaded, seed_extraction: Extraction) -> None:
    body = loaded.client.get(f"/documents/{loaded.seed['id']}/checks").json()
    assert body["meta"]["results"]["total"] == len(seed_extraction.findings)
    assert [{k: v for k, v in f.items() if k != "document_id"} for f in body["results"]] == [
        f.model_dump(mode="json") for f in seed_extraction.findings
    ]


def test_unknown_documents_are_404_problems(loaded: Loaded) -> None:
    for url in ("/documents/999999", "/documents/999999/records", "/documents/999999/checks"):
        response = loaded.client.get(url)
        assert response.status_code == 404
        assert response.headers["content-type"] == "application/problem+json"
        problem = response.json()
        assert problem["type"] == "not-found" and problem["status"] == 404 and "999999" in problem["detail"]
    bad = loaded.client.get("/documents/first")
    assert bad.status_code == 422 and bad.json()["type"] == "validation-error"
    assert bad.json()["errors"][0]["loc"] == ["path", "document_id"]


def test_openapi_and_docs(loaded: Loaded) -> None:
    spec = loaded.client.get("/openapi.json").json()
    for path in (
        "/documents",
        "/documents/{document_id}",
        "/documents/{document_id}/records",
        "/documents/{document_id}/checks",
        "/trials",
        "/trials/{nct_id}",
        "/trials/{nct_id}/demographics",
        "/trials/{nct_id}/adverse-events",
        "/trials/{nct_id}/pk",
        "/trials/{nct_id}/efficacy",
        "/trials/{nct_id}/checks",
    ):
        assert path in spec["paths"], path
    upload = spec["paths"]["/documents"]["post"]
    assert {"413", "415", "422"} <= set(upload["responses"])
    assert loaded.client.get("/docs").status_code == 200
    health = loaded.client.get("/health").json()
    assert health["status"] == "ok" and health["documents"] == 3
