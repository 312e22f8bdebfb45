"""Review actions: the audit trail of the review page (verify, correct, reject, add, reset).

Kept apart from the extraction tables and keyed by the PDF's SHA-256 plus a record key, so it has no foreign
key to ``documents``: deleting and re-uploading a document keeps its reviews.

Revision ID: 0002_reviews
Revises: 0001_initial
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_reviews"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the review table, unless a database made before migrations existed has it already."""
    if "review_actions" in sa.inspect(op.get_bind()).get_table_names():
        return
    op.create_table(
        "review_actions",
        sa.Column("id", sa.Integer(), primary_key=True, nullable=False),
        sa.Column("document_sha256", sa.String(length=64), nullable=False),
        sa.Column("record_key", sa.String(), nullable=False),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("reviewer", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.Column("comment", sa.String(), nullable=True),
    )
    op.create_index("ix_review_actions_document_key", "review_actions", ["document_sha256", "record_key"])


def downgrade() -> None:
    op.drop_index("ix_review_actions_document_key", table_name="review_actions")
    op.drop_table("review_actions")
