"""Storage of extractions with SQLModel: SQLite by default, PostgreSQL by URL. Only this package knows
sessions; callers pass one in (:func:`db.engine.session_scope`) and call the keyword-only functions of
:mod:`db.store` (writes) and :mod:`db.queries` (reads)."""
