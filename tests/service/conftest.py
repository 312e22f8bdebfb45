"""Fixtures of the service tests: real PDFs, real bad inputs made from real bytes, real databases (a SQLite
file; PostgreSQL in a schema of its own when TRIALEX_TEST_POSTGRES_URL is set) and the real app driven
through httpx.

Extraction is the slow part, so the seed paper is extracted once per session and one database with three
papers uploaded through the API (``loaded``) is shared by the read-only tests.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import anyio.from_thread
import httpx
import pytest
from anyio.from_thread import BlockingPortal
from fastapi import FastAPI
from sqlalchemy import Engine, func, select, text
from sqlalchemy.engine import make_url
from sqlmodel import SQLModel

from db.engine import init_db, make_engine
from extractors.pipeline import extract
from schemas.extraction import Extraction
from service.main import create_app
from service.worker import with_checks
from trialex.settings import Settings

DATA = Path(__file__).resolve().parents[1] / "data"
PDFS = DATA / "pdfs"
SEED = PDFS / "seed-nct04728035.pdf"
SEED_NCT = "NCT04728035"
# A conference abstract with its own NCT id and no tables, and a PK paper printing no NCT id at all.
ABSTRACT = PDFS / "abs-abexinostat-fl-asco2024.pdf"
NO_NCT = PDFS / "jats-axitinib-rifampin-ddi-healthy-pk-ccp2009.pdf"
POSTGRES_URL = os.environ.get("TRIALEX_TEST_POSTGRES_URL")


class ApiClient:
    """The real app behind ``httpx.AsyncClient(transport=ASGITransport(app))``, driven synchronously from a
    portal thread, with the app's lifespan (table creation) entered first."""

    def __init__(self, app: FastAPI) -> None:
        self.app = app
        self._portal_cm: AbstractContextManager[BlockingPortal] | None = None
        self._portal: BlockingPortal | None = None
        self._client: httpx.AsyncClient | None = None
        self._lifespan: Any = None

    def __enter__(self) -> ApiClient:
        self._portal_cm = anyio.from_thread.start_blocking_portal()
        self._portal = self._portal_cm.__enter__()
        self._portal.call(self._start)
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._portal is not None and self._portal_cm is not None
        self._portal.call(self._stop)
        self._portal_cm.__exit__(None, None, None)

    async def _start(self) -> None:
        self._lifespan = self.app.router.lifespan_context(self.app)
        await self._lifespan.__aenter__()
        self._client = httpx.AsyncClient(transport=httpx.ASGITransport(app=self.app), base_url="http://trialex.test")

    async def _stop(self) -> None:
        assert self._client is not None
        await self._client.aclose()
        await self._lifespan.__aexit__(None, None, None)

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        assert self._portal is not None and self._client is not None
        client = self._client

        async def send() -> httpx.Response:
            return await client.request(method, url, **kwargs)

        return self._portal.call(send)

    def get(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("GET", url, **kwargs)

    def post(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("POST", url, **kwargs)

    def upload(self, data: bytes, name: str = "paper.pdf", *, wait: bool = True, **kwargs: Any) -> httpx.Response:
        """``POST /documents``, by default with ``wait=true`` (the one-call answer: the document or its problem)."""
        url = "/documents?wait=true" if wait else "/documents"
        return self.post(url, files={"file": (name, data, "application/pdf")}, **kwargs)

    def delete(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("DELETE", url, **kwargs)


def table_counts(url: str) -> dict[str, int]:
    """Rows in every table of the database but the upload jobs (a failed upload keeps its failed job):
    what "nothing was stored" is checked against."""
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return {
                t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                for t in SQLModel.metadata.sorted_tables
                if t.name != "jobs"
            }
    finally:
        engine.dispose()


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


# --- real inputs -----------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def seed_bytes() -> bytes:
    return SEED.read_bytes()


@pytest.fixture(scope="session")
def seed_extraction() -> Extraction:
    """The seed paper as the service extracts it: the extraction plus the consistency checks' findings."""
    return with_checks(extract(SEED))


@dataclass(frozen=True)
class BadInputs:
    text: bytes
    empty: bytes
    truncated: bytes
    damaged: bytes
    encrypted: bytes
    scanned: bytes


@pytest.fixture(scope="session")
def bad_inputs(tmp_path_factory: pytest.TempPathFactory, seed_bytes: bytes) -> BadInputs:
    """Unreadable uploads, each made from real bytes at test time."""
    tmp = tmp_path_factory.mktemp("bad")
    encrypted = encrypted_pdf(SEED, tmp / "encrypted.pdf")
    return BadInputs(
        text=(DATA / "seed-paper.txt").read_bytes(),
        empty=b"",
        truncated=seed_bytes[: len(seed_bytes) // 2],
        damaged=seed_bytes[: int(len(seed_bytes) * 0.4)] + seed_bytes[-2048:],
        encrypted=encrypted,
        scanned=scanned_pdf(tmp),
    )


def encrypted_pdf(source: Path, out: Path) -> bytes:
    """``source`` encrypted with AES-256 and a user password (pikepdf, which pip installs with qpdf inside)."""
    import pikepdf

    with pikepdf.open(source) as pdf:
        pdf.save(out, encryption=pikepdf.Encryption(user="user", owner="owner", R=6))
    return out.read_bytes()


def scanned_pdf(tmp: Path) -> bytes:
    """A 'scan' of the seed paper's first page: the page as a picture, with no text layer."""
    import pypdfium2
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    image = pypdfium2.PdfDocument(str(SEED))[0].render(scale=60 / 72).to_pil()
    out = tmp / "scanned.pdf"
    pdf = canvas.Canvas(str(out), pagesize=(612, 792))
    pdf.drawImage(ImageReader(image), 0, 0, width=612, height=792)
    pdf.rect(36, 36, 540, 720)  # a frame drawn as a path: shapes, still no text
    pdf.showPage()
    pdf.save()
    return out.read_bytes()


# --- databases -------------------------------------------------------------------------------------------


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database with the tables created: a SQLite file, or a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        url = sqlite_url(tmp_path / "store.db")
        engine = make_engine(url)
        init_db(engine)
        engine.dispose()
        yield url
        return
    if not POSTGRES_URL:
        pytest.skip("TRIALEX_TEST_POSTGRES_URL is not set")
    with postgres_schema(POSTGRES_URL) as url:
        yield url


class postgres_schema:
    """A schema of its own in the test PostgreSQL database, dropped afterwards; yields a URL whose
    search_path points at it, so parallel runs never see each other's tables."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.schema = f"trialex_test_{uuid.uuid4().hex[:12]}"
        self.admin: Engine | None = None

    def __enter__(self) -> str:
        self.admin = make_engine(self.base_url)
        with self.admin.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{self.schema}"'))
        url = make_url(self.base_url).update_query_dict({"options": f"-csearch_path={self.schema}"})
        rendered = url.render_as_string(hide_password=False)
        engine = make_engine(rendered)
        init_db(engine)
        engine.dispose()
        return rendered

    def __exit__(self, *exc: object) -> None:
        assert self.admin is not None
        with self.admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{self.schema}" CASCADE'))
        self.admin.dispose()


# --- the app -----------------------------------------------------------------------------------------------


@pytest.fixture
def client_for(tmp_path: Path) -> Iterator[Any]:
    """Open an :class:`ApiClient` on ``create_app(Settings(...))``; all are closed after the test. Uploaded
    PDFs are kept in a blob store under the test's temporary directory unless ``blob_dir`` is given."""
    opened: list[ApiClient] = []

    def open_client(url: str, **settings: Any) -> ApiClient:
        settings.setdefault("blob_dir", str(tmp_path / "blobs"))
        settings.setdefault("queue", "local")
        client = ApiClient(create_app(Settings(database_url=url, **settings)))
        opened.append(client.__enter__())
        return client

    yield open_client
    for client in opened:
        client.__exit__(None, None, None)


@dataclass(frozen=True)
class Loaded:
    """The shared database: the seed paper, an abstract and an NCT-less PK paper, uploaded in that order."""

    url: str
    client: ApiClient
    seed: dict[str, Any]
    abstract: dict[str, Any]
    no_nct: dict[str, Any]


@pytest.fixture(scope="session")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Loaded]:
    base = tmp_path_factory.mktemp("loaded")
    url = sqlite_url(base / "trialex.db")
    with ApiClient(create_app(Settings(database_url=url, blob_dir=str(base / "blobs")))) as client:
        bodies = []
        for path in (SEED, ABSTRACT, NO_NCT):
            response = client.upload(path.read_bytes(), path.name)
            assert response.status_code == 201, response.text
            bodies.append(response.json())
        yield Loaded(url=url, client=client, seed=bodies[0], abstract=bodies[1], no_nct=bodies[2])
