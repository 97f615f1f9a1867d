"""DiploKG: a knowledge graph of diplomacy in the news, with the sentence that proves each fact."""
__version__ = "0.1.0"

from kg.diplokg import DiploKG  # noqa: E402  (the one object the CLI and the server share)

__all__ = ["DiploKG", "__version__"]
