#!/usr/bin/env python3
"""Side-by-side HTTP benchmarks of Gatehouse and moto's server on loopback.

Starts both servers, prepares the principals each workload needs, drives every
workload with wrk replaying SigV4-signed requests inside their clock-skew window, samples the server's peak RSS
and CPU time, measures the crypto primitives that bound the workloads, and writes
BENCHMARKS.md. Run it through scripts/bench.
"""

import argparse
import datetime
import json
import os
import pathlib
import platform
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import urllib.parse
import time
import uuid

import boto3
import requests

import saml_idp

ROOT = pathlib.Path(__file__).resolve().parents[1]
TRUST_ROOT = lambda acct: json.dumps({"Version": "2012-10-17", "Statement": [
    {"Sid": f"s{i}", "Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{acct}:root"}, "Action": "sts:AssumeRole",
     **({"Condition": {"StringLike": {"sts:RoleSessionName": "*"}}} if i else {})} for i in range(5)]})
SESSION_POLICY = json.dumps({"Version": "2012-10-17", "Statement": [
    {"Effect": "Allow", "Action": ["iam:Get*", "sts:GetCallerIdentity"], "Resource": "*"}]})


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def wait_http(url, timeout=60):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            if requests.get(url, timeout=1).status_code < 500:
                return True
        except requests.RequestException:
            time.sleep(0.02)
    return False


def proc_stats(pid):
    """(peak RSS in MB, current RSS in MB, CPU seconds) of a process."""
    status = pathlib.Path(f"/proc/{pid}/status").read_text()
    hwm = int(re.search(r"VmHWM:\s+(\d+)", status).group(1)) / 1024
    rss = int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) / 1024
    fields = pathlib.Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    cpu = (int(fields[11]) + int(fields[12])) / ticks
    return hwm, rss, cpu


class Gatehouse:
    name = "Gatehouse"

    def __init__(self, binary, data_dir, extra=()):
        self.port = free_port()
        self.endpoint = f"http://127.0.0.1:{self.port}"
        self.data_dir = data_dir
        self.binary = binary
        self.extra = list(extra)
        self.proc = None

    def start(self):
        t0 = time.time()
        self.proc = subprocess.Popen(
            [self.binary, "serve", "--data-dir", str(self.data_dir), "--listen", f"127.0.0.1:{self.port}", "--log-level", "warn",
             *self.extra],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if not wait_http(self.endpoint + "/health"):
            raise RuntimeError("gatehouse did not start")
        self.startup = time.time() - t0
        creds_file = pathlib.Path(self.data_dir) / "root-credentials.json"
        if not creds_file.exists() and getattr(self, "creds_from", None):
            creds_file = pathlib.Path(self.creds_from) / "root-credentials.json"
        creds = json.loads(creds_file.read_text())
        self.account = creds["AccountId"]
        self.key, self.secret = creds["AccessKeyId"], creds["SecretAccessKey"]
        return self

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(30)


class Moto:
    name = "moto"

    def __init__(self):
        self.port = free_port()
        self.endpoint = f"http://127.0.0.1:{self.port}"
        self.account = "123456789012"
        self.key, self.secret = "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
        self.proc = None

    def start(self):
        moto = shutil.which("moto_server") or str(pathlib.Path(sys.executable).parent / "moto_server")
        t0 = time.time()
        self.proc = subprocess.Popen([moto, "-H", "127.0.0.1", "-p", str(self.port)],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if not wait_http(self.endpoint + "/moto-api/"):
            raise RuntimeError("moto did not start")
        self.startup = time.time() - t0
        return self

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(30)


class OidcIssuer:
    """A minimal OpenID issuer on loopback: discovery, one RS256 key, signed ID tokens."""

    def __init__(self):
        import base64
        import http.server

        from cryptography.hazmat.primitives.asymmetric import rsa

        self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        nums = self.key.public_key().public_numbers()
        b64 = lambda n: base64.urlsafe_b64encode(n.to_bytes((n.bit_length() + 7) // 8, "big")).rstrip(b"=").decode()
        jwks = json.dumps({"keys": [{"kty": "RSA", "kid": "bench", "alg": "RS256", "use": "sig",
                                     "n": b64(nums.n), "e": b64(nums.e)}]}).encode()
        discovery = json.dumps({"issuer": self.url, "jwks_uri": self.url + "/jwks",
                                "id_token_signing_alg_values_supported": ["RS256"]}).encode()

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - the stdlib's name
                body = discovery if self.path.endswith("openid-configuration") else jwks
                self.send_response(200)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def token(self, audience):
        import base64

        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.asymmetric import padding

        enc = lambda d: base64.urlsafe_b64encode(json.dumps(d).encode()).rstrip(b"=").decode()
        now = int(time.time())
        signing_input = f"{enc({'alg': 'RS256', 'kid': 'bench', 'typ': 'JWT'})}." + enc(
            {"iss": self.url, "sub": "bench-subject", "aud": audience, "iat": now, "exp": now + 3600})
        sig = self.key.sign(signing_input.encode(), padding.PKCS1v15(), hashes.SHA256())
        return signing_input + "." + base64.urlsafe_b64encode(sig).rstrip(b"=").decode()


ISSUER = None


def client(server, service, key=None, secret=None, token=None):
    return boto3.client(service, endpoint_url=server.endpoint, region_name="us-east-1",
                        aws_access_key_id=key or server.key, aws_secret_access_key=secret or server.secret,
                        aws_session_token=token)


class Call:
    """One workload request: an awsQuery call signed with SigV4 in headers when it is sent,
    so it stays inside the clock-skew window. (Presigned query-string requests are not
    usable: moto routes them to S3.)"""

    def __init__(self, server, service, params, key=None, secret=None, token=None):
        self.server = server
        self.service = service
        self.params = params
        self.key = key or server.key
        self.secret = secret or server.secret
        self.token = token

    @property
    def action(self):
        return self.params["Action"]

    def signed(self):
        from botocore.auth import SigV4Auth
        from botocore.awsrequest import AWSRequest
        from botocore.credentials import Credentials

        body = urllib.parse.urlencode(self.params)
        req = AWSRequest(method="POST", url=self.server.endpoint + "/", data=body,
                         headers={"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"})
        SigV4Auth(Credentials(self.key, self.secret, self.token), self.service, "us-east-1").add_auth(req)
        return self.server.endpoint + "/", dict(req.headers), body

    def check(self):
        url, headers, body = self.signed()
        r = requests.post(url, data=body, headers=headers, timeout=10)
        if r.status_code != 200:
            code = re.search(r"<Code>([^<]+)</Code>", r.text)
            return f"unavailable: HTTP {r.status_code} {code.group(1) if code else ''}".strip()
        if f"<{self.action}Response" not in r.text:
            # A server that answered some other operation does not count.
            return f"unavailable: the answer was not a {self.action} response"
        return None


SAML_WORKLOAD = "AssumeRoleWithSAML (~8 KB ADFS-style response)"
SAML_IDP = None
ONCE_LUA = pathlib.Path(__file__).resolve().parent / "once.lua"
# Bodies signed for one measured run at most (each ~11 KB on disk): enough for 10 s at
# 3,000/s; a faster server uses them up sooner and its rate is taken over the real time.
SAML_MAX_BODIES = 30_000


class SamlCall(Call):
    """AssumeRoleWithSAML: an unsigned call whose every request carries its own signed
    response (a replayed assertion ID is refused), so it is not replayed like the others:
    distinct bodies are signed beforehand and wrk sends each once (bench/once.lua)."""

    def __init__(self, server, idp, role_arn, provider_arn, role_pairs):
        super().__init__(server, "sts", {"Action": "AssumeRoleWithSAML", "Version": "2011-06-15"})
        self.idp = idp
        self.template = idp.template(role_pairs)
        self.role_arn = role_arn
        self.provider_arn = provider_arn
        self.xml_bytes = None

    def signed(self):
        xml = self.idp.response(self.template)
        return (self.server.endpoint + "/", {"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"},
                saml_idp.form_body(xml, self.role_arn, self.provider_arn))

    def check(self):
        # The generator is proved right before anything is measured: exclusive C14N by
        # lxml equals the text that was hashed and signed, and the signature verifies.
        xml = self.idp.response(self.template)
        why = saml_idp.self_check(xml, self.idp)
        if why:
            raise SystemExit(f"bench/saml_idp.py made a wrong response ({why})")
        self.xml_bytes = len(xml.encode())
        why = super().check()
        pairs = self.template["pairs"]
        if why and len(pairs) > 1:
            # Say what the server did: does it take the same response with one role pair?
            one = SamlCall(self.server, self.idp, self.role_arn, self.provider_arn, pairs[:1])
            if Call.check(one) is None:
                why += f" on a Role attribute with {len(pairs)} values (with one value it answers)"
        return why

    def drive(self, seconds, connections, threads, count, tmp):
        """Signs `count` fresh bodies, then lets wrk send each once for at most `seconds`."""
        prefix = pathlib.Path(tmp) / f"saml-{uuid.uuid4().hex[:8]}"
        paths = [f"{prefix}.{i}" for i in range(threads)]
        t0 = time.time()
        saml_idp.write_bodies(self.idp, self.template, self.role_arn, self.provider_arn, count, paths)
        signing_s = time.time() - t0
        try:
            out = subprocess.run(["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency",
                                  "-s", str(ONCE_LUA), self.server.endpoint + "/", "--", str(prefix),
                                  f"<{self.action}Response"],
                                 capture_output=True, text=True, timeout=seconds + 60)
        finally:
            for p in paths:
                os.unlink(p)
        m = re.search(r"ONCE sent=(\d+) answered=(\d+) wrong=(\d+) exhausted=(\d+)/(\d+) elapsed=([\d.]+)", out.stdout)
        if not m:
            raise RuntimeError(f"wrk with once.lua printed no result: {out.stdout[-500:]} {out.stderr[-500:]}")
        sent, answered, wrong, exhausted, nthreads = (int(x) for x in m.groups()[:5])
        elapsed = float(m.group(6))
        r = wrk_stats(out.stdout)
        # wrk's own Requests/sec divides by the whole duration even when the bodies ran
        # out earlier; the rate here is over the time from the first request to the last answer.
        r.update({"rps": answered / elapsed if elapsed else 0.0, "errors": wrong + r["socket_errors"],
                  "bodies": count, "sent": sent, "answered": answered, "elapsed_s": elapsed,
                  "ran_out": exhausted == nthreads, "signing_s": signing_s})
        if sent > count:
            raise RuntimeError(f"once.lua sent {sent} requests from {count} bodies")
        return r


def saml_workload(server, iam, suffix):
    """A SAML provider with the IdP's signing certificate and two roles trusting it (the
    Role attribute names both, as ADFS does for a user in two AWS groups)."""
    global SAML_IDP
    if SAML_IDP is None:
        SAML_IDP = saml_idp.AdfsIdp()
    provider = iam.create_saml_provider(Name=f"ADFS-{suffix}", SAMLMetadataDocument=SAML_IDP.metadata())["SAMLProviderArn"]
    trust = json.dumps({"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Principal": {"Federated": provider}, "Action": "sts:AssumeRoleWithSAML",
         "Condition": {"StringEquals": {"SAML:aud": saml_idp.AWS_SIGNIN}}}]})
    roles = [iam.create_role(RoleName=f"ADFS-{name}-{suffix}", AssumeRolePolicyDocument=trust)["Role"]["Arn"]
             for name in ("Bench", "ReadOnly")]
    return SamlCall(server, SAML_IDP, roles[0], provider, [f"{r},{provider}" for r in roles])


def prepare(server):
    """Principals and one signed call per workload (a string saying why when unavailable)."""
    calls = {}
    iam = client(server, "iam")
    suffix = uuid.uuid4().hex[:6]
    user, role = f"bench-user-{suffix}", f"bench-role-{suffix}"
    try:
        iam.create_user(UserName=user)
        iam.put_user_policy(UserName=user, PolicyName="bench", PolicyDocument=json.dumps(
            {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["sts:AssumeRole", "iam:GetUser"], "Resource": "*"}]}))
        key = iam.create_access_key(UserName=user)["AccessKey"]
        iam.create_role(RoleName=role, AssumeRolePolicyDocument=TRUST_ROOT(server.account))
        iam.put_role_policy(RoleName=role, PolicyName="read", PolicyDocument=SESSION_POLICY)
    except Exception as e:  # noqa: BLE001 - reported in the table
        return {"setup": f"setup failed: {e}"}
    sts_v = {"Version": "2011-06-15"}
    iam_v = {"Version": "2010-05-08"}
    role_arn = f"arn:aws:iam::{server.account}:role/{role}"
    calls["GetCallerIdentity (long-term key)"] = Call(server, "sts", {"Action": "GetCallerIdentity", **sts_v})
    try:
        # AWS refuses AssumeRole by root: the roles are assumed by an IAM user.
        as_user = client(server, "sts", key["AccessKeyId"], key["SecretAccessKey"])
        creds = as_user.assume_role(RoleArn=role_arn, RoleSessionName="bench", DurationSeconds=3600)["Credentials"]
        calls["GetCallerIdentity (temporary credentials)"] = Call(
            server, "sts", {"Action": "GetCallerIdentity", **sts_v},
            creds["AccessKeyId"], creds["SecretAccessKey"], creds["SessionToken"])
    except Exception as e:  # noqa: BLE001
        calls["GetCallerIdentity (temporary credentials)"] = f"unavailable: {type(e).__name__}: {str(e)[:80]}"
    calls["AssumeRole with a session policy"] = Call(
        server, "sts", {"Action": "AssumeRole", **sts_v, "RoleArn": role_arn, "RoleSessionName": "bench",
                        "Policy": SESSION_POLICY}, key["AccessKeyId"], key["SecretAccessKey"])
    try:
        global ISSUER
        if ISSUER is None:
            ISSUER = OidcIssuer()
        host = ISSUER.url.removeprefix("http://")
        provider = iam.create_open_id_connect_provider(Url=f"https://{host}", ClientIDList=["bench-client"])[
            "OpenIDConnectProviderArn"]
        web_role = f"bench-web-{suffix}"
        iam.create_role(RoleName=web_role, AssumeRolePolicyDocument=json.dumps({"Version": "2012-10-17", "Statement": [
            {"Effect": "Allow", "Principal": {"Federated": provider}, "Action": "sts:AssumeRoleWithWebIdentity",
             "Condition": {"StringEquals": {f"{host}:aud": "bench-client"}}}]}))
        # The call is unsigned on AWS; the signature only tells moto which service is meant.
        calls["AssumeRoleWithWebIdentity (warm JWKS)"] = Call(
            server, "sts", {"Action": "AssumeRoleWithWebIdentity", **sts_v,
                            "RoleArn": f"arn:aws:iam::{server.account}:role/{web_role}", "RoleSessionName": "bench",
                            "WebIdentityToken": ISSUER.token("bench-client")})
    except Exception as e:  # noqa: BLE001
        calls["AssumeRoleWithWebIdentity (warm JWKS)"] = f"unavailable: {type(e).__name__}: {str(e)[:60]}"
    try:
        calls[SAML_WORKLOAD] = saml_workload(server, iam, suffix)
    except Exception as e:  # noqa: BLE001
        calls[SAML_WORKLOAD] = f"unavailable: {type(e).__name__}: {str(e)[:80]}"
    calls["iam:GetUser"] = Call(server, "iam", {"Action": "GetUser", **iam_v, "UserName": user})
    list_path = f"/bench-list-{suffix}/"
    try:
        for i in range(100):
            iam.create_user(UserName=f"list-{suffix}-{i:03d}", Path=list_path)
        calls["iam:ListUsers (100 users, MaxItems 100)"] = Call(
            server, "iam", {"Action": "ListUsers", **iam_v, "PathPrefix": list_path, "MaxItems": "100"})
    except Exception as e:  # noqa: BLE001
        calls["iam:ListUsers (100 users, MaxItems 100)"] = f"unavailable: {type(e).__name__}"
    calls["iam:SimulatePrincipalPolicy"] = Call(
        server, "iam", {"Action": "SimulatePrincipalPolicy", **iam_v,
                        "PolicySourceArn": f"arn:aws:iam::{server.account}:user/{user}",
                        "ActionNames.member.1": "iam:GetUser"})
    for k, c in list(calls.items()):
        if isinstance(c, Call):
            why = c.check()
            if why:
                calls[k] = why
    return calls


def run_wrk(call, seconds, connections, threads):
    """Drives one call with wrk; the request is signed just before the run."""
    url, headers, body = call.signed()
    lua = ["wrk.method = \"POST\"", f"wrk.body = [==[{body}]==]"]
    lua += [f"wrk.headers[ [==[{k}]==] ] = [==[{v}]==]" for k, v in headers.items() if k.lower() != "host"]
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as f:
        f.write("\n".join(lua) + "\n")
        script = f.name
    try:
        out = subprocess.run(["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency", "-s", script, url],
                             capture_output=True, text=True, timeout=seconds + 60).stdout
    finally:
        os.unlink(script)
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    stats = wrk_stats(out)
    return {"rps": rps, "p50": stats["p50"], "p99": stats["p99"], "errors": stats["non2xx"] + stats["socket_errors"]}


def wrk_stats(out):
    """Latency percentiles (ms) and error counts from wrk's report."""
    def lat(p):
        m = re.search(rf"\s{p}%\s+([\d.]+)(us|ms|s)", out)
        if not m:
            return None
        v, unit = float(m.group(1)), m.group(2)
        return v / 1000 if unit == "us" else v if unit == "ms" else v * 1000

    non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    sock = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    return {"p50": lat(50), "p99": lat(99), "non2xx": int(non2xx.group(1)) if non2xx else 0,
            "socket_errors": sum(int(x) for x in sock.groups()) if sock else 0}


def measure(server, urls, seconds, warmup, connections, threads, tmp):
    rows = {}
    for name, call in urls.items():
        if not isinstance(call, Call):
            rows[name] = {"note": call}
            continue
        if isinstance(call, SamlCall):
            # The warm-up's own bodies (a guess of 1,500/s) also measure the rate that
            # sizes the measured run's bodies: 1.3 times what it needs, within the cap.
            probe = call.drive(warmup, connections, threads, max(200, warmup * 1500), tmp)
            count = max(200, min(SAML_MAX_BODIES, int(seconds * probe["rps"] * 1.3)))
            print(f"{server.name}: {name}: warm-up {probe['rps']:,.0f}/s, signing {count} responses", flush=True)
            before = proc_stats(server.proc.pid)
            r = call.drive(seconds, connections, threads, count, tmp)
            after = proc_stats(server.proc.pid)
            r["errors"] += probe["errors"]
            r["xml_bytes"] = call.xml_bytes
            r["peak_rss_mb"] = after[0]
            r["cpu_s"] = after[2] - before[2]
            rows[name] = r
            continue
        run_wrk(call, warmup, connections, threads)
        before = proc_stats(server.proc.pid)
        r = run_wrk(call, seconds, connections, threads)
        after = proc_stats(server.proc.pid)
        r["peak_rss_mb"] = after[0]
        r["cpu_s"] = after[2] - before[2]
        rows[name] = r
    return rows


def openssl_speed():
    """HMAC-SHA256 (64-byte messages) and RSA-2048 verifications per second, one core."""
    sha = subprocess.run(["openssl", "speed", "-seconds", "2", "-bytes", "64", "-evp", "sha256"],
                         capture_output=True, text=True).stdout
    line = next((l for l in sha.splitlines() if l.lower().startswith(("sha256", "sha2-256"))), "")
    k_bytes = float(line.split()[1].rstrip("k")) if line else 0.0
    # A 64-byte message is one hash; an HMAC of a short message costs about two.
    hmac_per_s = k_bytes * 1000 / 64 / 2
    rsa = subprocess.run(["openssl", "speed", "-seconds", "2", "rsa2048"], capture_output=True, text=True).stdout
    m = re.search(r"rsa\s+2048 bits\s+[\d.]+s\s+[\d.]+s\s+([\d.]+)\s+([\d.]+)", rsa)
    return {"hmac_per_s": hmac_per_s, "rsa_verify_per_s": float(m.group(2)) if m else 0.0}


def seed_users(data_dir, account, n):
    """Adds n users straight into the embedded store (the record format of crates/core/src/iam/records.rs)."""
    db = sqlite3.connect(pathlib.Path(data_dir) / "gatehouse.db")
    now = int(time.time() * 1000)
    rows, ids = [], []
    for i in range(n):
        name = f"seed{i:07d}"
        uid = "AIDA" + uuid.uuid4().hex[:17].upper()
        arn = f"arn:aws:iam::{account}:user/{name}"
        rec = {"account_id": account, "name": name, "id": uid, "path": "/", "arn": arn, "created": now,
               "permissions_boundary": None, "tags": [], "inline": {}, "attached": [], "password_last_used": None}
        rows.append(("iam-users", f"{account}/{name}", json.dumps(rec).encode()))
        ids.append(("iam-ids", uid, json.dumps(arn).encode()))
        if len(rows) >= 20000:
            db.executemany("INSERT INTO records (collection, key, value) VALUES (?, ?, ?)", rows + ids)
            db.commit()
            rows, ids = [], []
    db.executemany("INSERT INTO records (collection, key, value) VALUES (?, ?, ?)", rows + ids)
    db.commit()
    db.close()


def startup_measurements(binary, users):
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        g = Gatehouse(binary, pathlib.Path(tmp) / "empty").start()
        time.sleep(0.5)
        out["empty"] = (g.startup, proc_stats(g.proc.pid)[1])
        g.stop()
        seeded = pathlib.Path(tmp) / "seeded"
        g = Gatehouse(binary, seeded).start()
        account = g.account
        g.stop()
        seed_users(seeded, account, users)
        g = Gatehouse(binary, seeded).start()
        time.sleep(0.5)
        out["seeded"] = (g.startup, proc_stats(g.proc.pid)[1])
        g.stop()
    return out


def getuser_scaling(binary, sizes, seconds, connections, threads):
    """GetUser requests/s with the store holding each number of users."""
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        g = Gatehouse(binary, pathlib.Path(tmp) / "d").start()
        account = g.account
        g.stop()
        have = 0
        for n in sizes:
            seed_users_range(pathlib.Path(tmp) / "d", account, have, n)
            have = n
            g = Gatehouse(binary, pathlib.Path(tmp) / "d").start()
            iam = client(g, "iam")
            url = Call(g, "iam", {"Action": "GetUser", "Version": "2010-05-08", "UserName": f"seed{n // 2:07d}"})
            run_wrk(url, 2, connections, threads)
            out.append((n, run_wrk(url, seconds, connections, threads)["rps"]))
            g.stop()
    return out


def seed_users_range(data_dir, account, start, end):
    db = sqlite3.connect(pathlib.Path(data_dir) / "gatehouse.db")
    now = int(time.time() * 1000)
    batch = []
    for i in range(start, end):
        name = f"seed{i:07d}"
        uid = "AIDA" + uuid.uuid4().hex[:17].upper()
        arn = f"arn:aws:iam::{account}:user/{name}"
        rec = {"account_id": account, "name": name, "id": uid, "path": "/", "arn": arn, "created": now,
               "permissions_boundary": None, "tags": [], "inline": {}, "attached": [], "password_last_used": None}
        batch.append(("iam-users", f"{account}/{name}", json.dumps(rec).encode()))
        batch.append(("iam-ids", uid, json.dumps(arn).encode()))
        if len(batch) >= 50000:
            db.executemany("INSERT INTO records (collection, key, value) VALUES (?, ?, ?)", batch)
            db.commit()
            batch = []
    db.executemany("INSERT INTO records (collection, key, value) VALUES (?, ?, ?)", batch)
    db.commit()
    db.close()


STORE_WORKLOADS = ("GetCallerIdentity (long-term key)", "AssumeRole with a session policy")


def median_run(runs):
    """The run with the median rate of an odd number of runs."""
    return sorted(runs, key=lambda r: r["rps"])[len(runs) // 2]


def database_cpu_seconds():
    """CPU seconds used so far by the PostgreSQL server's processes, when it runs on this
    machine (None otherwise): with the requests of a round, the database's CPU per request."""
    total, seen = 0, False
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            stat = pathlib.Path(f"/proc/{d}/stat").read_text()
        except OSError:
            continue
        comm = stat[stat.index("(") + 1:stat.rindex(")")]
        if comm.startswith("postgres"):
            fields = stat[stat.rindex(")") + 2:].split()
            # Own time, and (for the postmaster) that of backends which have exited.
            total += sum(int(f) for f in fields[11:15])
            seen = True
    return total / os.sysconf("SC_CLK_TCK") if seen else None


def postgres_runs(binary, url, seconds, warmup, connections, threads, rounds=5):
    """GetCallerIdentity and AssumeRole on one SQLite node and one PostgreSQL node,
    measured in alternating rounds (SQLite, PostgreSQL, SQLite, ...; the median of each)
    so that a shared machine's drift affects both alike; then two nodes sharing the
    database (each driven by its own wrk, half the connections each)."""
    schema = "gh_bench_" + uuid.uuid4().hex[:10]
    if subprocess.run(["psql", url, "-qc", f"CREATE SCHEMA {schema}"], capture_output=True).returncode != 0:
        return None
    store = f"{url}?options=-c%20search_path%3D{schema}"
    out = {}
    try:
        with tempfile.TemporaryDirectory() as tmp:
            key = pathlib.Path(tmp) / "master.key"
            key.write_text(os.urandom(32).hex())
            extra = ["--store", store, "--master-key-file", str(key)]
            sq = Gatehouse(binary, pathlib.Path(tmp) / "sqlite").start()
            try:
                urls_s = prepare(sq)
                a = Gatehouse(binary, pathlib.Path(tmp) / "a", extra).start()
                try:
                    urls_a = prepare(a)
                    for name in STORE_WORKLOADS:
                        if not (isinstance(urls_a.get(name), Call) and isinstance(urls_s.get(name), Call)):
                            continue
                        run_wrk(urls_s[name], warmup, connections, threads)
                        run_wrk(urls_a[name], warmup, connections, threads)
                        s_runs, p_runs, db_us = [], [], []
                        for _ in range(rounds):
                            s_runs.append(run_wrk(urls_s[name], seconds, connections, threads))
                            before = database_cpu_seconds()
                            p_runs.append(run_wrk(urls_a[name], seconds, connections, threads))
                            after = database_cpu_seconds()
                            if before is not None and after is not None and p_runs[-1]["rps"]:
                                db_us.append((after - before) / (p_runs[-1]["rps"] * seconds) * 1e6)
                        if db_us:
                            out[("database cpu", name)] = sorted(db_us)[len(db_us) // 2]
                        out[("sqlite", name)] = median_run(s_runs)
                        out[("one node", name)] = median_run(p_runs)
                        out[("rounds", name)] = ([r["rps"] for r in s_runs], [r["rps"] for r in p_runs])
                finally:
                    a.stop()
            finally:
                sq.stop()
            a = Gatehouse(binary, pathlib.Path(tmp) / "a", extra).start()
            try:
                urls_a = prepare(a)
                b = Gatehouse(binary, pathlib.Path(tmp) / "b", extra)
                b.creds_from = pathlib.Path(tmp) / "a"
                b.start()
                try:
                    urls_b = prepare(b)
                    for name in STORE_WORKLOADS:
                        results = []

                        def drive(u):
                            results.append(run_wrk(u, seconds, max(1, connections // 2), threads))

                        ts = [threading.Thread(target=drive, args=(u[name],)) for u in (urls_a, urls_b)]
                        for t in ts:
                            t.start()
                        for t in ts:
                            t.join()
                        out[("two nodes", name)] = {"rps": sum(r["rps"] for r in results),
                                                    "errors": sum(r["errors"] for r in results),
                                                    "p50": max(r["p50"] or 0 for r in results),
                                                    "p99": max(r["p99"] or 0 for r in results)}
                finally:
                    b.stop()
            finally:
                a.stop()
    finally:
        subprocess.run(["psql", url, "-qc", f"DROP SCHEMA {schema} CASCADE"], capture_output=True)
    return out


def store_ratio(args):
    """The SQLite/PostgreSQL comparison alone (the interleaved rounds of `postgres_runs`)."""
    pg = postgres_runs(args.binary, args.postgres, args.seconds, args.warmup, args.connections, args.threads) or {}
    out = {}
    for name in STORE_WORKLOADS:
        sq = pg.get(("sqlite", name), {}).get("rps")
        one = pg.get(("one node", name), {}).get("rps")
        out[name] = {"sqlite": pg.get(("sqlite", name)), "postgres one node": pg.get(("one node", name)),
                     "rounds": pg.get(("rounds", name)), "postgres two nodes": pg.get(("two nodes", name)),
                     "database CPU per request (µs, median round)": pg.get(("database cpu", name)),
                     "postgres/sqlite": round(one / sq, 3) if sq and one else None}
    return out


def fmt(v, digits=0):
    return "–" if v is None else f"{v:,.{digits}f}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", default=str(ROOT / "target" / "release" / "gatehouse"))
    ap.add_argument("--seconds", type=int, default=10)
    ap.add_argument("--warmup", type=int, default=2)
    ap.add_argument("--connections", type=int, default=32)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--startup-users", type=int, default=100_000)
    ap.add_argument("--scaling", default="1000,100000,1000000", help="user counts for the GetUser scaling run")
    ap.add_argument("--no-moto", action="store_true")
    ap.add_argument("--postgres", default=os.environ.get("GATEHOUSE_TEST_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/test"),
                    help="PostgreSQL for the one-node/two-node runs ('' to skip)")
    ap.add_argument("--write", default=str(ROOT / "BENCHMARKS.md"))
    ap.add_argument("--command", default="scripts/bench")
    ap.add_argument("--only-postgres", action="store_true", help="print the PostgreSQL comparison only; write nothing")
    ap.add_argument("--store-ratio", action="store_true",
                    help="GetCallerIdentity and AssumeRole on one SQLite node, then on PostgreSQL, back to back; "
                         "print the PostgreSQL/SQLite ratios; write nothing")
    ap.add_argument("--only", default="",
                    help="comma-separated parts of workload names (e.g. AssumeRoleWithSAML): measure only those "
                         "workloads on both servers, print the results; write nothing")
    args = ap.parse_args()

    if args.store_ratio:
        print(json.dumps(store_ratio(args), indent=1))
        return

    if args.only_postgres:
        print(json.dumps({f"{k[0]}: {k[1]}": v for k, v in
                          (postgres_runs(args.binary, args.postgres, args.seconds, args.warmup, args.connections, args.threads) or {}).items()},
                         indent=1))
        return

    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        servers = [Gatehouse(args.binary, pathlib.Path(tmp) / "data", ["--allow-http-oidc"])]
        if not args.no_moto:
            servers.append(Moto())
        for s in servers:
            s.start()
            try:
                urls = prepare(s)
                if args.only:
                    wanted = [w.strip().lower() for w in args.only.split(",") if w.strip()]
                    urls = {k: v for k, v in urls.items() if any(w in k.lower() for w in wanted)}
                print(f"{s.name}: measuring {len([u for u in urls.values() if isinstance(u, Call)])} workloads", flush=True)
                results[s.name] = measure(s, urls, args.seconds, args.warmup, args.connections, args.threads, tmp)
                results[s.name]["_idle"] = proc_stats(s.proc.pid)
            finally:
                s.stop()
    if args.only:
        print(json.dumps(results, indent=1))
        return
    crypto = openssl_speed()
    startup = startup_measurements(args.binary, args.startup_users)
    scaling = getuser_scaling(args.binary, [int(x) for x in args.scaling.split(",") if x], max(3, args.seconds // 2), args.connections, args.threads)
    pg = postgres_runs(args.binary, args.postgres, args.seconds, args.warmup, args.connections, args.threads) if args.postgres else None
    write_report(args, results, crypto, startup, scaling, pg)
    print(pathlib.Path(args.write).read_text())


def cpu_model():
    for line in pathlib.Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor()


def crypto_limit(name, crypto):
    """The two-core bound of the primitive that limits a workload (per second) and its name."""
    if "WebIdentity" in name or "SAML" in name:
        return 2 * crypto["rsa_verify_per_s"], "RSA"
    return 2 * crypto["hmac_per_s"] / 3, "HMAC"


def write_report(args, results, crypto, startup, scaling, pg=None):
    g = results.get("Gatehouse", {})
    m = results.get("moto", {})
    lines = []
    lines.append("# Benchmarks\n")
    lines.append("Every figure here comes from one run of the command below on the machine it names; "
                 "Gatehouse and moto's server were measured in the same run, one after the other, on loopback, "
                 "with the load generator on the same machine. Regenerate with `scripts/bench`.\n")
    lines.append(f"- Machine: {cpu_model()}, {os.cpu_count()} cores, "
                 f"{round(os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30)} GiB; {platform.system()} {platform.release()}")
    lines.append(f"- Date: {datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}")
    lines.append(f"- Command: `{args.command}` (wrk, {args.threads} thread(s), {args.connections} connections, "
                 f"{args.warmup} s warm-up then {args.seconds} s per workload; SigV4 header-signed POST requests, signed just before each workload and replayed inside the 5-minute skew window, "
                 f"except AssumeRoleWithSAML: unsigned POSTs, each with its own freshly signed response, each sent once; "
                 f"Gatehouse release build on its embedded SQLite store, moto[server] 5.2.5)\n")
    lines.append("## Workloads over HTTP\n")
    lines.append("| Workload | Gatehouse req/s | p50 ms | p99 ms | errors | moto req/s | p50 ms | p99 ms | errors | Gatehouse/moto "
                 "| Gatehouse / crypto limit |")
    lines.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name in [k for k in g.keys() if not k.startswith("_")]:
        gr, mr = g.get(name, {}), m.get(name, {})
        def cells(r):
            if "note" in r or not r:
                return [r.get("note", "–") if r else "–", "", "", ""]
            return [fmt(r["rps"]), fmt(r["p50"], 2), fmt(r["p99"], 2), str(r["errors"])]
        ratio = f"{gr['rps'] / mr['rps']:.1f}×" if "rps" in gr and "rps" in mr and mr["rps"] else "–"
        limit, primitive = crypto_limit(name, crypto)
        share = f"{gr['rps'] / limit * 100:.1f}% ({primitive})" if "rps" in gr and limit else "–"
        lines.append(f"| {name} | " + " | ".join(cells(gr)) + " | " + " | ".join(cells(mr)) + f" | {ratio} | {share} |")
    saml = g.get(SAML_WORKLOAD, {})
    if "rps" in saml:
        lines.append(f"\nAssumeRoleWithSAML: every request carries its own ADFS-style response ({saml['xml_bytes']:,} bytes of XML: "
                     "the Assertion signed with RSA-SHA256 and an RSA-2048 key, exclusive C14N, enveloped signature; a Role "
                     "attribute with two role/provider pairs, RoleSessionName, SessionDuration and group claims), since a replayed "
                     "assertion is refused. `bench/saml_idp.py` signs them before each run (before anything is measured, one is "
                     "checked against lxml's exclusive C14N and its signature verified), and `bench/once.lua` makes wrk send "
                     "each exactly once and check that every "
                     f"answer is an AssumeRoleWithSAMLResponse. Gatehouse got {saml['bodies']:,} bodies (signed in "
                     f"{saml['signing_s']:.1f} s on {os.cpu_count()} cores, sized from the warm-up's rate) and answered "
                     f"{saml['answered']:,} in {saml['elapsed_s']:.1f} s, from the first request to the last answer"
                     + (f" (the bodies ran out before the {args.seconds} s were up)" if saml["ran_out"] else "")
                     + "; the rate is over that time. The errors include the warm-up's.")
    if "_idle" in g:
        peak = max([r.get("peak_rss_mb", 0) for r in g.values() if isinstance(r, dict)] + [0])
        lines.append(f"\nGatehouse peak RSS over the run: {peak:.1f} MB; CPU seconds per workload: " +
                     ", ".join(f"{k}: {r['cpu_s']:.1f}" for k, r in g.items() if isinstance(r, dict) and "cpu_s" in r) + ".")
    lines.append("\n## The crypto limit\n")
    lines.append(f"- HMAC-SHA256 on small messages, one core (from `openssl speed -evp sha256`, 64-byte blocks, two hashes per HMAC): "
                 f"about {crypto['hmac_per_s']:,.0f} per second. A SigV4 check with a cached signing key costs two HMACs and two SHA-256 hashes, "
                 f"so one core could verify at most about {crypto['hmac_per_s'] / 3:,.0f} requests per second; two cores twice that.")
    gci = g.get("GetCallerIdentity (long-term key)", {})
    if "rps" in gci and crypto["hmac_per_s"]:
        lines.append(f"- GetCallerIdentity reached {gci['rps'] / (2 * crypto['hmac_per_s'] / 3) * 100:.1f}% of that two-core limit: "
                     "the rest is HTTP parsing, routing, encoding, the audit trail and the load generator sharing the cores.")
    lines.append(f"- RSA-2048 signature verification, one core (`openssl speed rsa2048`): {crypto['rsa_verify_per_s']:,.0f} per second — "
                 "the bound for RS256 web identity tokens and SAML responses.")
    if "rps" in saml and crypto["rsa_verify_per_s"]:
        lines.append(f"- AssumeRoleWithSAML reached {saml['rps'] / (2 * crypto['rsa_verify_per_s']) * 100:.1f}% of the two-core RSA-2048 "
                     "verification limit: the rest is parsing and canonicalising the response and hashing its assertion, the "
                     "store write that claims the assertion ID against replay, issuing the session, the audit trail, and "
                     "the load generator sharing the cores.")
    lines.append("- The last column of the table: each Gatehouse figure as a share of the two-core limit of the primitive "
                 "that bounds it (HMAC: the SigV4 check; RSA: RSA-2048 verification of the token or response).")
    lines.append("\n## Start-up and memory\n")
    lines.append("| Data directory | time to `/health` 200 | RSS when idle |")
    lines.append("|---|---:|---:|")
    lines.append(f"| empty (first start: creates the installation) | {startup['empty'][0] * 1000:.0f} ms | {startup['empty'][1]:.1f} MB |")
    lines.append(f"| {args.startup_users:,} users | {startup['seeded'][0] * 1000:.0f} ms | {startup['seeded'][1]:.1f} MB |")
    if scaling:
        lines.append("\n## iam:GetUser as the store grows\n")
        lines.append("| Users in the store | GetUser req/s |")
        lines.append("|---:|---:|")
        for n, rps in scaling:
            lines.append(f"| {n:,} | {rps:,.0f} |")
    if pg:
        lines.append("\n## SQLite and PostgreSQL\n")
        lines.append("Same workloads; the PostgreSQL server is the local one (127.0.0.1:5432). One SQLite node and one "
                     "PostgreSQL node run side by side and are measured in alternating rounds (SQLite, PostgreSQL, five "
                     "times each; the median of each is shown, every round in the last column), so that the shared "
                     "machine's drift during the run affects both alike. Two nodes share one database, each driven by "
                     "its own wrk with half the connections; no balancer. The database's CPU per request is the PostgreSQL "
                     "server processes' CPU time (from /proc) during each PostgreSQL round over its requests, median round.\n")
        lines.append("| Workload | one node, SQLite | one node, PostgreSQL | two nodes, PostgreSQL | PostgreSQL / SQLite (one node) | database CPU per request | rounds (SQLite; PostgreSQL) |")
        lines.append("|---|---:|---:|---:|---:|---:|---|")
        for name in STORE_WORKLOADS:
            sq = pg.get(("sqlite", name), {}).get("rps") or g.get(name, {}).get("rps")
            one = pg.get(("one node", name), {}).get("rps")
            two = pg.get(("two nodes", name), {}).get("rps")
            ratio = f"{one / sq * 100:.0f}%" if sq and one else "–"
            s_rounds, p_rounds = pg.get(("rounds", name), ([], []))
            rounds = f"{', '.join(fmt(r) for r in s_rounds)}; {', '.join(fmt(r) for r in p_rounds)}"
            db = pg.get(("database cpu", name))
            db = f"{db:.1f} µs" if db is not None else "–"
            lines.append(f"| {name} | {fmt(sq)} | {fmt(one)} | {fmt(two)} | {ratio} | {db} | {rounds} |")
    target = pathlib.Path(args.write)
    kept = MICRO
    if target.exists():
        old = target.read_text()
        if MARKER in old:
            kept = old[old.index(MARKER):]
    target.write_text("\n".join(lines) + "\n\n" + kept)


MARKER = "<!-- microbenchmarks: kept by bench/run.py -->"
MICRO = MARKER + """
## Microbenchmarks (`cargo bench`)

Figures from the crates' own benches in release mode, each with its command.
"""

if __name__ == "__main__":
    main()
