"""trialex: clinical-trial publication PDFs in, typed and provenanced records out."""

__version__ = "0.1.0"
