"""Issue 6, as a user sees it: ID tokens from an OpenID Connect issuer (a small one run
here over HTTPS with its own test CA, trusted through --trusted-ca) traded for role
credentials by boto3, botocore's web identity credential provider and the AWS CLI;
trust conditions and session tags from the token; and a suite of forged and broken
tokens, each refused with AWS's error and without a storm of key fetches."""

import base64
import datetime
import hashlib
import hmac
import http.server
import ipaddress
import json
import os
import ssl
import subprocess
import threading
import time
import uuid

import boto3
import botocore.config
import botocore.exceptions
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature
from cryptography.x509.oid import NameOID

from server_fixture import ROOT, Server

NO_VALIDATION = botocore.config.Config(parameter_validation=False, retries={"max_attempts": 1})
CLIENT_ID = "gatehouse-app"


def b64u(data):
    if isinstance(data, str):
        data = data.encode()
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def uint_b64(n):
    return b64u(n.to_bytes((n.bit_length() + 7) // 8, "big"))


def uniq(prefix):
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def make_ca(directory):
    """A CA and a certificate for localhost / 127.0.0.1 signed by it."""
    now = datetime.datetime.now(datetime.timezone.utc)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "gatehouse test CA")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True
        )
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    paths = {name: os.path.join(directory, name) for name in ("ca.pem", "cert.pem", "key.pem")}
    with open(paths["ca.pem"], "wb") as f:
        f.write(ca.public_bytes(serialization.Encoding.PEM))
    with open(paths["cert.pem"], "wb") as f:
        f.write(cert.public_bytes(serialization.Encoding.PEM))
    with open(paths["key.pem"], "wb") as f:
        f.write(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )
    return paths


class Issuer:
    """An OpenID Connect issuer: discovery and JWKS over HTTPS, tokens signed with an
    RSA-2048 key (`rsa1`) and a P-256 key (`ec1`). `jwks_mode` makes the key endpoint
    misbehave: `hang` never answers, `huge` sends 100 MB."""

    def __init__(self, tls_paths, realm="realm", jwks_mode="ok"):
        self.rsa = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.ec = ec.generate_private_key(ec.SECP256R1())
        self.realm = realm
        self.jwks_mode = jwks_mode
        self.requests = {"discovery": 0, "jwks": 0}
        self.lock = threading.Lock()
        issuer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_GET(self):
                if self.path == f"/{issuer.realm}/.well-known/openid-configuration":
                    with issuer.lock:
                        issuer.requests["discovery"] += 1
                    body = json.dumps(
                        {
                            "issuer": issuer.url,
                            "jwks_uri": issuer.url + "/jwks",
                            "id_token_signing_alg_values_supported": ["RS256", "ES256"],
                        }
                    ).encode()
                elif self.path == f"/{issuer.realm}/jwks":
                    with issuer.lock:
                        issuer.requests["jwks"] += 1
                    if issuer.jwks_mode == "hang":
                        time.sleep(30)
                        return
                    if issuer.jwks_mode == "huge":
                        self.send_response(200)
                        self.send_header("Content-Type", "application/json")
                        self.send_header("Transfer-Encoding", "chunked")
                        self.end_headers()
                        chunk = b" " * 65536
                        try:
                            for _ in range(100 * 16):
                                self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                        except OSError:
                            pass
                        return
                    body = json.dumps(issuer.jwks()).encode()
                else:
                    self.send_response(404)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(tls_paths["cert.pem"], tls_paths["key.pem"])
        self.httpd.socket = ctx.wrap_socket(self.httpd.socket, server_side=True)
        self.url = f"https://localhost:{self.httpd.server_address[1]}/{realm}"
        self.host = self.url.removeprefix("https://")
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def jwks(self):
        rp = self.rsa.public_key().public_numbers()
        ep = self.ec.public_key().public_numbers()
        return {
            "keys": [
                {"kty": "RSA", "kid": "rsa1", "use": "sig", "alg": "RS256", "n": uint_b64(rp.n), "e": uint_b64(rp.e)},
                {
                    "kty": "EC",
                    "kid": "ec1",
                    "use": "sig",
                    "crv": "P-256",
                    "x": b64u(ep.x.to_bytes(32, "big")),
                    "y": b64u(ep.y.to_bytes(32, "big")),
                },
            ]
        }

    def claims(self, **over):
        now = int(time.time())
        c = {"iss": self.url, "sub": "alice", "aud": CLIENT_ID, "iat": now, "exp": now + 600}
        c.update(over)
        return {k: v for k, v in c.items() if v is not None}

    def token(self, alg="RS256", kid=None, key=None, header=None, **claims):
        h = {"alg": alg, "typ": "JWT"}
        if kid is not None or alg in ("RS256", "ES256"):
            h["kid"] = kid or ("rsa1" if alg == "RS256" else "ec1")
        h.update(header or {})
        signing_input = f"{b64u(json.dumps(h))}.{b64u(json.dumps(self.claims(**claims)))}".encode()
        if alg == "RS256":
            sig = (key or self.rsa).sign(signing_input, padding.PKCS1v15(), hashes.SHA256())
        elif alg == "ES256":
            r, s = decode_dss_signature((key or self.ec).sign(signing_input, ec.ECDSA(hashes.SHA256())))
            sig = r.to_bytes(32, "big") + s.to_bytes(32, "big")
        elif alg == "HS256":
            sig = hmac.new(key, signing_input, hashlib.sha256).digest()
        elif alg == "none":
            sig = b""
        return signing_input.decode() + "." + b64u(sig)

    def stop(self):
        self.httpd.shutdown()


@pytest.fixture(scope="module")
def tls(tmp_path_factory):
    return make_ca(str(tmp_path_factory.mktemp("oidc-ca")))


@pytest.fixture(scope="module")
def idp(tls):
    issuer = Issuer(tls)
    yield issuer
    issuer.stop()


@pytest.fixture(scope="module")
def server(tmp_path_factory, tls):
    s = Server(
        tmp_path_factory.mktemp("gatehouse-oidc") / "data", extra_args=["--trusted-ca", tls["ca.pem"]]
    ).start()
    yield s
    s.stop()


@pytest.fixture(scope="module")
def provider(server, idp):
    iam = server.client("iam")
    return iam.create_open_id_connect_provider(Url=idp.url, ClientIDList=[CLIENT_ID])[
        "OpenIDConnectProviderArn"
    ]


def web_role(server, provider, idp, condition=None, extra_actions=(), policy=None):
    iam = server.client("iam")
    stmt = {
        "Effect": "Allow",
        "Principal": {"Federated": provider},
        "Action": ["sts:AssumeRoleWithWebIdentity", *extra_actions],
    }
    if condition:
        stmt["Condition"] = condition
    name = uniq("web")
    arn = iam.create_role(
        RoleName=name,
        AssumeRolePolicyDocument=json.dumps({"Version": "2012-10-17", "Statement": [stmt]}),
    )["Role"]["Arn"]
    if policy:
        iam.put_role_policy(RoleName=name, PolicyName="p", PolicyDocument=json.dumps(policy))
    return arn


def sts(server):
    return boto3.client(
        "sts",
        endpoint_url=server.endpoint,
        region_name="us-east-1",
        aws_access_key_id="unused",
        aws_secret_access_key="unused",
        config=NO_VALIDATION,
    )


def assume(server, role, token, session="web-session"):
    return sts(server).assume_role_with_web_identity(
        RoleArn=role, RoleSessionName=session, WebIdentityToken=token
    )


def refused(server, role, token):
    with pytest.raises(botocore.exceptions.ClientError) as e:
        assume(server, role, token)
    err = e.value.response["Error"]
    return err["Code"], err["Message"]


def session_client(server, service, creds):
    return boto3.client(
        service,
        endpoint_url=server.endpoint,
        region_name="us-east-1",
        aws_access_key_id=creds["AccessKeyId"],
        aws_secret_access_key=creds["SecretAccessKey"],
        aws_session_token=creds["SessionToken"],
    )


@pytest.mark.parametrize("alg", ["RS256", "ES256"])
def test_a_valid_token_becomes_role_credentials(server, idp, provider, alg):
    role = web_role(server, provider, idp)
    out = assume(server, role, idp.token(alg=alg), session="alice-session")
    assert out["SubjectFromWebIdentityToken"] == "alice"
    assert out["Audience"] == CLIENT_ID
    assert out["Provider"] == provider
    role_name = role.rsplit("/", 1)[1]
    assert out["AssumedRoleUser"]["Arn"].endswith(f":assumed-role/{role_name}/alice-session")
    who = session_client(server, "sts", out["Credentials"]).get_caller_identity()
    assert who["Arn"] == out["AssumedRoleUser"]["Arn"]
    assert ":assumed-role/" in who["Arn"]


def test_botocore_provider_and_cli_use_the_token_file(server, idp, provider, tmp_path):
    role = web_role(server, provider, idp)
    token_file = tmp_path / "token"
    token_file.write_text(idp.token())
    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    env.update(
        AWS_WEB_IDENTITY_TOKEN_FILE=str(token_file),
        AWS_ROLE_ARN=role,
        AWS_ROLE_SESSION_NAME="from-file",
        AWS_ENDPOINT_URL=server.endpoint,
        AWS_DEFAULT_REGION="us-east-1",
        AWS_CONFIG_FILE="/dev/null",
        AWS_SHARED_CREDENTIALS_FILE="/dev/null",
    )
    script = "import boto3; print(boto3.Session().client('sts').get_caller_identity()['Arn'])"
    py = subprocess.run(
        [str(ROOT / ".venv" / "bin" / "python"), "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert py.returncode == 0, py.stderr
    assert py.stdout.strip().endswith(f":assumed-role/{role.rsplit('/', 1)[1]}/from-file")
    cli = subprocess.run(
        [str(ROOT / ".venv" / "bin" / "aws"), "sts", "get-caller-identity", "--output", "json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert cli.returncode == 0, cli.stderr
    assert json.loads(cli.stdout)["Arn"].endswith(f":assumed-role/{role.rsplit('/', 1)[1]}/from-file")


def test_trust_conditions_on_sub_and_aud(server, idp, provider):
    role = web_role(
        server,
        provider,
        idp,
        condition={"StringEquals": {f"{idp.host}:sub": "alice", f"{idp.host}:aud": CLIENT_ID}},
    )
    assert assume(server, role, idp.token(sub="alice"))["SubjectFromWebIdentityToken"] == "alice"
    assert refused(server, role, idp.token(sub="bob")) == (
        "AccessDenied",
        "Not authorized to perform sts:AssumeRoleWithWebIdentity",
    )


def test_azp_picks_the_audience_and_oaud_amr_and_source_identity_reach_the_trust_policy(server, idp, provider):
    role = web_role(
        server,
        provider,
        idp,
        extra_actions=["sts:SetSourceIdentity"],
        condition={
            "StringEquals": {f"{idp.host}:azp": CLIENT_ID, "sts:SourceIdentity": "alice-src"},
            "ForAnyValue:StringEquals": {f"{idp.host}:oaud": "reporting", f"{idp.host}:amr": "mfa"},
        },
    )
    claims = {
        "aud": [CLIENT_ID, "reporting"],
        "azp": CLIENT_ID,
        "amr": ["pwd", "mfa"],
        "https://aws.amazon.com/source_identity": "alice-src",
    }
    out = assume(server, role, idp.token(**claims))
    assert out["Audience"] == CLIENT_ID
    assert out["SourceIdentity"] == "alice-src"
    # Several audiences and no azp: no client is named.
    assert refused(server, role, idp.token(**{**claims, "azp": None})) == (
        "InvalidIdentityToken",
        "Incorrect token audience",
    )
    assert refused(server, role, idp.token(**{**claims, "amr": ["pwd"]}))[0] == "AccessDenied"


def test_tags_claim_becomes_principal_tags(server, idp, provider):
    policy = {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Action": "iam:ListRoles",
                "Resource": "*",
                "Condition": {"StringEquals": {"aws:PrincipalTag/team": "blue"}},
            }
        ],
    }
    role = web_role(server, provider, idp, extra_actions=["sts:TagSession"], policy=policy)
    for team, allowed in (("blue", True), ("red", False)):
        tags = {"principal_tags": {"team": [team]}, "transitive_tag_keys": ["team"]}
        out = assume(server, role, idp.token(**{"https://aws.amazon.com/tags": tags}))
        assert out["PackedPolicySize"] >= 1
        iam = session_client(server, "iam", out["Credentials"])
        if allowed:
            iam.list_roles()
        else:
            with pytest.raises(botocore.exceptions.ClientError) as e:
                iam.list_roles()
            assert e.value.response["Error"]["Code"] == "AccessDenied"
    # Without sts:TagSession in the trust policy, tags are refused.
    untagged_role = web_role(server, provider, idp)
    tags = {"principal_tags": {"team": ["blue"]}}
    assert refused(server, untagged_role, idp.token(**{"https://aws.amazon.com/tags": tags}))[0] == "AccessDenied"


def test_forged_and_broken_tokens_are_refused(server, idp, provider):
    role = web_role(server, provider, idp)
    assume(server, role, idp.token())  # warms the key cache
    other_rsa = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    public_pem = idp.rsa.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    bad_sig = "Couldn't verify the signature of the token"
    now = int(time.time())
    valid = idp.token()
    h, p, s = valid.split(".")
    tampered_claims = json.loads(base64.urlsafe_b64decode(p + "=="))
    tampered_claims["sub"] = "mallory"
    cases = [
        ("wrong aud", idp.token(aud="someone-else"), ("InvalidIdentityToken", "Incorrect token audience")),
        (
            "wrong iss",
            idp.token(iss="https://evil.example/realm"),
            ("InvalidIdentityToken", "No OpenIDConnect provider found in your account for https://evil.example/realm"),
        ),
        (
            "expired",
            idp.token(iat=now - 7200, exp=now - 3600),
            (
                "ExpiredTokenException",
                f"Token expired: current date/time {{now}} must be before the expiration date/time{now - 3600}",
            ),
        ),
        (
            "plain HTTP issuer without --allow-http-oidc",
            idp.token(iss=idp.url.replace("https://", "http://")),
            (
                "InvalidIdentityToken",
                "No OpenIDConnect provider found in your account for " + idp.url.replace("https://", "http://"),
            ),
        ),
        ("not yet valid", idp.token(nbf=now + 3600), ("InvalidIdentityToken", None)),
        ("alg none", idp.token(alg="none", kid="rsa1"), ("InvalidIdentityToken", bad_sig)),
        ("HS256 with the public key", idp.token(alg="HS256", kid="rsa1", key=public_pem), ("InvalidIdentityToken", bad_sig)),
        ("key not in the JWKS", idp.token(key=other_rsa), ("InvalidIdentityToken", bad_sig)),
        ("tampered payload", f"{h}.{b64u(json.dumps(tampered_claims))}.{s}", ("InvalidIdentityToken", bad_sig)),
        ("not a JWT", "not-a-jwt", ("InvalidIdentityToken", None)),
        (
            "900 KB token",
            "a" * 900_000,
            (
                "ValidationError",
                "1 validation error detected: Value at 'webIdentityToken' failed to satisfy constraint: "
                "Member must have length less than or equal to 20000",
            ),
        ),
        ("1 MB token", "a" * (1 << 20), ("RequestEntityTooLarge", None)),
    ]
    for name, token, (code, message) in cases:
        got_code, got_message = refused(server, role, token)
        assert got_code == code, (name, got_code, got_message)
        if message and "{now}" in message:
            head, tail = message.split("{now}")
            assert got_message.startswith(head) and got_message.endswith(tail), (name, got_message)
        elif message:
            assert got_message == message, name


def test_unknown_kid_storm_fetches_keys_at_most_once(server, idp, provider):
    role = web_role(server, provider, idp)
    assume(server, role, idp.token())
    before = dict(idp.requests)
    token = idp.token(kid="unknown-kid")
    client = sts(server)
    start = time.time()
    for _ in range(1000):
        with pytest.raises(botocore.exceptions.ClientError) as e:
            client.assume_role_with_web_identity(RoleArn=role, RoleSessionName="storm", WebIdentityToken=token)
        assert e.value.response["Error"]["Code"] == "InvalidIdentityToken"
    elapsed = time.time() - start
    assert idp.requests["jwks"] - before["jwks"] <= 1, (idp.requests, before, elapsed)
    assert idp.requests["discovery"] - before["discovery"] <= 1


def test_a_cold_issuer_fetches_once_for_a_storm_and_a_rotated_key_after_30_seconds(server, tls):
    fresh = Issuer(tls, realm="rotating")
    try:
        arn = server.client("iam").create_open_id_connect_provider(Url=fresh.url, ClientIDList=[CLIENT_ID])[
            "OpenIDConnectProviderArn"
        ]
        role = web_role(server, arn, fresh)
        client = sts(server)
        token = fresh.token(kid="not-yet-published")
        start = time.time()
        for _ in range(1000):
            with pytest.raises(botocore.exceptions.ClientError) as e:
                client.assume_role_with_web_identity(RoleArn=role, RoleSessionName="storm", WebIdentityToken=token)
            assert e.value.response["Error"]["Code"] == "InvalidIdentityToken"
        elapsed = time.time() - start
        assert fresh.requests == {"discovery": 1, "jwks": 1}, (fresh.requests, elapsed)
        print(f"1000 unknown-kid tokens in {elapsed:.2f}s: {fresh.requests}")

        # The issuer rotates to a new RSA key under a new id: found at the first
        # request 30 s after the last fetch.
        fresh.rsa = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        original_jwks = fresh.jwks

        def rotated():
            doc = original_jwks()
            doc["keys"][0]["kid"] = "rsa2"
            return doc

        fresh.jwks = rotated
        new_token = fresh.token(kid="rsa2")
        assert refused(server, role, new_token)[0] == "InvalidIdentityToken"
        time.sleep(31)
        assert assume(server, role, new_token)["SubjectFromWebIdentityToken"] == "alice"
        assert fresh.requests == {"discovery": 2, "jwks": 2}
    finally:
        fresh.stop()


@pytest.mark.parametrize("mode", ["hang", "huge"])
def test_a_key_endpoint_that_hangs_or_floods_is_an_idp_error(server, tls, mode):
    bad = Issuer(tls, realm=f"bad-{mode}", jwks_mode=mode)
    try:
        arn = server.client("iam").create_open_id_connect_provider(Url=bad.url, ClientIDList=[CLIENT_ID])[
            "OpenIDConnectProviderArn"
        ]
        role = web_role(server, arn, bad)
        start = time.time()
        code, _ = refused(server, role, bad.token())
        assert code == "IDPCommunicationError"
        assert time.time() - start < 15
        # The failure is remembered: the next tokens do not fetch again.
        fetched = bad.requests["jwks"]
        for _ in range(20):
            assert refused(server, role, bad.token())[0] == "IDPCommunicationError"
        assert bad.requests["jwks"] == fetched
    finally:
        bad.stop()


def test_an_issuer_outside_the_trusted_roots_is_unreachable(tmp_path_factory, tls, idp):
    # A server without --trusted-ca does not trust the test CA.
    plain = Server(tmp_path_factory.mktemp("gatehouse-no-ca") / "data").start()
    try:
        iam = plain.client("iam")
        arn = iam.create_open_id_connect_provider(Url=idp.url, ClientIDList=[CLIENT_ID])["OpenIDConnectProviderArn"]
        role = web_role(plain, arn, idp)
        assert refused(plain, role, idp.token())[0] == "IDPCommunicationError"
    finally:
        plain.stop()


def free_port():
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


@pytest.fixture(scope="module")
def issuing_server(tmp_path_factory):
    port = free_port()
    s = Server(
        tmp_path_factory.mktemp("gatehouse-issuer") / "data",
        extra_args=["--public-url", f"http://127.0.0.1:{port}", "--allow-http-oidc"],
    )
    s.args[s.args.index("127.0.0.1:0")] = f"127.0.0.1:{port}"
    s.start()
    yield s
    s.stop()


def es384_verify(token, jwks):
    from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

    h, p, sig = token.split(".")
    header = json.loads(base64.urlsafe_b64decode(h + "=="))
    key = next(k for k in jwks["keys"] if k["kid"] == header["kid"])
    assert header["alg"] == "ES384" and key["crv"] == "P-384"
    pub = ec.EllipticCurvePublicNumbers(
        int.from_bytes(base64.urlsafe_b64decode(key["x"] + "=="), "big"),
        int.from_bytes(base64.urlsafe_b64decode(key["y"] + "=="), "big"),
        ec.SECP384R1(),
    ).public_key()
    raw = base64.urlsafe_b64decode(sig + "==")
    der = encode_dss_signature(int.from_bytes(raw[:48], "big"), int.from_bytes(raw[48:], "big"))
    pub.verify(der, f"{h}.{p}".encode(), ec.ECDSA(hashes.SHA384()))
    return json.loads(base64.urlsafe_b64decode(p + "=="))


def test_gatehouse_issues_tokens_that_it_and_others_verify(issuing_server):
    import urllib.request

    server = issuing_server
    iam = server.client("iam")
    account = server.client("sts").get_caller_identity()["Account"]
    with pytest.raises(botocore.exceptions.ClientError) as e:
        server.client("sts").get_web_identity_token(Audience=["ext"], SigningAlgorithm="ES384")
    assert e.value.response["Error"]["Code"] == "OutboundWebIdentityFederationDisabledException"

    issuer = iam.enable_outbound_web_identity_federation()["IssuerIdentifier"]
    assert issuer == f"{server.endpoint}/oidc/{account}"
    info = iam.get_outbound_web_identity_federation_info()
    assert info["IssuerIdentifier"] == issuer and info["JwtVendingEnabled"] is True

    # The CLI gets a token; it verifies against the keys the discovery document names.
    cli = subprocess.run(
        [
            str(ROOT / ".venv" / "bin" / "aws"),
            "--endpoint-url",
            server.endpoint,
            "--output",
            "json",
            "sts",
            "get-web-identity-token",
            "--audience",
            "external-service",
            "--signing-algorithm",
            "ES384",
        ],
        env=server.cli_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert cli.returncode == 0, cli.stderr
    token = json.loads(cli.stdout)["WebIdentityToken"]
    with urllib.request.urlopen(issuer + "/.well-known/openid-configuration") as r:
        discovery = json.loads(r.read())
    assert discovery["issuer"] == issuer
    with urllib.request.urlopen(discovery["jwks_uri"]) as r:
        jwks = json.loads(r.read())
    claims = es384_verify(token, jwks)
    assert claims["iss"] == issuer and claims["aud"] == "external-service"
    assert claims["sub"] == f"arn:aws:iam::{account}:root"
    assert claims["exp"] - claims["iat"] == 300

    # The account trusts its own issuer as an OIDC provider and trades the token in.
    host = issuer.removeprefix("http://")
    provider = iam.create_open_id_connect_provider(Url=f"https://{host}", ClientIDList=["workload"])[
        "OpenIDConnectProviderArn"
    ]
    stmt = {
        "Effect": "Allow",
        "Principal": {"Federated": provider},
        "Action": "sts:AssumeRoleWithWebIdentity",
        "Condition": {"StringEquals": {f"{host}:sub": f"arn:aws:iam::{account}:root"}},
    }
    role = iam.create_role(
        RoleName=uniq("loop"),
        AssumeRolePolicyDocument=json.dumps({"Version": "2012-10-17", "Statement": [stmt]}),
    )["Role"]["Arn"]
    own = server.client("sts").get_web_identity_token(Audience=["workload"], SigningAlgorithm="ES384")
    out = sts(server).assume_role_with_web_identity(
        RoleArn=role, RoleSessionName="loop", WebIdentityToken=own["WebIdentityToken"]
    )
    who = session_client(server, "sts", out["Credentials"]).get_caller_identity()
    assert who["Arn"].endswith(f":assumed-role/{role.rsplit('/', 1)[1]}/loop")
    # A token for another audience is refused.
    other = server.client("sts").get_web_identity_token(Audience=["external-service"], SigningAlgorithm="ES384")
    assert refused(server, role, other["WebIdentityToken"]) == ("InvalidIdentityToken", "Incorrect token audience")

    iam.disable_outbound_web_identity_federation()
    with pytest.raises(botocore.exceptions.ClientError) as e:
        server.client("sts").get_web_identity_token(Audience=["ext"], SigningAlgorithm="ES384")
    assert e.value.response["Error"]["Code"] == "OutboundWebIdentityFederationDisabledException"


# --- oidc-provider (a certified OpenID provider, under Node) as the identity provider ---

OIDC_DIR = ROOT / "tests" / "compat" / "oidc"
REDIRECT = "https://client.example/cb"


class NodeProvider:
    """oidc-provider on a loopback HTTPS port; ID tokens come from a real authorization
    code flow through its development login form."""

    def __init__(self, tls):
        import requests

        if not (OIDC_DIR / "node_modules" / "oidc-provider").exists():
            raise RuntimeError("oidc-provider is not installed: run scripts/install-oidc-provider")
        self.proc = subprocess.Popen(
            ["node", str(OIDC_DIR / "issuer.mjs"), tls["cert.pem"], tls["key.pem"], CLIENT_ID, "s3cret", REDIRECT],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        line = self.proc.stdout.readline()
        if not line.startswith("listening "):
            raise RuntimeError("oidc-provider did not start: " + self.proc.stderr.read()[-2000:])
        self.url = line.split()[1]
        self.host = self.url.removeprefix("https://")
        self.http = requests.Session()
        self.http.trust_env = False  # REQUESTS_CA_BUNDLE would replace the test CA
        self.http.verify = tls["ca.pem"]

    def _follow(self, r):
        import urllib.parse

        while r.status_code in (302, 303):
            loc = urllib.parse.urljoin(r.url, r.headers["location"])
            if loc.startswith(REDIRECT):
                return loc
            r = self.http.get(loc, allow_redirects=False)
        return r

    def _submit(self, page, fields):
        import re

        form = re.search(r'<form[^>]*action="([^"]+)"[^>]*>(.*?)</form>', page.text, re.S)
        data = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', form.group(2)))
        data.update(fields)
        return self.http.post(form.group(1), data=data, allow_redirects=False)

    def id_token(self, login):
        import urllib.parse

        self.http.cookies.clear()
        r = self._follow(
            self.http.get(
                self.url + "/auth",
                params=dict(
                    client_id=CLIENT_ID, response_type="code", scope="openid", redirect_uri=REDIRECT, nonce="n", state="s"
                ),
                allow_redirects=False,
            )
        )
        for _ in range(4):  # the login form, then consent
            if isinstance(r, str):
                break
            fields = {"login": login, "password": "any"} if 'name="login"' in r.text else {}
            r = self._follow(self._submit(r, fields))
        code = urllib.parse.parse_qs(urllib.parse.urlparse(r).query)["code"][0]
        t = self.http.post(
            self.url + "/token",
            data=dict(grant_type="authorization_code", code=code, redirect_uri=REDIRECT),
            auth=(CLIENT_ID, "s3cret"),
        )
        t.raise_for_status()
        return t.json()["id_token"]

    def stats(self):
        return self.http.get(self.url + "/stats").json()

    def stop(self):
        self.proc.kill()
        self.proc.wait()


@pytest.fixture(scope="module")
def node_idp(tls):
    p = NodeProvider(tls)
    yield p
    p.stop()


@pytest.fixture(scope="module")
def node_provider(server, node_idp):
    iam = server.client("iam")
    return iam.create_open_id_connect_provider(Url=node_idp.url, ClientIDList=[CLIENT_ID])[
        "OpenIDConnectProviderArn"
    ]


def test_oidc_provider_tokens_become_credentials_in_boto3_botocore_and_the_cli(
    server, node_idp, node_provider, tmp_path
):
    role = web_role(server, node_provider, node_idp, condition={"StringEquals": {f"{node_idp.host}:sub": "alice"}})
    role_name = role.rsplit("/", 1)[1]
    token = node_idp.id_token("alice")
    out = assume(server, role, token, session="alice")
    assert out["SubjectFromWebIdentityToken"] == "alice" and out["Audience"] == CLIENT_ID
    who = session_client(server, "sts", out["Credentials"]).get_caller_identity()
    assert who["Arn"].endswith(f":assumed-role/{role_name}/alice")
    # Another subject of the same provider is not trusted.
    assert refused(server, role, node_idp.id_token("bob"))[0] == "AccessDenied"

    token_file = tmp_path / "token"
    token_file.write_text(token)
    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    env.update(
        AWS_WEB_IDENTITY_TOKEN_FILE=str(token_file),
        AWS_ROLE_ARN=role,
        AWS_ROLE_SESSION_NAME="from-oidc-provider",
        AWS_ENDPOINT_URL=server.endpoint,
        AWS_DEFAULT_REGION="us-east-1",
        AWS_CONFIG_FILE="/dev/null",
        AWS_SHARED_CREDENTIALS_FILE="/dev/null",
    )
    script = "import boto3; print(boto3.Session().client('sts').get_caller_identity()['Arn'])"
    py = subprocess.run(
        [str(ROOT / ".venv" / "bin" / "python"), "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert py.returncode == 0, py.stderr
    assert py.stdout.strip().endswith(f":assumed-role/{role_name}/from-oidc-provider")
    cli = subprocess.run(
        [str(ROOT / ".venv" / "bin" / "aws"), "sts", "get-caller-identity", "--output", "json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert cli.returncode == 0, cli.stderr
    assert json.loads(cli.stdout)["Arn"].endswith(f":assumed-role/{role_name}/from-oidc-provider")


def test_oidc_provider_unknown_kid_storm_and_forgeries(server, node_idp, node_provider):
    role = web_role(server, node_provider, node_idp)
    token = node_idp.id_token("carol")
    assume(server, role, token)
    before = node_idp.stats()
    h, p, s = token.split(".")
    header = json.loads(base64.urlsafe_b64decode(h + "=="))
    header["kid"] = "no-such-key"
    unknown = f"{b64u(json.dumps(header))}.{p}.{s}"
    client = sts(server)
    start = time.time()
    for _ in range(1000):
        with pytest.raises(botocore.exceptions.ClientError) as e:
            client.assume_role_with_web_identity(RoleArn=role, RoleSessionName="storm", WebIdentityToken=unknown)
        assert e.value.response["Error"]["Code"] == "InvalidIdentityToken"
    elapsed = time.time() - start
    after = node_idp.stats()
    assert after["jwks"] - before["jwks"] <= 1, (before, after, elapsed)
    print(f"oidc-provider: 1000 unknown-kid tokens in {elapsed:.2f}s, JWKS requests {before} -> {after}")
    claims = json.loads(base64.urlsafe_b64decode(p + "=="))
    claims["sub"] = "mallory"
    assert refused(server, role, f"{h}.{b64u(json.dumps(claims))}.{s}") == (
        "InvalidIdentityToken",
        "Couldn't verify the signature of the token",
    )
    none = f"{b64u(json.dumps({'alg': 'none'}))}.{p}."
    assert refused(server, role, none)[0] == "InvalidIdentityToken"


def test_a_second_account_trusts_gatehouse_tokens(issuing_server):
    """Account A issues a token; account B, created with `gatehouse accounts create`,
    registers A's issuer as an OIDC provider and trades the token for a role in B."""
    import boto3

    server = issuing_server
    iam_a = server.client("iam")
    account_a = server.client("sts").get_caller_identity()["Account"]
    issuer = iam_a.enable_outbound_web_identity_federation()["IssuerIdentifier"]
    made = subprocess.run([str(server.args[0]), "accounts", "create", "workloads", "--data-dir", str(server.data_dir)],
                          capture_output=True, text=True, timeout=60)
    assert made.returncode == 0, made.stderr
    creds_b = json.loads((server.data_dir / "accounts" / "workloads-credentials.json").read_text())
    account_b = creds_b["AccountId"]
    assert account_b != account_a

    def client_b(service):
        return boto3.client(service, endpoint_url=server.endpoint, region_name="us-east-1",
                            aws_access_key_id=creds_b["AccessKeyId"], aws_secret_access_key=creds_b["SecretAccessKey"])

    host = issuer.removeprefix("http://")
    provider = client_b("iam").create_open_id_connect_provider(Url=f"https://{host}", ClientIDList=["account-b"])[
        "OpenIDConnectProviderArn"
    ]
    assert f":{account_b}:" in provider
    stmt = {
        "Effect": "Allow",
        "Principal": {"Federated": provider},
        "Action": "sts:AssumeRoleWithWebIdentity",
        "Condition": {"StringEquals": {f"{host}:sub": f"arn:aws:iam::{account_a}:root"}},
    }
    role = client_b("iam").create_role(
        RoleName=uniq("from-a"), AssumeRolePolicyDocument=json.dumps({"Version": "2012-10-17", "Statement": [stmt]}),
    )["Role"]["Arn"]
    token = server.client("sts").get_web_identity_token(Audience=["account-b"], SigningAlgorithm="ES384")
    out = sts(server).assume_role_with_web_identity(RoleArn=role, RoleSessionName="cross", WebIdentityToken=token["WebIdentityToken"])
    who = session_client(server, "sts", out["Credentials"]).get_caller_identity()
    assert who["Account"] == account_b
    assert who["Arn"] == f"arn:aws:sts::{account_b}:assumed-role/{role.rsplit('/', 1)[1]}/cross"
    iam_a.disable_outbound_web_identity_federation()
