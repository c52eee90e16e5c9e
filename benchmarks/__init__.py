"""TrustAnchor's benchmarks: `make benchmarks` (or `python -m benchmarks [NAME ...]`)."""
