"""initial schema

Revision ID: 0001_initial
Revises:
Create Date: 2026-12-05

The tables of documents and what was extracted from them, batch runs, upload jobs and the stored payloads.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create every table (those a database made before migrations existed has already are kept as they
    are), and on PostgreSQL the task queue's schema (procrastinate's tables and functions)."""
    bind = op.get_bind()
    existing = set(sa.inspect(bind).get_table_names())
    if "documents" not in existing:
        op.create_table(
            "documents",
            sa.Column("sha256", sa.String(length=64), nullable=False),
            sa.Column("file_name", sa.String(), nullable=False),
            sa.Column("size_bytes", sa.Integer(), nullable=False),
            sa.Column("pages", sa.Integer(), nullable=False),
            sa.Column("pages_without_text", sa.JSON(), nullable=False),
            sa.Column("status", sa.String(), nullable=False),
            sa.Column("error", sa.String(), nullable=True),
            sa.Column("extraction_seconds", sa.Float(), nullable=False),
            sa.Column("trialex_version", sa.String(), nullable=False),
            sa.Column("nct_id", sa.String(), nullable=True),
            sa.Column("title", sa.String(), nullable=True),
            sa.Column("doi", sa.String(), nullable=True),
            sa.Column("journal", sa.String(), nullable=True),
            sa.Column("year", sa.Integer(), nullable=True),
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
            sa.PrimaryKeyConstraint("id"),
        )
        with op.batch_alter_table("documents", schema=None) as batch_op:
            batch_op.create_index(batch_op.f("ix_documents_created_at"), ["created_at"], unique=False)
            batch_op.create_index(batch_op.f("ix_documents_nct_id"), ["nct_id"], unique=False)
            batch_op.create_index(batch_op.f("ix_documents_sha256"), ["sha256"], unique=True)
    if "runs" not in existing:
        op.create_table(
            "runs",
            sa.Column("status", sa.String(), nullable=False),
            sa.Column("paths", sa.JSON(), nullable=False),
            sa.Column("workers", sa.Integer(), nullable=False),
            sa.Column("timeout_s", sa.Float(), nullable=False),
            sa.Column("memory_mb", sa.Integer(), nullable=True),
            sa.Column("pid", sa.Integer(), nullable=False),
            sa.Column("hostname", sa.String(), nullable=False),
            sa.Column("trialex_version", sa.String(), nullable=False),
            sa.Column("found", sa.Integer(), nullable=False),
            sa.Column("seen", sa.Integer(), nullable=False),
            sa.Column("ingested", sa.Integer(), nullable=False),
            sa.Column("already_present", sa.Integer(), nullable=False),
            sa.Column("failed", sa.Integer(), nullable=False),
            sa.Column("pages", sa.Integer(), nullable=False),
            sa.Column("seconds", sa.Float(), nullable=False),
            sa.Column("error", sa.String(), nullable=True),
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
            sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
            sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
            sa.PrimaryKeyConstraint("id"),
        )
        with op.batch_alter_table("runs", schema=None) as batch_op:
            batch_op.create_index(batch_op.f("ix_runs_started_at"), ["started_at"], unique=False)
            batch_op.create_index(batch_op.f("ix_runs_status"), ["status"], unique=False)
    if "trials" not in existing:
        op.create_table(
            "trials",
            sa.Column("nct_id", sa.String(length=11), nullable=False),
            sa.Column("title", sa.String(), nullable=True),
            sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
            sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
            sa.PrimaryKeyConstraint("nct_id"),
        )
        with op.batch_alter_table("trials", schema=None) as batch_op:
            batch_op.create_index(batch_op.f("ix_trials_updated_at"), ["updated_at"], unique=False)
    if "arms" not in existing:
        op.create_table(
            "arms",
            sa.Column("name", sa.String(), nullable=False),
            sa.Column("n", sa.Integer(), nullable=True),
            sa.Column("tables", sa.JSON(), nullable=False),
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("document_id", sa.Integer(), nullable=False),
            sa.Column("position", sa.Integer(), nullable=False),
            sa.ForeignKeyConstraint(["document_id"], ["documents.id"], ondelete="CASCADE"),
            sa.PrimaryKeyConstraint("id"),
        )
        with op.batch_alter_table("arms", schema=None) as batch_op:
            batch_op.create_index(batch_op.f("ix_arms_document_id"), ["document_id"], unique=False)
    if "document_payloads" not in existing:
        op.create_table(
            "document_payloads",
            sa.Column("document_id", sa.Integer(), nullable=False),
            sa.Column("section", sa.String(length=32), nullable=False),
            sa.Column("kind", sa.String(length=16), nullable=False),
            sa.Column("items", sa.Integer(), nullable=False),
            sa.Column("etag", sa.String(length=64), nullable=False),
            sa.Column("body", sa.LargeBinary(), nullable=False),
            sa.ForeignKeyConstraint(["document_id"], ["documents.id"], ondelete="CASCADE"),
            sa.PrimaryKeyConstraint("document_id", "section", "kind"),
        )
    if "document_tables" not in existing:
        op.create_table(
            "document_tables",
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("document_id", sa.Integer(), nullable=False),
            sa.Column("position", sa.Integer(), nullable=False),
            sa.Column("table_label", sa.String(), nullable=False),
            sa.Column("title", sa.String(), nullable=False),
            sa.Column("section", sa.String(), nullable=False),
            sa.Column("pages", sa.JSON(), nullable=False),
            sa.Column("cells", sa.Integer(), nullable=False),
            sa.Column("records", sa.Integer(), nullable=False),
            sa.ForeignKeyConstraint(["document_id"], ["documents.id"], ondelete="CASCADE"),
            sa.PrimaryKeyConstraint("id"),
        )
        with op.batch_alter_table("document_tables", schema=None) as batch_op:
            batch_op.create_index(batch_op.f("ix_document_tables_document_id"), ["document_id"], unique=False)
    if "document_trials" not in existing:
        op.create_table(
            "document_trials",
            sa.Column("document_id", sa.Integer(), nullable=False),
            sa.Column("nct_id", sa.String(length=11), nullable=False),
            sa.Column("position", sa.Integer(), nullable=False),
            sa.Column("is_primary", sa.Boolean(), nullable=False),
            sa.ForeignKeyConstraint(["document_id"], ["documents.id"], ondelete="CASCADE"),
            sa.ForeignKeyConstraint(
                ["nct_id"],
                ["trials.nct_id"],
            ),
            sa.PrimaryKeyConstraint("document_id", "nct_id"),
        )
        with op.batch_alter_table("document_trials", schema=None) as batch_op:
            batch_op.create_index("ix_document_trials_trial", ["nct_id", "is_primary"], unique=False)
    if "findings" not in existing:
        op.create_table(
            "findings",
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("document_id", sa.Integer(), nullable=False),
            sa.Column("position", sa.Integer(), nullable=False),
            sa.Column("check", sa.String(), nullable=False),
            sa.Column("severity", sa.String(), nullable=False),
            sa.Column("message", sa.String(), nullable=False),
            sa.Column("table_label", sa.String(), nullable=True),
            sa.Column("page", sa.Integer(), nullable=True),
            sa.Column("values", sa.JSON(), nullable=False),
            sa.Column("expected", sa.String(), nullable=True),
            sa.Column("observed", sa.String(), nullable=True),
            sa.Column("tolerance", sa.String(), nullable=True),
            sa.ForeignKeyConstraint(["document_id"], ["documents.id"], ondelete="CASCADE"),
            sa.PrimaryKeyConstraint("id"),
        )
        with op.batch_alter_table("findings", schema=None) as batch_op:
            batch_op.create_index(batch_op.f("ix_findings_check"), ["check"], unique=False)
            batch_op.create_index(batch_op.f("ix_findings_document_id"), ["document_id"], unique=False)
            batch_op.create_index(batch_op.f("ix_findings_severity"), ["severity"], unique=False)
    if "jobs" not in existing:
        op.create_table(
            "jobs",
            sa.Column("sha256", sa.String(length=64), nullable=False),
            sa.Column("file_name", sa.String(), nullable=False),
            sa.Column("size_bytes", sa.Integer(), nullable=False),
            sa.Column("status", sa.String(), nullable=False),
            sa.Column("code", sa.String(), nullable=True),
            sa.Column("reason", sa.String(), nullable=True),
            sa.Column("document_id", sa.Integer(), nullable=True),
            sa.Column("attempts", sa.Integer(), nullable=False),
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("worker", sa.String(), nullable=True),
            sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
            sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
            sa.Column("started_at", sa.DateTime(timezone=True), nullable=True),
            sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
            sa.ForeignKeyConstraint(["document_id"], ["documents.id"], ondelete="SET NULL"),
            sa.PrimaryKeyConstraint("id"),
        )
        with op.batch_alter_table("jobs", schema=None) as batch_op:
            batch_op.create_index(batch_op.f("ix_jobs_created_at"), ["created_at"], unique=False)
            batch_op.create_index(batch_op.f("ix_jobs_sha256"), ["sha256"], unique=True)
            batch_op.create_index(batch_op.f("ix_jobs_status"), ["status"], unique=False)
    if "records" not in existing:
        op.create_table(
            "records",
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("document_id", sa.Integer(), nullable=False),
            sa.Column("ordinal", sa.Integer(), nullable=False),
            sa.Column("cell", sa.Integer(), nullable=False),
            sa.Column("section", sa.String(), nullable=False),
            sa.Column("table_label", sa.String(), nullable=False),
            sa.Column("table_title", sa.String(), nullable=True),
            sa.Column("row_labels", sa.JSON(), nullable=False),
            sa.Column("column_labels", sa.JSON(), nullable=False),
            sa.Column("arm", sa.String(), nullable=True),
            sa.Column("arm_n", sa.Integer(), nullable=True),
            sa.Column("grade", sa.String(), nullable=True),
            sa.Column("scope", sa.String(), nullable=True),
            sa.Column("analyte", sa.String(), nullable=True),
            sa.Column("parameter", sa.String(), nullable=True),
            sa.Column("unit", sa.String(), nullable=True),
            sa.Column("statistic", sa.String(), nullable=False),
            sa.Column("value", sa.Float(), nullable=True),
            sa.Column("qualifier", sa.String(), nullable=True),
            sa.Column("denominator", sa.Integer(), nullable=True),
            sa.Column("ci_level", sa.Float(), nullable=True),
            sa.Column("raw", sa.String(), nullable=False),
            sa.Column("page", sa.Integer(), nullable=False),
            sa.Column("bbox_x0", sa.Float(), nullable=False),
            sa.Column("bbox_top", sa.Float(), nullable=False),
            sa.Column("bbox_x1", sa.Float(), nullable=False),
            sa.Column("bbox_bottom", sa.Float(), nullable=False),
            sa.Column("marks", sa.JSON(), nullable=False),
            sa.Column("context", sa.String(), nullable=True),
            sa.ForeignKeyConstraint(["document_id"], ["documents.id"], ondelete="CASCADE"),
            sa.PrimaryKeyConstraint("id"),
        )
        with op.batch_alter_table("records", schema=None) as batch_op:
            batch_op.create_index(batch_op.f("ix_records_analyte"), ["analyte"], unique=False)
            batch_op.create_index(batch_op.f("ix_records_arm"), ["arm"], unique=False)
            batch_op.create_index("ix_records_document_cell", ["document_id", "cell", "statistic"], unique=False)
            batch_op.create_index("ix_records_document_section", ["document_id", "section", "ordinal"], unique=False)
            batch_op.create_index(batch_op.f("ix_records_grade"), ["grade"], unique=False)
            batch_op.create_index(batch_op.f("ix_records_parameter"), ["parameter"], unique=False)
            batch_op.create_index(batch_op.f("ix_records_statistic"), ["statistic"], unique=False)
    if "run_files" not in existing:
        op.create_table(
            "run_files",
            sa.Column("path", sa.String(), nullable=False),
            sa.Column("sha256", sa.String(length=64), nullable=True),
            sa.Column("size_bytes", sa.Integer(), nullable=True),
            sa.Column("status", sa.String(), nullable=False),
            sa.Column("code", sa.String(), nullable=True),
            sa.Column("reason", sa.String(), nullable=True),
            sa.Column("document_id", sa.Integer(), nullable=True),
            sa.Column("pages", sa.Integer(), nullable=True),
            sa.Column("records", sa.Integer(), nullable=True),
            sa.Column("seconds", sa.Float(), nullable=True),
            sa.Column("peak_rss_mb", sa.Float(), nullable=True),
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("run_id", sa.Integer(), nullable=False),
            sa.Column("finished_at", sa.DateTime(timezone=True), nullable=False),
            sa.ForeignKeyConstraint(["document_id"], ["documents.id"], ondelete="SET NULL"),
            sa.ForeignKeyConstraint(["run_id"], ["runs.id"], ondelete="CASCADE"),
            sa.PrimaryKeyConstraint("id"),
        )
        with op.batch_alter_table("run_files", schema=None) as batch_op:
            batch_op.create_index(batch_op.f("ix_run_files_run_id"), ["run_id"], unique=False)
            batch_op.create_index(batch_op.f("ix_run_files_sha256"), ["sha256"], unique=False)
    if bind.dialect.name == "postgresql" and "procrastinate_jobs" not in existing:
        from procrastinate.schema import SchemaManager

        bind.execution_options(no_parameters=True).exec_driver_sql(SchemaManager.get_schema())


def downgrade() -> None:
    with op.batch_alter_table("run_files", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_run_files_sha256"))
        batch_op.drop_index(batch_op.f("ix_run_files_run_id"))

    op.drop_table("run_files")
    with op.batch_alter_table("records", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_records_statistic"))
        batch_op.drop_index(batch_op.f("ix_records_parameter"))
        batch_op.drop_index(batch_op.f("ix_records_grade"))
        batch_op.drop_index("ix_records_document_section")
        batch_op.drop_index("ix_records_document_cell")
        batch_op.drop_index(batch_op.f("ix_records_arm"))
        batch_op.drop_index(batch_op.f("ix_records_analyte"))

    op.drop_table("records")
    with op.batch_alter_table("jobs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_jobs_status"))
        batch_op.drop_index(batch_op.f("ix_jobs_sha256"))
        batch_op.drop_index(batch_op.f("ix_jobs_created_at"))

    op.drop_table("jobs")
    with op.batch_alter_table("findings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_findings_severity"))
        batch_op.drop_index(batch_op.f("ix_findings_document_id"))
        batch_op.drop_index(batch_op.f("ix_findings_check"))

    op.drop_table("findings")
    with op.batch_alter_table("document_trials", schema=None) as batch_op:
        batch_op.drop_index("ix_document_trials_trial")

    op.drop_table("document_trials")
    with op.batch_alter_table("document_tables", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_document_tables_document_id"))

    op.drop_table("document_tables")
    op.drop_table("document_payloads")
    with op.batch_alter_table("arms", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_arms_document_id"))

    op.drop_table("arms")
    with op.batch_alter_table("trials", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trials_updated_at"))

    op.drop_table("trials")
    with op.batch_alter_table("runs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_runs_status"))
        batch_op.drop_index(batch_op.f("ix_runs_started_at"))

    op.drop_table("runs")
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_documents_sha256"))
        batch_op.drop_index(batch_op.f("ix_documents_nct_id"))
        batch_op.drop_index(batch_op.f("ix_documents_created_at"))

    op.drop_table("documents")
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "DROP TABLE IF EXISTS procrastinate_events, procrastinate_periodic_defers, procrastinate_jobs,"
            " procrastinate_workers CASCADE"
        )
