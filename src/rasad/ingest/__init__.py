"""Ingestion: files, folders, stdin and archives of Arabic news into Documents.

>>> for item in read_inputs(["articles/"]):
...     print(item.id if isinstance(item, Document) else item.where())
"""

from rasad.ingest.damage import Damage, assess
from rasad.ingest.encoding import Decoded, DecodeError, decode, decode_bytes
from rasad.ingest.reader import iter_files, read_inputs

__all__ = [
    "Damage",
    "DecodeError",
    "Decoded",
    "assess",
    "decode",
    "decode_bytes",
    "iter_files",
    "read_inputs",
]
