"""The default rule pack: one YAML file per category (installed as `annotator.rules`)."""
