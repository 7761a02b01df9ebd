"""The points ledger: every change of a shopper's points is a row that is never changed (earned
with an order, a bonus, spent at checkout, given back when the payment failed, reversed when the
order was cancelled, expired, adjusted by the merchant). A balance is the sum of its rows less
the credits that expired and were not spent: credits are spent oldest expiry first, so

    unspent expired = max(0, credits expired by now - (debits - points given back))

and a change of a balance first locks the shopper's account row (SELECT … FOR UPDATE on
PostgreSQL; SQLite has one writer), so concurrent checkouts cannot spend the same points and no
balance goes below zero."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tortoise.transactions import in_transaction

from server.bulk import Statement, insert_rows
from server.errors import ApiError, Conflict, NotFound
from server.loyalty.settings import MAX_POINTS, LoyaltySettings
from server.models import (
    Cart,
    LoyaltyAccount,
    LoyaltyEntry,
    Order,
    OrderStatus,
    Store,
    Visitor,
)

EARN, BONUS, REDEEM, RELEASE, REVERSE, EXPIRE, ADJUST = (
    "earn", "bonus", "redeem", "release", "reverse", "expire", "adjust")
GIVEN_BACK = frozenset({RELEASE})  # a redemption undone: not a new credit, it never expires
CONFIRMED = (OrderStatus.PLACED, OrderStatus.PAID)


def add_months(moment: datetime, months: int) -> datetime:
    month = moment.month - 1 + months
    year, month = moment.year + month // 12, month % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def normalize_email(email: str) -> str:
    return email.strip().lower()


@dataclass(frozen=True)
class Row:
    kind: str
    points: int
    expires_at: datetime | None


def unspent_expired(rows: list[Row], at: datetime) -> int:
    """Points of credits expired by *at* that were not spent (nor expired already)."""
    expired = sum(r.points for r in rows if r.points > 0 and r.expires_at is not None
                  and r.expires_at <= at)
    debits = -sum(r.points for r in rows if r.points < 0)
    given_back = sum(r.points for r in rows if r.kind in GIVEN_BACK)
    return max(0, expired - (debits - given_back))


def balance_of(rows: list[Row], at: datetime) -> int:
    return max(0, sum(r.points for r in rows) - unspent_expired(rows, at))


_TOTALS = (
    "SELECT COALESCE(SUM(points), 0) AS total, "
    "COALESCE(SUM(CASE WHEN points > 0 AND expires_at IS NOT NULL AND expires_at <= ? "
    "THEN points ELSE 0 END), 0) AS expired, "
    "COALESCE(SUM(CASE WHEN points < 0 THEN -points ELSE 0 END), 0) AS debits, "
    "COALESCE(SUM(CASE WHEN kind = ? THEN points ELSE 0 END), 0) AS given_back "
    "FROM loyalty_entry WHERE account_id = ?")


async def _balance(account_id: int, at: datetime) -> int:
    """balance_of() the account's rows, summed by the database (one row read, however long
    the ledger)."""
    [row] = await Statement(LoyaltyEntry).rows(_TOTALS, [at, RELEASE, account_id])
    total, expired, debits, given_back = (int(row[k]) for k in ("total", "expired", "debits",
                                                                 "given_back"))
    return max(0, total - max(0, expired - (debits - given_back)))


async def _rows(account_id: int) -> list[Row]:
    return [Row(kind, points, expires_at) for kind, points, expires_at in
            await LoyaltyEntry.filter(account_id=account_id).values_list(
                "kind", "points", "expires_at")]


async def find_account(store: Store, email: str) -> LoyaltyAccount | None:
    address = normalize_email(email)
    if not address or len(address) > 254:
        return None
    return await LoyaltyAccount.get_or_none(store_id=store.id, email=address)


async def balance(store: Store, email: str, now: datetime) -> int:
    account = await find_account(store, email)
    return await _balance(account.id, now) if account else 0


async def locked_account(store: Store, email: str, now: datetime) -> LoyaltyAccount:
    """The shopper's account (made on their first points), locked until the caller's transaction
    ends. Call it inside a transaction."""
    address = normalize_email(email)
    if not await LoyaltyAccount.exists(store_id=store.id, email=address):
        # another checkout of the same shopper may make it meanwhile: theirs stays
        await insert_rows(LoyaltyAccount, ("store_id", "email", "created_at"),
                          [(store.id, address, now)], skip_conflicts=True)
    locked = await LoyaltyAccount.filter(store_id=store.id, email=address) \
        .select_for_update().first()
    assert locked is not None
    return locked


async def _has(account: LoyaltyAccount, key: str) -> bool:
    return await LoyaltyEntry.exists(account_id=account.id, key=key)


async def _write(store: Store, account: LoyaltyAccount, kind: str, points: int, now: datetime,
                 *, reason: str = "", order: Order | None = None, key: str | None = None,
                 expires_at: datetime | None = None) -> LoyaltyEntry:
    return await LoyaltyEntry.create(
        store_id=store.id, account_id=account.id, kind=kind, points=points, reason=reason[:200],
        order_id=order.id if order else None, key=key, expires_at=expires_at, created_at=now)


def _expiry(program: LoyaltySettings, now: datetime) -> datetime:
    return add_months(now, program.expiry_months)


# -- orders ----------------------------------------------------------------------------------

def points_for(program: LoyaltySettings, order: Order) -> int:
    """What an order earns: a point per `spend_per_point` of what the goods cost after every
    discount (shipping and tax earn nothing)."""
    goods = order.subtotal - order.discount - order.points_discount
    return int(max(0, goods) // program.spend_per_point)


async def reserve_for_order(store: Store, order: Order, points: int, now: datetime) -> None:
    """Spend *points* on *order*, inside the transaction that creates it: refused (and so the
    order with it) if the balance no longer holds them."""
    if points <= 0:
        return
    account = await locked_account(store, order.email, now)
    available = await _balance(account.id, now)
    if available < points:
        raise Conflict(f"only {available} points are left to spend; review the cart",
                       code="points_unavailable", details={"available": available})
    await _write(store, account, REDEEM, -points, now, reason=f"spent on order {order.number}",
                 order=order, key=f"redeem:{order.id}")


async def earn_for_order(store: Store, order: Order, now: datetime) -> int:
    """Credit what a confirmed order earns (and the first-order bonus), once, inside the
    transaction that confirmed it; returns the points credited."""
    program = LoyaltySettings.of(store)
    if not program.enabled or order.status not in CONFIRMED:
        return 0
    earned = min(points_for(program, order), MAX_POINTS)
    bonus = program.bonus_first_order
    if not earned and not bonus:
        return 0
    account = await locked_account(store, order.email, now)
    credited = 0
    if earned and not await _has(account, f"earn:{order.id}"):
        await _write(store, account, EARN, earned, now, reason=f"order {order.number}",
                     order=order, key=f"earn:{order.id}", expires_at=_expiry(program, now))
        credited += earned
    if bonus and not await _has(account, "bonus:first_order"):
        earlier = await Order.filter(store_id=store.id, email=order.email,
                                     status__in=CONFIRMED, id__lt=order.id).exists()
        if not earlier:
            await _write(store, account, BONUS, bonus, now, reason="first order bonus",
                         order=order, key="bonus:first_order", expires_at=_expiry(program, now))
            credited += bonus
    return credited


async def undo_order(store: Store, order: Order, now: datetime, why: str) -> None:
    """A payment that failed or an order cancelled: the points spent on it come back, and what
    it earned is taken back (never more than the balance holds). Once; inside the caller's
    transaction."""
    account = await find_account(store, order.email)
    if account is None:
        return
    entries = await LoyaltyEntry.filter(account_id=account.id, order_id=order.id)
    if not entries:
        return
    account = await locked_account(store, order.email, now)
    entries = await LoyaltyEntry.filter(account_id=account.id, order_id=order.id)  # as locked
    keys = {e.key for e in entries}
    spent = -sum(e.points for e in entries if e.kind == REDEEM)
    if spent and f"release:{order.id}" not in keys:
        await _write(store, account, RELEASE, spent, now,
                     reason=f"order {order.number} {why}: points given back", order=order,
                     key=f"release:{order.id}")
    earned = sum(e.points for e in entries if e.kind in (EARN, BONUS))
    if earned and f"reverse:{order.id}" not in keys:
        taken = min(earned, await _balance(account.id, now))
        if taken:
            await _write(store, account, REVERSE, -taken, now,
                         reason=f"order {order.number} {why}: points taken back", order=order,
                         key=f"reverse:{order.id}")


async def points_of_order(store: Store, order: Order) -> dict[str, int]:
    """What an order earned and spent, for its confirmation; `on_payment`: what it will earn
    once its payment is confirmed."""
    rows = await LoyaltyEntry.filter(order_id=order.id).values_list("kind", "points")
    program = LoyaltySettings.of(store)
    pending = order.status == OrderStatus.PENDING and program.enabled
    return {"earned": sum(p for k, p in rows if k in (EARN, BONUS)),
            "spent": -sum(p for k, p in rows if k in (REDEEM, RELEASE)),
            "on_payment": points_for(program, order) if pending else 0}


# -- bonuses ---------------------------------------------------------------------------------

async def award_bonus(store: Store, email: str | None, what: str, now: datetime,
                      key: str, order: Order | None = None) -> int:
    """A bonus of the program's (`push`, `feedback`), once per *key*; returns the points."""
    program = LoyaltySettings.of(store)
    points = {"push": program.bonus_push, "feedback": program.bonus_feedback}[what]
    if not program.enabled or not points or not email:
        return 0
    async with in_transaction():
        account = await locked_account(store, email, now)
        if await _has(account, key):
            return 0
        await _write(store, account, BONUS, points, now, reason=f"{what} bonus", order=order,
                     key=key, expires_at=_expiry(program, now))
    return points


async def award_push_bonus(store: Store, visitor_key: str | None, now: datetime) -> int:
    """For allowing push: to the address the visitor gave, once per address."""
    if not visitor_key:
        return 0
    emails: list[Any] = await Visitor.filter(store_id=store.id, key=visitor_key).values_list(
        "email", flat=True)
    return await award_bonus(store, str(emails[0]) if emails and emails[0] else None, "push",
                             now, "bonus:push")


async def award_feedback_bonus(store: Store, order: Order, now: datetime) -> int:
    if order.status not in CONFIRMED:
        return 0
    return await award_bonus(store, order.email, "feedback", now, f"bonus:feedback:{order.id}",
                             order)


# -- the merchant's view and adjustments -----------------------------------------------------

async def is_known_shopper(store: Store, email: str) -> bool:
    address = normalize_email(email)
    return (await LoyaltyAccount.exists(store_id=store.id, email=address)
            or await Order.exists(store_id=store.id, email=address)
            or await Visitor.exists(store_id=store.id, email=address)
            or await Cart.exists(store_id=store.id, email=address))


async def adjust(store: Store, email: str, points: int, reason: str, now: datetime) -> int:
    """A manual credit (positive) or debit (negative) with the merchant's reason; a debit beyond
    the balance is refused and changes nothing. Returns the new balance."""
    if not await is_known_shopper(store, email):
        raise NotFound(f"no shopper with the email '{email[:254]}' at this store",
                       code="unknown_shopper")
    if points == 0:
        raise ApiError("an adjustment is a non-zero number of points", code="invalid_points")
    program = LoyaltySettings.of(store)
    async with in_transaction():
        account = await locked_account(store, email, now)
        available = await _balance(account.id, now)
        if available + points < 0:
            raise ApiError(f"the balance is {available} points: a debit of {-points} would take "
                           "it below zero", code="insufficient_points",
                           details={"balance": available})
        await _write(store, account, ADJUST, points, now, reason=reason,
                     expires_at=_expiry(program, now) if points > 0 else None)
        return await _balance(account.id, now)


def entry_view(entry: LoyaltyEntry, order_number: str | None) -> dict[str, Any]:
    return {"kind": entry.kind, "points": entry.points, "reason": entry.reason,
            "order": order_number, "created_at": entry.created_at.isoformat(),
            "expires_at": entry.expires_at.isoformat() if entry.expires_at else None}


async def shopper_view(store: Store, email: str, now: datetime, *,
                       limit: int = 200) -> dict[str, Any]:
    """A shopper's balance, its worth, and their ledger (newest first)."""
    account = await find_account(store, email)
    if account is None:
        if not await is_known_shopper(store, email):
            raise NotFound(f"no shopper with the email '{email[:254]}' at this store",
                           code="unknown_shopper")
        points, entries = 0, []
    else:
        points = await _balance(account.id, now)
        entries = await LoyaltyEntry.filter(account_id=account.id).order_by(
            "-created_at", "-id").limit(limit)
    program = LoyaltySettings.of(store)
    numbers = dict(await Order.filter(
        id__in={e.order_id for e in entries if e.order_id}).values_list("id", "number")) \
        if entries else {}
    return {"email": normalize_email(email), "points": points,
            "value": points * program.point_value, "currency": store.currency,
            "entries": [entry_view(e, numbers.get(e.order_id) if e.order_id else None)
                        for e in entries]}


async def figures(store: Store, now: datetime) -> dict[str, int]:
    """The program's totals: points issued, redeemed (net of those given back), expired
    (written off, and due to be), outstanding; and the revenue of orders that redeemed."""
    totals: dict[str, int] = {}
    credited = 0  # by hand
    for kind, points in await LoyaltyEntry.filter(store_id=store.id).values_list(
            "kind", "points"):
        totals[kind] = totals.get(kind, 0) + points
        credited += points if kind == ADJUST and points > 0 else 0
    due = 0
    lapsed: list[Any] = await LoyaltyEntry.filter(
        store_id=store.id, points__gt=0, expires_at__lte=now).distinct().values_list(
        "account_id", flat=True)
    for account_id in lapsed:
        due += unspent_expired(await _rows(int(account_id)), now)
    redeemed = -totals.get(REDEEM, 0) - totals.get(RELEASE, 0)
    totals_of_orders: list[Any] = await Order.filter(
        store_id=store.id, status__in=CONFIRMED, points_redeemed__gt=0).values_list(
        "total", flat=True)
    revenue = sum(int(t) for t in totals_of_orders)
    issued = totals.get(EARN, 0) + totals.get(BONUS, 0) + credited
    return {"issued": issued, "redeemed": redeemed, "reversed": -totals.get(REVERSE, 0),
            "expired": -totals.get(EXPIRE, 0) + due,
            "outstanding": sum(totals.values()) - due, "revenue_from_redeeming_orders": revenue,
            "accounts": await LoyaltyAccount.filter(store_id=store.id).count()}


# -- expiry ----------------------------------------------------------------------------------

async def expire_due(store: Store, since: datetime, until: datetime) -> int:
    """Write off the unspent points of credits that expired in (since, until]; returns how many
    points were written off."""
    accounts = await LoyaltyEntry.filter(
        store_id=store.id, points__gt=0, expires_at__gt=since, expires_at__lte=until
    ).distinct().values_list("account_id", flat=True)
    written = 0
    for account_id in accounts:
        async with in_transaction():
            account = await LoyaltyAccount.filter(id=account_id).select_for_update().first()
            if account is None:
                continue
            due = unspent_expired(await _rows(account.id), until)
            if due:
                await _write(store, account, EXPIRE, -due, until, reason="points expired")
                written += due
    return written


async def expiring(store: Store, since: datetime, until: datetime,
                   ahead: datetime) -> list[tuple[str, int, datetime, int]]:
    """Shoppers with credits whose expiry entered the window (since, until] + lead: (email,
    points that will expire by *ahead* unless spent, the first expiry, their balance now)."""
    lead = ahead - until
    found = []
    rows = await LoyaltyEntry.filter(
        store_id=store.id, points__gt=0, expires_at__gt=since + lead, expires_at__lte=ahead
    ).values_list("account_id", "expires_at")
    first: dict[int, datetime] = {}
    for account_id, expires_at in rows:
        first[account_id] = min(expires_at, first.get(account_id, expires_at))
    emails = dict(await LoyaltyAccount.filter(id__in=list(first)).values_list("id", "email")) \
        if first else {}
    for account_id, when in first.items():
        history = await _rows(account_id)
        will_expire = unspent_expired(history, ahead) - unspent_expired(history, until)
        if will_expire > 0:
            found.append((emails[account_id], will_expire, when, balance_of(history, until)))
    return found


async def balances(store: Store, emails: set[str], now: datetime) -> dict[str, int]:
    """Balances of many addresses at once (the automations' {points} placeholder)."""
    if not emails:
        return {}
    accounts = dict(await LoyaltyAccount.filter(
        store_id=store.id, email__in=[normalize_email(e) for e in emails]).values_list(
        "id", "email"))
    rows: dict[int, list[Row]] = {a: [] for a in accounts}
    if accounts:
        for account_id, kind, points, expires_at in await LoyaltyEntry.filter(
                account_id__in=list(accounts)).values_list("account_id", "kind", "points",
                                                           "expires_at"):
            rows[account_id].append(Row(kind, points, expires_at))
    return {accounts[a]: balance_of(r, now) for a, r in rows.items()}
