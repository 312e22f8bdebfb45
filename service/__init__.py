"""The trialex REST API (FastAPI): upload publications, read trials as typed sections or long-form values.
Only this package knows HTTP; it calls :mod:`extractors` to read PDFs and :mod:`db` to store and query."""
