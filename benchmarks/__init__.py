"""Benchmark harness: dataset readers and scripts that score crosscheck against public data."""
