"""The signed-in person's own account in the admin console: change the password (which ends
every session, this browser getting a new one) and sign out everywhere."""

from __future__ import annotations

from typing import Any

from quart import redirect, request
from quart_auth import logout_user

from server import admin_auth
from server.admin_auth import Access
from server.blueprints import current
from server.blueprints.admin.core import blueprint, local_time, render, sign_in, store_page


async def _page(access: Access, error: str = "", status: int = 200) -> tuple[str, int]:
    sessions = await admin_auth.open_sessions(access.user, current.now())
    return await render("admin/account.html", access, sessions=sessions, error=error,
                        changed=request.args.get("changed") == "1",
                        local_time=lambda moment: local_time(access, moment)), status


@blueprint.get("/stores/<id:store_id>/account")
@store_page()
async def account(access: Access) -> tuple[str, int]:
    return await _page(access)


@blueprint.post("/stores/<id:store_id>/account/password")
@store_page()
async def change_password(access: Access) -> Any:
    form = await request.form
    problem = await admin_auth.change_password(
        access.user, form.get("current") or "", form.get("password") or "",
        form.get("confirm") or "", current.now())
    if problem:
        return await _page(access, problem, 400)
    await sign_in(access.user)  # every session ended with the old password; this one goes on
    return redirect(f"/admin/stores/{access.store.id}/account?changed=1")


@blueprint.post("/stores/<id:store_id>/account/sign-out-everywhere")
@store_page()
async def sign_out_everywhere(access: Access) -> Any:
    await admin_auth.end_all_sessions(access.user, current.now())
    logout_user()
    return redirect("/admin/login")
