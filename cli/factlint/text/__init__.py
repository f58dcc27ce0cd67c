"""Drafts as sentences: reading files, Markdown and plain-text extraction, sentence splitting."""

from factlint.suppress import Suppression
from factlint.text.document import Document, document_kind, parse_document
from factlint.text.read import decode_text, read_text
from factlint.text.sentences import split_sentences

__all__ = [
    "Document",
    "Suppression",
    "decode_text",
    "document_kind",
    "parse_document",
    "read_text",
    "split_sentences",
]
