"""Typed data of trialex: the document model read from a PDF, the records and sections extracted from it,
and the findings of the consistency checks. No module here knows pdfplumber, SQL or HTTP."""
