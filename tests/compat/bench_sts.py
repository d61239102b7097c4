"""STS over HTTP, measured with wrk against a release build (not a test; run by hand):

    cargo build --release -p gatehouse
    GATEHOUSE_BIN=target/release/gatehouse .venv/bin/python tests/compat/bench_sts.py [seconds] [rounds]

Workloads, each a presigned GET replayed inside its validity window (2 wrk threads, 32
connections): AssumeRole by an IAM user of one role with a 5-statement trust policy and a
session policy; GetCallerIdentity with a long-term key and with the temporary credentials
of that role, measured in alternating rounds so machine noise hits both alike. Prints a
Markdown table of medians.
"""

import json
import pathlib
import re
import statistics
import subprocess
import sys
import tempfile
import time

import boto3
import requests

from server_fixture import Server


def wrk(url, seconds):
    out = subprocess.run(["wrk", "-t2", "-c32", f"-d{seconds}s", "--latency", url],
                         capture_output=True, text=True, timeout=seconds + 60).stdout
    non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    assert not non2xx, out
    return float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)), re.search(r"\s99%\s+(\S+)", out).group(1)


def main():
    seconds = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    srv = Server(pathlib.Path(tempfile.mkdtemp()) / "data").start()
    try:
        account = srv.root_credentials()["AccountId"]
        iam = srv.client("iam")
        statements = [
            {"Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{account}:root"}, "Action": "sts:AssumeRole",
             "Condition": {"StringEquals": {"sts:ExternalId": "not-this-one"}}},
            *({"Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{account}:user/other{i}"},
               "Action": ["sts:AssumeRole", "sts:TagSession"]} for i in range(3)),
            {"Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{account}:user/bench"}, "Action": "sts:AssumeRole",
             "Condition": {"IpAddress": {"aws:SourceIp": "127.0.0.0/8"}}},
        ]
        iam.create_role(RoleName="bench", AssumeRolePolicyDocument=json.dumps(
            {"Version": "2012-10-17", "Statement": statements}))
        iam.put_role_policy(RoleName="bench", PolicyName="p", PolicyDocument=json.dumps(
            {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:Get*", "Resource": "*"}]}))
        for name in ["bench", "other0", "other1", "other2"]:
            iam.create_user(UserName=name)
        key = iam.create_access_key(UserName="bench")["AccessKey"]
        time.sleep(6)  # the new key outlives the authenticator's negative cache
        sts = boto3.client("sts", endpoint_url=srv.endpoint, region_name="us-east-1",
                           aws_access_key_id=key["AccessKeyId"], aws_secret_access_key=key["SecretAccessKey"])
        role_arn = f"arn:aws:iam::{account}:role/bench"
        policy = json.dumps({"Version": "2012-10-17",
                             "Statement": [{"Effect": "Allow", "Action": "iam:GetUser", "Resource": "*"}]})
        creds = sts.assume_role(RoleArn=role_arn, RoleSessionName="bench", Policy=policy)["Credentials"]
        temp = boto3.client("sts", endpoint_url=srv.endpoint, region_name="us-east-1",
                            aws_access_key_id=creds["AccessKeyId"], aws_secret_access_key=creds["SecretAccessKey"],
                            aws_session_token=creds["SessionToken"])
        urls = {
            "AssumeRole (5-statement trust policy, session policy)": sts.generate_presigned_url(
                "assume_role", Params={"RoleArn": role_arn, "RoleSessionName": "bench", "Policy": policy},
                ExpiresIn=3600, HttpMethod="GET"),
            "GetCallerIdentity, long-term key": sts.generate_presigned_url(
                "get_caller_identity", ExpiresIn=3600, HttpMethod="GET"),
            "GetCallerIdentity, temporary credentials": temp.generate_presigned_url(
                "get_caller_identity", ExpiresIn=3600, HttpMethod="GET"),
        }
        results = {name: [] for name in urls}
        for name, url in urls.items():
            assert requests.get(url, timeout=10).status_code == 200
            wrk(url, 2)
        for _ in range(rounds):
            for name, url in urls.items():
                results[name].append(wrk(url, seconds))
        print(f"| Workload | req/s (median of {rounds} × {seconds} s) | all rounds | p99 of the median round |")
        print("|---|---:|---|---:|")
        for name, runs in results.items():
            rps = [r for r, _ in runs]
            med = statistics.median(rps)
            p99 = min(runs, key=lambda r: abs(r[0] - med))[1]
            print(f"| {name} | {med:,.0f} | {', '.join(f'{r:,.0f}' for r in rps)} | {p99} |")
    finally:
        srv.stop()


if __name__ == "__main__":
    main()
