"""db/: a stored extraction reads back exactly as extracted, saving is idempotent by SHA-256, a failed save
leaves nothing behind, and the record filters select what they say. On SQLite, and on PostgreSQL when
TRIALEX_TEST_POSTGRES_URL is set."""

from __future__ import annotations

import hashlib
import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from db.convert import cell_numbers, plain_record
from db.engine import make_engine, session_scope
from db.queries import (
    RecordFilter,
    document_arms,
    document_public,
    document_tables,
    get_trial,
    list_findings,
    list_records,
    list_trials,
    trial_document_ids,
)
from db.store import save_extraction
from extractors.sections import build_sections
from schemas.extraction import Extraction
from schemas.findings import Finding, FindingValue
from schemas.records import Record
from trialex.errors import StorageError

from .conftest import SEED_NCT, table_counts


def variant(extraction: Extraction, tag: str, **metadata: object) -> Extraction:
    """The same paper as if its bytes differed (another SHA-256), with other metadata where given."""
    document = extraction.document.model_copy(update={"sha256": hashlib.sha256(tag.encode()).hexdigest()})
    return extraction.model_copy(
        update={"document": document, "metadata": extraction.metadata.model_copy(update=metadata)}
    )


def test_round_trip_is_lossless(database_url: str, seed_extraction: Extraction) -> None:
    engine = make_engine(database_url)
    with session_scope(engine) as session:
        document, created = save_extraction(session=session, extraction=seed_extraction)
        assert created and document.id is not None
        records, total = list_records(session=session, document_ids=[document.id])
        plain = [plain_record(r) for r in records]
        assert total == len(seed_extraction.records) > 0
        assert plain == seed_extraction.records  # every field, in document order, bbox floats exact
        assert all(r.document_id == document.id for r in records)
        assert build_sections(plain) == seed_extraction.sections
        findings, _ = list_findings(session=session, document_ids=[document.id])
        assert [
            Finding.model_validate(f.model_dump(exclude={"document_id"})) for f in findings
        ] == seed_extraction.findings
        assert [
            a.model_dump(exclude={"document_id"}) for a in document_arms(session=session, document_ids=[document.id])
        ] == [a.model_dump() for a in seed_extraction.arms]
        assert document_tables(session=session, document_id=document.id) == seed_extraction.tables
        public = document_public(session=session, document=document)
    engine.dispose()
    assert public.sha256 == seed_extraction.document.sha256
    assert public.nct_ids == [SEED_NCT] and public.nct_id == SEED_NCT
    assert public.title == seed_extraction.metadata.title and public.doi == seed_extraction.metadata.doi
    assert public.pages == seed_extraction.document.pages
    assert public.trialex_version == seed_extraction.trialex_version
    assert public.record_counts == {
        s: Counter(r.section for r in seed_extraction.records)[s]
        for s in ("demographics", "adverse_events", "pk", "efficacy")
    }
    assert public.created_at.tzinfo is not None


def test_findings_round_trip(database_url: str, seed_extraction: Extraction) -> None:
    findings = [
        Finding(
            check="percent-vs-count",
            severity="error",
            message="41.7% of 12 is 5, not 6",
            table="Table 1",
            page=1,
            values=[
                FindingValue(
                    label="Table 1 / ECOG 0 / count",
                    value=6.0,
                    raw="6 (41.7)",
                    page=1,
                    bbox=(252.29, 700.83, 277.22, 707.83),
                )
            ],
            expected="5",
            observed="6",
            tolerance="±0.05 percentage points",
        ),
        Finding(check="table-unread", severity="warning", message="Table 9 was found but not read"),
    ]
    extraction = variant(seed_extraction, "findings").model_copy(update={"findings": findings})
    engine = make_engine(database_url)
    with session_scope(engine) as session:
        document, _ = save_extraction(session=session, extraction=extraction)
        assert document.id is not None
        stored, total = list_findings(session=session, document_ids=[document.id])
        errors, n_errors = list_findings(session=session, document_ids=[document.id], severity="error")
        public = document_public(session=session, document=document)
    engine.dispose()
    assert total == 2 and n_errors == 1 and errors[0].check == "percent-vs-count"
    assert [Finding.model_validate(f.model_dump(exclude={"document_id"})) for f in stored] == findings
    assert public.finding_counts == {"error": 1, "warning": 1, "info": 0}


def test_saving_the_same_bytes_twice_stores_once(database_url: str, seed_extraction: Extraction) -> None:
    engine = make_engine(database_url)
    with session_scope(engine) as session:
        first, created = save_extraction(session=session, extraction=seed_extraction)
    after_first = table_counts(database_url)
    with session_scope(engine) as session:
        again, created_again = save_extraction(session=session, extraction=seed_extraction)
    engine.dispose()
    assert created and not created_again
    assert again.id == first.id
    assert table_counts(database_url) == after_first
    assert after_first["documents"] == 1 and after_first["records"] == len(seed_extraction.records)


def test_a_failed_save_leaves_nothing(database_url: str, seed_extraction: Extraction) -> None:
    """The database refuses the records halfway through the write: no document, trial or link remains."""
    engine = make_engine(database_url)
    with engine.begin() as conn:
        if engine.dialect.name == "sqlite":
            conn.execute(
                text(
                    "CREATE TRIGGER refuse_records BEFORE INSERT ON records "
                    "BEGIN SELECT RAISE(ABORT, 'records refused'); END"
                )
            )
        else:
            conn.execute(
                text(
                    "CREATE FUNCTION refuse_records() RETURNS trigger AS $$ "
                    "BEGIN RAISE EXCEPTION 'records refused'; END $$ LANGUAGE plpgsql"
                )
            )
            conn.execute(
                text(
                    "CREATE TRIGGER refuse_records BEFORE INSERT ON records "
                    "FOR EACH ROW EXECUTE FUNCTION refuse_records()"
                )
            )
    before = table_counts(database_url)
    with session_scope(engine) as session, pytest.raises(StorageError, match="records refused"):
        save_extraction(session=session, extraction=seed_extraction)
    engine.dispose()
    assert table_counts(database_url) == before == dict.fromkeys(before, 0)


def test_trials_and_links(database_url: str, seed_extraction: Extraction) -> None:
    """The first NCT id is the paper's own trial, later ones are mentions, a paper without one has none."""
    other = "NCT01234567"
    engine = make_engine(database_url)
    with session_scope(engine) as session:
        own, _ = save_extraction(session=session, extraction=seed_extraction)
        citing, _ = save_extraction(
            session=session,
            extraction=variant(
                seed_extraction, "citing", nct_ids=[other, SEED_NCT, other, "NCT123"], title="A citing paper"
            ),
        )
        orphan, _ = save_extraction(session=session, extraction=variant(seed_extraction, "orphan", nct_ids=[]))
        trials, total = list_trials(session=session)
        seed_trial = get_trial(session=session, nct_id=SEED_NCT)
        other_trial = get_trial(session=session, nct_id=other)
        assert trial_document_ids(session=session, nct_id=SEED_NCT) == [own.id]
        assert trial_document_ids(session=session, nct_id=SEED_NCT, primary=False) == [citing.id]
        assert trial_document_ids(session=session, nct_id=other) == [citing.id]
        assert document_public(session=session, document=citing).nct_ids == [other, SEED_NCT]
        assert document_public(session=session, document=orphan).nct_ids == []
        assert get_trial(session=session, nct_id="NCT99999999") is None
    engine.dispose()
    assert total == 2 and [t.nct_id for t in trials] == [other, SEED_NCT]
    assert seed_trial is not None and (seed_trial.documents, seed_trial.mentions) == (1, 1)
    assert seed_trial.title == seed_extraction.metadata.title
    assert other_trial is not None and other_trial.title == "A citing paper"
    assert orphan.nct_id is None


def test_record_filters(database_url: str, seed_extraction: Extraction) -> None:
    # The seed's AE table states no grade per cell, so give its cells alternating grade scopes.
    cells = cell_numbers(seed_extraction.records)
    records = [
        r.model_copy(update={"grade": (">=3" if cells[i] % 2 else "any")}) if r.section == "adverse_events" else r
        for i, r in enumerate(seed_extraction.records)
    ]
    extraction = seed_extraction.model_copy(update={"records": records})
    engine = make_engine(database_url)
    with session_scope(engine) as session:
        document, _ = save_extraction(session=session, extraction=extraction)
        assert document.id is not None
        document_id: int = document.id

        def query(**filters: Any) -> list[Record]:
            rows, total = list_records(session=session, document_ids=[document_id], filters=RecordFilter(**filters))
            assert total == len(rows)
            return [plain_record(r) for r in rows]

        ae = [r for r in records if r.section == "adverse_events"]
        assert query(section="adverse_events", grade=">=3") == [r for r in ae if r.grade == ">=3"] != []
        arm, scope = (
            Counter(getattr(r, f) for r in ae if getattr(r, f)).most_common(1)[0][0] for f in ("arm", "scope")
        )
        assert query(section="adverse_events", arm=arm.upper()) == [r for r in ae if r.arm == arm] != []
        assert query(section="adverse_events", scope=scope) == [r for r in ae if r.scope == scope] != []
        pk = [r for r in records if r.section == "pk"]
        analyte = Counter(r.analyte for r in pk if r.analyte).most_common(1)[0][0]
        assert query(section="pk", analyte=analyte) == [r for r in pk if r.analyte == analyte] != []
        eff = [r for r in records if r.section == "efficacy"]
        parameter = Counter(r.parameter for r in eff if r.parameter).most_common(1)[0][0]
        assert query(section="efficacy", parameter=parameter.lower()) == [r for r in eff if r.parameter == parameter]

        # min_percent keeps whole cells: the count printed beside a percent of at least 50 comes along.
        kept = {
            cells[i]
            for i, r in enumerate(records)
            if r.statistic == "percent" and r.value is not None and r.value >= 50
        }
        expected = [r for i, r in enumerate(records) if cells[i] in kept and r.section == "adverse_events"]
        got = query(section="adverse_events", min_percent=50)
        assert got == expected and {r.statistic for r in got} >= {"count", "percent"}
        assert all(r.value is not None and r.value >= 50 for r in got if r.statistic == "percent")
        page, total = list_records(session=session, document_ids=[document.id], offset=10, limit=5)
        assert [plain_record(r) for r in page] == records[10:15] and total == len(records)
    engine.dispose()


def test_postgres_schema_isolation_is_real(database_url: str) -> None:
    """The PostgreSQL variant really runs in its own schema (and the SQLite one in its own file)."""
    engine = make_engine(database_url)
    with engine.connect() as conn:
        if engine.dialect.name == "postgresql":
            schema = conn.execute(text("SELECT current_schema()")).scalar_one()
            assert schema.startswith("trialex_test_")
            assert f"-csearch_path={schema}" in str(make_url(database_url).query.get("options"))
        else:
            assert make_url(database_url).database
    engine.dispose()


def test_concurrent_saves_of_the_same_bytes_store_once(database_url: str, seed_extraction: Extraction) -> None:
    """Writers racing on the same new paper: one creates it, the others get it back; nothing is doubled."""
    engine = make_engine(database_url)
    start = threading.Barrier(4)

    def save() -> tuple[int | None, bool]:
        with session_scope(engine) as session:
            start.wait()
            document, created = save_extraction(session=session, extraction=seed_extraction)
            return document.id, created

    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda _: save(), range(4)))
    engine.dispose()
    assert sorted(created for _, created in results) == [False, False, False, True]
    assert len({doc_id for doc_id, _ in results}) == 1
    counts = table_counts(database_url)
    assert counts["documents"] == 1 and counts["records"] == len(seed_extraction.records)
    assert counts["trials"] == 1 and counts["document_trials"] == 1
