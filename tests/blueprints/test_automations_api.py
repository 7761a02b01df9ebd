"""The store API's automations: every flow listed with its defaults, one flow read and replaced,
and bad settings refused whole with a reason."""

from __future__ import annotations

from typing import Any

from tests.conftest import ShopFixture


def _common(view: dict[str, Any]) -> dict[str, Any]:
    return {k: view[k] for k in ("enabled", "delay_minutes", "channels", "cooldown_hours")}


async def test_every_flow_is_listed_with_its_defaults_and_texts(shop: ShopFixture) -> None:
    response = await shop.admin("GET", "/automations")
    flows = {f["flow"]: f for f in (await response.get_json())["automations"]}
    assert set(flows) == {"price_drop", "back_in_stock", "browse_abandonment", "replenishment",
                          "win_back", "new_arrivals", "order_updates", "points_expiry"}
    assert flows["price_drop"]["enabled"] and flows["back_in_stock"]["enabled"]
    assert flows["order_updates"]["transactional"] is True
    assert not flows["win_back"]["enabled"] and flows["win_back"]["inactive_days"] == 60
    assert "{old_price}" not in flows["price_drop"]["placeholders"]
    assert "old_price" in flows["price_drop"]["placeholders"]
    assert flows["price_drop"]["default_texts"]["ur"]["title"].startswith("قیمت")


async def test_an_unknown_flow_is_a_404_with_the_list(shop: ShopFixture) -> None:
    response = await shop.admin("GET", "/automations/birthday")
    body = await response.get_json()
    assert response.status_code == 404 and body["error"]["code"] == "unknown_flow"
    assert "price_drop" in body["error"]["message"]


async def test_bad_settings_are_refused_and_nothing_is_saved(shop: ShopFixture) -> None:
    view = await (await shop.admin("GET", "/automations/win_back")).get_json()
    good = {**_common(view), "inactive_days": 90}
    cases = [
        ({**good, "delay_minutes": -1}, "invalid_request"),
        ({**good, "inactive_days": 3}, "invalid_request"),
        ({**good, "channels": ["push", "push"]}, "invalid_request"),
        ({**good, "channels": ["telegram"]}, "invalid_request"),
        ({**good, "texts": {"en": {"title": "Hi {first_name}", "body": "{price} off"}}},
         "unknown_placeholder"),
        ({**good, "texts": {"hi": {"title": "नमस्ते", "body": "अ" * 400}},
          "incentive": {"kind": "percent", "value": 95}}, "invalid_request"),
    ]
    for body, code in cases:
        response = await shop.admin("PUT", "/automations/win_back", body)
        assert response.status_code == 400, body
        assert (await response.get_json())["error"]["code"] == code, body
    after = await (await shop.admin("GET", "/automations/win_back")).get_json()
    assert after == view


async def test_a_text_too_large_for_a_push_is_refused(shop: ShopFixture) -> None:
    view = await (await shop.admin("GET", "/automations/new_arrivals")).get_json()
    huge = {"title": "न" * 120, "body": "ए" * 400}  # 3 bytes a letter in UTF-8
    response = await shop.admin("PUT", "/automations/new_arrivals",
                                {**_common(view), "texts": {"hi": huge}})
    assert response.status_code == 400
    assert (await response.get_json())["error"]["code"] == "payload_too_large"


async def test_settings_are_replaced_and_read_back(shop: ShopFixture) -> None:
    view = await (await shop.admin("GET", "/automations/browse_abandonment")).get_json()
    body = {**_common(view), "enabled": True, "delay_minutes": 120, "channels": ["email"],
            "texts": {"bn": {"title": "{product} এখনও আছে", "body": "{store}-এ {price}"}},
            "incentive": {"kind": "fixed", "value": 5000, "valid_hours": 24}}
    response = await shop.admin("PUT", "/automations/browse_abandonment", body)
    assert response.status_code == 200, await response.get_json()
    saved = await (await shop.admin("GET", "/automations/browse_abandonment")).get_json()
    assert saved["enabled"] and saved["delay_minutes"] == 120 and saved["channels"] == ["email"]
    assert saved["texts"]["bn"]["title"] == "{product} এখনও আছে"
    assert saved["incentive"]["value"] == 5000
    # another flow's settings are untouched
    assert (await (await shop.admin("GET", "/automations/price_drop")).get_json())["enabled"]


async def test_the_automations_are_in_the_openapi_document(shop: ShopFixture) -> None:
    spec = await (await shop.client.get("/openapi.json")).get_json()
    paths = spec["paths"]
    assert "/api/v1/automations" in paths and "/api/v1/automations/metrics" in paths
    assert {"get", "put"} <= set(paths["/api/v1/automations/{name}"])
