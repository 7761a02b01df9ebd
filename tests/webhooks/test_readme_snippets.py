"""The README's signature checks, in Python and in Node.js, run as written against what the
receiver got from Pushcart: they accept a real delivery and refuse a tampered body or a wrong
secret."""

from __future__ import annotations

import asyncio
import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ShopFixture
from tests.webhooks.conftest import Receiver, subscribe_endpoint

README = Path(__file__).resolve().parents[2] / "README.md"


def _snippet(language: str, name: str) -> str:
    section = README.read_text().split("\n## Webhooks\n", 1)[1].split("\n## ", 1)[0]
    for block in re.findall(rf"```{language}\n(.*?)```", section, re.S):
        if name in block:
            return str(block)
    raise AssertionError(f"no {language} block defining {name} in the README's Webhooks section")


async def _delivered(shop: ShopFixture, receiver: Receiver, hooks) -> tuple[str, Any]:
    created = await subscribe_endpoint(shop, receiver, ["order.placed"])
    token = (await shop.ready_to_order())["token"]
    await shop.widget("POST", f"/carts/{token}/order", {"payment_method": "cash_on_delivery"})
    await hooks.drain()
    assert len(receiver.received) == 1
    return created["secret"], receiver.received[0]


async def test_the_python_snippet_verifies_a_real_delivery(shop: ShopFixture, receiver: Receiver, hooks, clock, monkeypatch) -> None:
    secret, got = await _delivered(shop, receiver, hooks)
    namespace: dict[str, Any] = {}
    exec(_snippet("python", "def verify_pushcart"), namespace)  # the README's own code
    verify = namespace["verify_pushcart"]
    monkeypatch.setattr(namespace["time"], "time", lambda: clock.now().timestamp())
    header = got.headers["X-Pushcart-Signature"]
    assert verify(secret, header, got.body)
    assert not verify(secret, header, got.body.replace(b'"order.placed"', b'"order.paid"'))
    assert not verify("whsec_wrong", header, got.body)


@pytest.mark.skipif(shutil.which("node") is None, reason="Node.js is not installed")
async def test_the_node_snippet_verifies_a_real_delivery(shop: ShopFixture, receiver: Receiver, hooks, clock, tmp_path) -> None:
    secret, got = await _delivered(shop, receiver, hooks)
    header = got.headers["X-Pushcart-Signature"]
    cases = [(secret, got.body), (secret, got.body + b" "), ("whsec_wrong", got.body)]
    script = tmp_path / "verify.js"
    script.write_text(_snippet("js", "function verifyPushcart") + f"""
Date.now = () => {int(clock.now().timestamp() * 1000)};
const cases = {json.dumps([[s, b.decode()] for s, b in cases])};
console.log(JSON.stringify(cases.map(([s, b]) => verifyPushcart(s, {json.dumps(header)}, Buffer.from(b)))));
""")
    node = await asyncio.create_subprocess_exec(
        "node", str(script), stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await asyncio.wait_for(node.communicate(), 30)
    assert node.returncode == 0, err.decode()
    assert json.loads(out) == [True, False, False]
