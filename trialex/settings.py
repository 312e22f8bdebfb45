"""The one settings object, read from the environment (prefix ``TRIALEX_``) once."""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Runtime configuration. Every field can be set as ``TRIALEX_<NAME>`` in the environment."""

    model_config = SettingsConfigDict(env_prefix="TRIALEX_", extra="ignore")

    database_url: str = Field(
        default="sqlite:///trialex.db",
        description="SQLAlchemy URL; SQLite file in the working directory by default, or postgresql+psycopg://",
    )
    max_upload_mb: float = Field(default=50.0, gt=0, description="Largest PDF accepted, in megabytes")
    max_pages: int = Field(default=300, gt=0, description="Largest page count accepted")
    api_key: str | None = Field(default=None, description="When set, write endpoints need X-API-Key")
    ingest_timeout_s: float = Field(default=120.0, gt=0, description="Per-file time limit in batch ingestion")
    ingest_memory_mb: int = Field(default=2048, gt=0, description="Per-worker memory limit in batch ingestion")
    blob_dir: str = Field(default="trialex-blobs", description="Directory of the content-addressed PDF store")
    reader: Literal["pdfplumber", "pdfium"] = Field(
        default="pdfium",
        description="PDF reader: pdfium (pypdfium2, the default, faster) or pdfplumber (pdfminer); the same records"
        " on the golden set",
    )
    queue: Literal["auto", "local", "procrastinate"] = Field(
        default="auto",
        description="Where upload jobs run: procrastinate workers (PostgreSQL), the API process (local), or "
        "auto: procrastinate on PostgreSQL, local otherwise",
    )
    local_workers: int = Field(
        default=0, ge=0, description="Extractions the API process runs at once in local mode (0: min(4, CPUs))"
    )
    wait_timeout_s: float = Field(
        default=0.0, ge=0, description="How long POST /documents?wait=true waits (0: the ingest time limit + 30 s)"
    )
    render_cache_dir: str | None = Field(
        default=None, description="Directory of rendered page images; <blob_dir>/renders when unset"
    )
    api_key_name: str = Field(
        default="api-key",
        description="Reviewer name recorded for review writes made with the API key and no X-Reviewer",
    )

    @property
    def max_upload_bytes(self) -> int:
        return int(self.max_upload_mb * 1024 * 1024)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once."""
    return Settings()
