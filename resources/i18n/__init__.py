"""The translation catalogues: trustanchor_<suffix>.ts sources, compiled to .qm files."""
