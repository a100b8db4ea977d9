"""Frames: all extractors together, aggregates, and the Parquet corpus store."""
