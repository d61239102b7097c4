"""AssumeRoleWithWebIdentity per second over HTTP with a warm key cache (RS256), driven
by wrk with one replayable unsigned GET. Not a test: run it by hand, e.g.

    GATEHOUSE_BIN=target/release/gatehouse .venv/bin/python tests/compat/bench_web_identity.py
"""

import json
import os
import subprocess
import sys
import tempfile
import urllib.parse

sys.path.insert(0, os.path.dirname(__file__))

from server_fixture import Server  # noqa: E402
from test_web_identity import CLIENT_ID, Issuer, make_ca, sts, web_role  # noqa: E402


def main(seconds=10, connections=32, threads=2):
    with tempfile.TemporaryDirectory() as tmp:
        tls = make_ca(tmp)
        idp = Issuer(tls)
        server = Server(os.path.join(tmp, "data"), extra_args=["--trusted-ca", tls["ca.pem"]]).start()
        try:
            iam = server.client("iam")
            provider = iam.create_open_id_connect_provider(Url=idp.url, ClientIDList=[CLIENT_ID])[
                "OpenIDConnectProviderArn"
            ]
            role = web_role(server, provider, idp)
            token = idp.token(exp=2_000_000_000)
            sts(server).assume_role_with_web_identity(RoleArn=role, RoleSessionName="warm", WebIdentityToken=token)
            query = urllib.parse.urlencode(
                {
                    "Action": "AssumeRoleWithWebIdentity",
                    "Version": "2011-06-15",
                    "RoleArn": role,
                    "RoleSessionName": "bench",
                    "WebIdentityToken": token,
                }
            )
            url = f"{server.endpoint}/?{query}"
            check = subprocess.run(["curl", "-s", url], capture_output=True, text=True)
            assert "<AccessKeyId>ASIA" in check.stdout, check.stdout[:500]
            out = subprocess.run(
                ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency", url],
                capture_output=True,
                text=True,
            ).stdout
            print(out)
            print(json.dumps({"jwks_fetches": idp.requests}))
        finally:
            server.stop()
            idp.stop()


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:]))
