"""The `annotate` command line (installed as the `annotate_cli` package)."""
