"""A segment rule is checked against what the database can hold before anything is saved, and a
campaign whose audience cannot be computed ends failed, saying why."""

from __future__ import annotations

from typing import Any

import pytest

from server.models import Segment
from server.settings import Settings
from tests.conftest import ShopFixture, campaign_counts, make_settings, new_campaign, send_all


@pytest.fixture
def settings(database_url: str, tmp_path, push_port: int) -> Settings:
    return make_settings(database_url, tmp_path,
                         PUSHCART_PUSH_HOSTS=f"http://localhost:{push_port}")


TOO_LONG: list[dict[str, Any]] = [
    {"type": "viewed", "sku": "A" * 65}, {"type": "purchased", "sku": "MUG TEA"},
    {"type": "added_to_cart", "category": "c" * 101}, {"type": "country", "values": ["IND"]},
    {"type": "locale", "values": ["en-" + "x" * 13]}, {"type": "device", "values": ["fridge"]},
    {"type": "browser", "values": ["b" * 16]},
]


@pytest.mark.parametrize("rule", TOO_LONG, ids=[str(r) for r in range(len(TOO_LONG))])
async def test_a_rule_the_database_cannot_compare_is_refused_and_nothing_is_saved(shop: ShopFixture, rule: dict[str, Any]) -> None:
    response = await shop.admin("POST", "/segments", {"name": "Bad", "rules": [rule]})
    assert response.status_code == 400, await response.get_json()
    assert (await response.get_json())["error"]["code"] == "invalid_request"
    assert await Segment.filter(store_id=shop.store.id).count() == 0
    listed = await shop.admin("GET", "/segments")
    assert listed.status_code == 200 and (await listed.get_json())["segments"] == []


async def test_a_segment_saved_before_its_rule_got_stricter_is_listed_with_its_problem(shop: ShopFixture, clock) -> None:
    bad = await Segment.create(store_id=shop.store.id, name="Legacy", match="all",
                               rules=[{"type": "viewed", "sku": "A" * 70, "days": 30}],
                               created_at=clock.now(), updated_at=clock.now())
    listed = await shop.admin("GET", "/segments")
    assert listed.status_code == 200
    [view] = (await listed.get_json())["segments"]
    assert view["counts"] is None and "cannot be counted" in view["problem"]
    assert (await shop.admin("GET", f"/segments/{bad.id}")).status_code == 200


async def test_a_campaign_whose_audience_cannot_be_computed_ends_failed_with_its_reason(shop: ShopFixture, service, background, clock) -> None:
    bad = await Segment.create(store_id=shop.store.id, name="Legacy", match="all",
                               rules=[{"type": "viewed", "sku": "A" * 70, "days": 30}],
                               created_at=clock.now(), updated_at=clock.now())
    campaign_id = await new_campaign(shop, segment=bad.id)
    await send_all(background)
    counts = await campaign_counts(shop, campaign_id)
    assert counts["status"] == "failed" and counts["targeted"] == 0
    assert "cannot be counted" in counts["failure"]
    gone = await Segment.create(store_id=shop.store.id, name="Soon gone", match="all",
                                rules=[{"type": "last_seen", "days": 30}],
                                created_at=clock.now(), updated_at=clock.now())
    second = await new_campaign(shop, segment=gone.id)
    await gone.delete()
    await send_all(background)
    counts = await campaign_counts(shop, second)
    assert counts["status"] == "failed" and "was deleted" in counts["failure"]
