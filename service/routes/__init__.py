"""One router per resource: ``documents`` (upload and stored papers) and ``trials`` (read by NCT id)."""
