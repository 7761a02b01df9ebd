"""Orders in the admin console: the list (search by number or email, filter by status), an
order's page with its items, amounts, address and timeline, and the form that records its next
step (shipped, out for delivery, delivered, cancelled), which tells the buyer."""

from __future__ import annotations

from typing import Any

from quart import redirect, request
from tortoise.expressions import Q

from server.admin_auth import Access
from server.blueprints import current
from server.blueprints.admin.core import (
    blueprint,
    local_time,
    message_page,
    money_of,
    render,
    store_page,
    validated,
)
from server.checkout import fulfilment
from server.checkout.post_purchase import address_lines
from server.checkout.schemas import FulfilmentIn
from server.errors import ApiError
from server.models import FulfilmentStatus, Order, OrderItem, OrderStatus

PAGE_SIZE = 50
STATUS_LABELS = {FulfilmentStatus.SHIPPED: "Shipped",
                 FulfilmentStatus.OUT_FOR_DELIVERY: "Out for delivery",
                 FulfilmentStatus.DELIVERED: "Delivered", FulfilmentStatus.CANCELLED: "Cancelled"}
# which form field an error of the service is about
ERROR_FIELDS = {"invalid_carrier": "carrier", "invalid_tracking_url": "tracking_url"}


@blueprint.get("/stores/<id:store_id>/orders")
@store_page()
async def order_list(access: Access) -> str:
    q = (request.args.get("q") or "").strip()[:254]
    wanted = request.args.get("status") or ""
    status = OrderStatus(wanted) if wanted in {s.value for s in OrderStatus} else None
    page = max(1, int(request.args["page"])) if request.args.get("page", "").isdigit() else 1
    query = Order.filter(store=access.store)
    if q:
        query = query.filter(Q(number=q.lstrip("#")) | Q(email__icontains=q)
                             | Q(name__icontains=q))
    if status is not None:
        query = query.filter(status=status)
    total = await query.count()
    found = await query.order_by("-id").offset((page - 1) * PAGE_SIZE).limit(PAGE_SIZE)
    return await render("admin/orders.html", access, orders=found, q=q,
                        status=status.value if status else "", statuses=list(OrderStatus),
                        page=page, pages=max(1, -(-total // PAGE_SIZE)), total=total,
                        money=money_of(access), when=lambda m: local_time(access, m),
                        labels=STATUS_LABELS)


async def _order_page(access: Access, order: Order, values: dict[str, str],
                      errors: dict[str, str], status: int = 200) -> tuple[str, int]:
    items = await OrderItem.filter(order_id=order.id).order_by("id")
    steps = await fulfilment.timeline(order)
    return await render(
        "admin/order.html", access, order=order, items=items, timeline=list(reversed(steps)),
        address=address_lines(order.name, order.address or {}), money=money_of(access),
        when=lambda m: local_time(access, m), labels=STATUS_LABELS, values=values,
        errors=errors, choices=list(FulfilmentStatus)), status


async def _order(access: Access, number: str) -> Order | None:
    return (await Order.get_or_none(store=access.store, number=number)
            if len(number) <= 32 else None)


@blueprint.get("/stores/<id:store_id>/orders/<number>")
@store_page()
async def order_page(access: Access, number: str) -> Any:
    order = await _order(access, number)
    if order is None:
        return await message_page(404, "Not found", "There is no such order here.")
    return await _order_page(access, order, {"status": "", "carrier": "", "tracking_url": ""},
                             {})


@blueprint.post("/stores/<id:store_id>/orders/<number>/fulfilment")
@store_page()
async def record_fulfilment(access: Access, number: str) -> Any:
    """The form on the order's page: the same step the store API records, the buyer told."""
    order = await _order(access, number)
    if order is None:
        return await message_page(404, "Not found", "There is no such order here.")
    form = await request.form
    values = {k: (form.get(k) or "").strip() for k in ("status", "carrier", "tracking_url")}
    errors: dict[str, str] = {}
    if not values["status"]:
        errors["status"] = "Choose the order's new status."
    data = validated(FulfilmentIn, values, errors)
    if errors or data is None:
        return await _order_page(access, order, values, errors, 400)
    try:
        await fulfilment.record_fulfilment(access.store, order, data.status, data.carrier or "",
                                           data.tracking_url or "", current.now())
    except ApiError as exc:
        message = exc.message[:1].upper() + exc.message[1:] + "."
        return await _order_page(access, order, values,
                                 {ERROR_FIELDS.get(exc.code, "status"): message}, exc.status)
    return redirect(f"/admin/stores/{access.store.id}/orders/{order.number}?saved=1")
