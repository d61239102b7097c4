"""Issue 2, as a user sees it: the root credentials, STS GetCallerIdentity from the AWS
CLI and boto3, SigV4 failures, presigned URLs, the audit trail, bad input, TLS, restart
and shutdown."""

import datetime
import json
import os
import re
import signal
import stat
import subprocess
import time
import urllib.request
from unittest import mock

import botocore.auth
import botocore.exceptions
import pytest
import requests

from server_fixture import Server, aws_cli, gatehouse  # noqa: F401  (fixture)

SIG_MISMATCH = (
    "The request signature we calculated does not match the signature you provided. "
    "Check your AWS Secret Access Key and signing method. Consult the service documentation for details."
)


def error_of(excinfo):
    err = excinfo.value.response["Error"]
    return err["Code"], err["Message"]


def test_first_start_writes_private_root_credentials(gatehouse):
    creds = gatehouse.root_credentials()
    assert re.fullmatch(r"[1-9]\d{11}", creds["AccountId"])
    assert re.fullmatch(r"AKIA[A-Z2-7]{16}", creds["AccessKeyId"])
    assert len(creds["SecretAccessKey"]) == 40
    for name in ("root-credentials.json", "master.key"):
        mode = stat.S_IMODE(os.stat(gatehouse.data_dir / name).st_mode)
        assert mode == 0o600, (name, oct(mode))
    assert any("root-credentials.json" in line for line in gatehouse.stdout_lines)


def test_aws_cli_get_caller_identity_prints_root_arn(gatehouse):
    out = json.loads(aws_cli(gatehouse, "sts", "get-caller-identity").stdout)
    account = gatehouse.root_credentials()["AccountId"]
    assert out == {"UserId": account, "Account": account, "Arn": f"arn:aws:iam::{account}:root"}


def test_boto3_get_caller_identity(gatehouse):
    out = gatehouse.client("sts").get_caller_identity()
    account = gatehouse.root_credentials()["AccountId"]
    assert out["Arn"] == f"arn:aws:iam::{account}:root"
    assert out["Account"] == account
    assert re.fullmatch(r"[0-9a-f-]{36}", out["ResponseMetadata"]["RequestId"])


def test_wrong_secret_is_signature_does_not_match(gatehouse):
    creds = gatehouse.root_credentials()
    wrong = ("x" if creds["SecretAccessKey"][0] != "x" else "y") + creds["SecretAccessKey"][1:]
    sts = gatehouse.client("sts", secret=wrong)
    with pytest.raises(botocore.exceptions.ClientError) as e:
        sts.get_caller_identity()
    assert error_of(e) == ("SignatureDoesNotMatch", SIG_MISMATCH)
    assert e.value.response["ResponseMetadata"]["HTTPStatusCode"] == 403


def test_unknown_key_is_invalid_client_token_id(gatehouse):
    sts = gatehouse.client("sts", access_key="AKIAAAAAAAAAAAAAAAAA", secret="x" * 40)
    with pytest.raises(botocore.exceptions.ClientError) as e:
        sts.get_caller_identity()
    assert error_of(e) == ("InvalidClientTokenId", "The security token included in the request is invalid.")


def test_old_timestamp_is_signature_expired(gatehouse):
    sts = gatehouse.client("sts")
    old = datetime.datetime.now(datetime.timezone.utc).replace(tzinfo=None) - datetime.timedelta(minutes=20)
    with mock.patch.object(botocore.auth, "get_current_datetime", return_value=old):
        with pytest.raises(botocore.exceptions.ClientError) as e:
            sts.get_caller_identity()
    code, message = error_of(e)
    assert code == "SignatureDoesNotMatch"
    assert re.fullmatch(r"Signature expired: \d{8}T\d{6}Z is now earlier than \d{8}T\d{6}Z \(\d{8}T\d{6}Z - 5 min\.\)", message), message


def test_presigned_url_works_with_curl_until_it_expires(gatehouse):
    sts = gatehouse.client("sts")
    url = sts.generate_presigned_url("get_caller_identity", ExpiresIn=3, HttpMethod="GET")
    # Without HttpMethod botocore signs the operation's own method, POST.
    post_url = sts.generate_presigned_url("get_caller_identity", ExpiresIn=3)
    account = gatehouse.root_credentials()["AccountId"]
    for args in (["curl", "-s", "-w", "\n%{http_code}", url], ["curl", "-s", "-X", "POST", "-w", "\n%{http_code}", post_url]):
        ok = subprocess.run(args, capture_output=True, text=True, timeout=30)
        body, status = ok.stdout.rsplit("\n", 1)
        assert status == "200", body
        assert f"<Arn>arn:aws:iam::{account}:root</Arn>" in body
    # a GET of the URL signed for POST does not verify
    wrong = subprocess.run(["curl", "-s", "-w", "\n%{http_code}", post_url], capture_output=True, text=True, timeout=30)
    assert wrong.stdout.rsplit("\n", 1)[1] == "403"
    time.sleep(4.5)
    late = subprocess.run(["curl", "-s", "-w", "\n%{http_code}", url], capture_output=True, text=True, timeout=30)
    body, status = late.stdout.rsplit("\n", 1)
    assert status == "403", body
    assert "<Code>" in body and "<Arn>" not in body


def test_cloudtrail_lookup_events_lists_calls_including_failures(gatehouse):
    sts = gatehouse.client("sts")
    sts.get_caller_identity()
    with pytest.raises(botocore.exceptions.ClientError):
        gatehouse.client("sts", secret="y" * 40).get_caller_identity()
    out = json.loads(aws_cli(gatehouse, "cloudtrail", "lookup-events", "--max-results", "50").stdout)
    events = out["Events"]
    names = [e["EventName"] for e in events]
    assert "GetCallerIdentity" in names
    records = [json.loads(e["CloudTrailEvent"]) for e in events]
    ok = next(r for r in records if r["eventName"] == "GetCallerIdentity" and "errorCode" not in r)
    assert ok["eventSource"] == "sts.amazonaws.com"
    assert ok["userIdentity"]["type"] == "Root"
    assert ok["recipientAccountId"] == gatehouse.root_credentials()["AccountId"]
    assert ok["sourceIPAddress"] == "127.0.0.1"
    assert "Boto3" in ok["userAgent"] or "botocore" in ok["userAgent"]
    failed = [r for r in records if r.get("errorCode") == "SignatureDoesNotMatch"]
    assert failed, "the failed call is in the trail"
    assert failed[0]["errorMessage"] == SIG_MISMATCH
    # newest first
    times = [e["EventTime"] for e in events]
    assert times == sorted(times, reverse=True)
    # a lookup attribute narrows the result
    only = gatehouse.client("cloudtrail").lookup_events(
        LookupAttributes=[{"AttributeKey": "EventName", "AttributeValue": "GetCallerIdentity"}]
    )["Events"]
    assert only and all(e["EventName"] == "GetCallerIdentity" for e in only)


def test_lookup_events_pages_with_next_token(gatehouse):
    sts = gatehouse.client("sts")
    for _ in range(5):
        sts.get_caller_identity()
    ct = gatehouse.client("cloudtrail")
    first = ct.lookup_events(MaxResults=2)
    assert len(first["Events"]) == 2 and first.get("NextToken")
    second = ct.lookup_events(MaxResults=2, NextToken=first["NextToken"])
    assert {e["EventId"] for e in first["Events"]}.isdisjoint({e["EventId"] for e in second["Events"]})
    with pytest.raises(botocore.exceptions.ClientError) as e:
        ct.lookup_events(NextToken="bogus")
    assert error_of(e)[0] == "InvalidNextTokenException"


def test_secrets_never_reach_the_trail_or_logs(gatehouse):
    secret = gatehouse.root_credentials()["SecretAccessKey"]
    events = gatehouse.client("cloudtrail").lookup_events(MaxResults=50)["Events"]
    assert all(secret not in e["CloudTrailEvent"] for e in events)
    assert all(secret not in line for line in gatehouse.stderr_lines + gatehouse.stdout_lines)


def signed_post(server, body, headers=None, service="sts"):
    """A raw, correctly signed POST built with botocore's signer."""
    from botocore.auth import SigV4Auth
    from botocore.awsrequest import AWSRequest
    from botocore.credentials import Credentials

    creds = server.root_credentials()
    req = AWSRequest(
        method="POST",
        url=server.endpoint + "/",
        data=body,
        headers={"Content-Type": "application/x-www-form-urlencoded; charset=utf-8", **(headers or {})},
    )
    SigV4Auth(Credentials(creds["AccessKeyId"], creds["SecretAccessKey"]), service, "us-east-1").add_auth(req)
    return requests.post(server.endpoint + "/", data=body, headers=dict(req.headers), timeout=30)


def xml_code(resp):
    m = re.search(r"<Code>([^<]*)</Code>", resp.text)
    return m.group(1) if m else None


def test_bad_input_gets_aws_shaped_errors_and_the_server_keeps_serving(gatehouse):
    unknown = signed_post(gatehouse, "Action=NoSuchAction&Version=2011-06-15")
    assert unknown.status_code == 400 and xml_code(unknown) == "InvalidAction", unknown.text
    assert "<ErrorResponse" in unknown.text and "<RequestId>" in unknown.text

    missing = signed_post(gatehouse, "Action=AssumeRole&Version=2011-06-15")
    assert missing.status_code == 400, missing.text
    assert xml_code(missing) in ("ValidationError", "MissingParameter"), missing.text
    assert "roleArn" in missing.text or "RoleArn" in missing.text

    malformed = signed_post(gatehouse, "Action=GetCallerIdentity&%%%=&Version=2011-06-15")
    assert 400 <= malformed.status_code < 500 and xml_code(malformed), malformed.text

    bad_utf8 = signed_post(gatehouse, b"Action=GetCallerIdentity&Version=2011-06-15&X=\xff\xfe")
    assert 400 <= bad_utf8.status_code < 500 and xml_code(bad_utf8), bad_utf8.text

    garbage = requests.post(
        gatehouse.endpoint + "/",
        data="Action=GetCallerIdentity&Version=2011-06-15",
        headers={"Authorization": "AWS4-HMAC-SHA256 garbage", "Content-Type": "application/x-www-form-urlencoded"},
        timeout=30,
    )
    assert garbage.status_code in (400, 403) and xml_code(garbage) == "IncompleteSignature", garbage.text

    unsigned = requests.post(gatehouse.endpoint + "/", data="Action=GetCallerIdentity&Version=2011-06-15",
                             headers={"Content-Type": "application/x-www-form-urlencoded"}, timeout=30)
    assert unsigned.status_code == 403 and xml_code(unsigned) == "MissingAuthenticationToken", unsigned.text

    huge = requests.post(gatehouse.endpoint + "/", data=b"Action=GetCallerIdentity&X=" + b"a" * (2 << 20),
                         headers={"Content-Type": "application/x-www-form-urlencoded"}, timeout=60)
    assert huge.status_code == 413 and xml_code(huge) == "RequestEntityTooLarge", huge.text[:300]

    not_json = requests.post(gatehouse.endpoint + "/", data=b"{not json",
                             headers={"X-Amz-Target": "com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.LookupEvents",
                                      "Content-Type": "application/x-amz-json-1.1"}, timeout=30)
    assert 400 <= not_json.status_code < 500 and "__type" in not_json.json(), not_json.text

    with urllib.request.urlopen(gatehouse.endpoint + "/health", timeout=5) as r:
        assert r.status == 200
    assert gatehouse.client("sts").get_caller_identity()["Arn"].endswith(":root")


def test_not_yet_implemented_operation_is_an_error_naming_it(gatehouse):
    # one service per protocol: awsJson1.1, restJson1 and rpcv2Cbor
    calls = [
        ("cognito-idp", lambda c: c.list_user_pools(MaxResults=1), "ListUserPools"),
        ("clouddirectory", lambda c: c.list_directories(), "ListDirectories"),
        ("ds", lambda c: c.describe_directories(), "DescribeDirectories"),
    ]
    for service, call, op in calls:
        with pytest.raises(botocore.exceptions.ClientError) as e:
            call(gatehouse.client(service))
        code, message = error_of(e)
        assert code == "NotImplemented", (service, code, message)
        assert op in message
        assert e.value.response["ResponseMetadata"]["HTTPStatusCode"] == 501


def test_metrics_count_requests_by_service_operation_and_outcome(gatehouse):
    gatehouse.client("sts").get_caller_identity()
    with urllib.request.urlopen(gatehouse.endpoint + "/metrics", timeout=5) as r:
        text = r.read().decode()
    assert re.search(r'gatehouse_requests_total\{service="sts",operation="GetCallerIdentity",outcome="success"\} [1-9]', text)
    assert "gatehouse_request_duration_seconds_bucket" in text


def test_restart_reuses_the_installation_and_sigterm_is_graceful(tmp_path):
    data = tmp_path / "data"
    first = Server(data).start()
    creds = first.root_credentials()
    arn = first.client("sts").get_caller_identity()["Arn"]
    assert first.stop(signal.SIGTERM) == 0
    second = Server(data).start()
    try:
        assert second.root_credentials() == creds
        assert second.client("sts").get_caller_identity()["Arn"] == arn
        events = second.client("cloudtrail").lookup_events()["Events"]
        assert any(e["EventName"] == "GetCallerIdentity" for e in events), "the trail survived the restart"
    finally:
        assert second.stop(signal.SIGTERM) == 0


def test_wrong_master_key_refuses_to_start(tmp_path):
    data = tmp_path / "data"
    Server(data).start().stop()
    keyfile = tmp_path / "other.key"
    keyfile.write_text("ab" * 32)
    proc = subprocess.run(
        [*Server(data).args, "--master-key-file", str(keyfile)], capture_output=True, text=True, timeout=60
    )
    assert proc.returncode != 0
    assert "master key" in proc.stderr


def test_config_file_carries_settings_and_flags_override(tmp_path):
    cfg = tmp_path / "gatehouse.toml"
    cfg.write_text(f'data_dir = "{tmp_path / "from-file"}"\nregion = "eu-west-1"\nlisten = "127.0.0.1:1"\n'
                   "[iam]\naccess_keys_per_user = 1\n[sts]\nchained_max_secs = 1800\n")
    # the flag's --listen (port 0) overrides the file's
    server = Server(tmp_path / "ignored", extra_args=["--config", str(cfg)])
    server.args = [a for a in server.args if a not in ("--data-dir", str(tmp_path / "ignored"))]
    server.data_dir = tmp_path / "from-file"
    server.start()
    try:
        assert (tmp_path / "from-file" / "root-credentials.json").exists()
        # the installation answers as eu-west-1: a request signed for another region is
        # refused as AWS refuses it, one signed for eu-west-1 is served
        with pytest.raises(botocore.exceptions.ClientError) as e:
            server.client("sts").get_caller_identity()
        assert error_of(e)[0] == "SignatureDoesNotMatch" and "region" in error_of(e)[1]
        server.client("sts", region_name="eu-west-1").get_caller_identity()
        events = server.client("cloudtrail", region_name="eu-west-1").lookup_events()["Events"]
        assert json.loads(events[0]["CloudTrailEvent"])["awsRegion"] == "eu-west-1"
        # quotas come from the file too: one key per user here, not AWS's two
        iam = server.client("iam")
        iam.create_user(UserName="quota")
        iam.create_access_key(UserName="quota")
        with pytest.raises(botocore.exceptions.ClientError) as e:
            iam.create_access_key(UserName="quota")
        assert error_of(e) == ("LimitExceeded", "Cannot exceed quota for AccessKeysPerUser: 1")
    finally:
        server.stop()
    bad = tmp_path / "bad.toml"
    bad.write_text("no_such_setting = 1\n")
    proc = subprocess.run([*Server(tmp_path / "d").args, "--config", str(bad)], capture_output=True, text=True)
    assert proc.returncode == 2 and "no_such_setting" in proc.stderr


def test_https_with_tls_cert_and_key(tmp_path):
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert),
         "-days", "2", "-subj", "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"],
        check=True, capture_output=True,
    )
    server = Server(tmp_path / "data", extra_args=["--tls-cert", str(cert), "--tls-key", str(key)], scheme="https").start()
    try:
        assert server.endpoint.startswith("https://")
        sts = server.client("sts", verify=str(cert))
        assert sts.get_caller_identity()["Arn"].endswith(":root")
        ev = server.client("cloudtrail", verify=str(cert)).lookup_events()["Events"]
        rec = json.loads(ev[0]["CloudTrailEvent"])
        assert "tlsDetails" in rec
        # plain HTTP on the TLS port is refused, not served
        with pytest.raises(Exception):
            requests.get(server.endpoint.replace("https", "http") + "/health", timeout=5)
    finally:
        server.stop()
