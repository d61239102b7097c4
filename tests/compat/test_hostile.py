"""The hostile-client suite: real clients over real sockets doing what a careless or
malicious client would, against real `gatehouse serve` processes.

1. cloudtrail:LookupEvents is authorized like every other action (no policy, explicit
   Deny, a session policy's Deny) and granted when a policy allows it.
2. Every operation of iam, sts and cloudtrail in botocore's service model, called with a
   type-correct minimal input by an IAM user with no policies, is AccessDenied (except
   NotImplemented operations and the few AWS documents as needing no permission).
3. Connection limits: header, body and idle timeouts close stalled connections, and
   thousands of idle connections cannot lock a real client out.
4. Malformed HTTP (huge heads, huge request-targets, request smuggling) gets AWS-shaped
   XML error bodies with the right status.
5. The console login's Destination cannot redirect off-site.
6. SigV4 strictness on hand-built, tampered signatures.
7. Crash durability: SIGKILL under a CreateUser load, on SQLite and on PostgreSQL; every
   acknowledged user exists and has its CloudTrail event.
8. The data directory's files and a backup are private (mode 0600).

Servers are shared per module where the tests cannot disturb each other's state; the
tests that need special settings or kill servers start their own.
"""

import base64
import concurrent.futures
import datetime
import http.client
import json
import os
import random
import re
import resource
import select
import signal
import socket
import stat
import subprocess
import threading
import time
import urllib.parse
import uuid
import xml.etree.ElementTree as ET

import boto3
import botocore
import botocore.config
import botocore.exceptions
import pytest
import requests
from botocore.auth import SigV4Auth, SigV4QueryAuth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

from server_fixture import Server, binary

ONE_SHOT = botocore.config.Config(retries={"max_attempts": 1}, connect_timeout=5, read_timeout=15)
STS_BODY = "Action=GetCallerIdentity&Version=2011-06-15"
FORM = "application/x-www-form-urlencoded; charset=utf-8"


# --- helpers --------------------------------------------------------------------------


def uniq(prefix):
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def doc(*statements):
    return json.dumps({"Version": "2012-10-17", "Statement": list(statements)})


def allow(action, resource="*"):
    return {"Effect": "Allow", "Action": action, "Resource": resource}


def deny(action, resource="*"):
    return {"Effect": "Deny", "Action": action, "Resource": resource}


def client_for(server, service, creds, config=ONE_SHOT):
    """A boto3 client of its own session (thread-safe to create) with `creds`."""
    return boto3.session.Session().client(
        service,
        endpoint_url=server.endpoint,
        region_name="us-east-1",
        aws_access_key_id=creds["AccessKeyId"],
        aws_secret_access_key=creds["SecretAccessKey"],
        aws_session_token=creds.get("SessionToken"),
        config=config,
    )


def code_of(call):
    """Runs `call`; the error code it raised, or None when it succeeded."""
    try:
        call()
        return None
    except botocore.exceptions.ClientError as e:
        return e.response["Error"]["Code"]


def ok_or_none(fn):
    """fn's result, or None when it raised a ClientError."""
    try:
        return fn()
    except botocore.exceptions.ClientError:
        return None


def poll(fn, timeout=6.0, interval=0.2):
    """Calls fn until it returns a truthy value or `timeout` passes; returns the last value."""
    deadline = time.monotonic() + timeout
    while True:
        value = fn()
        if value or time.monotonic() > deadline:
            return value
        time.sleep(interval)


def new_user(iam, policies=()):
    """A user with the given inline policies; its access key, once the key is usable."""
    name = uniq("hostile-u")
    iam.create_user(UserName=name)
    for i, policy in enumerate(policies):
        iam.put_user_policy(UserName=name, PolicyName=f"p{i}", PolicyDocument=policy)
    key = iam.create_access_key(UserName=name)["AccessKey"]
    return name, key


def wait_usable(server, key):
    """IAM changes reach cached principals within seconds: wait until the key signs."""
    sts = client_for(server, "sts", key)
    assert poll(lambda: code_of(sts.get_caller_identity) is None), "the new access key never became usable"


def xml_error(body):
    """(Code, Message) of an AWS XML error body, asserting its <ErrorResponse> shape."""
    text = body.decode() if isinstance(body, bytes) else body
    try:
        root = ET.fromstring(text)
    except ET.ParseError as e:
        raise AssertionError(f"error body is not XML ({e}): {text[:300]!r}") from None
    local = lambda tag: tag.rsplit("}", 1)[-1]  # noqa: E731
    assert local(root.tag) == "ErrorResponse", text[:300]
    error = next((c for c in root if local(c.tag) == "Error"), None)
    assert error is not None, text[:300]
    fields = {local(c.tag): (c.text or "") for c in error}
    assert "Code" in fields and "Message" in fields, text[:300]
    return fields["Code"], fields["Message"]


def host_port(server):
    parts = urllib.parse.urlsplit(server.endpoint)
    return parts.hostname, parts.port


def read_response(sock, timeout=10.0):
    """Reads one whole HTTP/1.1 response: (status, lower-cased headers, body)."""
    sock.settimeout(timeout)
    buf = b""
    try:
        while b"\r\n\r\n" not in buf:
            chunk = sock.recv(65536)
            if not chunk:
                raise AssertionError(f"connection closed before a response head (got {buf[:200]!r})")
            buf += chunk
        head, body = buf.split(b"\r\n\r\n", 1)
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        headers = {}
        for line in lines[1:]:
            k, _, v = line.partition(":")
            headers[k.strip().lower()] = v.strip()
        if "content-length" in headers:
            n = int(headers["content-length"])
            while len(body) < n:
                chunk = sock.recv(65536)
                if not chunk:
                    raise AssertionError("connection closed mid-body")
                body += chunk
            body = body[:n]
        elif "chunked" in headers.get("transfer-encoding", "").lower():
            while not body.endswith(b"0\r\n\r\n"):
                chunk = sock.recv(65536)
                if not chunk:
                    break
                body += chunk
            out, rest = b"", body
            while rest:
                size_line, _, rest = rest.partition(b"\r\n")
                size = int(size_line.split(b";")[0], 16)
                if size == 0:
                    break
                out, rest = out + rest[:size], rest[size + 2:]
            body = out
        else:
            while True:
                chunk = sock.recv(65536)
                if not chunk:
                    break
                body += chunk
        return status, headers, body
    except ConnectionResetError:
        raise AssertionError(f"connection reset before a whole response (got {buf[:300]!r})") from None


def raw_request(server, data, timeout=10.0):
    """Sends raw bytes on a fresh connection and reads the whole response."""
    with socket.create_connection(host_port(server), timeout=timeout) as s:
        try:
            s.sendall(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the server may answer and close before reading everything we send
        return read_response(s, timeout)


def seconds_until_closed(sock, limit):
    """Seconds until the server closes `sock` (EOF or reset), reading and dropping
    whatever it sends first; None if it is still open after `limit` seconds."""
    start = time.monotonic()
    while True:
        left = limit - (time.monotonic() - start)
        if left <= 0:
            return None
        sock.settimeout(left)
        try:
            if not sock.recv(65536):
                return time.monotonic() - start
        except socket.timeout:
            return None
        except (ConnectionResetError, BrokenPipeError):
            return time.monotonic() - start


# --- the shared server ----------------------------------------------------------------


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    s = Server(tmp_path_factory.mktemp("hostile") / "data").start()
    yield s
    s.stop()


@pytest.fixture(scope="module")
def account(server):
    return server.root_credentials()["AccountId"]


# --- 1. cloudtrail:LookupEvents is authorized ----------------------------------------


DENIED = ("AccessDenied", "AccessDeniedException")


def lookup_code(server, creds):
    ct = client_for(server, "cloudtrail", creds)
    try:
        ct.lookup_events(MaxResults=1)
        return None, None
    except botocore.exceptions.ClientError as e:
        return e.response["Error"]["Code"], e.response["Error"]["Message"]


def assert_lookup_denied(server, creds):
    # A principal cached before a change may keep its old rights for a few seconds.
    last = []

    def denied():
        last[:] = lookup_code(server, creds)
        return last[0] in DENIED

    assert poll(denied), f"LookupEvents was not denied: {last}"
    assert "cloudtrail:LookupEvents" in last[1], last[1]


def test_lookup_events_needs_a_policy(server):
    _, key = new_user(server.client("iam"))
    wait_usable(server, key)
    assert_lookup_denied(server, key)


def test_lookup_events_explicit_deny_beats_allow_star(server):
    _, key = new_user(server.client("iam"), [doc(allow("*"), deny("cloudtrail:*"))])
    wait_usable(server, key)
    assert_lookup_denied(server, key)
    # the same user's other rights work: the Deny is what refuses LookupEvents
    assert code_of(client_for(server, "iam", key).list_users) is None


def test_lookup_events_in_a_role_session_follows_the_session_policy(server, account):
    iam = server.client("iam")
    role = uniq("hostile-r")
    role_arn = iam.create_role(RoleName=role, AssumeRolePolicyDocument=json.dumps({
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{account}:root"},
                       "Action": "sts:AssumeRole"}]}))["Role"]["Arn"]
    iam.put_role_policy(RoleName=role, PolicyName="trail", PolicyDocument=doc(allow("cloudtrail:LookupEvents")))
    _, key = new_user(iam, [doc(allow("sts:AssumeRole", role_arn))])
    sts = client_for(server, "sts", key)

    def assume(**kw):
        out = poll(lambda: ok_or_none(lambda: sts.assume_role(RoleArn=role_arn, RoleSessionName=uniq("s"), **kw)))
        assert out, "AssumeRole never succeeded"
        return out["Credentials"]

    denied_session = assume(Policy=doc(allow("*"), deny("cloudtrail:LookupEvents")))
    assert_lookup_denied(server, denied_session)
    plain = assume()
    assert poll(lambda: lookup_code(server, plain)[0] is None), f"role session refused: {lookup_code(server, plain)}"
    # control: a session policy that allows everything leaves the role's grant in place
    open_session = assume(Policy=doc(allow("*")))
    assert lookup_code(server, open_session) == (None, None)


# --- 2. every operation refuses a user with no policies --------------------------------

# AWS documents these as needing no permission (they are authentication, not authorization):
NO_PERMISSION_NEEDED = {
    ("sts", "GetCallerIdentity"),         # "No permissions are required to perform this operation."
    ("sts", "GetSessionToken"),           # "No permissions are required for users to perform this operation."
    ("sts", "AssumeRoleWithSAML"),        # unsigned: the SAML assertion and the role's trust policy decide
    ("sts", "AssumeRoleWithWebIdentity"),  # unsigned: the web identity token and the role's trust policy decide
}


class Inputs:
    """Type-correct minimal inputs for an operation, generated from botocore's shapes."""

    def __init__(self, account):
        self.account = account
        self.now = datetime.datetime.now(datetime.timezone.utc)

    def arn(self, kind):
        a = self.account
        return {
            "user": f"arn:aws:iam::{a}:user/hostile-x",
            "role": f"arn:aws:iam::{a}:role/hostile-x",
            "policy": f"arn:aws:iam::{a}:policy/hostile-x",
            "saml": f"arn:aws:iam::{a}:saml-provider/hostile-x",
            "oidc": f"arn:aws:iam::{a}:oidc-provider/hostile.example",
            "mfa": f"arn:aws:iam::{a}:mfa/hostile-x",
            "trail": f"arn:aws:cloudtrail:us-east-1:{a}:trail/hostile-x",
            "eds": f"arn:aws:cloudtrail:us-east-1:{a}:eventdatastore/{uuid.UUID(int=1)}",
            "channel": f"arn:aws:cloudtrail:us-east-1:{a}:channel/{uuid.UUID(int=2)}",
            "dashboard": f"arn:aws:cloudtrail:us-east-1:{a}:dashboard/hostile-x",
            "sns": f"arn:aws:sns:us-east-1:{a}:hostile-x",
        }[kind]

    def string(self, member, shape):
        if shape.enum:
            return shape.enum[0]
        by_member = {
            "AssumeRolePolicyDocument": json.dumps({"Version": "2012-10-17", "Statement": [{
                "Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{self.account}:root"},
                "Action": "sts:AssumeRole"}]}),
            "PolicyDocument": doc(allow("iam:GetUser")),
            "PolicyInputList": doc(allow("iam:GetUser")),
            "ResourcePolicy": json.dumps({"Version": "2012-10-17", "Statement": [{
                "Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{self.account}:root"},
                "Action": "cloudtrail:GetEventDataStore", "Resource": "*"}]}),
            "PolicyArn": self.arn("policy"),
            "PermissionsBoundary": self.arn("policy"),
            "TemplateArn": self.arn("policy"),
            "PolicyTemplateArn": self.arn("policy"),
            "RoleArn": self.arn("role"),
            "FederationRoleArn": self.arn("role"),
            "PrincipalArn": self.arn("saml"),
            "SAMLProviderArn": self.arn("saml"),
            "OpenIDConnectProviderArn": self.arn("oidc"),
            "SerialNumber": self.arn("mfa"),
            "PolicySourceArn": self.arn("user"),
            "Arn": self.arn("user"),
            "EntityArn": self.arn("user"),
            "NotificationChannel": self.arn("sns"),
            "ResourceArn": self.arn("trail"),
            "InsightSource": self.arn("trail"),
            "ResourceId": self.arn("trail"),
            "ResourceIdList": self.arn("trail"),
            "TrailName": "hostile-x",
            "EventDataStore": self.arn("eds"),
            "EventDataStores": self.arn("eds"),
            "Location": self.arn("eds"),
            "Channel": self.arn("channel"),
            "DashboardId": self.arn("dashboard"),
            "AccessKeyId": "AKIAHOSTILE234567ABC",
            "SSHPublicKeyId": "APKAHOSTILE234567ABC",
            "ServiceSpecificCredentialId": "ACCAHOSTILE234567ABC",
            "CertificateId": "ASCAHOSTILE234567ABCDEFG",
            "AccountAlias": "hostile-alias",
            "ActionNames": "iam:GetUser",
            "AuthenticationCode1": "123456",
            "AuthenticationCode2": "654321",
            "OldPassword": "Hostile-Passw0rd!",
            "NewPassword": "Hostile-Passw0rd!2",
            "CertificateBody": "-----BEGIN CERTIFICATE-----\nMIIBhostile\n-----END CERTIFICATE-----\n",
            "PrivateKey": "-----BEGIN RSA PRIVATE KEY-----\nMIIBhostile\n-----END RSA PRIVATE KEY-----\n",
            "SSHPublicKeyBody": "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQChostile hostile@example",
            "SAMLMetadataDocument": ('<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" '
                                     'entityID="https://hostile.example/saml"><!--' + "x" * 1000
                                     + '--></md:EntityDescriptor>'),
            "Url": "https://hostile.example",
            "ClientID": "hostile-client",
            "ClientIDList": "hostile-client",
            "ThumbprintList": "9e99a48a9960b14926bb7f3b02e22da2b0ab7280",
            "JobId": str(uuid.UUID(int=3)),
            "ImportId": str(uuid.UUID(int=4)),
            "QueryId": str(uuid.UUID(int=5)),
            "DeletionTaskId": "task/aws-service-role/hostile.amazonaws.com/AWSServiceRoleForHostile/"
                              + str(uuid.UUID(int=6)),
            "DelegationRequestId": "hostile-request-0001",
            "RequestorWorkflowId": "hostile-workflow",
            "EntityPath": "o-a1b2c3d4e5/r-ab12",
            "AWSServiceName": "hostile.amazonaws.com",
            "ServiceName": "iam",
            "ServiceNamespace": "iam",
            "ServiceNamespaces": "iam",
            "VersionId": "v1",
            "Path": "/",
            "PathPrefix": "/",
            "Audience": "hostile-audience",
            "SigningAlgorithm": "RS256",
            "SAMLAssertion": base64.b64encode(b"<samlp:Response>hostile</samlp:Response>").decode(),
            "WebIdentityToken": "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJob3N0aWxlIn0.c2lnbmF0dXJl",
            "EncodedMessage": "hostile-encoded-message",
            "TradeInToken": "hostile-trade-in-token",
            "TargetPrincipal": "111122223333",
            "DelegatedAdminAccountId": "111122223333",
            "MemberAccountId": "111122223333",
            "EventName": "CreateUser",
            "EventSource": "iam.amazonaws.com",
            "S3BucketName": "hostile-bucket",
            "Prompt": "show the latest events",
            "SearchPhrase": "hostile",
            "Key": "hostile",
            "Value": "x",
            "Description": "hostile",
        }
        if member in by_member:
            value = by_member[member]
        elif member.endswith("Arn") or member.endswith("ARN"):
            value = self.arn("user")
        else:
            value = "hostile-x"
        lo, hi = shape.metadata.get("min", 0), shape.metadata.get("max")
        if len(value) < lo:
            value += "x" * (lo - len(value))
        if hi is not None:
            value = value[:hi]
        return value

    def value(self, member, shape, depth=0):
        t = shape.type_name
        assert depth < 8, f"too deep at {member}"
        if t == "structure":
            if member == "TaskPolicyArn":
                return {"arn": "arn:aws:iam::aws:policy/root-task/IAMAuditRootUserCredentials"}
            # a required structure must not serialize as empty: fill its first member then
            names = shape.required_members or list(shape.members)[:1]
            return {m: self.value(m, shape.members[m], depth + 1) for m in names}
        if t == "list":
            return [self.value(member, shape.member, depth + 1)]
        if t == "map":
            return {self.value("Key", shape.key, depth + 1): self.value("Value", shape.value, depth + 1)}
        if t == "string":
            return self.string(member, shape)
        if t in ("integer", "long"):
            return int(shape.metadata.get("min", 1))
        if t in ("float", "double"):
            return float(shape.metadata.get("min", 1))
        if t == "boolean":
            return False
        if t == "timestamp":
            return self.now
        if t == "blob":
            return b"hostile"
        raise AssertionError(f"no generator for {t} ({member})")

    def for_operation(self, op):
        return self.value(op.name, op.input_shape) if op.input_shape is not None else {}


@pytest.fixture(scope="module")
def bare_user_server(tmp_path_factory):
    """A server of its own: an operation wrongly allowed must not change the shared one."""
    s = Server(tmp_path_factory.mktemp("hostile-authz") / "data").start()
    yield s
    s.stop()


def test_every_operation_refuses_a_user_without_policies(bare_user_server):
    server = bare_user_server
    _, key = new_user(server.client("iam"))
    wait_usable(server, key)
    inputs = Inputs(server.root_credentials()["AccountId"])
    results = {}  # (service, operation) -> error code, "OK" or a harness error
    for service in ("iam", "sts", "cloudtrail"):
        client = client_for(server, service, key)
        model = client.meta.service_model
        for name in model.operation_names:
            params = inputs.for_operation(model.operation_model(name))
            try:
                getattr(client, botocore.xform_name(name))(**params)
                results[(service, name)] = "OK"
            except botocore.exceptions.ClientError as e:
                code, message = e.response["Error"]["Code"], e.response["Error"].get("Message", "")
                if code in DENIED and f"{service}:{name}" not in message:
                    code = f"{code} not naming {service}:{name}: {message}"  # AWS's denials name the action
                results[(service, name)] = code
            except botocore.exceptions.ParamValidationError as e:
                results[(service, name)] = f"HARNESS ParamValidationError: {e}"
            except botocore.exceptions.BotoCoreError as e:
                results[(service, name)] = f"TRANSPORT {type(e).__name__}: {e}"
    not_implemented = sorted(k for k, v in results.items() if v == "NotImplemented")
    implemented = {k: v for k, v in results.items() if v != "NotImplemented"}
    allowlisted = {k: v for k, v in implemented.items() if k in NO_PERMISSION_NEEDED}
    checked = {k: v for k, v in implemented.items() if k not in NO_PERMISSION_NEEDED}
    wrong = {f"{s}:{o}": v for (s, o), v in sorted(checked.items()) if v not in DENIED}
    print(f"\n[authz sweep] operations={len(results)} implemented={len(implemented)} "
          f"checked={len(checked)} allowlisted={len(allowlisted)} skipped(NotImplemented)={len(not_implemented)}")
    print("[authz sweep] allowlisted answered:", {f"{s}:{o}": v for (s, o), v in sorted(allowlisted.items())})
    print("[authz sweep] skipped:", [f"{s}:{o}" for s, o in not_implemented])
    print(f"[authz sweep] not AccessDenied ({len(wrong)}):")
    for op, code in wrong.items():
        print(f"    {op}: {code}")
    assert len(checked) >= 50, f"only {len(checked)} operations were checked"
    assert not wrong, f"{len(wrong)} operations did not answer AccessDenied to a user without policies: {wrong}"


# --- 3. connection limits ---------------------------------------------------------------

TIMEOUT = 2  # header, body and idle timeouts of the limits server, seconds
SLACK = 2


@pytest.fixture(scope="module")
def limits_server(tmp_path_factory):
    s = Server(tmp_path_factory.mktemp("hostile-limits") / "data", extra_args=[
        "--header-timeout-secs", str(TIMEOUT), "--body-timeout-secs", str(TIMEOUT),
        "--idle-timeout-secs", str(TIMEOUT)]).start()
    yield s
    s.stop()


def test_a_connection_that_sends_nothing_is_closed(limits_server):
    with socket.create_connection(host_port(limits_server), timeout=5) as s:
        took = seconds_until_closed(s, TIMEOUT + SLACK)
    assert took is not None, f"a silent connection was still open after {TIMEOUT + SLACK} s"


def test_slowloris_head_is_closed(limits_server):
    host, port = host_port(limits_server)
    head = f"GET /health HTTP/1.1\r\nHost: {host}:{port}\r\nX-Slow: {'a' * 200}\r\n\r\n".encode()
    with socket.create_connection((host, port), timeout=5) as s:
        start = time.monotonic()
        closed_after = None
        for i in range(len(head)):  # bounded: one byte per 0.3 s, until closed or the deadline
            if time.monotonic() - start > TIMEOUT + SLACK:
                break
            try:
                s.send(head[i:i + 1])
            except (BrokenPipeError, ConnectionResetError):
                closed_after = time.monotonic() - start
                break
            readable, _, _ = select.select([s], [], [], 0.3)
            if readable:
                closed_after = seconds_until_closed(s, TIMEOUT + SLACK - (time.monotonic() - start))
                if closed_after is not None:
                    closed_after = time.monotonic() - start
                break
    assert closed_after is not None and closed_after <= TIMEOUT + SLACK, \
        f"a head trickled at one byte per 0.3 s was still open after {TIMEOUT + SLACK} s"


def test_a_stalled_body_is_closed_or_refused(limits_server):
    host, port = host_port(limits_server)
    head = (f"POST / HTTP/1.1\r\nHost: {host}:{port}\r\nContent-Type: {FORM}\r\n"
            "Content-Length: 1000\r\n\r\n").encode()
    with socket.create_connection((host, port), timeout=5) as s:
        s.sendall(head + b"Action=Get")  # 10 of the 1000 bytes, then nothing
        start = time.monotonic()
        s.settimeout(TIMEOUT + SLACK)
        try:
            first = s.recv(65536)
        except socket.timeout:
            pytest.fail(f"a stalled body was neither refused nor closed within {TIMEOUT + SLACK} s")
        except ConnectionResetError:
            first = b""
        took = time.monotonic() - start
    assert took <= TIMEOUT + SLACK
    if first:  # answered instead of closed: it must be an error
        status = int(first.split(b" ", 2)[1])
        assert status >= 400, first[:300]


def test_an_idle_keep_alive_connection_is_closed(limits_server):
    host, port = host_port(limits_server)
    req = f"GET /health HTTP/1.1\r\nHost: {host}:{port}\r\n\r\n".encode()
    with socket.create_connection((host, port), timeout=5) as s:
        s.sendall(req)
        status, headers, _ = read_response(s)
        assert status == 200
        assert headers.get("connection", "").lower() != "close", "the server does not keep connections alive"
        time.sleep(0.2)  # still usable right after an answer
        s.sendall(req)
        status, _, _ = read_response(s)
        assert status == 200
        took = seconds_until_closed(s, TIMEOUT + SLACK)
    assert took is not None, f"an idle keep-alive connection was still open after {TIMEOUT + SLACK} s"


MAX_CONNECTIONS = 500
MAX_PER_IP = 100
IDLE_SOCKETS = 2000


@pytest.fixture(scope="module")
def capped_server(tmp_path_factory):
    s = Server(tmp_path_factory.mktemp("hostile-capped") / "data", extra_args=[
        "--max-connections", str(MAX_CONNECTIONS), "--max-connections-per-ip", str(MAX_PER_IP)]).start()
    yield s
    s.stop()


@pytest.fixture
def many_fds():
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    want = IDLE_SOCKETS + 300
    if soft < want:
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(want, hard), hard))
    assert resource.getrlimit(resource.RLIMIT_NOFILE)[0] >= want, f"RLIMIT_NOFILE hard limit {hard} is too low"
    yield
    resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))


@pytest.mark.parametrize("sources", [["127.0.0.1"], [f"127.0.0.{i}" for i in range(2, 10)]],
                         ids=["one-address", "eight-addresses"])
def test_thousands_of_idle_connections_do_not_lock_out_a_client(capped_server, many_fds, sources):
    server = capped_server
    sts = server.client("sts", config=botocore.config.Config(
        retries={"max_attempts": 1}, connect_timeout=1, read_timeout=1))
    socks, failed = [], 0
    deadline = time.monotonic() + 30
    try:
        for i in range(IDLE_SOCKETS):
            if time.monotonic() > deadline:
                break
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            socks.append(s)
            s.settimeout(1)
            try:
                s.bind((sources[i % len(sources)], 0))
                s.connect(host_port(server))
            except OSError:
                failed += 1
        connected = len(socks) - failed
        assert connected >= IDLE_SOCKETS * 0.95, f"only {connected} of {IDLE_SOCKETS} connections opened"
        # The server closes the longest-idle connections to stay within its caps.
        time.sleep(0.5)
        poller = select.poll()
        by_fd = {s.fileno(): s for s in socks}
        for fd in by_fd:
            poller.register(fd, select.POLLIN | select.POLLHUP | select.POLLERR)
        still_open = connected - len(poller.poll(0))

        start = time.monotonic()
        arn = sts.get_caller_identity()["Arn"]
        took = time.monotonic() - start
        assert arn.endswith(":root")
        assert took < 1.0, f"GetCallerIdentity took {took:.2f} s behind {connected} idle connections"
        health = requests.get(server.endpoint + "/health", timeout=2)
        assert health.status_code == 200
        cap = min(MAX_CONNECTIONS, MAX_PER_IP * len(sources))
        assert still_open <= cap, f"{still_open} idle connections stayed open; the cap is {cap}"
    finally:
        for s in socks:
            s.close()


# --- 4. malformed HTTP gets AWS-shaped errors --------------------------------------------


def test_a_64_kib_head_is_431_with_an_aws_error(server):
    host, port = host_port(server)
    pad = "".join(f"X-Pad-{i:03d}: {'a' * 1000}\r\n" for i in range(66))
    status, _, body = raw_request(server, f"GET /?{STS_BODY} HTTP/1.1\r\nHost: {host}:{port}\r\n{pad}\r\n".encode())
    assert status == 431, body[:300]
    xml_error(body)


def test_a_20_kib_request_target_is_414_with_an_aws_error(server):
    host, port = host_port(server)
    target = "/?Action=GetCallerIdentity&Version=2011-06-15&X=" + "a" * 20480
    status, _, body = raw_request(server, f"GET {target} HTTP/1.1\r\nHost: {host}:{port}\r\n\r\n".encode())
    assert status == 414, body[:300]
    xml_error(body)


def test_content_length_with_chunked_is_400_with_an_aws_error(server):
    host, port = host_port(server)
    chunked = f"{len(STS_BODY):x}\r\n{STS_BODY}\r\n0\r\n\r\n"
    req = (f"POST / HTTP/1.1\r\nHost: {host}:{port}\r\nContent-Type: {FORM}\r\n"
           f"Content-Length: {len(STS_BODY)}\r\nTransfer-Encoding: chunked\r\n\r\n{chunked}")
    status, _, body = raw_request(server, req.encode())
    assert status == 400, body[:300]
    xml_error(body)


# --- 5. console redirects stay on the server --------------------------------------------

HOSTILE_DESTINATIONS = [  # as they appear in the query string
    "/%09/evil.example",
    "/%5Cevil.example",
    "//evil.example",
    "/%0A/evil.example",
    "https://evil.example/",
    urllib.parse.quote("https://evil.example/", safe=""),
    urllib.parse.quote("/\\\\evil.example", safe=""),
]


@pytest.mark.parametrize("destination", HOSTILE_DESTINATIONS)
def test_login_destination_cannot_leave_the_server(server, destination):
    creds = server.client("sts").get_federation_token(Name="hostile-fed", DurationSeconds=900)["Credentials"]
    session = json.dumps({"sessionId": creds["AccessKeyId"], "sessionKey": creds["SecretAccessKey"],
                          "sessionToken": creds["SessionToken"]})
    got = requests.get(server.endpoint + "/federation", params={"Action": "getSigninToken", "Session": session},
                       timeout=10)
    assert got.status_code == 200, got.text
    token = got.json()["SigninToken"]
    browser = requests.Session()
    r = browser.get(f"{server.endpoint}/federation?Action=login&SigninToken={urllib.parse.quote(token, safe='')}"
                    f"&Destination={destination}", allow_redirects=False, timeout=10)
    assert r.status_code in (301, 302, 303, 307, 308), (r.status_code, r.text[:300])
    location = r.headers["Location"]
    assert location.startswith("/") and not location.startswith("//"), location
    assert "\\" not in location and not re.search(r"[\x00-\x20\x7f]", location), repr(location)
    assert "evil" not in location.lower(), location
    page = browser.get(server.endpoint + location, allow_redirects=False, timeout=10)
    assert page.status_code == 200, (location, page.status_code)


# --- 6. SigV4 strictness -----------------------------------------------------------------


def root_creds(server, token=None):
    c = server.root_credentials()
    return Credentials(c["AccessKeyId"], c["SecretAccessKey"], token)


def signed(server, signer=SigV4Auth, region="us-east-1", token=None, extra_headers=None):
    """A POST of STS_BODY signed by `signer`; returns the AWSRequest (headers and body)."""
    req = AWSRequest(method="POST", url=server.endpoint + "/", data=STS_BODY,
                     headers={"Content-Type": FORM, **(extra_headers or {})})
    signer(root_creds(server, token), "sts", region).add_auth(req)
    return req


def send(server, req, drop=()):
    headers = {k: v for k, v in req.headers.items() if k.lower() not in drop}
    return requests.post(server.endpoint + "/", data=STS_BODY, headers=headers, timeout=10)


def assert_refused(resp, status, code, message=None):
    got_code, got_message = xml_error(resp.content)
    assert (resp.status_code, got_code) == (status, code), (resp.status_code, resp.text[:400])
    if message is not None:
        assert got_message == message, got_message


class OnlyDateSigned(SigV4Auth):
    """Signs (correctly) over x-amz-date alone, leaving host out of SignedHeaders."""

    def headers_to_sign(self, request):
        headers = super().headers_to_sign(request)
        for name in list(headers.keys()):
            if name != "x-amz-date":
                del headers[name]
        return headers


class HostTwice(SigV4Auth):
    """Lists host twice in SignedHeaders (and in the canonical headers it signs)."""

    def canonical_headers(self, headers_to_sign):
        lines = super().canonical_headers(headers_to_sign).split("\n")
        host = next(line for line in lines if line.startswith("host:"))
        return "\n".join(sorted(lines + [host]))

    def signed_headers(self, headers_to_sign):
        names = sorted(list(set(headers_to_sign)) + ["host"])
        return ";".join(names)


def test_the_untampered_request_succeeds(server, account):
    r = send(server, signed(server))
    assert r.status_code == 200, r.text
    assert f"<Arn>arn:aws:iam::{account}:root</Arn>" in r.text


def test_host_must_be_signed(server):
    req = signed(server, OnlyDateSigned)
    assert "SignedHeaders=x-amz-date," in req.headers["Authorization"]
    assert_refused(send(server, req), 403, "SignatureDoesNotMatch",
                   "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.")


def test_a_signed_header_the_request_lacks(server):
    req = signed(server, extra_headers={"X-Hostile-Signed": "present-when-signed"})
    assert "x-hostile-signed" in req.headers["Authorization"]
    assert_refused(send(server, req, drop=("x-hostile-signed",)), 403, "SignatureDoesNotMatch")


def test_host_listed_twice_in_signed_headers(server):
    req = signed(server, HostTwice)
    assert "SignedHeaders=content-type;host;host;x-amz-date," in req.headers["Authorization"]
    assert_refused(send(server, req), 403, "SignatureDoesNotMatch")


def test_a_signed_header_sent_twice(server):
    req = signed(server)
    conn = http.client.HTTPConnection(*host_port(server), timeout=10)
    try:
        conn.putrequest("POST", "/", skip_accept_encoding=True)
        for name, value in req.headers.items():
            conn.putheader(name, value)
        conn.putheader("X-Amz-Date", req.headers["X-Amz-Date"])  # the signed date, a second time
        conn.putheader("Content-Length", str(len(STS_BODY)))
        conn.endheaders(STS_BODY.encode())
        resp = conn.getresponse()
        body = resp.read()
    finally:
        conn.close()
    code, _ = xml_error(body)
    assert (resp.status, code) == (403, "SignatureDoesNotMatch"), (resp.status, body[:400])


def test_the_credential_scope_region_must_be_the_servers(server):
    resp = send(server, signed(server, region="eu-west-1"))
    assert_refused(resp, 403, "SignatureDoesNotMatch")
    assert "region" in xml_error(resp.content)[1].lower(), resp.text


def test_a_long_term_key_with_a_session_token_is_refused(server):
    assert server.root_credentials()["AccessKeyId"].startswith("AKIA")
    resp = send(server, signed(server, token="any-session-token-at-all"))
    assert_refused(resp, 403, "InvalidClientTokenId")


def presigned_get(server, expires):
    req = AWSRequest(method="GET", url=f"{server.endpoint}/?{STS_BODY}")
    SigV4QueryAuth(root_creds(server), "sts", "us-east-1", expires=expires).add_auth(req)
    return requests.get(req.url, timeout=10)


@pytest.mark.parametrize("expires,message", [
    (0, "X-Amz-Expires must be non-negative"),
    (604801, "X-Amz-Expires must be less than a week (in seconds) that is 604800"),
])
def test_presigned_expiry_bounds(server, expires, message):
    ok = presigned_get(server, 60)
    assert ok.status_code == 200, ok.text  # the harness presigns correctly
    resp = presigned_get(server, expires)
    code, got = xml_error(resp.content)
    assert 400 <= resp.status_code < 500 and code == "IncompleteSignature", (resp.status_code, resp.text[:400])
    assert got == message


# --- 7. crash durability -----------------------------------------------------------------

PG_BASE = (os.environ.get("GATEHOUSE_TEST_DATABASE_URL") or os.environ.get("GATEHOUSE_TEST_POSTGRES")
           or "postgres://postgres@127.0.0.1:5432/test")
WRITERS = 8
LOAD_SECS = 20
KILL_AT = (4.0, 9.5, 15.0)  # seconds into the load, each with up to ±0.5 s of jitter


def psql(sql):
    return subprocess.run(["psql", PG_BASE, "-v", "ON_ERROR_STOP=1", "-qAtc", sql],
                          capture_output=True, text=True, timeout=30)


@pytest.fixture
def pg_url():
    schema = "gh_hostile_" + uuid.uuid4().hex[:12]
    try:
        made = psql(f"CREATE SCHEMA {schema}")
        problem = made.stderr.strip() if made.returncode != 0 else None
    except (OSError, subprocess.TimeoutExpired) as e:
        problem = str(e)
    if problem:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"PostgreSQL is required in CI: {problem}")
        pytest.skip(f"no PostgreSQL: {problem}")
    yield f"{PG_BASE}?options=-c%20search_path%3D{schema}"
    psql(f"DROP SCHEMA IF EXISTS {schema} CASCADE")


def crash_under_load(make_server):
    """CreateUser from WRITERS threads for LOAD_SECS while the server is SIGKILLed at
    KILL_AT and restarted; returns (server, acknowledged user names, attempts)."""
    current = {"server": make_server()}
    creds = current["server"].root_credentials()
    acknowledged, attempts = [], [0]
    lock = threading.Lock()
    stop = threading.Event()

    def writer(tid):
        endpoint, iam, i = None, None, 0
        while not stop.is_set():
            server = current["server"]
            if server is None:
                time.sleep(0.05)
                continue
            if server.endpoint != endpoint:
                endpoint = server.endpoint
                iam = client_for(server, "iam", creds, botocore.config.Config(
                    retries={"max_attempts": 1}, connect_timeout=2, read_timeout=5))
            name = f"dur-{tid}-{i}"
            i += 1
            with lock:
                attempts[0] += 1
            try:
                iam.create_user(UserName=name)
            except (botocore.exceptions.BotoCoreError, botocore.exceptions.ClientError):
                time.sleep(0.05)  # killed mid-call, or between servers: not acknowledged
                continue
            with lock:
                acknowledged.append(name)

    threads = [threading.Thread(target=writer, args=(t,), daemon=True) for t in range(WRITERS)]
    start = time.monotonic()
    for t in threads:
        t.start()
    try:
        for at in KILL_AT:
            time.sleep(max(0.0, start + at + random.uniform(-0.5, 0.5) - time.monotonic()))
            victim = current["server"]
            current["server"] = None
            victim.proc.send_signal(signal.SIGKILL)
            victim.proc.wait(timeout=10)
            restarted = make_server()
            restarted.root_credentials = lambda: creds
            current["server"] = restarted
        time.sleep(max(0.0, start + LOAD_SECS - time.monotonic()))
    finally:
        stop.set()
        for t in threads:
            t.join(timeout=15)
    assert not any(t.is_alive() for t in threads), "a writer thread hung"
    return current["server"], list(acknowledged), attempts[0]


def created_users_in_trail(server):
    """User names of every successful CreateUser event in the trail."""
    ct = server.client("cloudtrail", config=ONE_SHOT)
    pages = ct.get_paginator("lookup_events").paginate(
        LookupAttributes=[{"AttributeKey": "EventName", "AttributeValue": "CreateUser"}],
        PaginationConfig={"PageSize": 50})
    names = set()
    for page in pages:
        for event in page["Events"]:
            record = json.loads(event["CloudTrailEvent"])
            if "errorCode" not in record:
                names.add((record.get("requestParameters") or {}).get("userName"))
    return names


def check_durability(server, acknowledged, attempts, label):
    assert len(acknowledged) >= 100, f"the load made little progress: {len(acknowledged)} users"
    creds = server.root_credentials()
    local = threading.local()

    def exists(name):
        if not hasattr(local, "iam"):
            local.iam = client_for(server, "iam", creds)
        return code_of(lambda: local.iam.get_user(UserName=name)) is None

    with concurrent.futures.ThreadPoolExecutor(WRITERS) as pool:
        present = dict(zip(acknowledged, pool.map(exists, acknowledged)))
    lost = [n for n, ok in present.items() if not ok]
    missing = []

    def all_in_trail():
        in_trail = created_users_in_trail(server)
        missing[:] = [n for n in acknowledged if n not in in_trail]
        return not missing

    poll(all_in_trail, timeout=3, interval=0.5)  # events may trail a restart by about a second
    print(f"\n[durability {label}] attempts={attempts} acknowledged={len(acknowledged)} "
          f"lost_users={len(lost)} missing_events={len(missing)}")
    assert not lost, f"{len(lost)} acknowledged users are gone, e.g. {lost[:5]}"
    assert not missing, f"{len(missing)} acknowledged CreateUser calls have no event, e.g. {missing[:5]}"


def test_sigkill_under_load_loses_nothing_on_sqlite(tmp_path):
    data = tmp_path / "data"
    server, acknowledged, attempts = crash_under_load(lambda: Server(data).start())
    try:
        check_durability(server, acknowledged, attempts, "sqlite")
    finally:
        server.stop()


def test_sigkill_under_load_loses_nothing_on_postgres(tmp_path, pg_url):
    keyfile = tmp_path / "master.key"
    keyfile.write_text(os.urandom(32).hex())
    os.chmod(keyfile, 0o600)
    make = lambda: Server(tmp_path / "data", extra_args=[  # noqa: E731
        "--store", pg_url, "--master-key-file", str(keyfile)]).start()
    server, acknowledged, attempts = crash_under_load(make)
    try:
        check_durability(server, acknowledged, attempts, "postgres")
    finally:
        server.stop()


# --- 8. private files ---------------------------------------------------------------------


def test_data_files_and_backups_are_private(tmp_path):
    old_umask = os.umask(0o022)  # the server, not the umask, must make them private
    try:
        data = tmp_path / "data"
        server = Server(data).start()
        try:
            server.client("iam").create_user(UserName="hostile-private")  # something in the WAL
            backup = tmp_path / "backup.db"
            out = subprocess.run([binary(), "store", "backup", str(backup), "--data-dir", str(data)],
                                 capture_output=True, text=True, timeout=60)
            assert out.returncode == 0, out.stderr
            files = {name: data / name for name in ("gatehouse.db", "master.key", "root-credentials.json")}
            for optional in ("gatehouse.db-wal", "gatehouse.db-shm"):
                if (data / optional).exists():
                    files[optional] = data / optional
            files["backup"] = backup
            modes = {name: oct(stat.S_IMODE(os.stat(path).st_mode)) for name, path in files.items()}
        finally:
            server.stop()
    finally:
        os.umask(old_umask)
    assert all(m == oct(0o600) for m in modes.values()), modes
