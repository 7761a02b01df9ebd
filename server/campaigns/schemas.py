"""What a campaign is made of, as the store API and the admin console's compose form send it."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import Field, StringConstraints, field_validator

from server.schemas import Strict, http_url

SegmentName = Annotated[str, StringConstraints(max_length=32)]


class CampaignAction(Strict):
    action: Annotated[str, StringConstraints(pattern=r"^[a-z0-9_-]{1,20}$")]
    title: Annotated[str, StringConstraints(min_length=1, max_length=40)]
    url: Annotated[str, StringConstraints(max_length=1000)]

    _check_url = field_validator("url")(http_url)


class MessageIn(Strict):
    title: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=120)]
    body: Annotated[str, StringConstraints(max_length=400)] = ""
    url: Annotated[str, StringConstraints(min_length=1, max_length=1000)]
    icon: Annotated[str, StringConstraints(max_length=1000)] = ""
    image: Annotated[str, StringConstraints(max_length=1000)] = ""
    actions: Annotated[list[CampaignAction], Field(max_length=2)] = []

    _check_urls = field_validator("url", "icon", "image")(http_url)


class VariantIn(MessageIn):
    weight: Annotated[int, Field(ge=1, le=100)] = 1  # relative share of the audience


class CampaignIn(MessageIn):
    """A push campaign. With `variants` (2-4) it is an A/B test: each variant's message goes to
    its share of the audience, and the top-level message fields are taken from variant A."""

    segment: Literal["all"] | Annotated[int, Field(ge=1, le=2**31 - 1)] | SegmentName = "all"
    send_at: datetime | None = Field(default=None, strict=False)  # naive for local_time
    local_time: bool = False  # send_at's date and clock time in each subscriber's own zone
    kind: Literal["flash_sale", "new_launch", "offer", "custom"] = "custom"
    ttl: Annotated[int, Field(ge=0, le=28 * 24 * 3600)] = 24 * 3600
    urgency: Literal["very-low", "low", "normal", "high"] = "normal"
    variants: Annotated[list[VariantIn], Field(max_length=4)] = []

    @field_validator("variants")
    @classmethod
    def _two_to_four(cls, variants: list[VariantIn]) -> list[VariantIn]:
        if len(variants) == 1:
            raise ValueError("an A/B test has 2 to 4 variants")
        return variants
