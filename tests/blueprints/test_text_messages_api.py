"""The store API's text-message settings and the widget's per-channel consent: what is accepted,
what is refused with a 400 and a reason (nothing saved), and one store never seeing another's."""

from __future__ import annotations

from typing import Any

from server.models import Cart, Store, Visitor
from server.stores import create_store
from tests.conftest import TEST_SECRET, ShopFixture

WEBHOOK = "https://hooks.example.com/pushcart/sms"


async def _put(shop: ShopFixture, body: dict[str, Any]) -> tuple[int, Any]:
    response = await shop.admin("PUT", "/text-messages/settings", body)
    return response.status_code, await response.get_json()


async def test_the_webhook_and_limit_are_saved_and_read_back(shop) -> None:
    status, saved = await _put(shop, {"webhook_url": WEBHOOK, "max_segments": 3})
    assert status == 200, saved
    assert saved["webhook_url"] == WEBHOOK and saved["max_segments"] == 3
    assert saved["offered"] == ["sms", "whatsapp"]
    read = await (await shop.admin("GET", "/text-messages/settings")).get_json()
    assert read == saved
    config = await (await shop.widget("GET", "/widget/config")).get_json()
    assert config["text_channels"] == ["sms", "whatsapp"]


async def test_without_a_webhook_the_widget_offers_no_text_channels(shop) -> None:
    defaults = await (await shop.admin("GET", "/text-messages/settings")).get_json()
    assert defaults["webhook_url"] == "" and defaults["max_segments"] == 2
    config = await (await shop.widget("GET", "/widget/config")).get_json()
    assert config["text_channels"] == []


async def test_unsafe_webhook_urls_are_refused_and_nothing_saved(shop) -> None:
    assert (await _put(shop, {"webhook_url": WEBHOOK}))[0] == 200
    for url in ("http://hooks.example.com/sms", "https://192.168.1.10/sms",
                "https://localhost/sms", "https://user:pw@hooks.example.com/sms"):
        status, body = await _put(shop, {"webhook_url": url, "max_segments": 5})
        assert status == 400 and body["error"]["code"] == "invalid_webhook_url", (url, body)
    store = await Store.get(id=shop.store.id)
    assert store.text_messages["webhook_url"] == WEBHOOK
    assert store.text_messages["max_segments"] == 2  # the refused requests' 5 is not kept


async def test_bad_limits_and_unknown_fields_are_refused(shop) -> None:
    for body in ({"max_segments": 0}, {"max_segments": 11}, {"max_segments": "2"},
                 {"webhook_url": WEBHOOK, "secret": "x"}, {"channels": ["telegram"]}):
        status, answer = await _put(shop, body)
        assert status == 400 and "error" in answer, (body, answer)
    assert (await Store.get(id=shop.store.id)).text_messages == {}


async def test_segments_are_counted_against_the_stores_limit(shop) -> None:
    response = await shop.admin("POST", "/text-messages/segments",
                                {"text": "Test Shop: your cart is saved."})
    counted = await response.get_json()
    assert counted["encoding"] == "GSM-7" and counted["segments"] == 1 and counted["fits"]
    response = await shop.admin("POST", "/text-messages/segments",
                                {"text": "आपका कार्ट सुरक्षित है। " * 4})
    counted = await response.get_json()
    assert counted["encoding"] == "UCS-2" and counted["segments"] == 3
    assert counted["fits"] is False and counted["max_segments"] == 2


async def test_cart_texts_longer_than_the_limit_are_refused(shop) -> None:
    before = (await Store.get(id=shop.store.id)).recovery
    long_hindi = "आपका सामान इंतज़ार कर रहा है, जल्दी आइए। " * 3
    response = await shop.admin("PUT", "/recovery/settings", {"steps": [
        {"delay_minutes": 60, "channels": ["sms"], "sms_texts": {"hi": long_hindi}}]})
    body = await response.get_json()
    assert response.status_code == 400 and body["error"]["code"] == "text_too_long"
    assert "UCS-2" in body["error"]["message"] and "steps[1].sms_texts.hi" in \
        body["error"]["message"]
    assert (await Store.get(id=shop.store.id)).recovery == before
    response = await shop.admin("PUT", "/recovery/settings", {"steps": [
        {"delay_minutes": 60, "channels": ["sms", "sms"]}]})
    assert response.status_code == 400  # each channel once
    response = await shop.admin("PUT", "/recovery/settings", {"steps": [
        {"delay_minutes": 60, "channels": ["sms"], "sms_texts": {"hi": "आपका कार्ट:"}}]})
    assert response.status_code == 200, await response.get_json()


async def test_a_higher_limit_lets_a_longer_text_through(shop) -> None:
    text = "Test Shop: " + "your tea is still in the cart, come back soon! " * 6
    step = {"delay_minutes": 60, "channels": ["sms"], "sms_texts": {"en": text}}
    response = await shop.admin("PUT", "/recovery/settings", {"steps": [step]})
    assert response.status_code == 400
    assert (await _put(shop, {"max_segments": 3}))[0] == 200
    response = await shop.admin("PUT", "/recovery/settings", {"steps": [step]})
    assert response.status_code == 200, await response.get_json()


async def test_flow_texts_are_checked_for_length_and_placeholders(shop) -> None:
    before = (await Store.get(id=shop.store.id)).automations
    for texts, code in (({"en": "Price drop! " * 40}, "text_too_long"),
                        ({"en": "{store}: {nonsense} is cheaper:"}, "unknown_placeholder")):
        response = await shop.admin("PUT", "/automations/price_drop", {
            "enabled": True, "channels": ["push", "sms"], "sms_texts": texts})
        body = await response.get_json()
        assert response.status_code == 400 and body["error"]["code"] == code, body
    assert (await Store.get(id=shop.store.id)).automations == before
    response = await shop.admin("PUT", "/automations/price_drop", {
        "enabled": True, "channels": ["push", "whatsapp"],
        "sms_texts": {"en": "{store}: {product} now {new_price}:"}})
    assert response.status_code == 200, await response.get_json()


async def test_order_messages_do_not_go_by_text(shop) -> None:
    response = await shop.admin("PUT", "/recovery/settings", {
        "steps": [{"delay_minutes": 60, "channels": ["push"]}],
        "post_purchase": {"confirmation_channels": ["sms"]}})
    assert response.status_code == 400


async def test_consent_to_texts_needs_a_number_in_e164(shop) -> None:
    cart = await shop.new_cart()
    token = cart["token"]
    for phone in ("98765 43210", "0091 98765 43210", "+91"):
        response = await shop.widget("PATCH", f"/carts/{token}", {
            "phone": phone, "sms_consent": True, "name": "Asha"})
        body = await response.get_json()
        assert response.status_code == 400 and body["error"]["code"] == "invalid_phone", body
    saved = await Cart.get(token=token)
    assert (saved.phone, saved.sms_consent, saved.name) == ("", False, "")  # nothing saved
    response = await shop.widget("PATCH", f"/carts/{token}", {"sms_consent": "yes"})
    assert response.status_code == 400
    # without consent any number is kept as typed (the delivery form's phone)
    response = await shop.widget("PATCH", f"/carts/{token}", {"phone": "98765 43210"})
    assert (await response.get_json())["phone"] == "98765 43210"
    response = await shop.widget("PATCH", f"/carts/{token}", {"whatsapp_consent": True})
    assert response.status_code == 400  # the saved number is not E.164 either
    response = await shop.widget("PATCH", f"/carts/{token}", {
        "phone": "+91 98765 43210", "whatsapp_consent": True})
    view = await response.get_json()
    assert (view["phone"], view["whatsapp_consent"], view["sms_consent"]) == \
        ("+919876543210", True, False)


async def test_another_store_sees_only_its_own_settings(shop, client) -> None:
    assert (await _put(shop, {"webhook_url": WEBHOOK}))[0] == 200
    other = await create_store(TEST_SECRET, "Other Shop", ["http://other.test"])
    response = await client.get("/api/v1/text-messages/settings",
                                headers={"Authorization": f"Bearer {other.secret_key}"})
    assert (await response.get_json())["webhook_url"] == ""
    response = await client.put("/api/v1/text-messages/settings", json={"max_segments": 4},
                                headers={"Authorization": f"Bearer {other.secret_key}"})
    assert response.status_code == 200
    mine = await Store.get(id=shop.store.id)
    assert mine.text_messages == {"webhook_url": WEBHOOK, "max_segments": 2,
                                  "channels": ["sms", "whatsapp"]}


async def test_the_routes_need_the_secret_key_and_are_documented(shop, client) -> None:
    response = await client.get("/api/v1/text-messages/settings")
    assert response.status_code == 401
    response = await client.get("/api/v1/text-messages/settings",
                                headers={"Authorization": "Bearer " + shop.store.public_key})
    assert response.status_code == 401
    spec = await (await client.get("/openapi.json")).get_json()
    assert {"/api/v1/text-messages/settings", "/api/v1/text-messages/segments"} <= \
        set(spec["paths"])
    put = spec["paths"]["/api/v1/text-messages/settings"]["put"]
    assert "requestBody" in put


async def test_unticking_a_box_takes_the_consent_back_for_the_visitor_too(shop) -> None:
    cart = await shop.new_cart("visitor-0042")
    token = cart["token"]
    response = await shop.widget("PATCH", f"/carts/{token}", {
        "phone": "+91 98765 43210", "sms_consent": True, "whatsapp_consent": True})
    assert response.status_code == 200
    visitor = await Visitor.get(key="visitor-0042")
    assert (visitor.phone, visitor.sms_consent, visitor.whatsapp_consent) == (
        "+919876543210", True, True)
    response = await shop.widget("PATCH", f"/carts/{token}", {"sms_consent": False})
    view = await response.get_json()
    assert (view["sms_consent"], view["whatsapp_consent"]) == (False, True)
    response = await shop.widget("PATCH", f"/carts/{token}", {"whatsapp_consent": False,
                                                               "phone": "98765 43210"})
    view = await response.get_json()
    assert (view["sms_consent"], view["whatsapp_consent"]) == (False, False)
    visitor = await Visitor.get(key="visitor-0042")
    assert (visitor.sms_consent, visitor.whatsapp_consent) == (False, False)
    # a later cart of the same browser, typed into without the boxes, changes nothing
    other = (await shop.new_cart("visitor-0042"))["token"]
    await shop.widget("PATCH", f"/carts/{token}", {"sms_consent": True,
                                                   "phone": "+91 98765 43210"})
    await shop.widget("PATCH", f"/carts/{other}", {"name": "Asha"})
    assert (await Visitor.get(key="visitor-0042")).sms_consent is True
