"""Claims: the propositions articles state, their parts, and how claims relate across outlets.

Importing the package registers the built-in matching backends by name: "lexical" (TF-IDF,
numbers kept as values; the default), "embedding" (multilingual-e5 via the `embeddings` extra,
loaded on first use) and "nli" (a model the user supplies).
"""

from crosscheck.claims import match_embedding, match_lexical, match_nli  # noqa: F401
