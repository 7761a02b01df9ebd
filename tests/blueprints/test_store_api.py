"""The store API as a merchant's backend uses it with the secret key."""

from __future__ import annotations

import json

from server.models import Product
from server.widget_bundle import load_texts
from tests.conftest import ShopFixture


async def test_missing_or_wrong_secret_key_is_refused(shop: ShopFixture) -> None:
    for headers in ({}, {"Authorization": "Bearer sk_wrong"},
                    {"Authorization": shop.store.public_key}):
        response = await shop.client.get("/api/v1/products", headers=headers)
        assert response.status_code == 401
        assert (await response.get_json())["error"]["code"] == "invalid_key"


async def test_put_creates_then_updates_a_product(shop: ShopFixture) -> None:
    product = {"name": "Ginger tea", "price": 29900, "image_url": "https://cdn.shop.test/g.jpg",
               "url": "https://shop.test/ginger", "category": "tea", "stock": 7}
    created = await shop.admin("PUT", "/products/GINGER", product)
    assert created.status_code == 201
    updated = await shop.admin("PUT", "/products/GINGER", {**product, "price": 27900})
    assert updated.status_code == 200
    body = await (await shop.admin("GET", "/products/GINGER")).get_json()
    assert body["price"] == 27900 and body["stock"] == 7 and body["active"] is True


async def test_product_list_filters_and_pages(shop: ShopFixture) -> None:
    body = await (await shop.admin("GET", "/products?category=kitchen")).get_json()
    assert body["total"] == 2
    assert [p["sku"] for p in body["products"]] == ["KETTLE", "MUG"]
    page = await (await shop.admin("GET", "/products?limit=1&offset=1")).get_json()
    assert page["total"] == 3 and [p["sku"] for p in page["products"]] == ["MUG"]


async def test_delete_removes_the_product(shop: ShopFixture) -> None:
    assert (await shop.admin("DELETE", "/products/TEA")).status_code == 204
    assert (await shop.admin("GET", "/products/TEA")).status_code == 404
    assert (await shop.admin("DELETE", "/products/TEA")).status_code == 404


async def test_invalid_product_fields_are_refused_with_the_field_named(shop: ShopFixture) -> None:
    cases = [
        ({"name": "X", "price": -5}, "price"),
        ({"name": "X", "price": 12.5}, "price"),
        ({"name": "X", "price": "cheap"}, "price"),
        ({"name": "", "price": 100}, "name"),
        ({"name": "X", "price": 100, "image_url": "javascript:alert(1)"}, "image_url"),
        ({"name": "X", "price": 100, "colour": "red"}, "colour"),
    ]
    for body, field in cases:
        response = await shop.admin("PUT", "/products/BAD", body)
        error = (await response.get_json())["error"]
        assert response.status_code == 400, body
        assert error["code"] == "invalid_request" and field in error["message"], error
    assert not await Product.exists(sku="BAD")


async def test_bulk_upsert_is_all_or_nothing(shop: ShopFixture) -> None:
    good = {"sku": "NEW1", "name": "New", "price": 100}
    bad = {"sku": "NEW2", "name": "Bad", "price": -1}
    response = await shop.admin("POST", "/products/bulk", {"products": [good, bad]})
    assert response.status_code == 400
    assert not await Product.exists(sku="NEW1")
    response = await shop.admin("POST", "/products/bulk", {"products": [good, {**good, "price": 5}]})
    assert (await response.get_json())["error"]["code"] == "duplicate_sku"
    response = await shop.admin("POST", "/products/bulk",
                                {"products": [good, {"sku": "MUG", "name": "Mug", "price": 1}]})
    assert await response.get_json() == {"created": 1, "updated": 1}


async def test_store_b_cannot_see_store_a_products(shop: ShopFixture) -> None:
    from server.stores import create_store
    from tests.conftest import TEST_SECRET

    other = await create_store(TEST_SECRET, "Other", ["https://other.test"])
    headers = {"Authorization": f"Bearer {other.secret_key}"}
    assert (await shop.client.get("/api/v1/products/MUG", headers=headers)).status_code == 404
    listing = await (await shop.client.get("/api/v1/products", headers=headers)).get_json()
    assert listing == {"products": [], "total": 0}


async def test_store_settings_never_show_the_secret_key(shop: ShopFixture) -> None:
    response = await shop.admin("GET", "/store")
    text = (await response.get_data()).decode()
    assert shop.secret_key not in text
    assert (await response.get_json())["secret_key_hint"].endswith(shop.secret_key[-4:])


async def test_store_settings_update_validates_each_field(shop: ShopFixture) -> None:
    ok = await shop.admin("PATCH", "/store", {
        "payment_methods": ["pix", "card"], "trust": {"returns": "30-day returns"},
        "allowed_origins": ["https://Shop.Example.com/any/path"],
    })
    body = await ok.get_json()
    assert body["payment_methods"] == ["pix", "card"]
    assert body["allowed_origins"] == ["https://shop.example.com"]
    for bad, code in [({"payment_methods": ["bitcoin"]}, "invalid_payment_method"),
                      ({"currency": "XYZ"}, "invalid_currency"),
                      ({"timezone": "Mars/Olympus"}, "invalid_timezone"),
                      ({"allowed_origins": ["ftp://x"]}, "invalid_origin"),
                      ({"branding": {"color": "red;background:url(x)"}}, "invalid_branding")]:
        response = await shop.admin("PATCH", "/store", bad)
        assert (await response.get_json())["error"]["code"] == code


async def test_shipping_and_tax_rules_round_trip(shop: ShopFixture) -> None:
    rules = await (await shop.admin("GET", "/shipping-rules")).get_json()
    assert {r["country"] for r in rules["rules"]} == {"IN", None}
    dup = await shop.admin("PUT", "/shipping-rules", {"rules": [{"country": "IN", "rate": 1},
                                                                {"country": "in", "rate": 2}]})
    assert (await dup.get_json())["error"]["code"] == "duplicate_shipping_rule"
    taxes = await (await shop.admin("PUT", "/tax-rates", {
        "prices_include_tax": False,
        "rates": [{"country": "US", "region": "CA", "rate_bp": 725, "name": "Sales tax"}],
    })).get_json()
    assert taxes["prices_include_tax"] is False and taxes["rates"][0]["region"] == "CA"


async def test_only_ships_where_a_rule_says(shop: ShopFixture) -> None:
    await shop.admin("PUT", "/shipping-rules", {"rules": [{"country": "IN", "rate": 4900}]})
    token = (await shop.new_cart())["token"]
    response = await shop.widget("PATCH", f"/carts/{token}", {"address": {"country": "FR"}})
    assert (await response.get_json())["error"]["code"] == "no_shipping_to_country"


async def test_discount_codes_are_created_listed_and_deleted(shop: ShopFixture) -> None:
    created = await shop.admin("POST", "/discount-codes", {"code": "ship-free",
                                                           "kind": "free_shipping"})
    assert created.status_code == 201
    again = await shop.admin("POST", "/discount-codes", {"code": "SHIP-FREE",
                                                         "kind": "free_shipping"})
    assert again.status_code == 409
    bad = await shop.admin("POST", "/discount-codes", {"code": "HALF", "kind": "percent",
                                                       "value": 150})
    assert (await bad.get_json())["error"]["code"] == "invalid_discount"
    listing = await (await shop.admin("GET", "/discount-codes")).get_json()
    assert [d["code"] for d in listing["discount_codes"]] == ["SHIP-FREE"]
    assert (await shop.admin("DELETE", "/discount-codes/ship-free")).status_code == 204


async def test_openapi_document_and_health_are_served(client) -> None:
    doc = await (await client.get("/openapi.json")).get_json()
    assert "/api/v1/products/{sku}" in doc["paths"]
    assert "/api/v1/carts/{token}/items" in doc["paths"]
    assert (await client.get("/healthz")).status_code == 200


async def test_unknown_route_is_a_json_404(client) -> None:
    response = await client.get("/api/v1/nothing-here")
    assert response.status_code == 404
    assert (await response.get_json())["error"]["code"] == "not_found"


async def test_widget_js_is_compressed_cached_and_localized(client) -> None:
    response = await client.get("/widget.js", headers={"Accept-Encoding": "gzip, br"})
    assert response.headers["Content-Encoding"] == "gzip"
    assert "max-age" in response.headers["Cache-Control"]
    body = (await (await client.get("/widget.js")).get_data()).decode()
    assert "Checkout" in body and "चेकआउट" not in body  # English; the rest with the config
    for lang, word in (("hi", "चेकआउट"), ("bn", "চেকআউট"), ("gu", "ચેકઆઉટ"), ("ur", "چیک آؤٹ")):
        texts = load_texts().by_language[lang]
        assert word in json.dumps(texts, ensure_ascii=False), lang
    again = await client.get("/widget.js", headers={"If-None-Match": response.headers["ETag"]})
    assert again.status_code == 304
