"""The review API against the real app and a real SQLite file: page images and their cache, review actions and
their audit trail, the API key and the reviewer's name, the reviewed and raw views, the meta-analysis export,
and reviews surviving a re-extraction of the same PDF."""

from __future__ import annotations

import csv
import io
import struct
from pathlib import Path
from typing import Any

from sqlalchemy import text

from db.engine import init_db, make_engine, session_scope
from db.store import save_extraction
from schemas.extraction import Extraction
from tests.service.conftest import SEED_NCT, sqlite_url
from trialex.blobs import BlobStore

# Table 1 of the seed paper: age of the 50 mg/m² TNBC group, printed "47.5 (28-63)" on page 1.
AGE_RAW = "47.5 (28-63)"
PK_MEAN = {"section": "pk", "statistic": "mean", "value": 1}


def store_seed(tmp_path: Path, extraction: Extraction, pdf: bytes) -> tuple[str, str, int]:
    """A database and blob store holding the seed paper, written by the storage layer (no HTTP upload)."""
    url = sqlite_url(tmp_path / "review.db")
    blobs = tmp_path / "blobs"
    engine = make_engine(url)
    init_db(engine)
    with session_scope(engine) as session:
        document, created = save_extraction(session=session, extraction=extraction)
    engine.dispose()
    assert created and document.id is not None
    BlobStore(blobs).put(pdf)
    return url, str(blobs), document.id


def item_by(bundle: dict[str, Any], raw: str, statistic: str) -> dict[str, Any]:
    items: list[dict[str, Any]] = bundle["items"]
    (item,) = [i for i in items if i["record"]["raw"] == raw and i["record"]["statistic"] == statistic]
    return item


def post_review(client: Any, doc_id: int, body: dict[str, Any], **headers: str) -> Any:
    return client.post(f"/documents/{doc_id}/reviews", json=body, headers=headers)


def csv_rows(response: Any) -> list[dict[str, str]]:
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/csv")
    return list(csv.DictReader(io.StringIO(response.text)))


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_page_images_render_once_then_come_from_the_cache(
    tmp_path: Path, client_for: Any, seed_extraction: Extraction, seed_bytes: bytes
) -> None:
    url, blobs, doc_id = store_seed(tmp_path, seed_extraction, seed_bytes)
    client = client_for(url, blob_dir=blobs)
    pages = client.get(f"/documents/{doc_id}/pages").json()
    assert [p["number"] for p in pages] == [1, 2, 3, 4, 5, 6]
    assert round(pages[0]["width"]) == 595 and round(pages[0]["height"]) == 842  # A4 in points

    first = client.get(f"/documents/{doc_id}/pages/1.png", params={"dpi": 100})
    assert first.status_code == 200 and first.headers["content-type"] == "image/png"
    assert first.headers["x-render-cache"] == "miss"
    width, height = png_size(first.content)
    assert abs(width - 595.28 * 100 / 72) <= 1 and abs(height - 841.89 * 100 / 72) <= 1  # points * dpi / 72
    again = client.get(f"/documents/{doc_id}/pages/1.png", params={"dpi": 100})
    assert again.headers["x-render-cache"] == "hit" and again.content == first.content
    assert list((Path(blobs) / "renders").rglob("*-p1-100.png"))
    assert png_size(client.get(f"/documents/{doc_id}/pages/1.png", params={"dpi": 50}).content)[0] in (413, 414)

    assert client.get(f"/documents/{doc_id}/pages/7.png").status_code == 404
    assert client.get(f"/documents/{doc_id}/pages/1.png", params={"dpi": 5000}).status_code == 422
    assert client.get("/documents/999/pages/1.png").status_code == 404


def test_the_audit_trail_records_who_when_what_before_and_after(
    tmp_path: Path, client_for: Any, seed_extraction: Extraction, seed_bytes: bytes
) -> None:
    url, blobs, doc_id = store_seed(tmp_path, seed_extraction, seed_bytes)
    client = client_for(url, blob_dir=blobs)
    bundle = client.get(f"/documents/{doc_id}/review").json()
    assert len(bundle["items"]) == len(seed_extraction.records) and len(bundle["pages"]) == 6
    assert {i["status"] for i in bundle["items"]} == {"unreviewed"}
    median, low = item_by(bundle, AGE_RAW, "median"), item_by(bundle, AGE_RAW, "min")
    assert median["key"] == '["Table 1", ["Age (year)"], ["TNBC", "50 mg/m² n=12"], "median", 1]'

    verified = post_review(client, doc_id, {"action": "verify", "key": low["key"]}, **{"X-Reviewer": "alice"})
    assert verified.status_code == 201, verified.text
    assert verified.json()["item"]["status"] == "verified"
    corrected = post_review(
        client,
        doc_id,
        {"action": "correct", "key": median["key"], "changes": {"value": 47.0}, "comment": "printed 47.0 in Fig 1"},
        **{"X-Reviewer": "bob"},
    )
    assert corrected.status_code == 201, corrected.text
    item = corrected.json()["item"]
    assert item["status"] == "corrected" and item["record"]["value"] == 47.0 and item["raw"]["value"] == 47.5
    rejected = post_review(client, doc_id, {"action": "reject", "key": item_by(bundle, AGE_RAW, "max")["key"]})
    assert rejected.json()["action"]["reviewer"] == "anonymous"

    trail = client.get(f"/documents/{doc_id}/reviews").json()
    assert trail["meta"]["results"]["total"] == 3
    actions = trail["results"]
    assert [(a["action"], a["reviewer"]) for a in actions] == [
        ("verify", "alice"),
        ("correct", "bob"),
        ("reject", "anonymous"),
    ]
    assert actions[0]["before"] == {"status": "unreviewed"} and actions[0]["after"] == {"status": "verified"}
    assert actions[1]["before"] == {"status": "unreviewed", "value": 47.5}
    assert actions[1]["after"] == {"status": "corrected", "value": 47.0}
    assert actions[1]["comment"] == "printed 47.0 in Fig 1" and actions[1]["record_key"] == median["key"]
    assert actions[0]["created_at"] <= actions[1]["created_at"] <= actions[2]["created_at"]
    only = client.get(f"/documents/{doc_id}/reviews", params={"key": median["key"]}).json()["results"]
    assert [a["action"] for a in only] == ["correct"]

    # Reviewed view: the correction applied and the rejected value gone; raw view: as extracted.
    def age(view: str) -> dict[str, float | None]:
        rows = client.get(
            f"/documents/{doc_id}/records", params={"view": view, "table": "Table 1", "limit": 1000}
        ).json()["results"]
        return {r["statistic"]: r["value"] for r in rows if r["raw"] == AGE_RAW}

    assert age("reviewed") == {"median": 47.0, "min": 28.0}
    assert age("raw") == {"median": 47.5, "min": 28.0, "max": 63.0}
    trial_reviewed = client.get(f"/trials/{SEED_NCT}/demographics", params={"view": "reviewed", "limit": 1000}).json()
    assert [r["value"] for r in trial_reviewed["results"] if r["raw"] == AGE_RAW] == [47.0, 28.0]
    trial_csv = csv_rows(client.get(f"/trials/{SEED_NCT}/demographics", params={"view": "reviewed", "format": "csv"}))
    assert [r["value"] for r in trial_csv if r["raw"] == AGE_RAW] == ["47.0", "28.0"]

    # A value trialex missed, drawn as a box on page 1.
    added = post_review(
        client,
        doc_id,
        {
            "action": "add",
            "record": {
                "section": "demographics",
                "table": "Table 1",
                "row": ["Ki-67 expression", "≥30%"],
                "column": ["TNBC", "50 mg/m² n=12"],
                "arm": "TNBC 50 mg/m²",
                "arm_n": 12,
                "statistic": "count",
                "value": 12,
                "raw": "12 (100)",
                "page": 1,
                "bbox": [250.0, 760.0, 280.0, 767.0],
            },
        },
    )
    assert added.status_code == 201, added.text
    assert added.json()["item"]["status"] == "added" and added.json()["item"]["raw"] is None
    assert added.json()["action"]["after"]["value"] == 12

    reviewed_csv = csv_rows(client.get(f"/documents/{doc_id}/export.csv", params={"view": "reviewed"}))
    raw_csv = csv_rows(client.get(f"/documents/{doc_id}/export.csv"))
    assert list(reviewed_csv[0]) == [
        "study", "nct_id", "document_id", "arm", "n", "endpoint", "statistic", "value", "qualifier", "ci_low",
        "ci_high", "ci_level", "unit", "grade", "scope", "page", "section", "table", "row", "column", "raw",
        "review_status",
    ]  # fmt: skip
    age_reviewed = [r for r in reviewed_csv if r["raw"] == AGE_RAW]
    assert [(r["statistic"], r["value"], r["review_status"]) for r in age_reviewed] == [
        ("median", "47", "corrected"),
        ("min", "28", "verified"),
    ]
    assert age_reviewed[0]["study"] == SEED_NCT and age_reviewed[0]["n"] == "12"
    assert age_reviewed[0]["endpoint"] == "Age (year)" and age_reviewed[0]["page"] == "1"
    assert [r["value"] for r in raw_csv if r["raw"] == AGE_RAW] == ["47.5", "28", "63"]
    assert [
        r["review_status"] for r in reviewed_csv if r["raw"] == "12 (100)" and r["row"] == "Ki-67 expression > ≥30%"
    ]
    assert len(reviewed_csv) == len(raw_csv)  # one rejected, one added
    # An interval printed with its estimate sits on the estimate's row.
    with_ci = [r for r in raw_csv if r["ci_low"] and r["ci_high"]]
    assert with_ci and all(r["statistic"] not in ("ci_low", "ci_high") for r in with_ci)
    assert all(float(r["ci_low"]) <= float(r["ci_high"]) for r in with_ci)


def test_bad_review_requests_are_refused(
    tmp_path: Path, client_for: Any, seed_extraction: Extraction, seed_bytes: bytes
) -> None:
    url, blobs, doc_id = store_seed(tmp_path, seed_extraction, seed_bytes)
    client = client_for(url, blob_dir=blobs)
    key = item_by(client.get(f"/documents/{doc_id}/review").json(), AGE_RAW, "median")["key"]
    cases = [
        ({"action": "verify", "key": "no such value"}, 404),
        ({"action": "correct", "key": key, "changes": {"page": 3}}, 422),
        ({"action": "correct", "key": key, "changes": {"statistic": "guess"}}, 422),
        ({"action": "correct", "key": key, "changes": {"value": 47.5}}, 422),
        ({"action": "add", "record": PK_MEAN}, 422),  # no page, no bbox
        ({"action": "add", "record": {**PK_MEAN, "page": 9, "bbox": [0, 0, 1, 1]}}, 422),
        ({"action": "shrug", "key": key}, 422),
    ]  # fmt: skip
    for body, status in cases:
        response = post_review(client, doc_id, body)
        assert response.status_code == status, (body, response.text)
        assert response.headers["content-type"] == "application/problem+json"
    assert client.get(f"/documents/{doc_id}/reviews").json()["results"] == []


def test_review_writes_need_the_api_key_and_name_the_reviewer(
    tmp_path: Path, client_for: Any, seed_extraction: Extraction, seed_bytes: bytes
) -> None:
    url, blobs, doc_id = store_seed(tmp_path, seed_extraction, seed_bytes)
    client = client_for(url, blob_dir=blobs, api_key="s3cret", api_key_name="lab-key")
    key = item_by(client.get(f"/documents/{doc_id}/review").json(), AGE_RAW, "median")["key"]
    body = {"action": "verify", "key": key}
    assert post_review(client, doc_id, body).status_code == 401
    assert post_review(client, doc_id, body, **{"X-API-Key": "wrong"}).status_code == 403
    assert client.get(f"/documents/{doc_id}/reviews").json()["results"] == []
    by_key = post_review(client, doc_id, body, **{"X-API-Key": "s3cret"})
    assert by_key.status_code == 201 and by_key.json()["action"]["reviewer"] == "lab-key"
    named = post_review(
        client, doc_id, {"action": "reject", "key": key}, **{"X-API-Key": "s3cret", "X-Reviewer": "carol"}
    )
    assert named.json()["action"]["reviewer"] == "carol"
    assert [a["reviewer"] for a in client.get(f"/documents/{doc_id}/reviews").json()["results"]] == ["lab-key", "carol"]
    assert client.get(f"/documents/{doc_id}/pages/1.png").status_code == 200  # reads stay open


def test_reviews_survive_deleting_and_uploading_the_document_again(
    tmp_path: Path, client_for: Any, seed_bytes: bytes
) -> None:
    url = sqlite_url(tmp_path / "reextract.db")
    client = client_for(url)
    first = client.upload(seed_bytes, "seed.pdf")
    assert first.status_code == 201, first.text
    doc_id = first.json()["id"]
    bundle = client.get(f"/documents/{doc_id}/review").json()
    median, low = item_by(bundle, AGE_RAW, "median"), item_by(bundle, AGE_RAW, "min")
    assert post_review(
        client, doc_id, {"action": "correct", "key": median["key"], "changes": {"value": 47.0}}
    ).is_success
    assert post_review(client, doc_id, {"action": "reject", "key": low["key"]}).is_success

    # Delete the document and everything extracted from it (the rows cascade), then extract it again.
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM documents WHERE id = :id"), {"id": doc_id})
        assert conn.execute(text("SELECT count(*) FROM records")).scalar_one() == 0
    engine.dispose()
    again = client.upload(seed_bytes, "seed-again.pdf")
    assert again.status_code == 201 and again.json()["created"], again.text
    new_id = again.json()["id"]

    bundle = client.get(f"/documents/{new_id}/review").json()
    assert bundle["orphans"] == 0
    median, low = item_by(bundle, AGE_RAW, "median"), item_by(bundle, AGE_RAW, "min")
    assert (median["status"], median["record"]["value"], median["raw"]["value"]) == ("corrected", 47.0, 47.5)
    assert low["status"] == "rejected"
    assert [a["action"] for a in client.get(f"/documents/{new_id}/reviews").json()["results"]] == ["correct", "reject"]
    reviewed = csv_rows(client.get(f"/trials/{SEED_NCT}/export.csv", params={"view": "reviewed"}))
    assert [(r["statistic"], r["value"]) for r in reviewed if r["raw"] == AGE_RAW] == [("median", "47"), ("max", "63")]
    assert client.get(f"/documents/{new_id}/pages/1.png").status_code == 200
