"""A store's checkout rules: shipping rates, tax rates and discount codes, and how one is chosen."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tortoise.signals import post_delete, post_save
from tortoise.transactions import in_transaction

from server.caching import ReadCache
from server.checkout.pricing import Discount, ShippingOption, TaxRule
from server.checkout.schemas import DiscountCodeIn, ShippingRuleIn, TaxRateIn
from server.errors import ApiError, Conflict, NotFound
from server.models import DiscountCode, DiscountKind, ShippingRule, Store, TaxRate


def normalize_code(code: str) -> str:
    return code.strip().upper()


async def replace_shipping_rules(store: Store, rules: list[ShippingRuleIn]) -> list[ShippingRule]:
    countries = [r.country.upper() if r.country else None for r in rules]
    if len(set(countries)) != len(countries):
        raise ApiError("each country (and the default, null) may have one shipping rule only",
                       code="duplicate_shipping_rule")
    async with in_transaction():
        await ShippingRule.filter(store=store).delete()
        for rule, country in zip(rules, countries, strict=True):
            await ShippingRule.create(store=store, country=country, rate=rule.rate,
                                      free_above=rule.free_above, name=rule.name)
    rules_cache.forget()  # again now it is committed: a read in between saw the old rules
    return await ShippingRule.filter(store=store).order_by("id")


async def replace_tax_rates(store: Store, rates: list[TaxRateIn]) -> list[TaxRate]:
    keys = [(r.country.upper(), r.region.upper()) for r in rates]
    if len(set(keys)) != len(keys):
        raise ApiError("each country/region may have one tax rate only", code="duplicate_tax_rate")
    async with in_transaction():
        await TaxRate.filter(store=store).delete()
        for rate, (country, region) in zip(rates, keys, strict=True):
            await TaxRate.create(store=store, country=country, region=region, name=rate.name,
                                 rate_bp=rate.rate_bp, applies_to_shipping=rate.applies_to_shipping)
    rules_cache.forget()  # again now it is committed: a read in between saw the old rules
    return await TaxRate.filter(store=store).order_by("id")


async def create_discount_code(store: Store, data: DiscountCodeIn) -> DiscountCode:
    code = normalize_code(data.code)
    if data.kind == DiscountKind.PERCENT and not 0 < data.value <= 100:
        raise ApiError("a percent discount's value is between 1 and 100", code="invalid_discount")
    if data.kind == DiscountKind.FIXED and data.value <= 0:
        raise ApiError("a fixed discount's value is a positive amount in minor units",
                       code="invalid_discount")
    if await DiscountCode.exists(store=store, code=code):
        raise Conflict(f"discount code '{code}' already exists", code="duplicate_discount")
    return await DiscountCode.create(
        store=store, code=code, kind=data.kind, value=data.value,
        min_subtotal=data.min_subtotal, expires_at=data.expires_at, usage_limit=data.usage_limit,
    )


async def delete_discount_code(store: Store, code: str) -> None:
    code = normalize_code(code)
    if len(code) > 40 or not await DiscountCode.filter(store=store, code=code).delete():
        raise NotFound(f"no discount code '{code}'", code="unknown_discount")


def discount_view(d: DiscountCode) -> dict[str, Any]:
    return {
        "code": d.code, "kind": d.kind.value, "value": d.value, "min_subtotal": d.min_subtotal,
        "expires_at": d.expires_at.isoformat() if d.expires_at else None,
        "usage_limit": d.usage_limit, "times_used": d.times_used, "active": d.is_active,
    }


def shipping_view(r: ShippingRule) -> dict[str, Any]:
    return {"country": r.country, "name": r.name, "rate": r.rate, "free_above": r.free_above}


def tax_view(t: TaxRate) -> dict[str, Any]:
    return {"country": t.country, "region": t.region, "name": t.name, "rate_bp": t.rate_bp,
            "applies_to_shipping": t.applies_to_shipping}


class DiscountRefused(ApiError):
    """A code a shopper may not use. Its answer is the same whether the code does not exist,
    expired or was used up, so that trying codes tells nothing; `reason` keeps which, for
    those who hold the code already (a reminder's signed link)."""

    def __init__(self, code: str, reason: str) -> None:
        super().__init__(f"the code '{code[:40]}' cannot be used", code="invalid_discount")
        self.reason = reason


async def usable_discount(store: Store, code: str, now: datetime) -> DiscountCode:
    """The code if a shopper may use it now, else DiscountRefused."""
    code = normalize_code(code)
    discount = await DiscountCode.get_or_none(store=store, code=code) if len(code) <= 40 else None
    if discount is None or not discount.is_active:
        raise DiscountRefused(code, "unknown_discount")
    if discount.expires_at is not None and discount.expires_at <= now:
        raise DiscountRefused(code, "discount_expired")
    if discount.usage_limit is not None and discount.times_used >= discount.usage_limit:
        raise DiscountRefused(code, "discount_used_up")
    return discount


def as_pricing_discount(discount: DiscountCode) -> Discount:
    return Discount(code=discount.code, kind=discount.kind, value=discount.value,
                    min_subtotal=discount.min_subtotal)


@dataclass(frozen=True)
class StoreRules:
    """A store's shipping rules and tax rates, as the quote of a cart chooses from them."""

    shipping: list[ShippingRule]
    tax: list[TaxRate]

    def shipping_for(self, store: Store, country: str | None) -> ShippingOption | None:
        wanted = (country or store.country).upper()
        chosen = next((r for r in self.shipping if r.country == wanted), None)
        chosen = chosen or next((r for r in self.shipping if r.country is None), None)
        if chosen is None:
            return None
        return ShippingOption(rate=chosen.rate, free_above=chosen.free_above, name=chosen.name)

    def ships_to(self, country: str) -> bool:
        if not self.shipping:
            return True  # a store with no shipping rules ships everywhere for free
        return any(r.country in (None, country.upper()) for r in self.shipping)

    def tax_for(self, store: Store, country: str | None, region: str | None) -> TaxRule | None:
        wanted_country = (country or store.country).upper()
        rates = [t for t in self.tax if t.country == wanted_country]
        wanted_region = (region or "").upper()
        chosen = next((t for t in rates if wanted_region and t.region == wanted_region), None)
        chosen = chosen or next((t for t in rates if t.region == ""), None)
        if chosen is None:
            return None
        return TaxRule(rate_bp=chosen.rate_bp, applies_to_shipping=chosen.applies_to_shipping,
                       name=chosen.name)


async def store_rules(store: Store) -> StoreRules:
    """Read from the database, as an order needs them."""
    return StoreRules(shipping=await ShippingRule.filter(store=store).order_by("id"),
                      tax=await TaxRate.filter(store=store).order_by("id"))


# Each store's rules for the live quote that every cart update shows (an order reads them
# afresh). Rules replaced in this process are seen at once: replace_* and any rule or store
# saved or deleted forget every entry (a store's id is reused once it is gone); rules changed
# by another process are seen within this many seconds.
RULES_CACHE_SECONDS = 5.0
rules_cache: ReadCache[int, StoreRules] = ReadCache(RULES_CACHE_SECONDS)


async def cached_store_rules(store: Store) -> StoreRules:
    rules = await rules_cache.get(store.id, lambda: store_rules(store))
    assert rules is not None  # store_rules always answers
    return rules


@post_save(Store, ShippingRule, TaxRate)
async def _rules_saved(*_: Any) -> None:
    rules_cache.forget()


@post_delete(Store, ShippingRule, TaxRate)
async def _rules_deleted(*_: Any) -> None:
    rules_cache.forget()


async def shipping_for(store: Store, country: str | None) -> ShippingOption | None:
    rules = StoreRules(shipping=await ShippingRule.filter(store=store).order_by("id"), tax=[])
    return rules.shipping_for(store, country)


async def tax_for(store: Store, country: str | None, region: str | None) -> TaxRule | None:
    wanted_country = (country or store.country).upper()
    rules = StoreRules(shipping=[], tax=await TaxRate.filter(store=store, country=wanted_country))
    return rules.tax_for(store, wanted_country, region)
