"""Benchmarks: run on demand, print figures (see benchmarks/README.md). Never run by the tests."""
