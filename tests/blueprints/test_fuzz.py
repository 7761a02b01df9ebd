"""schemathesis against the running server's own /openapi.json: every operation, with both key
types, with data that fits the document and data that does not, as hostile clients would send.
No answer may be a 500, and none may contradict the document (an undocumented status, a body or
a content type other than documented). Bounded to about a minute."""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis.core.result import Ok
from schemathesis.generation import GenerationMode
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    ignored_auth,
    missing_required_header,
    negative_data_rejection,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.browser.conftest import LiveServer, live_server  # noqa: F401 (fixture)

CHECKS = [schemathesis.checks.not_a_server_error, status_code_conformance,
          content_type_conformance, response_schema_conformance, response_headers_conformance,
          negative_data_rejection, missing_required_header, ignored_auth]
# Not checked: positive_data_acceptance. Valid-by-schema requests are refused (400, with the
# reason) where a rule is not a JSON Schema one: a time zone that does not exist, a payment
# method the store does not take, a cart link whose signature is wrong, a second rule for one
# country. Refusing them is the API working, and the 400 is documented.
EXAMPLES = 60  # per operation and mode: about a minute for all of them on two cores


@pytest.fixture(scope="module")
def keys(live_server: LiveServer) -> dict[str, str]:  # noqa: F811
    store = live_server.create_store("Fuzzed", live_server.url)
    return {"Authorization": f"Bearer {store['secret_key']}",
            "X-Pushcart-Key": store["public_key"], "Origin": live_server.url}


def test_no_operation_answers_500_or_contradicts_the_document(live_server: LiveServer, keys: dict[str, str]) -> None:  # noqa: F811
    api = schemathesis.openapi.from_url(f"{live_server.url}/openapi.json")
    results = list(api.get_all_operations())
    operations = [result.ok() for result in results if isinstance(result, Ok)]
    assert len(operations) == len(results) >= 40, results  # every operation is there, readable
    failures: list[str] = []
    calls: list[str] = []
    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            @given(case=operation.as_strategy(generation_mode=mode))
            @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                      suppress_health_check=list(HealthCheck))
            def call(case: Any) -> None:
                calls.append(case.operation.label)
                # the real keys replace generated ones; a key the case left out on purpose
                # (a negative case without Authorization) stays out
                sent = {name: value for name, value in keys.items()
                        if name == "Origin" or name in (case.headers or {})}
                case.call_and_validate(headers=sent, checks=CHECKS)

            try:
                call()
            except Unsatisfiable:  # nothing of it can be made invalid (no parameters, no body)
                continue
            except (Exception, BaseExceptionGroup) as exc:  # all are tried, and reported
                failures.append(f"{operation.label} ({mode.value}): {exc}"[:2000])
    assert not failures, "\n\n".join(failures)
    assert len(calls) > 20 * len(operations)  # it really called them, many times each
