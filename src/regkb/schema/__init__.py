"""The JSON Schema of the export (``kb.schema.json``)."""

import json
from importlib.resources import files
from typing import Any


def load_schema() -> dict[str, Any]:
    """The JSON Schema that ``regkb export json`` output validates against."""
    schema: dict[str, Any] = json.loads(files(__package__).joinpath("kb.schema.json").read_text(encoding="utf-8"))
    return schema
