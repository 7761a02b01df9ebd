"""Which products to recommend next to others: the merchant's pins first, then what was bought
together with them (in at least `min_support` orders), then the bestsellers of the same category;
never what is excluded, inactive, out of stock or already held.

Each product's candidates (ids ranked, merchant rules applied) are read with one indexed query
(two when the bestsellers must fill in) and kept in this process for CANDIDATE_SECONDS, so a
cart costs one statement more, the one that reads the chosen products' price and stock as they
are now: what is shown is never out of stock or inactive, and prices come from the catalog."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from tortoise.signals import post_delete, post_save

from server.bulk import Members, Statement
from server.caching import ReadCache
from server.models import Product, ProductPair, RecommendationRule, Store
from server.recommendations.settings import RecommendationSettings

CANDIDATE_SECONDS = 60.0
CANDIDATES = 20  # kept per product, before stock, exclusions and the cart take theirs
MAX_ANCHORS = 5  # a cart's recommendations follow its most recently added products

PINNED, BOUGHT_TOGETHER, BESTSELLER = 0, 1, 2
REASONS = {PINNED: "pinned", BOUGHT_TOGETHER: "bought_together", BESTSELLER: "bestseller"}

K = TypeVar("K")
V = TypeVar("V")


class _Cache(ReadCache[K, V]):
    def discard(self, matches: Callable[[K], bool]) -> None:
        """Drop the entries whose key *matches* (and keep loads under way from storing)."""
        for key in [k for k in self._entries if matches(k)]:
            del self._entries[key]
        self._generation += 1


@dataclass(frozen=True)
class Candidate:
    product_id: int
    tier: int  # PINNED, BOUGHT_TOGETHER or BESTSELLER
    score: int  # within the tier, higher first


@dataclass(frozen=True)
class Rule:
    product_id: int | None  # None: next to every product
    target_id: int
    action: str  # pin | exclude


@dataclass(frozen=True)
class Recommendation:
    sku: str
    name: str
    price: int
    compare_at_price: int | None
    image_url: str
    url: str
    reason: str

    def view(self) -> dict[str, Any]:
        return {"sku": self.sku, "name": self.name, "price": self.price,
                "compare_at_price": self.compare_at_price, "image_url": self.image_url,
                "url": self.url, "reason": self.reason}


# (store id, product id, min support) -> its candidates, ranked
candidate_cache: _Cache[tuple[int, int, int], tuple[Candidate, ...]] = _Cache(CANDIDATE_SECONDS)
rules_cache: _Cache[int, tuple[Rule, ...]] = _Cache(CANDIDATE_SECONDS)


def forget_products(store_id: int, product_ids: Sequence[int]) -> None:
    """The counts of these products changed (an order was folded in)."""
    ids = set(product_ids)
    candidate_cache.discard(lambda key: key[0] == store_id and key[1] in ids)


def forget_store(store_id: int) -> None:
    """The store's rules changed."""
    rules_cache.discard(lambda key: key == store_id)
    candidate_cache.discard(lambda key: key[0] == store_id)


def forget_all() -> None:
    rules_cache.forget()
    candidate_cache.forget()


@post_save(Store)
@post_delete(Store)
async def _store_changed(*_: Any) -> None:
    """A store made or removed (ids may be used again, as in tests): start afresh."""
    forget_all()


_SELLABLE = "p.is_active AND (p.stock IS NULL OR p.stock > 0)"
_PARTNERS = ("SELECT pp.partner_id AS id, pp.order_count AS n FROM product_pair pp "
             "JOIN product p ON p.id = pp.partner_id "
             f"WHERE pp.product_id = ? AND pp.store_id = ? AND pp.order_count >= ? AND {_SELLABLE} "
             "ORDER BY pp.order_count DESC, pp.partner_id LIMIT ?")
# the same category's bestsellers; a product without a category: the store's
_BESTSELLERS = ("SELECT s.product_id AS id, s.order_count AS n FROM product_sales s "
                "JOIN product p ON p.id = s.product_id JOIN product c ON c.id = ? "
                "WHERE s.store_id = ? AND p.store_id = c.store_id AND p.id <> c.id "
                f"AND (p.category = c.category OR c.category = '') AND {_SELLABLE} "
                "ORDER BY s.order_count DESC, s.product_id LIMIT ?")


async def store_rules(store_id: int) -> tuple[Rule, ...]:
    async def load() -> tuple[Rule, ...]:
        rows = await RecommendationRule.filter(store_id=store_id).order_by("id").values_list(
            "product_id", "target_id", "action")
        return tuple(Rule(product_id=p, target_id=t, action=a) for p, t, a in rows)

    rules = await rules_cache.get(store_id, load)
    return rules or ()


def _applying(rules: Sequence[Rule], product_id: int, action: str) -> list[int]:
    """Targets of *action* next to *product_id*: its own rules first, then the store-wide."""
    own = [r.target_id for r in rules if r.action == action and r.product_id == product_id]
    every = [r.target_id for r in rules if r.action == action and r.product_id is None]
    return list(dict.fromkeys(own + every))


async def _load_candidates(store_id: int, product_id: int, min_support: int,
                           rules: Sequence[Rule]) -> tuple[Candidate, ...]:
    excluded = {product_id, *_applying(rules, product_id, "exclude")}
    pins = [t for t in _applying(rules, product_id, "pin") if t not in excluded]
    found = [Candidate(t, PINNED, len(pins) - i) for i, t in enumerate(pins)]
    taken = excluded | set(pins)
    statement = Statement(ProductPair)
    wanted = CANDIDATES + len(taken)
    for row in await statement.rows(_PARTNERS, [product_id, store_id, min_support, wanted]):
        if row["id"] not in taken:
            found.append(Candidate(int(row["id"]), BOUGHT_TOGETHER, int(row["n"])))
            taken.add(row["id"])
    if len(found) < CANDIDATES:  # too few bought together: the category's bestsellers fill in
        for row in await statement.rows(_BESTSELLERS, [product_id, store_id, wanted]):
            if row["id"] not in taken:
                found.append(Candidate(int(row["id"]), BESTSELLER, int(row["n"])))
                taken.add(row["id"])
    return tuple(found[:CANDIDATES + len(pins)])


async def candidates(store_id: int, product_id: int, min_support: int,
                     rules: Sequence[Rule]) -> tuple[Candidate, ...]:
    key = (store_id, product_id, min_support)
    found = await candidate_cache.get(
        key, lambda: _load_candidates(store_id, product_id, min_support, rules))
    return found or ()


_CHOSEN = ("SELECT p.id, p.sku, p.name, p.price, p.compare_at_price, p.image_url, p.url "
           f"FROM product p WHERE p.store_id = ? AND {{among}} AND {_SELLABLE}")


async def recommend(store: Store, product_ids: Sequence[int],
                    settings: RecommendationSettings | None = None,
                    count: int | None = None) -> list[Recommendation]:
    """What goes well with these products (a cart's, an order's), best first: at most the
    store's `count`, none of *product_ids* themselves."""
    settings = settings or RecommendationSettings.of(store)
    if not settings.enabled or not product_ids:
        return []
    count = count or settings.count
    rules = await store_rules(store.id)
    anchors = list(dict.fromkeys(product_ids))[-MAX_ANCHORS:]
    held = set(product_ids)
    excluded = {t for a in anchors for t in _applying(rules, a, "exclude")}
    ranks: dict[int, tuple[int, int]] = {}  # product id -> (best tier, summed score in it)
    for anchor in anchors:
        for c in await candidates(store.id, anchor, settings.min_support, rules):
            tier, score = ranks.get(c.product_id, (c.tier, 0))
            if c.tier < tier:
                ranks[c.product_id] = (c.tier, c.score)
            elif c.tier == tier:
                ranks[c.product_id] = (tier, score + c.score)
    order = sorted((pid for pid in ranks if pid not in held and pid not in excluded),
                   key=lambda pid: (ranks[pid][0], -ranks[pid][1], pid))[:count * 3]
    if not order:
        return []
    statement = Statement(Product)
    rows = await statement.rows(_CHOSEN.replace("{among}", statement.among("p.id")),
                                [store.id, Members(order)])
    by_id = {int(r["id"]): r for r in rows}
    return [Recommendation(sku=r["sku"], name=r["name"], price=int(r["price"]),
                           compare_at_price=r["compare_at_price"], image_url=r["image_url"],
                           url=r["url"], reason=REASONS[ranks[pid][0]])
            for pid in order if (r := by_id.get(pid)) is not None][:count]


async def recommend_for_skus(store: Store, skus: Sequence[str],
                             settings: RecommendationSettings | None = None,
                             count: int | None = None) -> list[Recommendation]:
    """`recommend` for an order's lines (they keep the SKU)."""
    if not skus or not (settings or RecommendationSettings.of(store)).enabled:
        return []
    ids = dict(await Product.filter(store_id=store.id, sku__in=list(skus)).values_list("sku", "id"))
    return await recommend(store, [ids[s] for s in skus if s in ids], settings, count)
