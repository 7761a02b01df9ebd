"""Store settings in the admin console: what an owner saves is what the widget, the checkout's
prices and the reminder sequence then use; staff can read but not change them."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlencode

from server.models import Store
from tests.blueprints.admin.conftest import Browser, Team
from tests.conftest import ShopFixture, found


def _form(page: str) -> dict[str, str]:
    """The form's fields as the page shows them (text inputs, checked boxes, selected options)."""
    fields: dict[str, str] = {}
    for tag in re.findall(r"<input [^>]*>", page):
        name = re.search(r'name="([^"]+)"', tag)
        if not name or name.group(1) == "csrf_token":
            continue
        value = re.search(r'value="([^"]*)"', tag)
        if 'type="checkbox"' in tag:
            if " checked" in tag:
                fields[name.group(1)] = value.group(1) if value else "1"
        else:
            fields[name.group(1)] = value.group(1) if value else ""
    for name, body in re.findall(r'<select[^>]*name="([^"]+)"[^>]*>(.*?)</select>', page, re.S):
        chosen = re.search(r'<option value="([^"]*)" selected', body)
        fields[name] = chosen.group(1) if chosen else found(r'value="([^"]*)"', body)
    return fields


async def _post_pairs(browser: Browser, path: str, pairs: list[tuple[str, str]]) -> Any:
    """A form with a field given several times (checkboxes of one name), as a browser sends it."""
    body = urlencode([*pairs, ("csrf_token", await browser.token(path))])
    return await browser.client.post(path, data=body, headers={
        "Content-Type": "application/x-www-form-urlencoded"})


async def test_an_owner_changes_the_checkout_and_the_widget_follows(browser: Browser, shop: ShopFixture, team: Team) -> None:
    await browser.sign_in(team.owner)
    path = f"/admin/stores/{shop.store.id}/settings"
    form = _form(await browser.page(path))
    assert form["name"] == "Test Shop" and form["prompt_moment"] == "after_add"
    form.update(name="Chai & Co", trust_returns="Free returns within 30 days",
                brand_color="#7c3aed", logo_url="https://cdn.shop.test/logo.png",
                prompt_moment="confirmation", prompt_snooze_days="30")
    data = {k: v for k, v in form.items() if k != "payment_methods"}
    response = await _post_pairs(browser, path, [
        *data.items(), ("payment_methods", "upi"), ("payment_methods", "cash_on_delivery")])
    assert response.status_code == 302, await response.get_data(as_text=True)
    config = await (await shop.widget("GET", "/widget/config")).get_json()
    assert config["name"] == "Chai & Co"
    assert config["payment_methods"] == ["upi", "cash_on_delivery"]
    assert config["trust"]["returns"] == "Free returns within 30 days"
    assert config["branding"] == {"color": "#7c3aed", "logo_url": "https://cdn.shop.test/logo.png"}
    assert (config["push_prompt"]["moment"], config["push_prompt"]["snooze_days"]) == (
        "confirmation", 30)


async def test_bad_settings_are_refused_field_by_field(browser: Browser, shop: ShopFixture, team: Team) -> None:
    await browser.sign_in(team.owner)
    path = f"/admin/stores/{shop.store.id}/settings"
    form = _form(await browser.page(path))
    form.update(timezone="Mars/Olympus", brand_color="purple", prompt_snooze_days="0")
    form.pop("payment_methods")  # none ticked
    response = await browser.post(path, form, token_from=path)
    page = await response.get_data(as_text=True)
    assert response.status_code == 400
    for field in ("payment_methods", "prompt_snooze_days"):
        assert f'id="{field}-error"' in page, field
    store = await Store.get(id=shop.store.id)
    assert store.payment_methods == ["upi", "card", "cash_on_delivery"]  # nothing was saved
    form.update(brand_color="#123456", prompt_snooze_days="14")
    response = await _post_pairs(browser, path, [*form.items(), ("payment_methods", "card")])
    page = await response.get_data(as_text=True)
    assert response.status_code == 400 and 'id="timezone-error"' in page


async def test_shipping_and_tax_rows_change_what_shoppers_pay(browser: Browser, shop: ShopFixture, team: Team) -> None:
    await browser.sign_in(team.owner)
    path = f"/admin/stores/{shop.store.id}/settings/checkout"
    form = _form(await browser.page(path))
    assert (form["ship_country_0"], form["ship_rate_0"], form["ship_free_above_0"]) == (
        "IN", "49.00", "999.00")
    assert (form["tax_country_0"], form["tax_rate_0"]) == ("IN", "18")
    form.update(ship_rate_0="79", ship_free_above_0="", tax_rate_0="12",
                ship_country_2="BR", ship_name_2="Correios", ship_rate_2="2500")
    response = await browser.post(path, form, token_from=path)
    assert response.status_code == 302, await response.get_data(as_text=True)
    cart = await shop.ready_to_order("TEA", 1)
    breakdown = cart["breakdown"]
    assert (breakdown["shipping"], breakdown["tax"]) == (7900, round(34900 * 12 / 112))

    form = _form(await browser.page(path))
    form.update(ship_rate_1="abc", tax_country_1="IN", tax_rate_1="5")
    response = await browser.post(path, form, token_from=path)
    page = await response.get_data(as_text=True)
    assert response.status_code == 400
    assert "Row 2: rate “abc” is not a number." in page
    assert "One tax rate per country and region." in page


async def test_the_recovery_sequence_editor_saves_steps_texts_and_limits(browser: Browser, shop: ShopFixture, team: Team) -> None:
    await browser.sign_in(team.owner)
    path = f"/admin/stores/{shop.store.id}/settings/recovery"
    form = _form(await browser.page(path))
    assert [form.get(f"step{i}_on") for i in range(5)] == ["1", "1", "1", None, None]
    assert form["step2_incentive_kind"] == "percent" and form["step2_incentive_value"] == "10"
    form.update(step0_delay_hours="0.5", step1_title_hi="आपका कार्ट इंतज़ार कर रहा है",
                step1_body_hi="{items} अभी भी आपके कार्ट में हैं", step2_incentive_kind="fixed",
                step2_incentive_value="50", quiet_start="22", quiet_end="7", daily_cap="2",
                attribution_hours="48", feedback_enabled="1", feedback_days="10")
    form.pop("step1_email")
    response = await browser.post(path, form, token_from=path)
    assert response.status_code == 302, await response.get_data(as_text=True)
    settings = await (await shop.admin("GET", "/recovery/settings")).get_json()
    first, second, third = settings["steps"]
    assert first["delay_minutes"] == 30
    assert second["channels"] == ["push"]
    assert second["texts"] == {"hi": {"title": "आपका कार्ट इंतज़ार कर रहा है",
                                      "body": "{items} अभी भी आपके कार्ट में हैं"}}
    assert third["incentive"] == {"kind": "fixed", "value": 5000, "valid_hours": 48}
    assert settings["quiet_hours"] == {"start": 22, "end": 7} and settings["daily_cap"] == 2
    assert settings["post_purchase"]["feedback"]["after_days"] == 10
    assert (await Store.get(id=shop.store.id)).attribution_window_hours == 48

    form = _form(await browser.page(path))
    form.update(step2_title_ur="صرف عنوان")  # a title without its text
    response = await browser.post(path, form, token_from=path)
    page = await response.get_data(as_text=True)
    assert response.status_code == 400
    assert re.search(r'id="step2-error">String should have at least 1 character', page)
    assert 'value="صرف عنوان"' in page  # what was typed is kept
    form.update(step2_title_ur="", step1_delay_hours="0.25")  # step 2 before step 1
    response = await browser.post(path, form, token_from=path)
    page = await response.get_data(as_text=True)
    assert response.status_code == 400
    assert "Each step&#39;s delay must be longer than the one before" in page
    assert (await (await shop.admin("GET", "/recovery/settings")).get_json()
            )["steps"][1]["delay_minutes"] == 1440  # unchanged


async def test_staff_read_settings_but_cannot_change_them(browser: Browser, shop: ShopFixture, team: Team) -> None:
    await browser.sign_in(team.staff)
    for section in ("", "/checkout", "/recovery"):
        path = f"/admin/stores/{shop.store.id}/settings{section}"
        page = await browser.page(path)
        assert "Only an owner can change these settings." in page
        response = await browser.post(path, _form(page), token_from=path)
        assert response.status_code == 403, section
    assert (await Store.get(id=shop.store.id)).name == "Test Shop"
    await browser.post("/admin/logout", token_from=f"/admin/stores/{shop.store.id}")
    await browser.sign_in(team.other_owner)
    assert (await browser.get(f"/admin/stores/{shop.store.id}/settings")).status_code == 404
