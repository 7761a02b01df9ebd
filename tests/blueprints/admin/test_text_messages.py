"""Text messages in the admin console: the provider's webhook and the limit saved (an unsafe URL
refused beside its field, nothing saved, CSRF required), SMS and WhatsApp chosen per reminder
step and per flow, their texts per language with their length in segments shown, a text over
the limit refused beside its field; staff read, owners change, other stores see nothing."""

from __future__ import annotations

import re

from server.automations.settings import flow_settings
from server.models import Channel, Flow, Store
from server.recovery.settings import RecoverySettings
from tests.blueprints.admin.conftest import Browser, Team
from tests.blueprints.admin.test_settings import _form
from tests.conftest import ShopFixture, found

WEBHOOK = "https://sms-adapter.example.com/pushcart"


async def _stored(shop: ShopFixture) -> Store:
    return await Store.get(id=shop.store.id)


async def test_an_owner_connects_a_provider_and_the_widget_offers_its_channels(
        browser: Browser, shop: ShopFixture, team: Team) -> None:
    await browser.sign_in(team.owner)
    path = f"/admin/stores/{shop.store.id}/settings/texts"
    page = await browser.page(path)
    assert "X-Pushcart-Signature" in page and 'aria-current="page">Text messages' in page
    response = await browser.post(path, {"webhook_url": WEBHOOK, "max_segments": "3",
                                         "channel_sms": "1"}, token_from=path)
    assert response.status_code == 302, await response.get_data(as_text=True)
    assert (await _stored(shop)).text_messages == {
        "webhook_url": WEBHOOK, "max_segments": 3, "channels": ["sms"]}
    config = await (await shop.widget("GET", "/widget/config")).get_json()
    assert config["text_channels"] == ["sms"]
    again = _form(await browser.page(path))
    assert (again["webhook_url"], again["max_segments"]) == (WEBHOOK, "3")
    assert "channel_sms" in again and "channel_whatsapp" not in again


async def test_an_unsafe_webhook_is_refused_beside_its_field(browser: Browser, shop: ShopFixture,
                                                            team: Team) -> None:
    await browser.sign_in(team.owner)
    path = f"/admin/stores/{shop.store.id}/settings/texts"
    for url in ("http://sms-adapter.example.com/", "https://10.1.2.3/hook",
                "https://localhost/hook"):
        response = await browser.post(path, {"webhook_url": url, "max_segments": "2",
                                             "channel_sms": "1"}, token_from=path)
        page = await response.get_data(as_text=True)
        assert response.status_code == 400, url
        assert found(r'<p class="error" id="webhook_url-error">([^<]+)</p>', page)
    response = await browser.post(path, {"webhook_url": WEBHOOK, "max_segments": "12"},
                                  token_from=path)
    assert response.status_code == 400
    assert 'id="max_segments-error"' in await response.get_data(as_text=True)
    response = await browser.post(path, {"webhook_url": WEBHOOK, "max_segments": "2"})
    assert response.status_code in (400, 403)  # no CSRF token
    assert (await _stored(shop)).text_messages == {}


async def test_a_reminder_step_goes_by_sms_with_its_own_counted_text(
        browser: Browser, shop: ShopFixture, team: Team) -> None:
    await browser.sign_in(team.owner)
    path = f"/admin/stores/{shop.store.id}/settings/recovery"
    page = await browser.page(path)
    # Pushcart's own texts are there, each with its length in segments
    assert 'placeholder="{store}: आपका कार्ट सुरक्षित है। ऑर्डर यहाँ पूरा करें:"' in page
    assert re.search(r'id="step0_sms_hi-count"[^>]*>\d segments? · UCS-2 · \d+ characters', page)
    assert re.search(r'id="step0_sms_en-count"[^>]*>1 segment · GSM-7', page)
    form = _form(page)
    form.update(step0_sms="1", step0_sms_hi="{store}: कार्ट तैयार है:")
    response = await browser.post(path, form, token_from=path)
    assert response.status_code == 302, await response.get_data(as_text=True)
    first = RecoverySettings.of(await _stored(shop)).steps[0]
    assert first.channels == [Channel.PUSH, Channel.EMAIL, Channel.SMS]
    assert first.sms_texts == {"hi": "{store}: कार्ट तैयार है:"}
    again = _form(await browser.page(path))
    assert again["step0_sms"] == "1" and again["step0_sms_hi"] == "{store}: कार्ट तैयार है:"
    assert "step0_whatsapp" not in again


async def test_a_step_text_over_the_limit_is_refused_beside_it(browser: Browser,
                                                              shop: ShopFixture,
                                                              team: Team) -> None:
    await browser.sign_in(team.owner)
    path = f"/admin/stores/{shop.store.id}/settings/recovery"
    before = (await _stored(shop)).recovery
    form = _form(await browser.page(path))
    form.update(step1_sms="1", step1_sms_bn="আপনার কার্ট অপেক্ষা করছে, তাড়াতাড়ি ফিরে আসুন। " * 3)
    response = await browser.post(path, form, token_from=path)
    page = await response.get_data(as_text=True)
    assert response.status_code == 400
    error = found(r'<p class="error" id="step1_sms_bn-error">([^<]+)</p>', page)
    assert "UCS-2" in error and "at most 2" in error
    assert "আপনার কার্ট অপেক্ষা করছে" in page  # what was typed stays
    assert (await _stored(shop)).recovery == before


async def test_a_flow_goes_by_whatsapp_with_its_own_text(browser: Browser, shop: ShopFixture,
                                                        team: Team) -> None:
    await browser.sign_in(team.owner)
    path = f"/admin/stores/{shop.store.id}/automations/back_in_stock"
    page = await browser.page(path)
    assert 'placeholder="{store}: {product} is back in stock, {price}:"' in page
    assert re.search(r'id="sms_ur-count"[^>]*>\d segments? · UCS-2', page)
    form = _form(page)
    form.update(whatsapp="1", sms_en="{store}: {product} is back!")
    response = await browser.post(path, form, token_from=path)
    assert response.status_code == 302, await response.get_data(as_text=True)
    saved = flow_settings(await _stored(shop), Flow.BACK_IN_STOCK)
    assert Channel.WHATSAPP in saved.channels and saved.sms_texts == {
        "en": "{store}: {product} is back!"}

    form.update(sms_en="{store}: {nonsense}")
    response = await browser.post(path, form, token_from=path)
    assert response.status_code == 400
    error = found(r'<p class="error" id="sms_en-error">([^<]+)</p>',
                  await response.get_data(as_text=True))
    assert "{nonsense}" in error
    form.update(sms_en="Back in stock! " * 30)
    response = await browser.post(path, form, token_from=path)
    assert response.status_code == 400
    assert 'id="sms_en-error"' in await response.get_data(as_text=True)
    assert flow_settings(await _stored(shop), Flow.BACK_IN_STOCK).sms_texts == {
        "en": "{store}: {product} is back!"}


async def test_staff_read_but_cannot_change_them(browser: Browser, shop: ShopFixture,
                                                team: Team) -> None:
    await browser.sign_in(team.staff)
    path = f"/admin/stores/{shop.store.id}/settings/texts"
    assert "Only an owner can change" in await browser.page(path)
    response = await browser.post(path, {"webhook_url": WEBHOOK, "max_segments": "2"},
                                  token_from=path)
    assert response.status_code == 403
    assert (await _stored(shop)).text_messages == {}


async def test_another_stores_admin_cannot_see_or_change_them(browser: Browser,
                                                              shop: ShopFixture,
                                                              team: Team) -> None:
    path = f"/admin/stores/{shop.store.id}/settings/texts"
    await browser.sign_in(team.other_owner)
    own = f"/admin/stores/{team.other_store_id}/settings/texts"
    assert "Message webhook URL" in await browser.page(own)
    assert (await browser.get(path)).status_code == 404
    response = await browser.post(path, {"webhook_url": WEBHOOK, "max_segments": "2"},
                                  token_from=own)
    assert response.status_code == 404
    assert (await _stored(shop)).text_messages == {}
