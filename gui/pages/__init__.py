"""One file per wizard page; each renders the model's state and reports edits."""
