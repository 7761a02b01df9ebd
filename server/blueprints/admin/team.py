"""The team in the admin console: members and their roles, invitations (a link to choose a
password, valid for seven days), and accepting one."""

from __future__ import annotations

from typing import Any

from quart import redirect, render_template, request

from server import admin_auth
from server.admin_auth import Access, Role
from server.blueprints import current
from server.blueprints.admin.core import blueprint, message_page, render, sign_in, store_page
from server.models import StoreMembership


@blueprint.route("/invite/<token>", methods=["GET", "POST"])
async def accept_invite(token: str) -> Any:
    secret = current.settings().secret_key
    user = await admin_auth.invited_user(secret, token)
    if user is None:
        return await message_page(404, "This invitation is not valid",
                                   "It may have expired or been used. Ask for a new one.")
    error = ""
    if request.method == "POST":
        form = await request.form
        password = form.get("password") or ""
        error = admin_auth.password_problem(password) or (
            "The two passwords differ." if password != form.get("confirm") else "")
        if not error:
            user.password_hash = admin_auth.hash_password(password)
            await user.save(update_fields=["password_hash"])
            await sign_in(user)
            return redirect("/admin")
    return await render_template("admin/invite.html", email=user.email, error=error), (
        400 if error else 200)


@blueprint.get("/stores/<id:store_id>/team")
@store_page()
async def team(access: Access) -> str:
    return await render("admin/team.html", access, members=await _members(access), error="",
                         invite_link=None, invited="")


async def _members(access: Access) -> list[dict[str, Any]]:
    rows = await (StoreMembership.filter(store=access.store).select_related("user")
                  .order_by("id"))
    return [{"email": m.user.email, "role": m.role,
             "pending": m.user.password_hash == admin_auth.UNUSABLE} for m in rows]


@blueprint.post("/stores/<id:store_id>/team")
@store_page(owner=True)
async def invite(access: Access) -> Any:
    form = await request.form
    email = (form.get("email") or "").strip().lower()
    role = Role.OWNER if form.get("role") == Role.OWNER else Role.STAFF
    if "@" not in email or len(email) > 254 or " " in email:
        return await render("admin/team.html", access, members=await _members(access),
                             error="Enter the email address of the person to invite.",
                             invite_link=None, invited=email), 400
    user, needs_password = await admin_auth.invite(access.store, email, role)
    link = (f"{current.public_url()}/admin/invite/"
            f"{admin_auth.invite_token(current.settings().secret_key, user)}"
            if needs_password else None)
    return await render("admin/team.html", access, members=await _members(access), error="",
                         invite_link=link, invited=email)
