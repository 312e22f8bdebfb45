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
        default="pdfplumber",
        description="PDF reader: pdfplumber (pdfminer) or pdfium (pypdfium2, faster; same records on the golden set)",
    )

    @property
    def max_upload_bytes(self) -> int:
        return int(self.max_upload_mb * 1024 * 1024)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once."""
    return Settings()
