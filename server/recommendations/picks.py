"""Which products to recommend next to others: the merchant's pins first, then what was bought
together with them (in at least `min_support` orders), then the bestsellers of the same category;
never what is excluded, inactive, out of stock or already held.

Each product's candidates (ids ranked, merchant rules applied) are read with one statement of
two indexed ranges (its partners by count; its category's bestsellers) and kept in this process
for CANDIDATE_SECONDS, so a cart update costs one statement more, the one that reads the chosen
products' price and stock as they are now: what is shown is never out of stock or inactive, and
prices come from the catalog. An empty cart, or one with nothing to recommend, costs none; a
product new to this process's cache costs its one candidates statement, once a minute."""

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
    def discard(self, matches: Callable[[K, V], bool]) -> None:
        """Drop the entries that *match* (and keep loads under way from storing theirs)."""
        for key in [k for k, (_, v) in self._entries.items() if matches(k, v)]:
            del self._entries[key]
        self._generation += 1


@dataclass(frozen=True)
class Candidate:
    product_id: int
    tier: int  # PINNED, BOUGHT_TOGETHER or BESTSELLER
    score: int  # within the tier, higher first


@dataclass(frozen=True)
class Candidates:
    """A product's candidates, ranked, and its category (whose bestsellers fill them in)."""

    category: str
    ranked: tuple[Candidate, ...]


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
candidate_cache: _Cache[tuple[int, int, int], Candidates] = _Cache(CANDIDATE_SECONDS)
rules_cache: _Cache[int, tuple[Rule, ...]] = _Cache(CANDIDATE_SECONDS)


def forget_products(store_id: int, product_ids: Sequence[int], categories: Sequence[str]) -> None:
    """The counts of these products changed (an order was folded in): their own candidates, and
    those of every product whose bestsellers they may be among (their categories; products
    without a category take the store's bestsellers)."""
    ids, sold_in = set(product_ids), set(categories)
    candidate_cache.discard(lambda key, entry: key[0] == store_id and (
        key[1] in ids or entry.category in sold_in or entry.category == ""))


def caches_store(store_id: int) -> bool:
    """Whether this process holds candidates of the store (that an order may make stale)."""
    return any(key[0] == store_id for key in candidate_cache._entries)


def forget_store(store_id: int) -> None:
    """The store's rules changed."""
    rules_cache.discard(lambda key, _: key == store_id)
    candidate_cache.discard(lambda key, _: key[0] == store_id)


def forget_all() -> None:
    rules_cache.forget()
    candidate_cache.forget()


@post_save(Store)
@post_delete(Store)
async def _store_changed(*_: Any) -> None:
    """A store made or removed (ids may be used again, as in tests): start afresh."""
    forget_all()


_SELLABLE = "p.is_active AND (p.stock IS NULL OR p.stock > 0)"
# One statement: the product's category (tier 0), its partners (tier 1), then its category's
# bestsellers (tier 2; a product without a category: the store's), each ranked and limited,
# sellable ones only.
_CANDIDATES = (
    "SELECT 0 AS tier, id, 0 AS n, category FROM product WHERE id = ? UNION ALL "
    "SELECT tier, id, n, '' FROM (SELECT 1 AS tier, pp.partner_id AS id, pp.order_count AS n "
    "FROM product_pair pp JOIN product p ON p.id = pp.partner_id "
    f"WHERE pp.product_id = ? AND pp.store_id = ? AND pp.order_count >= ? AND {_SELLABLE} "
    "ORDER BY pp.order_count DESC, pp.partner_id LIMIT ?) pairs "
    "UNION ALL "  # the category's: its products (an index range), then their sales
    "SELECT tier, id, n, '' FROM (SELECT 2 AS tier, p.id AS id, s.order_count AS n "
    "FROM product c JOIN product p ON p.store_id = c.store_id AND p.category = c.category "
    "JOIN product_sales s ON s.product_id = p.id "
    f"WHERE c.id = ? AND c.category <> '' AND p.id <> c.id AND {_SELLABLE} "
    "ORDER BY s.order_count DESC, p.id LIMIT ?) sellers "
    "UNION ALL "  # no category: the store's bestsellers, read down their index
    "SELECT tier, id, n, '' FROM (SELECT 2 AS tier, s.product_id AS id, s.order_count AS n "
    "FROM product c JOIN product_sales s ON s.store_id = c.store_id "
    "JOIN product p ON p.id = s.product_id "
    f"WHERE c.id = ? AND c.category = '' AND p.id <> c.id AND {_SELLABLE} "
    "ORDER BY s.order_count DESC, s.product_id LIMIT ?) store_sellers")


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
                           rules: Sequence[Rule]) -> Candidates:
    excluded = {product_id, *_applying(rules, product_id, "exclude")}
    pins = [t for t in _applying(rules, product_id, "pin") if t not in excluded]
    found = [Candidate(t, PINNED, len(pins) - i) for i, t in enumerate(pins)]
    taken = excluded | set(pins)
    wanted = CANDIDATES + len(taken)
    rows = await Statement(ProductPair).rows(
        _CANDIDATES, [product_id, product_id, store_id, min_support, wanted, product_id, wanted,
                      product_id, wanted])
    category = next((str(r["category"]) for r in rows if r["tier"] == 0), "")
    for row in sorted(rows, key=lambda r: (r["tier"], -r["n"], r["id"])):
        # bought together first, then (the fallback) the bestsellers
        if row["tier"] != 0 and row["id"] not in taken:
            found.append(Candidate(int(row["id"]), int(row["tier"]), int(row["n"])))
            taken.add(row["id"])
    return Candidates(category, tuple(found[:CANDIDATES + len(pins)]))


async def candidates(store_id: int, product_id: int, min_support: int,
                     rules: Sequence[Rule]) -> tuple[Candidate, ...]:
    key = (store_id, product_id, min_support)
    found = await candidate_cache.get(
        key, lambda: _load_candidates(store_id, product_id, min_support, rules))
    return found.ranked if found else ()


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
