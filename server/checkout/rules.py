"""A store's checkout rules: shipping rates, tax rates and discount codes, and how one is chosen."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tortoise.transactions import in_transaction

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


async def shipping_for(store: Store, country: str | None) -> ShippingOption | None:
    rules = await ShippingRule.filter(store=store)
    wanted = (country or store.country).upper()
    chosen = next((r for r in rules if r.country == wanted), None)
    chosen = chosen or next((r for r in rules if r.country is None), None)
    if chosen is None:
        return None
    return ShippingOption(rate=chosen.rate, free_above=chosen.free_above, name=chosen.name)


async def ships_to(store: Store, country: str) -> bool:
    rules = await ShippingRule.filter(store=store)
    if not rules:
        return True  # a store with no shipping rules ships everywhere for free
    return any(r.country in (None, country.upper()) for r in rules)


async def tax_for(store: Store, country: str | None, region: str | None) -> TaxRule | None:
    wanted_country = (country or store.country).upper()
    rates = await TaxRate.filter(store=store, country=wanted_country)
    wanted_region = (region or "").upper()
    chosen = next((t for t in rates if wanted_region and t.region == wanted_region), None)
    chosen = chosen or next((t for t in rates if t.region == ""), None)
    if chosen is None:
        return None
    return TaxRule(rate_bp=chosen.rate_bp, applies_to_shipping=chosen.applies_to_shipping,
                   name=chosen.name)
