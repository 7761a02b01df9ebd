"""Automations in the admin console: every flow listed with its switch and its figures, the
editor saving what the engine then reads, errors beside the fields with nothing saved, owners
only, one store's flows out of another's reach; and the dashboard's recovered revenue by source."""

from __future__ import annotations

import re
from datetime import timedelta

from server.automations.settings import flow_settings
from server.clock import FrozenClock
from server.models import (
    Delivery,
    DeliveryKind,
    DeliveryStatus,
    Flow,
    Order,
    OrderStatus,
    Store,
)
from tests.blueprints.admin.conftest import Browser, Team
from tests.blueprints.admin.test_settings import _form
from tests.conftest import ShopFixture, found

NAMES = ["Price drop", "Back in stock", "Browse abandonment", "Replenishment", "Win-back",
         "New arrivals", "Order updates", "Points expiring"]


def _switch(page: str, flow: str) -> str:
    card = found(rf'data-flow="{flow}"(.*?)</li>', page, flags=re.S)
    return found(r'role="switch" aria-checked="(\w+)"', card)


async def _stored(shop: ShopFixture) -> Store:
    return await Store.get(id=shop.store.id)


async def _attributed(shop: ShopFixture, clock: FrozenClock, kind: DeliveryKind,
                      flow: Flow | None, total: int, number: str) -> None:
    """A clicked message of *kind* (and *flow*) and the paid order it brought."""
    at = clock.now() - timedelta(hours=2)
    delivery = await Delivery.create(
        store_id=shop.store.id, kind=kind, flow=flow.value if flow else None, channel="push",
        payload={"title": "t"}, status=DeliveryStatus.DELIVERED, next_attempt_at=at,
        created_at=at, sent_at=at, delivered_at=at, clicked_at=at + timedelta(minutes=5))
    await Order.create(store_id=shop.store.id, number=number, status=OrderStatus.PAID,
                       email="asha@example.com", currency="INR", subtotal=total, shipping=0,
                       tax=0, discount=0, total=total, payment_method="upi",
                       created_at=clock.now(), attributed_delivery_id=delivery.id)


async def test_the_list_shows_every_flow_with_its_switch_and_its_figures(browser: Browser, shop: ShopFixture, team: Team, clock: FrozenClock) -> None:
    await _attributed(shop, clock, DeliveryKind.AUTOMATION, Flow.PRICE_DROP, 50000, "9001")
    await browser.sign_in(team.owner)
    page = await browser.page(f"/admin/stores/{shop.store.id}/automations")
    for name in NAMES:
        assert f">{name}</a>" in page, name
    assert len(re.findall(r'<li class="card flow-card" data-flow=', page)) == len(NAMES)
    assert _switch(page, "price_drop") == "true"  # on by default
    assert _switch(page, "win_back") == "false"  # off by default
    price_drop = found(r'data-flow="price_drop"(.*?)</li>', page, flags=re.S)
    assert found(r'data-count="sent">(\d+)<', price_drop) == "1"
    assert found(r'data-count="clicked">(\d+)<', price_drop) == "1"
    assert found(r'data-count="orders">(\d+)<', price_drop) == "1"
    assert found(r'data-count="revenue">([^<]+)<', price_drop) == "₹500.00"
    assert f'href="/admin/stores/{shop.store.id}/automations"' in page  # in the side nav


async def test_switching_a_flow_off_saves_it(browser: Browser, shop: ShopFixture, team: Team) -> None:
    await browser.sign_in(team.owner)
    path = f"/admin/stores/{shop.store.id}/automations"
    response = await browser.post(f"{path}/price_drop/switch", {"enabled": "0"}, token_from=path)
    assert response.status_code == 302
    assert not flow_settings(await _stored(shop), Flow.PRICE_DROP).enabled
    assert flow_settings(await _stored(shop), Flow.BACK_IN_STOCK).enabled  # the others stay
    assert _switch(await browser.page(path), "price_drop") == "false"
    response = await browser.post(f"{path}/price_drop/switch", {"enabled": "1"}, token_from=path)
    assert flow_settings(await _stored(shop), Flow.PRICE_DROP).enabled


async def test_the_switch_needs_the_form_token(browser: Browser, shop: ShopFixture, team: Team) -> None:
    await browser.sign_in(team.owner)
    path = f"/admin/stores/{shop.store.id}/automations/price_drop/switch"
    response = await browser.post(path, {"enabled": "0"}, token="0" * 64)
    assert response.status_code == 403
    assert flow_settings(await _stored(shop), Flow.PRICE_DROP).enabled


async def test_an_owner_saves_the_editor_and_the_flow_uses_it(browser: Browser, shop: ShopFixture, team: Team) -> None:
    await browser.sign_in(team.owner)
    path = f"/admin/stores/{shop.store.id}/automations/price_drop"
    form = _form(await browser.page(path))
    assert (form["delay"], form["delay_unit"], form["threshold_percent"]) == ("0", "minutes", "5")
    assert form["push"] == form["email"] == "1"
    form.pop("email")
    form.update(delay="2", delay_unit="hours", cooldown_hours="48", threshold_percent="10",
                lookback_days="7", incentive_kind="percent", incentive_value="15",
                incentive_hours="24", title_hi="{product} अब सस्ता", body_hi="अब {new_price}")
    response = await browser.post(path, form, token_from=path)
    assert response.status_code == 302, await response.get_data(as_text=True)
    saved = flow_settings(await _stored(shop), Flow.PRICE_DROP)
    assert (saved.delay_minutes, saved.channels, saved.cooldown_hours) == (120, ["push"], 48)
    assert (saved.threshold_percent, saved.lookback_days) == (10, 7)
    assert saved.incentive is not None and (saved.incentive.kind, saved.incentive.value,
                                            saved.incentive.valid_hours) == ("percent", 15, 24)
    assert saved.text(Flow.PRICE_DROP, "hi").title == "{product} अब सस्ता"
    assert saved.texts.keys() == {"hi"}  # English left blank: Pushcart's own
    again = _form(await browser.page(path))
    assert (again["delay"], again["delay_unit"], again["title_hi"]) == (
        "2", "hours", "{product} अब सस्ता")


async def test_an_unknown_placeholder_is_shown_beside_its_field_and_nothing_is_saved(browser: Browser, shop: ShopFixture, team: Team) -> None:
    await browser.sign_in(team.owner)
    path = f"/admin/stores/{shop.store.id}/automations/price_drop"
    form = _form(await browser.page(path))
    form.update(delay="30", title_en="Hello {nickname}", body_en="Now {new_price}")
    response = await browser.post(path, form, token_from=path)
    page = await response.get_data(as_text=True)
    assert response.status_code == 400
    error = found(r'<p class="error" id="title_en-error">([^<]+)</p>', page)
    assert "{nickname}" in error and "{new_price}" in error  # says what the flow knows
    assert 'value="Hello {nickname}"' in page  # what was typed stays in the form
    assert (await _stored(shop)).automations == {}


async def test_a_text_too_large_for_a_push_is_refused_beside_it(browser: Browser, shop: ShopFixture, team: Team) -> None:
    await browser.sign_in(team.owner)
    path = f"/admin/stores/{shop.store.id}/automations/back_in_stock"
    form = _form(await browser.page(path))
    form.update(title_bn="ফিরে" * 30, body_bn="{product} " + "আবার" * 97)  # 3 bytes a letter
    response = await browser.post(path, form, token_from=path)
    page = await response.get_data(as_text=True)
    assert response.status_code == 400
    assert "would not fit a push" in found(r'<p class="error" id="body_bn-error">([^<]+)</p>',
                                           page)
    assert (await _stored(shop)).automations == {}


async def test_a_delay_out_of_range_is_refused(browser: Browser, shop: ShopFixture, team: Team) -> None:
    await browser.sign_in(team.owner)
    path = f"/admin/stores/{shop.store.id}/automations/browse_abandonment"
    form = _form(await browser.page(path))
    assert (form["delay"], form["delay_unit"]) == ("4", "hours")
    form.update(delay="800", enabled="1")
    response = await browser.post(path, form, token_from=path)
    page = await response.get_data(as_text=True)
    assert response.status_code == 400
    assert "30 days" in found(r'<p class="error" id="delay-error">([^<]+)</p>', page)
    assert 'id="delay" name="delay" inputmode="decimal" value="800" aria-invalid="true"' in page
    assert (await _stored(shop)).automations == {}


async def test_other_figures_out_of_range_and_half_texts_are_refused(browser: Browser, shop: ShopFixture, team: Team) -> None:
    await browser.sign_in(team.owner)
    path = f"/admin/stores/{shop.store.id}/automations/win_back"
    form = _form(await browser.page(path))
    form.update(inactive_days="3", cooldown_hours="-1", title_gu="ફરી આવો", body_gu="")
    form.pop("push"), form.pop("email")
    page = await (await browser.post(path, form, token_from=path)).get_data(as_text=True)
    for field in ("inactive_days", "cooldown_hours", "body_gu", "channels"):
        assert f'id="{field}-error"' in page, field
    assert (await _stored(shop)).automations == {}


async def test_hostile_values_are_form_errors_not_crashes(browser: Browser, shop: ShopFixture, team: Team) -> None:
    await browser.sign_in(team.owner)
    path = f"/admin/stores/{shop.store.id}/automations/replenishment"
    form = _form(await browser.page(path))
    for changes in ({"delay": "NaN"}, {"delay": "1e999999"}, {"delay": "0.5"},
                    {"title_en": "a\x00b", "body_en": "c"}, {"lead_days": "x" * 5000},
                    {"incentive_kind": "fixed", "incentive_value": "1.005"},
                    {"incentive_kind": "percent", "incentive_value": "95"}):
        response = await browser.post(path, {**form, **changes}, token_from=path)
        page = await response.get_data(as_text=True)
        assert response.status_code == 400, changes
        assert '<p class="error" id="' in page, changes
    assert (await _stored(shop)).automations == {}


async def test_staff_read_the_automations_but_only_owners_change_them(browser: Browser, shop: ShopFixture, team: Team) -> None:
    await browser.sign_in(team.staff)
    path = f"/admin/stores/{shop.store.id}/automations"
    page = await browser.page(f"{path}/price_drop")
    assert "Only an owner can change automations." in page
    response = await browser.post(f"{path}/price_drop/switch", {"enabled": "0"}, token_from=path)
    assert response.status_code == 403
    assert flow_settings(await _stored(shop), Flow.PRICE_DROP).enabled


async def test_another_store_s_admin_cannot_see_or_change_this_store_s_flows(browser: Browser, shop: ShopFixture, team: Team) -> None:
    await browser.sign_in(team.other_owner)
    own = f"/admin/stores/{team.other_store_id}/automations"
    assert "Price drop" in await browser.page(own)
    theirs = f"/admin/stores/{shop.store.id}/automations"
    for path in (theirs, f"{theirs}/price_drop"):
        assert (await browser.get(path)).status_code == 404, path
    switched = await browser.post(f"{theirs}/price_drop/switch", {"enabled": "0"},
                                  token_from=own)
    edited = await browser.post(f"{theirs}/price_drop", {"enabled": "", "delay": "5",
                                                          "push": "1", "cooldown_hours": "1",
                                                          "threshold_percent": "50",
                                                          "lookback_days": "1"},
                                token_from=own)
    assert (switched.status_code, edited.status_code) == (404, 404)
    assert (await _stored(shop)).automations == {}


async def test_the_editor_lists_placeholders_shows_defaults_and_writes_urdu_right_to_left(browser: Browser, shop: ShopFixture, team: Team) -> None:
    await browser.sign_in(team.owner)
    base = f"/admin/stores/{shop.store.id}/automations"
    page = await browser.page(f"{base}/price_drop")
    placeholders = found(r"<p [^>]*data-placeholders>(.*?)</p>", page, flags=re.S)
    for name in ("{product}", "{old_price}", "{new_price}", "{store}", "{first_name}", "{code}"):
        assert f"<code>{name}</code>" in placeholders, name
    title_en = found(r'(<input id="title_en"[^>]*>)', page)
    assert 'placeholder="Price drop: {product}"' in title_en and 'value=""' in title_en
    for field in ("title_ur", "body_ur"):
        assert 'dir="rtl"' in found(rf'(<input id="{field}"[^>]*>)', page), field
    assert 'dir="ltr"' in found(r'(<input id="title_hi"[^>]*>)', page)
    assert "data-transactional" not in page
    assert "transactional" in await browser.page(f"{base}/order_updates")
    assert (await browser.get(f"{base}/birthday")).status_code == 404


async def test_the_dashboard_splits_recovered_revenue_by_source(browser: Browser, shop: ShopFixture, team: Team, clock: FrozenClock) -> None:
    await _attributed(shop, clock, DeliveryKind.REMINDER, None, 20000, "9001")
    await _attributed(shop, clock, DeliveryKind.AUTOMATION, Flow.PRICE_DROP, 50000, "9002")
    await _attributed(shop, clock, DeliveryKind.CAMPAIGN, None, 99900, "9003")
    await browser.sign_in(team.owner)
    page = await browser.page(f"/admin/stores/{shop.store.id}")
    assert found(r'data-figure="recovered">([^<]+)<', page) == "₹700.00"
    split = dict(re.findall(r'<li data-source="(\w+)">[^<]*<span>([^<]+)</span>', page))
    assert split == {"cart_sequence": "₹200.00", "price_drop": "₹500.00"}
    assert "Cart sequence: <span>" in page and "Price drop: <span>" in page
