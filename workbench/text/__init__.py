"""Text layer: normalisation with an offset map, sentences, tokens, proclitics."""

from workbench.text.document import Document, documents
from workbench.text.normalization import RELATIONAL_ENDINGS, Normalized, fold, normalize
from workbench.text.segmentation import COMMAS, Token, candidate_splits, sentences, tokenize

__all__ = ["COMMAS", "Document", "documents", "Normalized", "RELATIONAL_ENDINGS", "fold", "normalize", "Token", "candidate_splits", "sentences", "tokenize"]
