"""The widget API as the checkout widget uses it from a shopper's browser."""

from __future__ import annotations

from datetime import timedelta

from server.models import Cart, DiscountCode, DiscountKind
from server.widget_bundle import load_texts
from tests.conftest import ShopFixture


async def test_breakdown_is_complete_on_the_first_look(shop: ShopFixture) -> None:
    cart = await shop.new_cart()
    cart = await (await shop.add(cart["token"], "MUG", 1)).get_json()
    b = cart["breakdown"]
    assert b["subtotal"] == 50000
    assert b["shipping"] == 4900 and b["shipping_is_estimate"] is True
    assert b["tax"] == 7627 and b["tax_included"] is True and b["tax_name"] == "GST"
    assert b["discount"] == 0
    assert b["total"] == 54900
    assert cart["currency"] == "INR" and cart["currency_exponent"] == 2


async def test_prices_sent_by_the_browser_are_ignored(shop: ShopFixture) -> None:
    cart = await shop.new_cart()
    response = await shop.widget("POST", f"/carts/{cart['token']}/items",
                                 {"sku": "MUG", "quantity": 2, "price": 1, "total": 1})
    body = await response.get_json()
    assert response.status_code == 200
    assert body["items"][0]["unit_price"] == 50000
    assert body["breakdown"]["subtotal"] == 100000


async def test_quantity_edit_and_remove_recompute_the_total(shop: ShopFixture) -> None:
    token = (await shop.new_cart())["token"]
    await shop.add(token, "TEA", 1)
    body = await (await shop.widget("PUT", f"/carts/{token}/items/TEA", {"quantity": 3})).get_json()
    assert body["item_count"] == 3 and body["breakdown"]["subtotal"] == 3 * 34900
    assert body["breakdown"]["shipping"] == 0  # 1047 is above the free-shipping threshold
    body = await (await shop.widget("DELETE", f"/carts/{token}/items/TEA")).get_json()
    assert body["items"] == [] and body["breakdown"]["total"] == 0


async def test_unknown_sku_is_a_clear_404(shop: ShopFixture) -> None:
    token = (await shop.new_cart())["token"]
    response = await shop.add(token, "NOPE")
    assert response.status_code == 404
    assert (await response.get_json())["error"]["code"] == "unknown_sku"


async def test_zero_negative_and_absurd_quantities_are_refused(shop: ShopFixture) -> None:
    token = (await shop.new_cart())["token"]
    for quantity in (0, -1, 1000, 10**12):
        response = await shop.add(token, "TEA", quantity)
        error = (await response.get_json())["error"]
        assert response.status_code == 400, quantity
        assert error["code"] == "invalid_request" and "quantity" in error["message"]
    cart = await (await shop.widget("GET", f"/carts/{token}")).get_json()
    assert cart["items"] == []


async def test_more_than_the_stock_is_refused_with_what_is_left(shop: ShopFixture) -> None:
    token = (await shop.new_cart())["token"]
    response = await shop.add(token, "KETTLE", 3)
    error = (await response.get_json())["error"]
    assert response.status_code == 409
    assert error["code"] == "out_of_stock" and error["details"] == {"sku": "KETTLE", "available": 2}


async def test_email_is_saved_as_soon_as_it_is_valid(shop: ShopFixture, clock) -> None:
    token = (await shop.new_cart())["token"]
    await shop.add(token, "MUG")
    response = await shop.widget("PATCH", f"/carts/{token}",
                                 {"email": "Asha@Example.com", "marketing_consent": True})
    assert response.status_code == 200
    stored = await Cart.get(token=token)
    assert stored.email == "asha@example.com"
    assert stored.marketing_consent is True
    assert stored.email_captured_at == clock.now()


async def test_invalid_email_is_refused_and_nothing_is_saved(shop: ShopFixture) -> None:
    token = (await shop.new_cart())["token"]
    response = await shop.widget("PATCH", f"/carts/{token}", {"email": "asha@", "name": "Asha"})
    assert response.status_code == 400
    assert (await response.get_json())["error"]["message"].startswith("Request body is invalid at 'email'")
    stored = await Cart.get(token=token)
    assert stored.email is None and stored.name == ""


async def test_returning_visitor_finds_their_details_filled_in(shop: ShopFixture) -> None:
    await shop.ready_to_order()
    again = await shop.new_cart()
    assert again["email"] == "asha@example.com"
    assert again["name"] == "Asha Rao"
    assert again["address"]["city"] == "Bengaluru"
    stranger = await shop.new_cart(visitor_id="someone-else-01")
    assert stranger["email"] is None


async def test_exact_shipping_replaces_the_estimate_once_the_country_is_known(shop: ShopFixture) -> None:
    cart = await shop.ready_to_order(country="US")
    assert cart["breakdown"]["shipping_is_estimate"] is False
    assert cart["breakdown"]["shipping"] == 150000
    assert cart["breakdown"]["tax"] == 0  # no US tax rate configured


async def test_discount_code_applies_and_shows_in_the_breakdown(shop: ShopFixture) -> None:
    await shop.admin("POST", "/discount-codes", {"code": "TEN", "kind": "percent", "value": 10})
    token = (await shop.new_cart())["token"]
    await shop.add(token, "MUG", 2)
    body = await (await shop.widget("PATCH", f"/carts/{token}", {"discount_code": "ten"})).get_json()
    assert body["breakdown"]["discount_code"] == "TEN"
    assert body["breakdown"]["discount"] == 10000
    # 900 after the discount is below the 999 free-shipping threshold, so shipping is charged
    assert body["breakdown"]["shipping"] == 4900
    assert body["breakdown"]["total"] == 100000 - 10000 + 4900


async def test_unknown_expired_and_used_up_codes_get_one_and_the_same_answer(shop: ShopFixture, clock) -> None:
    await DiscountCode.create(store=shop.store, code="OLD", kind=DiscountKind.PERCENT, value=5,
                              expires_at=clock.now() - timedelta(minutes=1))
    await DiscountCode.create(store=shop.store, code="SPENT", kind=DiscountKind.PERCENT, value=5,
                              usage_limit=1, times_used=1)
    token = (await shop.new_cart())["token"]
    answers = []
    for code in ("OLD", "SPENT", "NOSUCHCODE"):
        response = await shop.widget("PATCH", f"/carts/{token}", {"discount_code": code})
        assert response.status_code == 400
        error = (await response.get_json())["error"]
        answers.append((error["code"], error["message"].replace(code, "CODE")))
    assert answers == [("invalid_discount", "the code 'CODE' cannot be used")] * 3


async def test_discount_codes_cannot_be_guessed_by_trying_many(shop: ShopFixture) -> None:
    token = (await shop.new_cart())["token"]
    statuses = [(await shop.widget("PATCH", f"/carts/{token}", {"discount_code": f"GUESS{i}"})
                 ).status_code for i in range(10)]
    assert statuses == [400] * 10
    limited = await shop.widget("PATCH", f"/carts/{token}", {"discount_code": "GUESS10"})
    assert limited.status_code == 429 and int(limited.headers["Retry-After"]) > 0
    assert (await limited.get_json())["error"]["code"] == "rate_limited"
    # the cart goes on working for everything else
    assert (await shop.widget("PATCH", f"/carts/{token}", {"name": "Asha"})).status_code == 200
    # a new cart from the same address has its own 10, up to the address's 30 an hour
    for cart_number in range(2):
        other = (await shop.new_cart())["token"]
        for i in range(10):
            response = await shop.widget("PATCH", f"/carts/{other}", {"discount_code": f"G{i}"})
            assert response.status_code == 400, (cart_number, i)
    last = (await shop.new_cart())["token"]
    assert (await shop.widget("PATCH", f"/carts/{last}", {"discount_code": "G"})).status_code == 429


async def test_code_that_expires_after_being_applied_stops_counting(shop: ShopFixture, clock) -> None:
    await DiscountCode.create(store=shop.store, code="SOON", kind=DiscountKind.FIXED, value=1000,
                              expires_at=clock.now() + timedelta(hours=1))
    token = (await shop.new_cart())["token"]
    await shop.add(token, "MUG")
    body = await (await shop.widget("PATCH", f"/carts/{token}", {"discount_code": "SOON"})).get_json()
    assert body["breakdown"]["discount"] == 1000
    clock.advance(hours=2)
    body = await (await shop.widget("GET", f"/carts/{token}")).get_json()
    assert body["breakdown"]["discount"] == 0
    assert body["discount_error"] == "discount_expired"  # the shopper had it: they may know


async def test_unknown_discount_code_is_refused(shop: ShopFixture) -> None:
    token = (await shop.new_cart())["token"]
    response = await shop.widget("PATCH", f"/carts/{token}", {"discount_code": "FREEMONEY"})
    assert (await response.get_json())["error"]["code"] == "invalid_discount"


async def test_origin_the_store_did_not_allow_is_refused(shop: ShopFixture) -> None:
    response = await shop.widget("POST", "/carts", {}, headers={"Origin": "https://evil.test"})
    assert response.status_code == 403
    assert (await response.get_json())["error"]["code"] == "origin_not_allowed"
    assert "Access-Control-Allow-Origin" not in response.headers
    assert await Cart.all().count() == 0


async def test_allowed_origin_gets_cors_headers_and_preflight(shop: ShopFixture) -> None:
    response = await shop.widget("POST", "/carts", {})
    assert response.headers["Access-Control-Allow-Origin"] == shop.origin
    preflight = await shop.client.options("/api/v1/carts", headers={
        "Origin": shop.origin, "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type,x-pushcart-key",
    })
    assert preflight.status_code == 204
    assert preflight.headers["Access-Control-Allow-Origin"] == shop.origin
    assert "X-Pushcart-Key" in preflight.headers["Access-Control-Allow-Headers"]
    refused = await shop.client.options("/api/v1/carts", headers={
        "Origin": "https://evil.test", "Access-Control-Request-Method": "POST"})
    assert "Access-Control-Allow-Origin" not in refused.headers


async def test_wrong_public_key_is_refused(shop: ShopFixture) -> None:
    response = await shop.client.post("/api/v1/carts", json={},
                                      headers={"X-Pushcart-Key": "pk_wrong", "Origin": shop.origin})
    assert response.status_code == 401
    assert (await response.get_json())["error"]["code"] == "invalid_key"


async def test_malformed_json_gets_a_json_error(shop: ShopFixture) -> None:
    response = await shop.client.post(
        "/api/v1/carts", data=b"{not json", headers={**shop.public_headers,
                                                     "Content-Type": "application/json"})
    assert response.status_code == 400
    assert (await response.get_json())["error"]["code"] in {"bad_request", "invalid_json"}


async def test_oversized_body_is_refused(shop: ShopFixture) -> None:
    big = {"visitor_id": "visitor-0001", "padding": "x" * (70 * 1024)}
    response = await shop.widget("POST", "/carts", big)
    assert response.status_code == 413
    assert (await response.get_json())["error"]["code"] == "body_too_large"


async def test_carts_are_invisible_to_other_stores(shop: ShopFixture) -> None:
    from server.stores import create_store
    from tests.conftest import TEST_SECRET

    token = (await shop.new_cart())["token"]
    other = await create_store(TEST_SECRET, "Other", [shop.origin])
    response = await shop.client.get(f"/api/v1/carts/{token}", headers={
        "X-Pushcart-Key": other.store.public_key, "Origin": shop.origin})
    assert response.status_code == 404


async def test_signed_link_restores_the_cart_and_tampering_is_refused(shop: ShopFixture) -> None:
    token = (await shop.new_cart())["token"]
    await shop.add(token, "TEA", 2)
    link = (await (await shop.widget("POST", f"/carts/{token}/link")).get_json())["link"]
    restored = await (await shop.widget("POST", "/carts/restore", {"link": link})).get_json()
    assert restored["token"] == token and restored["item_count"] == 2
    tampered = link[:-3] + ("AAA" if not link.endswith("AAA") else "BBB")
    response = await shop.widget("POST", "/carts/restore", {"link": tampered})
    assert response.status_code == 400
    assert (await response.get_json())["error"]["code"] == "invalid_link"


async def test_widget_config_carries_no_secret(shop: ShopFixture) -> None:
    response = await shop.widget("GET", "/widget/config")
    text = (await response.get_data()).decode()
    body = await response.get_json()
    assert body["payment_methods"] == ["upi", "card", "cash_on_delivery"]
    assert body["vapid_public_key"] == shop.store.vapid_public_key
    assert shop.secret_key not in text and "PRIVATE KEY" not in text and "sk_" not in text


async def test_widget_config_brings_the_shoppers_language_once(shop: ShopFixture) -> None:
    texts = load_texts()
    english = await (await shop.widget("GET", "/widget/config?lang=en-GB,en-US")).get_json()
    assert english["lang"] == "en" and "texts" not in english  # widget.js carries English
    urdu = await (await shop.widget("GET", "/widget/config?lang=ur,en-US")).get_json()
    assert urdu["lang"] == "ur" and urdu["texts"] == texts.by_language["ur"]
    kept = await (await shop.widget(
        "GET", f"/widget/config?lang=ur,en-US&have=ur.{texts.version}")).get_json()
    assert kept["lang"] == "ur" and "texts" not in kept
    stale = await (await shop.widget("GET", "/widget/config?lang=ur&have=ur.0000000000")).get_json()
    assert stale["texts"] == texts.by_language["ur"]
    # a page in a language Pushcart does not speak: the store's (en-IN here), not the browser's
    assert (await (await shop.widget("GET", "/widget/config?lang=fr,hi")).get_json())["lang"] == "en"
    refused = await shop.widget("GET", "/widget/config?lang=" + "x" * 81)
    assert refused.status_code == 400


async def test_without_a_mail_server_notify_me_offers_push_only(shop: ShopFixture) -> None:
    await shop.admin("PUT", "/products/MUG", {"name": "Blue mug", "price": 50000, "stock": 0})
    config = await (await shop.widget("GET", "/widget/config")).get_json()
    assert config["stock_alerts"] == ["push"]
    response = await shop.widget("POST", "/products/MUG/alerts", {
        "visitor_id": "visitor-0001", "channel": "email", "email": "a@example.com",
        "consent": True})
    assert response.status_code == 409
    assert (await response.get_json())["error"]["code"] == "channel_unavailable"
