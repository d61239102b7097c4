"""The wire round-trip oracle: Gatehouse's codecs against botocore's own.

Responses: `wire-oracle responses` encodes a sample output and one error for every
operation of every service; botocore's response parser for the service's protocol
must read back exactly the sample. Requests: botocore's serializers encode sample
inputs; `wire-oracle decode` must route them to the right operation and read back
exactly the sample.
"""

import base64
import datetime
import json
import math
import pathlib
import subprocess
from urllib.parse import urlsplit

import botocore.parsers
import botocore.serialize
import botocore.session
import pytest
from botocore.awsrequest import HeadersDict, create_request_object, prepare_request_dict

ROOT = pathlib.Path(__file__).resolve().parents[2]
SERVICES = [
    "sts", "iam", "organizations", "sso-admin", "identitystore", "sso", "sso-oidc",
    "cognito-idp", "cognito-identity", "rolesanywhere", "ds", "clouddirectory", "cloudtrail",
]
SESSION = botocore.session.get_session()


def oracle(mode, stdin=None):
    done = subprocess.run(
        ["cargo", "run", "-q", "-p", "gatehouse-wire", "--example", "wire-oracle", "--", mode],
        cwd=ROOT, input=stdin, capture_output=True, text=True, check=False,
    )
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


@pytest.fixture(scope="module")
def responses():
    by_service = {}
    for line in oracle("responses"):
        by_service.setdefault(line["service"], []).append(line)
    return by_service


def compare(shape, expected, actual, path, failures):
    """Walks botocore's shape; `expected` is the oracle's JSON form."""
    if actual is None:
        failures.append(f"{path}: missing")
        return
    kind = shape.type_name
    if kind == "structure" and not shape.metadata.get("document"):
        if not isinstance(actual, dict):
            failures.append(f"{path}: expected a structure, got {actual!r}")
            return
        for name in sorted(set(expected) | set(actual)):
            if name not in shape.members:
                failures.append(f"{path}.{name}: unexpected member")
            elif name not in expected:
                failures.append(f"{path}.{name}: extra value {actual[name]!r}")
            else:
                compare(shape.members[name], expected[name], actual.get(name), f"{path}.{name}", failures)
    elif kind == "list":
        if not isinstance(actual, list) or len(actual) != len(expected):
            failures.append(f"{path}: expected {len(expected)} items, got {actual!r}")
            return
        for i, (e, a) in enumerate(zip(expected, actual)):
            compare(shape.member, e, a, f"{path}[{i}]", failures)
    elif kind == "map":
        if not isinstance(actual, dict) or set(actual) != set(expected):
            failures.append(f"{path}: expected keys {sorted(expected)}, got {actual!r}")
            return
        for k in expected:
            compare(shape.value, expected[k], actual[k], f"{path}[{k}]", failures)
    elif kind == "timestamp":
        if not isinstance(actual, datetime.datetime) or abs(actual.timestamp() - expected) > 1e-3:
            failures.append(f"{path}: expected epoch {expected}, got {actual!r}")
    elif kind == "blob":
        if base64.b64decode(expected) != actual:
            failures.append(f"{path}: expected {expected!r} (base64), got {actual!r}")
    elif kind in ("float", "double"):
        if not isinstance(actual, (int, float)) or not math.isclose(actual, expected):
            failures.append(f"{path}: expected {expected!r}, got {actual!r}")
    elif actual != expected or type(actual) is not type(expected):
        failures.append(f"{path}: expected {expected!r}, got {actual!r}")


def parse(model, op_name, line):
    op = model.operation_model(op_name)
    parser = botocore.parsers.create_parser(model.protocol)
    response = {
        "status_code": line["status"],
        "headers": HeadersDict(line["headers"]),
        "body": base64.b64decode(line["body"]),
    }
    return op, parser.parse(response, op.output_shape)


@pytest.mark.parametrize("service", SERVICES)
def test_botocore_parses_every_output_and_error(service, responses):
    model = SESSION.get_service_model(service)
    lines = responses[service]
    assert len(lines) == 2 * len(model.operation_names)
    failures = []
    for line in lines:
        where = f"{service}.{line['operation']}"
        try:
            op, parsed = parse(model, line["operation"], line)
        except Exception as e:  # noqa: BLE001 - any parser failure is a finding
            failures.append(f"{where} ({line['kind']}): botocore could not parse: {e!r}")
            continue
        metadata = parsed.pop("ResponseMetadata", {})
        if line["kind"] == "output":
            if not line["typed_equal"]:
                failures.append(f"{where}: the typed struct did not round-trip the sample")
            if metadata.get("HTTPStatusCode") != line["status"]:
                failures.append(f"{where}: status {metadata.get('HTTPStatusCode')}")
            if op.output_shape is None:
                if parsed:
                    failures.append(f"{where}: output-less operation parsed as {parsed!r}")
            else:
                compare(op.output_shape, line["expected"], parsed, where, failures)
        else:
            error = parsed.get("Error", {})
            if error.get("Code") != line["code"]:
                failures.append(f"{where} (error): code {error.get('Code')!r} != {line['code']!r}")
            if error.get("Message") != line["message"]:
                failures.append(f"{where} (error): message {error.get('Message')!r}")
            if metadata.get("HTTPStatusCode") != line["status"]:
                failures.append(f"{where} (error): status {metadata.get('HTTPStatusCode')}")
    assert not failures, f"{len(failures)} mismatches:\n" + "\n".join(failures[:60])


def to_params(shape, value):
    """The oracle's JSON form as botocore input parameters."""
    kind = shape.type_name
    if kind == "structure" and not shape.metadata.get("document"):
        return {k: to_params(shape.members[k], v) for k, v in value.items()}
    if kind == "list":
        return [to_params(shape.member, v) for v in value]
    if kind == "map":
        return {k: to_params(shape.value, v) for k, v in value.items()}
    if kind == "timestamp":
        return datetime.datetime.fromtimestamp(value, tz=datetime.timezone.utc)
    if kind == "blob":
        return base64.b64decode(value)
    return value


def serialized_requests(protocol_override=None):
    out, expected = [], {}
    for line in oracle("inputs"):
        service, op_name = line["service"], line["operation"]
        model = SESSION.get_service_model(service)
        protocol = model.protocol
        if protocol_override:
            if service not in protocol_override:
                continue
            protocol = protocol_override[service]
        op = model.operation_model(op_name)
        params = to_params(op.input_shape, line["input"]) if op.input_shape else {}
        serializer = botocore.serialize.create_serializer(protocol, include_validation=False)
        request = serializer.serialize_to_request(params, op)
        prepare_request_dict(request, endpoint_url="https://gatehouse.test")
        prepared = create_request_object(request).prepare()
        url = urlsplit(prepared.url)
        body = prepared.body or b""
        if isinstance(body, str):
            body = body.encode()
        out.append(json.dumps({
            "service": service,
            "operation": op_name,
            "method": prepared.method,
            "path": url.path or "/",
            "query": url.query,
            "headers": [[k, v if isinstance(v, str) else v.decode()] for k, v in prepared.headers.items()],
            "body": base64.b64encode(body).decode(),
        }))
        expected[(service, op_name)] = line["input"]
    return out, expected


@pytest.mark.parametrize("override", [None, {"ds": "json"}], ids=["native", "ds-json"])
def test_every_botocore_request_routes_and_decodes(override):
    requests, expected = serialized_requests(override)
    decoded = oracle("decode", "\n".join(requests) + "\n")
    assert len(decoded) == len(requests)
    failures = []
    for reply in decoded:
        where = f"{reply['service']}.{reply['operation']}"
        if "error" in reply:
            failures.append(f"{where}: {reply['error']}")
            continue
        if reply["routed"] != where:
            failures.append(f"{where}: routed to {reply['routed']}")
            continue
        if op_has_input(reply) and reply.get("typed_equal") is not True:
            failures.append(f"{where}: the typed struct did not round-trip the decoded input")
        op = SESSION.get_service_model(reply["service"]).operation_model(reply["operation"])
        want = expected[(reply["service"], reply["operation"])]
        if op.input_shape is None:
            if reply["value"]:
                failures.append(f"{where}: input-less operation decoded {reply['value']!r}")
            continue
        compare_json(want, reply["value"], where, failures)
    assert not failures, f"{len(failures)} mismatches:\n" + "\n".join(failures[:60])


def op_has_input(reply):
    model = SESSION.get_service_model(reply["service"])
    return model.operation_model(reply["operation"]).input_shape is not None


def compare_json(want, got, path, failures):
    if isinstance(want, dict) and isinstance(got, dict):
        for k in sorted(set(want) | set(got)):
            if k not in got:
                failures.append(f"{path}.{k}: missing")
            elif k not in want:
                failures.append(f"{path}.{k}: extra value {got[k]!r}")
            else:
                compare_json(want[k], got[k], f"{path}.{k}", failures)
    elif isinstance(want, list) and isinstance(got, list) and len(want) == len(got):
        for i, (w, g) in enumerate(zip(want, got)):
            compare_json(w, g, f"{path}[{i}]", failures)
    elif isinstance(want, float) and isinstance(got, (int, float)):
        if not math.isclose(want, got):
            failures.append(f"{path}: expected {want!r}, got {got!r}")
    elif want != got:
        failures.append(f"{path}: expected {want!r}, got {got!r}")
