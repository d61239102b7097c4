"""AssumeRoleWithSAML over HTTP, measured with wrk against a release build (not a test;
run by hand):

    cargo build --release -p gatehouse
    GATEHOUSE_BIN=target/release/gatehouse .venv/bin/python tests/compat/bench_saml_federation.py [seconds] [count]

Each request carries a distinct ADFS-style response (about 8 KB: the assertion signed
with RSA-SHA256 by signxml, the Role attribute with several pairs, group claims), since
a replayed assertion is refused. `count` responses are signed beforehand (2 processes);
wrk (2 threads, 16 connections) posts them once each. Only 200 answers are counted.
"""

import multiprocessing
import os
import pathlib
import re
import subprocess
import sys
import tempfile
import time
import urllib.parse

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from test_saml_federation import Federation, Idp, b64, sign_signxml, start_server  # noqa: E402

LUA = r"""
local bodies = {}
local idx = 0
local threads = 0
function setup(thread)
  thread:set("tid", threads)
  threads = threads + 1
end
function init(args)
  local i = 0
  for line in io.lines(BODIES) do
    if i % 2 == tid then table.insert(bodies, line) end
    i = i + 1
  end
end
function request()
  idx = idx + 1
  if idx > #bodies then idx = 1 end
  return wrk.format("POST", "/", {["Content-Type"] = "application/x-www-form-urlencoded"}, bodies[idx])
end
function done(summary, latency, requests)
  io.write(string.format("RESULT %d %d %d %d\n", summary.requests, summary.errors.status,
    summary.duration, latency:percentile(99)))
end
"""

GROUPS = [f"CN=grp-{i:03d},OU=Groups,DC=corp,DC=example,DC=test" for i in range(35)]


# Set before the worker processes fork: keys do not pickle.
JOB = None


def adfs_body(_index):
    idp, roles, role, provider = JOB
    attributes = {
        "https://aws.amazon.com/SAML/Attributes/SessionDuration": ["3600"],
        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn": ["alice@corp.example.test"],
        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress": ["alice@corp.example.test"],
        "http://schemas.xmlsoap.org/claims/Group": GROUPS,
    }
    xml = idp.assertion(roles, session_name="alice@corp.example.test",
                        name_format="urn:oasis:names:tc:SAML:2.0:nameid-format:transient",
                        name_id="CORP\\alice", attributes=attributes,
                        sig='<ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#" Id="placeholder"></ds:Signature>')
    signed = idp.response(sign_signxml(xml, idp.keys["rsa"], "rsa-sha256"))
    body = urllib.parse.urlencode({
        "Action": "AssumeRoleWithSAML", "Version": "2011-06-15", "RoleArn": role,
        "PrincipalArn": provider, "SAMLAssertion": b64(signed),
    })
    return len(signed), body


def main():
    seconds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
    work = pathlib.Path(tempfile.mkdtemp())
    server = start_server(work / "data", public=False)
    try:
        fed = Federation(server, Idp())
        role = fed.role("Bench")
        others = [fed.role(f"Other{i}") for i in range(4)]
        roles = [fed.pair(r) for r in [role, *others]]
        started = time.time()
        global JOB
        JOB = (fed.idp, roles, role, fed.provider)
        with multiprocessing.get_context("fork").Pool(2) as pool:
            made = pool.map(adfs_body, range(count), chunksize=50)
        sizes = [s for s, _ in made]
        bodies = work / "bodies.txt"
        bodies.write_text("\n".join(b for _, b in made) + "\n")
        print(f"signed {count} responses in {time.time() - started:.1f} s, "
              f"{min(sizes)}-{max(sizes)} bytes of XML")
        lua = work / "bench.lua"
        lua.write_text(f'BODIES = "{bodies}"\n' + LUA)
        out = subprocess.run(["wrk", "-t2", "-c16", f"-d{seconds}s", "-s", str(lua), server.endpoint + "/"],
                             capture_output=True, text=True, timeout=seconds + 120).stdout
        m = re.search(r"RESULT (\d+) (\d+) (\d+) (\d+)", out)
        total, failed, micros, p99 = (int(x) for x in m.groups())
        ok = total - failed
        print(out)
        print(f"| AssumeRoleWithSAML, ~{sum(sizes) // len(sizes) // 1024} KB ADFS-style, RSA-SHA256 "
              f"| {ok / (micros / 1e6):.0f}/s | p99 {p99 / 1000:.1f} ms | {failed} non-200 of {total} |")
        if ok > count:
            print("WARNING: more successes than distinct responses?")
    finally:
        server.stop()


if __name__ == "__main__":
    os.environ.setdefault("PYTHONDONTWRITEBYTECODE", "1")
    main()
