"""Benchmarks behind ``python -m game bench``; each module has ``measure()``."""
