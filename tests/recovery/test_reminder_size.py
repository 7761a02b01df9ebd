"""A reminder text too large for a push message is refused when the sequence is saved, in the
store API as in the admin console, and nothing is saved."""

from __future__ import annotations

from server.models import Store
from tests.conftest import ShopFixture

EMOJI = "\N{TEACUP WITHOUT HANDLE}"  # four bytes in UTF-8


async def test_a_reminder_text_too_large_for_a_push_is_refused(shop: ShopFixture) -> None:
    settings = await (await shop.admin("GET", "/recovery/settings")).get_json()
    settings["steps"][1]["texts"] = {"ur": {"title": EMOJI * 80, "body": EMOJI * 300}}
    response = await shop.admin("PUT", "/recovery/settings", settings)
    error = (await response.get_json())["error"]
    assert response.status_code == 400 and error["code"] == "payload_too_large"
    assert error["message"].startswith("steps[2].texts.ur: ") and "at most 2912" in error["message"]
    assert (await Store.get(id=shop.store.id)).recovery == shop.store.recovery


async def test_a_long_text_that_fits_is_saved(shop: ShopFixture) -> None:
    settings = await (await shop.admin("GET", "/recovery/settings")).get_json()
    settings["steps"][1]["texts"] = {"ur": {"title": "آپ کا سامان منتظر ہے" * 4,
                                            "body": "آپ کی ٹوکری میں چیزیں منتظر ہیں۔ " * 9}}
    assert (await shop.admin("PUT", "/recovery/settings", settings)).status_code == 200
