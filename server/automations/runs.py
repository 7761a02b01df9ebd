"""A run as plain values: what the gates, the stop conditions and the message builder read of an
`AutomationRun`, made from a row read in bulk (no ORM object per run) or from the model."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from server.bulk import read_time
from server.models import AutomationRun, Flow

COLUMNS = ("id", "store_id", "flow", "shopper", "visitor_id", "email", "subject", "data",
           "created_at")


@dataclass(slots=True)
class Run:
    id: int
    store_id: int
    flow: Flow
    shopper: str
    visitor_id: int | None
    email: str | None
    subject: str
    data: dict[str, Any]  # read, never changed: runs with the same text share one
    created_at: datetime
    data_text: str  # the data's JSON text: runs that say the same share their message

    @classmethod
    def from_row(cls, row: Mapping[str, Any], parsed: dict[str, dict[str, Any]]) -> Run:
        """From a raw row of COLUMNS (both databases hand JSON over as text, SQLite times too);
        *parsed* keeps the data already read, by its text."""
        text, created = row["data"], row["created_at"]
        data = parsed.get(text)
        if data is None:
            data = parsed[text] = json.loads(text)
        return cls(row["id"], row["store_id"], Flow(row["flow"]), row["shopper"],
                   row["visitor_id"], row["email"], row["subject"], data,
                   read_time(created),
                   text)

    @classmethod
    def of(cls, run: AutomationRun) -> Run:
        return cls(run.id, run.store_id, run.flow, run.shopper, run.visitor_id, run.email,
                   run.subject, run.data, run.created_at, json.dumps(run.data, sort_keys=True))
