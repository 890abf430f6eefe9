"""Index layer: chunks -> embeddings + FAISS + BM25, saved with a manifest and loaded fast."""
from index.embedders import Embedder, EmbedderMissing, load_embedder
from index.store import IndexError_, Manifest, SearchIndex, build_index, open_index

__all__ = ["Embedder", "EmbedderMissing", "load_embedder", "IndexError_", "Manifest", "SearchIndex",
           "build_index", "open_index"]
