"""The catalog in the admin console: search, edit, CSV export and import with a per-row report."""

from __future__ import annotations

import csv
import io
import re

from server.models import Product
from tests.blueprints.admin.conftest import Browser, Team
from tests.conftest import ShopFixture, found

GOOD_AND_BAD = (
    "sku,name,price,category,stock,active\n"
    "CHAI,Masala chai,249.00,tea,40,yes\n"
    "TEA,Assam tea (new label),359.50,tea,,yes\n"
    "BAD SKU,Spaces in the SKU,10,tea,,yes\n"
    "CUP,Clay cup,12.345,kitchen,,yes\n"
    "POT,Tea pot,abc,kitchen,3,yes\n"
    "JAR,Jar,99,kitchen,-2,yes\n"
    "CHAI,Masala chai again,250,tea,,yes\n"
)


async def _import(browser: Browser, store_id: int, text: str | bytes, **form: str) -> tuple[int, str]:
    from werkzeug.datastructures import FileStorage

    token = await browser.token(f"/admin/stores/{store_id}/catalog")
    data = text.encode() if isinstance(text, str) else text
    response = await browser.client.post(
        f"/admin/stores/{store_id}/catalog/import", form={"csrf_token": token, **form},
        files={"file": FileStorage(io.BytesIO(data), filename="products.csv",
                                   content_type="text/csv")})
    return response.status_code, await response.get_data(as_text=True)


def _errors(page: str) -> list[tuple[str, str, str]]:
    table = found(r'data-table="import-errors">(.*?)</table>', page, flags=re.S)
    return re.findall(r"<tr><td class=\"num\">(\d+)</td><td>([^<]*)</td><td class=\"wrap\">"
                      r"([^<]*)</td></tr>", table)


async def test_a_csv_with_bad_rows_imports_nothing_and_says_which_and_why(browser: Browser, shop: ShopFixture, team: Team) -> None:
    await browser.sign_in(team.staff)
    status, page = await _import(browser, shop.store.id, GOOD_AND_BAD)
    assert status == 400 and "Nothing was imported: 5 of 7 rows have problems" in page
    errors = _errors(page)
    assert [(line, sku) for line, sku, _ in errors] == [
        ("4", "BAD SKU"), ("5", "CUP"), ("6", "POT"), ("7", "JAR"), ("8", "CHAI")]
    reasons = [reason for *_, reason in errors]
    assert "sku: String should match pattern" in reasons[0]
    assert "more than 2 decimals" in reasons[1]
    assert "“abc” is not a number" in reasons[2]
    assert "stock: Input should be greater than or equal to 0" in reasons[3]
    assert "appears twice" in reasons[4]
    assert not await Product.exists(store=shop.store, sku="CHAI")
    assert (await Product.get(store=shop.store, sku="TEA")).name == "Assam tea"

    status, page = await _import(browser, shop.store.id, GOOD_AND_BAD, skip_bad_rows="1")
    assert status == 200 and "Imported: 1 new, 1 updated. 5 bad rows were skipped." in page
    chai = await Product.get(store=shop.store, sku="CHAI")
    assert (chai.name, chai.price, chai.stock, chai.category) == ("Masala chai", 24900, 40, "tea")
    tea = await Product.get(store=shop.store, sku="TEA")
    assert (tea.name, tea.price, tea.stock) == ("Assam tea (new label)", 35950, None)


async def test_unreadable_files_are_explained(browser: Browser, shop: ShopFixture, team: Team) -> None:
    await browser.sign_in(team.owner)
    for content, message in (
        (b"\xff\xfe\x00n\x00a", "not UTF-8"),
        ("name,price\nMug,5\n", "sku is missing"),
        ("sku,name,price\n", "no product rows"),
    ):
        status, page = await _import(browser, shop.store.id, content)
        assert status == 400 and message in page, message
    assert await Product.filter(store=shop.store).count() == 3


async def test_export_then_import_round_trips_and_semicolons_and_bom_are_read(browser: Browser, shop: ShopFixture, team: Team) -> None:
    await browser.sign_in(team.owner)
    exported = await (await browser.get(f"/admin/stores/{shop.store.id}/catalog.csv")
                      ).get_data(as_text=True)
    rows = list(csv.DictReader(io.StringIO(exported)))
    assert [(r["sku"], r["price"], r["stock"]) for r in rows] == [
        ("KETTLE", "2499.00", "2"), ("MUG", "500.00", "10"), ("TEA", "349.00", "")]
    edited = exported.replace("Blue mug", "Blue mug, large").replace(",", ";")
    edited = edited.replace("Blue mug; large", "Blue mug, large")  # a comma inside a name
    status, page = await _import(browser, shop.store.id, "\ufeff" + edited)
    assert status == 200, page
    assert "Imported: 0 new, 3 updated." in page
    assert (await Product.get(store=shop.store, sku="MUG")).name == "Blue mug, large"


async def test_search_edit_and_add_a_product(browser: Browser, shop: ShopFixture, team: Team) -> None:
    await browser.sign_in(team.staff)
    page = await browser.page(f"/admin/stores/{shop.store.id}/catalog?q=kitchen")
    assert re.findall(r'data-sku="([^"]+)"', page) == ["KETTLE", "MUG"]
    edit = f"/admin/stores/{shop.store.id}/catalog/MUG/edit"
    assert 'value="500.00"' in await browser.page(edit)
    response = await browser.post(f"/admin/stores/{shop.store.id}/catalog", {
        "original_sku": "MUG", "sku": "HACKED", "name": "Blue mug", "price": "450",
        "stock": "8", "active": "1", "category": "kitchen"}, token_from=edit)
    assert response.status_code == 302
    mug = await Product.get(store=shop.store, sku="MUG")  # the SKU of a product is fixed
    assert (mug.price, mug.stock) == (45000, 8)
    response = await browser.post(f"/admin/stores/{shop.store.id}/catalog", {
        "sku": "MUG", "name": "Duplicate", "price": "1"}, token_from=edit)
    assert response.status_code == 400 and "exists" in await response.get_data(as_text=True)
    response = await browser.post(f"/admin/stores/{shop.store.id}/catalog", {
        "sku": "SPOON", "name": "<script>x</script>", "price": "-1"}, token_from=edit)
    page = await response.get_data(as_text=True)
    assert response.status_code == 400 and "&lt;script&gt;" in page and "<script>x" not in page
    response = await browser.post(f"/admin/stores/{shop.store.id}/catalog", {
        "sku": "SPOON", "name": "Brass spoon", "price": "79.90", "active": "1"},
        token_from=edit)
    assert response.status_code == 302
    assert (await Product.get(store=shop.store, sku="SPOON")).price == 7990


async def test_another_stores_catalog_is_out_of_reach(browser: Browser, shop: ShopFixture, team: Team) -> None:
    await browser.sign_in(team.other_owner)
    assert (await browser.get(f"/admin/stores/{shop.store.id}/catalog")).status_code == 404
    assert (await browser.get(f"/admin/stores/{shop.store.id}/catalog.csv")).status_code == 404
    status, _ = await _import(browser, team.other_store_id, "sku,name,price\nMUG,Stolen,1\n")
    assert status == 200  # into the other store's own catalog
    assert (await Product.get(store=shop.store, sku="MUG")).name == "Blue mug"


async def test_a_catalog_larger_than_an_api_body_can_be_imported(browser: Browser, shop: ShopFixture, team: Team) -> None:
    lines = ["sku,name,price,category,image_url"] + [
        f"SKU-{i:05d},Product number {i},{i}.99,bulk,https://cdn.shop.test/img/{i:05d}.jpg"
        for i in range(1500)]
    text = "\n".join(lines)
    assert len(text) > 100 * 1024  # over PUSHCART_MAX_BODY_BYTES (64 KiB) of the APIs
    await browser.sign_in(team.owner)
    status, page = await _import(browser, shop.store.id, text)
    assert status == 200 and "Imported: 1500 new, 0 updated." in page
    assert await Product.filter(store=shop.store, category="bulk").count() == 1500
    too_big = await shop.widget("POST", "/carts", {"padding": "x" * len(text)})
    assert too_big.status_code == 413


async def test_how_long_a_product_lasts_is_set_by_csv_and_form(browser: Browser, shop: ShopFixture, team: Team) -> None:
    await browser.sign_in(team.owner)
    status, page = await _import(browser, shop.store.id, (
        "sku,name,price,replenish_days\nTEA,Assam tea,349,30\nCHAI,Masala chai,249,\n"
        "SOAP,Neem soap,99,often\n"))
    assert status == 400
    assert [(line, sku) for line, sku, _ in _errors(page)] == [("4", "SOAP")]
    status, page = await _import(browser, shop.store.id, (
        "sku,name,price,replenish_days\nTEA,Assam tea,349,30\nCHAI,Masala chai,249,\n"))
    assert status == 200, page
    tea = await Product.get(store=shop.store, sku="TEA")
    chai = await Product.get(store=shop.store, sku="CHAI")
    assert (tea.replenish_days, chai.replenish_days) == (30, None)
    exported = await (await browser.get(f"/admin/stores/{shop.store.id}/catalog.csv")
                      ).get_data(as_text=True)
    assert {r["sku"]: r["replenish_days"] for r in csv.DictReader(io.StringIO(exported))}[
        "TEA"] == "30"
    edit = f"/admin/stores/{shop.store.id}/catalog/TEA/edit"
    assert 'name="replenish_days"' in await browser.page(edit)
    response = await browser.post(f"/admin/stores/{shop.store.id}/catalog", {
        "original_sku": "TEA", "name": "Assam tea", "price": "349", "active": "1",
        "replenish_days": "400"}, token_from=edit)
    assert response.status_code == 400
    assert 'id="replenish_days-error"' in await response.get_data(as_text=True)
    response = await browser.post(f"/admin/stores/{shop.store.id}/catalog", {
        "original_sku": "TEA", "name": "Assam tea", "price": "349", "active": "1",
        "replenish_days": "45"}, token_from=edit)
    assert response.status_code == 302
    assert (await Product.get(store=shop.store, sku="TEA")).replenish_days == 45
