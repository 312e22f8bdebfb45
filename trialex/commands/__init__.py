"""One module per ``trialex`` subcommand; each defines ``register(subparsers)`` and sets ``handler``."""
