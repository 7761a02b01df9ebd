"""The catalog in the admin console: list and search, add and edit a product, export as CSV, and
import a CSV with a report of every bad row (by default nothing is written while a row is bad).

Prices are typed and exported in major units ("499.00"); the database keeps minor units."""

from __future__ import annotations

import csv
import io
from typing import Any

from pydantic import ValidationError
from quart import redirect, request
from tortoise.expressions import Q

from server.admin_auth import Access
from server.blueprints import current
from server.blueprints.admin.core import (
    RowError,
    blueprint,
    csv_response,
    field_errors,
    message_page,
    money_of,
    render,
    store_page,
)
from server.blueprints.admin.core import to_major as _major
from server.blueprints.admin.core import to_minor as _minor
from server.checkout import alerts, catalog
from server.checkout.schemas import BulkProduct
from server.models import Product
from server.stores import currency_exponent

PAGE_SIZE = 50
MAX_IMPORT_ROWS = 5000
COLUMNS = ["sku", "name", "price", "compare_at_price", "category", "stock", "image_url", "url",
           "active", "replenish_days"]
REQUIRED = ("sku", "name", "price")
TRUE, FALSE = {"", "1", "true", "yes", "y", "active"}, {"0", "false", "no", "n", "inactive"}


def _product_values(raw: dict[str, str], exponent: int) -> dict[str, Any]:
    """A row of text (CSV or form) → what BulkProduct validates; RowError says what is wrong."""
    stock = (raw.get("stock") or "").strip()
    if stock and not stock.lstrip("-").isdigit():
        raise RowError(f"stock “{stock[:20]}” is not a whole number (blank: not tracked)")
    replenish = (raw.get("replenish_days") or "").strip()
    if replenish and not replenish.lstrip("-").isdigit():
        raise RowError(f"replenish_days “{replenish[:20]}” is not a whole number of days "
                       "(blank: predicted from orders)")
    active = (raw.get("active") or "").strip().lower()
    if active not in TRUE | FALSE:
        raise RowError(f"active “{active[:20]}” is not yes or no")
    price = _minor(raw.get("price") or "", exponent, "price")
    if price is None:
        raise RowError("price is required")
    return {"sku": (raw.get("sku") or "").strip(), "name": raw.get("name") or "",
            "price": price,
            "compare_at_price": _minor(raw.get("compare_at_price") or "", exponent,
                                       "compare_at_price"),
            "category": raw.get("category") or "", "stock": int(stock) if stock else None,
            "image_url": (raw.get("image_url") or "").strip(),
            "url": (raw.get("url") or "").strip(), "active": active in TRUE,
            "replenish_days": int(replenish) if replenish else None}


def _validate(raw: dict[str, str], exponent: int) -> tuple[BulkProduct | None, dict[str, str]]:
    try:
        return BulkProduct.model_validate(_product_values(raw, exponent), strict=False), {}
    except RowError as exc:
        return None, {"row": str(exc)[:1].upper() + str(exc)[1:] + "."}
    except ValidationError as exc:
        return None, field_errors(exc, lambda loc: str(loc[0]))


@blueprint.get("/stores/<id:store_id>/catalog")
@store_page()
async def catalog_list(access: Access) -> str:
    q = (request.args.get("q") or "").strip()[:100]
    page = max(1, int(request.args["page"])) if request.args.get("page", "").isdigit() else 1
    query = Product.filter(store=access.store)
    if q:
        query = query.filter(Q(sku__icontains=q) | Q(name__icontains=q)
                             | Q(category__icontains=q))
    total = await query.count()
    products = await query.order_by("sku").offset((page - 1) * PAGE_SIZE).limit(PAGE_SIZE)
    return await render("admin/catalog.html", access, products=products, q=q, page=page,
                        pages=max(1, -(-total // PAGE_SIZE)), total=total,
                        money=money_of(access), report=None,
                        waiting=await alerts.waiting_counts(access.store,
                                                            [p.id for p in products]))


def _form_values(product: Product | None, exponent: int) -> dict[str, str]:
    if product is None:
        return {c: "" for c in COLUMNS} | {"active": "yes"}
    return {"sku": product.sku, "name": product.name, "price": _major(product.price, exponent),
            "compare_at_price": _major(product.compare_at_price, exponent),
            "category": product.category,
            "stock": "" if product.stock is None else str(product.stock),
            "image_url": product.image_url, "url": product.url,
            "active": "yes" if product.is_active else "no",
            "replenish_days": "" if product.replenish_days is None else str(product.replenish_days)}


@blueprint.get("/stores/<id:store_id>/catalog/new")
@store_page()
async def new_product(access: Access) -> str:
    return await render("admin/product.html", access, product=None, errors={},
                        values=_form_values(None, 0))


@blueprint.get("/stores/<id:store_id>/catalog/<sku>/edit")
@store_page()
async def edit_product(access: Access, sku: str) -> Any:
    product = await Product.get_or_none(store=access.store, sku=sku[:64])
    if product is None:
        return await message_page(404, "Not found", "There is no such product here.")
    waiting = await alerts.waiting_counts(access.store, [product.id])
    return await render("admin/product.html", access, product=product, errors={},
                        values=_form_values(product, currency_exponent(access.store.currency)),
                        waiting=waiting.get(product.id, 0))


@blueprint.post("/stores/<id:store_id>/catalog")
@store_page()
async def save_product(access: Access) -> Any:
    """Create or update from the product form (the SKU of an existing product is fixed)."""
    form = await request.form
    values = {c: form.get(c, "") for c in COLUMNS}
    values["active"] = "yes" if form.get("active") else "no"
    existing = None
    if form.get("original_sku"):
        existing = await Product.get_or_none(store=access.store,
                                             sku=form["original_sku"][:64])
        if existing is None:
            return await message_page(404, "Not found", "There is no such product here.")
        values["sku"] = existing.sku
    elif await Product.exists(store=access.store, sku=values["sku"].strip()[:64]):
        return await render("admin/product.html", access, product=None, values=values,
                            errors={"sku": "A product with this SKU exists; edit it instead."}
                            ), 400
    product, errors = _validate(values, currency_exponent(access.store.currency))
    if product is None:
        return await render("admin/product.html", access, product=existing, values=values,
                            errors=errors), 400
    await catalog.upsert_product(access.store, product.sku, product, current.now())
    return redirect(f"/admin/stores/{access.store.id}/catalog?q={product.sku}&saved=1")


@blueprint.get("/stores/<id:store_id>/catalog.csv")
@store_page()
async def export_catalog(access: Access) -> Any:
    exponent = currency_exponent(access.store.currency)
    rows = [[p.sku, p.name, _major(p.price, exponent), _major(p.compare_at_price, exponent),
             p.category, "" if p.stock is None else p.stock, p.image_url, p.url,
             "yes" if p.is_active else "no", "" if p.replenish_days is None else p.replenish_days]
            for p in await Product.filter(store=access.store).order_by("sku")]
    return csv_response(f"catalog-{access.store.id}.csv", COLUMNS, rows)


def _read_csv(data: bytes) -> tuple[list[dict[str, str]], str]:
    """The rows of an uploaded CSV (UTF-8, with or without BOM; comma or semicolon), or why
    it cannot be read."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return [], "The file is not UTF-8 text. Save it as “CSV UTF-8” and upload it again."
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(io.StringIO(text), dialect=dialect)
    header = [h.strip().lower() for h in reader.fieldnames or []]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        return [], (f"The first line must name the columns; {', '.join(missing)} "
                    f"{'is' if len(missing) == 1 else 'are'} missing. Columns: "
                    f"{', '.join(COLUMNS)}.")
    reader.fieldnames = header
    rows: list[dict[str, str]] = []
    for row in reader:
        if len(rows) >= MAX_IMPORT_ROWS:
            return [], f"At most {MAX_IMPORT_ROWS} rows per file; split it."
        rows.append({k: (v or "") for k, v in row.items() if isinstance(k, str)})
    if not rows:
        return [], "The file has no product rows."
    return rows, ""


@blueprint.post("/stores/<id:store_id>/catalog/import")
@store_page()
async def import_catalog(access: Access) -> Any:
    upload = (await request.files).get("file")
    form = await request.form
    rows, problem = _read_csv(upload.read() if upload else b"")
    if not upload or not upload.filename:
        problem = "Choose a CSV file to import."
    report: dict[str, Any] = {"problem": problem, "errors": [], "valid": 0, "imported": None}
    if not problem:
        exponent = currency_exponent(access.store.currency)
        valid: dict[str, BulkProduct] = {}
        for number, raw in enumerate(rows, start=2):  # line 1 is the header
            product, errors = _validate(raw, exponent)
            if product is not None and product.sku in valid:
                errors = {"sku": f"SKU {product.sku} appears twice."}
                product = None
            if product is None:
                report["errors"].append({"line": number, "sku": (raw.get("sku") or "")[:64],
                                         "messages": [f"{k}: {v}" if k != "row" else v
                                                      for k, v in errors.items()]})
            else:
                valid[product.sku] = product
        report["valid"] = len(valid)
        if valid and (not report["errors"] or form.get("skip_bad_rows")):
            report["imported"] = await catalog.bulk_upsert(
                access.store, list(valid.items()), current.now())
    products = await Product.filter(store=access.store).order_by("sku").limit(PAGE_SIZE)
    total = await Product.filter(store=access.store).count()
    status = 200 if report["imported"] is not None else 400
    return await render("admin/catalog.html", access, products=products, q="", page=1,
                        pages=max(1, -(-total // PAGE_SIZE)), total=total,
                        money=money_of(access), report=report,
                        waiting=await alerts.waiting_counts(access.store,
                                                            [p.id for p in products])), status
