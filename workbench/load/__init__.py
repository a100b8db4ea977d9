"""Loading: files, folders, globs and zips of articles into the articles frame."""

from workbench.load.articles import LoadWarning, article_id, iter_articles, load_articles, load_errors, source_files

__all__ = ["LoadWarning", "article_id", "iter_articles", "load_articles", "load_errors", "source_files"]
