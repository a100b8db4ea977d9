"""Extractors: each takes an articles frame (article_id, text, published) and returns a long frame."""
