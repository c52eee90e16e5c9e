"""The CA home on disk and atomic, private file writes."""
