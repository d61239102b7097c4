"""Issue 8, as an operator sees it: several stateless nodes on one PostgreSQL, caches
kept coherent across nodes, the move from the embedded store, and backups."""

import json
import os
import random
import signal
import sqlite3
import shutil
import subprocess
import threading
import time
import uuid

import botocore.exceptions
import pytest

from server_fixture import Server, binary

PG_BASE = (os.environ.get("GATEHOUSE_TEST_DATABASE_URL") or os.environ.get("GATEHOUSE_TEST_POSTGRES")
           or "postgres://postgres@127.0.0.1:5432/test")


def psql(sql):
    return subprocess.run(["psql", PG_BASE, "-v", "ON_ERROR_STOP=1", "-qAtc", sql], capture_output=True, text=True)


@pytest.fixture
def pg_url():
    schema = "gh_compat_" + uuid.uuid4().hex[:12]
    made = psql(f"CREATE SCHEMA {schema}")
    if made.returncode != 0:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is required in CI: {made.stderr}")
        pytest.skip(f"no PostgreSQL: {made.stderr.strip()}")
    yield f"{PG_BASE}?options=-c%20search_path%3D{schema}"
    psql(f"DROP SCHEMA IF EXISTS {schema} CASCADE")


def node(tmp_path, name, url, keyfile, creds_from=None):
    s = Server(tmp_path / name, extra_args=["--store", url, "--master-key-file", str(keyfile)])
    s.start()
    if creds_from is not None:
        s.root_credentials = creds_from.root_credentials
    return s


def test_nodes_share_one_installation_and_see_each_others_changes(tmp_path, pg_url):
    keyfile = tmp_path / "master.key"
    keyfile.write_text(os.urandom(32).hex())
    os.chmod(keyfile, 0o600)
    a = node(tmp_path, "a", pg_url, keyfile)
    b = node(tmp_path, "b", pg_url, keyfile, creds_from=a)
    try:
        assert (a.data_dir / "root-credentials.json").exists()
        assert not (b.data_dir / "root-credentials.json").exists(), "only the first node bootstraps"
        assert a.client("sts").get_caller_identity()["Account"] == b.client("sts").get_caller_identity()["Account"]

        iam_a = a.client("iam")
        iam_a.create_user(UserName="carol")
        key = iam_a.create_access_key(UserName="carol")["AccessKey"]
        iam_a.put_user_policy(UserName="carol", PolicyName="all", PolicyDocument=json.dumps(
            {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:*", "Resource": "*"}]}))
        on_b = b.client("iam", access_key=key["AccessKeyId"], secret=key["SecretAccessKey"])
        assert on_b.get_user(UserName="carol")["User"]["UserName"] == "carol"

        # deactivated on A: B refuses it well within the cache TTL, through NOTIFY
        iam_a.update_access_key(UserName="carol", AccessKeyId=key["AccessKeyId"], Status="Inactive")
        deadline = time.time() + 3
        while True:
            try:
                on_b.get_user(UserName="carol")
            except botocore.exceptions.ClientError as e:
                assert e.response["Error"]["Code"] == "InvalidClientTokenId"
                break
            assert time.time() < deadline, "node B still accepts a key deactivated on node A"
            time.sleep(0.1)

        # a policy detached on A stops granting on B within one second
        iam_a.update_access_key(UserName="carol", AccessKeyId=key["AccessKeyId"], Status="Active")
        iam_a.delete_user_policy(UserName="carol", PolicyName="all")
        iam_a.attach_user_policy(UserName="carol", PolicyArn="arn:aws:iam::aws:policy/IAMReadOnlyAccess")
        deadline = time.time() + 5
        while True:
            try:
                on_b.get_user(UserName="carol")
                break
            except botocore.exceptions.ClientError:
                assert time.time() < deadline
                time.sleep(0.05)
        iam_a.detach_user_policy(UserName="carol", PolicyArn="arn:aws:iam::aws:policy/IAMReadOnlyAccess")
        detached = time.time()
        while True:
            try:
                on_b.get_user(UserName="carol")
            except botocore.exceptions.ClientError as e:
                assert e.response["Error"]["Code"] == "AccessDenied"
                break
            assert time.time() - detached < 1.0, "node B still grants a policy detached on node A"
            time.sleep(0.05)

        # two nodes racing to create one user: exactly one wins
        results = []

        def create(server):
            try:
                server.client("iam").create_user(UserName="raced")
                results.append("ok")
            except botocore.exceptions.ClientError as e:
                results.append(e.response["Error"]["Code"])

        threads = [threading.Thread(target=create, args=(s,)) for s in (a, b, a, b)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert sorted(results) == ["EntityAlreadyExists"] * 3 + ["ok"]
        assert [u["UserName"] for u in iam_a.list_users()["Users"]].count("raced") == 1

        # a role created on A is assumable through B
        account = a.client("sts").get_caller_identity()["Account"]
        iam_a.create_role(RoleName="shared-role", AssumeRolePolicyDocument=json.dumps({"Version": "2012-10-17", "Statement": [
            {"Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{account}:root"}, "Action": "sts:AssumeRole"}]}))
        iam_a.create_user(UserName="dave")
        iam_a.put_user_policy(UserName="dave", PolicyName="assume", PolicyDocument=json.dumps(
            {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "*"}]}))
        dave_key = iam_a.create_access_key(UserName="dave")["AccessKey"]
        dave_on_b = b.client("sts", access_key=dave_key["AccessKeyId"], secret=dave_key["SecretAccessKey"])
        creds = dave_on_b.assume_role(RoleArn=f"arn:aws:iam::{account}:role/shared-role", RoleSessionName="via-b")["Credentials"]
        import boto3
        session_on_a = boto3.client("sts", endpoint_url=a.endpoint, region_name="us-east-1",
                                    aws_access_key_id=creds["AccessKeyId"], aws_secret_access_key=creds["SecretAccessKey"],
                                    aws_session_token=creds["SessionToken"])
        assert session_on_a.get_caller_identity()["Arn"] == f"arn:aws:sts::{account}:assumed-role/shared-role/via-b"

        # deleting the user on A kills its GetSessionToken credentials on B within a second
        tok = dave_on_b.get_session_token()["Credentials"]
        temp_on_b = boto3.client("sts", endpoint_url=b.endpoint, region_name="us-east-1",
                                 aws_access_key_id=tok["AccessKeyId"], aws_secret_access_key=tok["SecretAccessKey"],
                                 aws_session_token=tok["SessionToken"])
        assert temp_on_b.get_caller_identity()["Arn"].endswith(":user/dave")
        iam_a.delete_access_key(UserName="dave", AccessKeyId=dave_key["AccessKeyId"])
        iam_a.delete_user_policy(UserName="dave", PolicyName="assume")
        iam_a.delete_user(UserName="dave")
        deleted = time.time()
        while True:
            try:
                temp_on_b.get_caller_identity()
            except botocore.exceptions.ClientError as e:
                assert e.response["Error"]["Code"] in ("InvalidClientTokenId", "ExpiredToken")
                break
            assert time.time() - deleted < 1.0, "node B still accepts credentials of a user deleted on node A"
            time.sleep(0.05)

        # the audit trail is shared: a call on B is visible from A
        b.client("sts").get_caller_identity()
        events = a.client("cloudtrail").lookup_events(MaxResults=50)["Events"]
        assert any(e["EventName"] == "CreateUser" for e in events)
    finally:
        a.stop()
        b.stop()


def test_the_shared_trail_pages_and_is_found_by_id_user_and_time(tmp_path, pg_url):
    """LookupEvents on PostgreSQL (which keeps the trail in compressed blocks) through boto3:
    every event of another node, newest first across pages, and each lookup attribute."""
    import datetime
    keyfile = tmp_path / "master.key"
    keyfile.write_text(os.urandom(32).hex())
    a = node(tmp_path, "a", pg_url, keyfile)
    b = node(tmp_path, "b", pg_url, keyfile, creds_from=a)
    try:
        iam = a.client("iam")
        iam.create_user(UserName="trail-user")
        key = iam.create_access_key(UserName="trail-user")["AccessKey"]
        user_on_b = b.client("sts", access_key=key["AccessKeyId"], secret=key["SecretAccessKey"])
        start = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(seconds=1)
        for _ in range(120):
            user_on_b.get_caller_identity()
        b.client("iam").get_user(UserName="trail-user")
        time.sleep(0.5)  # node B commits its batch within its linger
        ct = a.client("cloudtrail")
        pages = ct.get_paginator("lookup_events").paginate(PaginationConfig={"PageSize": 7})
        events = [e for p in pages for e in p["Events"]]
        ids = [e["EventId"] for e in events]
        assert len(ids) == len(set(ids))
        assert [e["EventName"] for e in events[:3]] == ["GetUser", "GetCallerIdentity", "GetCallerIdentity"]
        mine = [e for e in events if e.get("Username") == "trail-user"]
        assert len(mine) == 120
        times = [e["EventTime"] for e in events]
        assert times == sorted(times, reverse=True), "newest first across pages"

        def lookup(attr, value, **kw):
            pages = ct.get_paginator("lookup_events").paginate(
                LookupAttributes=[{"AttributeKey": attr, "AttributeValue": value}], **kw)
            return [e for p in pages for e in p["Events"]]

        assert [e["EventId"] for e in lookup("Username", "trail-user")] == [e["EventId"] for e in mine]
        for e in (mine[0], mine[60], mine[-1], events[-1]):
            found = lookup("EventId", e["EventId"])
            assert [f["EventId"] for f in found] == [e["EventId"]]
            assert json.loads(found[0]["CloudTrailEvent"])["eventID"] == e["EventId"]
        assert lookup("EventId", str(uuid.uuid4())) == []
        assert lookup("AccessKeyId", key["AccessKeyId"]) == mine
        assert [e["EventName"] for e in lookup("ResourceName", "trail-user")][-2:] == ["CreateAccessKey", "CreateUser"]
        assert len(lookup("EventName", "GetUser")) == 1
        assert len(lookup("ReadOnly", "false")) == len([e for e in events if e["EventName"].startswith("Create")])
        window = lookup("Username", "trail-user", StartTime=start,
                        EndTime=datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(seconds=1))
        assert len(window) == 120
        assert lookup("Username", "trail-user", EndTime=start) == []
    finally:
        a.stop()
        b.stop()


def test_a_node_with_another_master_key_is_refused(tmp_path, pg_url):
    keyfile = tmp_path / "master.key"
    keyfile.write_text(os.urandom(32).hex())
    a = node(tmp_path, "a", pg_url, keyfile)
    a.stop()
    other = tmp_path / "other.key"
    other.write_text(os.urandom(32).hex())
    proc = subprocess.run([binary(), "serve", "--data-dir", str(tmp_path / "c"), "--listen", "127.0.0.1:0",
                           "--store", pg_url, "--master-key-file", str(other)], capture_output=True, text=True, timeout=60)
    assert proc.returncode != 0 and "master key" in proc.stderr


def test_moving_from_the_embedded_store_to_postgres(tmp_path, pg_url):
    embedded = Server(tmp_path / "embedded").start()
    creds = embedded.root_credentials()
    iam = embedded.client("iam")
    iam.create_user(UserName="moved", Tags=[{"Key": "k", "Value": "v"}])
    user_key = iam.create_access_key(UserName="moved")["AccessKey"]
    iam.put_user_policy(UserName="moved", PolicyName="read", PolicyDocument=json.dumps(
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:Get*", "Resource": "*"}]}))
    iam.create_role(RoleName="moved-role", AssumeRolePolicyDocument=json.dumps({"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{creds['AccountId']}:root"}, "Action": "sts:AssumeRole"}]}))
    iam.create_policy(PolicyName="moved-policy", PolicyDocument=json.dumps(
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:Get*", "Resource": "*"}]}))
    summary = (len(iam.list_users()["Users"]), len(iam.list_roles()["Roles"]), len(iam.list_policies(Scope="Local")["Policies"]))
    embedded.client("sts").get_caller_identity()
    embedded.stop()
    copied = subprocess.run([binary(), "store", "copy", "--from", str(tmp_path / "embedded" / "gatehouse.db"), "--to", pg_url],
                            capture_output=True, text=True, timeout=120)
    assert copied.returncode == 0, copied.stderr
    assert "counts verified" in copied.stdout
    again = subprocess.run([binary(), "store", "copy", "--from", str(tmp_path / "embedded" / "gatehouse.db"), "--to", pg_url],
                           capture_output=True, text=True, timeout=120)
    assert again.returncode != 0 and "not empty" in again.stderr
    moved = node(tmp_path, "pg", pg_url, tmp_path / "embedded" / "master.key", creds_from=embedded)
    try:
        assert moved.client("sts").get_caller_identity()["Account"] == creds["AccountId"]
        miam = moved.client("iam")
        assert miam.get_user(UserName="moved")["User"]["Tags"] == [{"Key": "k", "Value": "v"}]
        assert (len(miam.list_users()["Users"]), len(miam.list_roles()["Roles"]),
                len(miam.list_policies(Scope="Local")["Policies"])) == summary
        as_user = moved.client("iam", access_key=user_key["AccessKeyId"], secret=user_key["SecretAccessKey"])
        assert as_user.get_user(UserName="moved")["User"]["UserName"] == "moved"
        events = moved.client("cloudtrail").lookup_events(MaxResults=50)["Events"]
        assert any(e["EventName"] == "CreateUser" for e in events), "the audit trail moved too"
    finally:
        moved.stop()


def test_online_backup_of_the_embedded_store(tmp_path):
    live = Server(tmp_path / "live").start()
    try:
        live.client("iam").create_user(UserName="backed-up")
        out = subprocess.run([binary(), "store", "backup", str(tmp_path / "snap.db"), "--data-dir", str(tmp_path / "live")],
                             capture_output=True, text=True, timeout=60)
        assert out.returncode == 0, out.stderr
        live.client("sts").get_caller_identity()  # still serving
    finally:
        live.stop()
    restored = tmp_path / "restored"
    restored.mkdir(mode=0o700)
    shutil.copy(tmp_path / "snap.db", restored / "gatehouse.db")
    shutil.copy(tmp_path / "live" / "master.key", restored / "master.key")
    server = Server(restored).start()
    server.root_credentials = live.root_credentials
    try:
        assert server.client("iam").get_user(UserName="backed-up")["User"]["UserName"] == "backed-up"
    finally:
        server.stop()


def crash_loop(tmp_path, make_server, integrity, rounds=20):
    """Creates users in a stream, SIGKILLs the server at a random moment, restarts it,
    and checks that every acknowledged creation survived."""
    acknowledged = []
    server = make_server()
    creds = server.root_credentials()
    for round_ in range(rounds):
        iam = server.client("iam")
        stop = threading.Event()

        def stream():
            i = 0
            while not stop.is_set():
                name = f"crash-{round_}-{i}"
                try:
                    iam.create_user(UserName=name)
                    acknowledged.append(name)
                except Exception:  # noqa: BLE001 - the kill interrupts calls in flight
                    return
                i += 1

        t = threading.Thread(target=stream)
        t.start()
        time.sleep(random.uniform(0.05, 0.6))
        server.proc.send_signal(signal.SIGKILL)
        server.proc.wait()
        stop.set()
        t.join()
        integrity()
        server = make_server()
        server.root_credentials = lambda: creds
        present = set()
        for page in server.client("iam").get_paginator("list_users").paginate(PathPrefix="/"):
            present.update(u["UserName"] for u in page["Users"])
        missing = [n for n in acknowledged if n not in present]
        assert not missing, f"round {round_}: acknowledged but lost: {missing[:5]}"
    server.stop()
    assert len(acknowledged) > rounds, "the stream made progress"


def test_no_acknowledged_write_is_lost_on_sqlite(tmp_path):
    data = tmp_path / "data"

    def integrity():
        db = sqlite3.connect(data / "gatehouse.db")
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        db.close()

    crash_loop(tmp_path, lambda: Server(data).start(), integrity)


def test_no_acknowledged_write_is_lost_on_postgres(tmp_path, pg_url):
    keyfile = tmp_path / "master.key"
    keyfile.write_text(os.urandom(32).hex())
    first = {}

    def make():
        s = Server(tmp_path / "data", extra_args=["--store", pg_url, "--master-key-file", str(keyfile)]).start()
        if "creds" not in first:
            first["creds"] = s.root_credentials()
        return s

    def integrity():
        schema = pg_url.rsplit("%3D", 1)[1]
        out = psql(f"SELECT count(*) FROM {schema}.records r WHERE r.collection = 'iam-users' AND NOT EXISTS "
                   f"(SELECT 1 FROM {schema}.records i WHERE i.collection = 'iam-ids' AND i.value = convert_to('\"' || (convert_from(r.value, 'UTF8')::json->>'arn') || '\"', 'UTF8') "
                   f"AND i.key = convert_from(r.value, 'UTF8')::json->>'id')")
        assert out.returncode == 0, out.stderr
        assert out.stdout.strip() == "0", "every user has its unique-id record"

    crash_loop(tmp_path, make, integrity)


def cache_attempts(server, operation, result):
    """How many `operation` requests the node tried from its caches with the store barred
    and answered there (`inline`) or had to run again where the store may be read (`rerun`)."""
    import re
    import urllib.request

    with urllib.request.urlopen(server.endpoint + "/metrics", timeout=5) as r:
        text = r.read().decode()
    m = re.search(r'gatehouse_cache_attempts_total\{service="sts",operation="%s",result="%s"\} (\d+)'
                  % (operation, result), text)
    return int(m.group(1)) if m else 0


def assuming_user(iam, name, account, role):
    """A user allowed to assume roles and a role that trusts the account; the user's key."""
    iam.create_user(UserName=name)
    iam.put_user_policy(UserName=name, PolicyName="assume", PolicyDocument=json.dumps(
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "*"}]}))
    iam.create_role(RoleName=role, AssumeRolePolicyDocument=json.dumps({"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{account}:root"}, "Action": "sts:AssumeRole"}]}))
    return iam.create_access_key(UserName=name)["AccessKey"]


def test_warm_assume_role_on_postgres_is_answered_from_caches(tmp_path, pg_url):
    import boto3

    keyfile = tmp_path / "master.key"
    keyfile.write_text(os.urandom(32).hex())
    a = node(tmp_path, "a", pg_url, keyfile)
    try:
        account = a.client("sts").get_caller_identity()["Account"]
        key = assuming_user(a.client("iam"), "warm", account, "warm-role")
        sts = a.client("sts", access_key=key["AccessKeyId"], secret=key["SecretAccessKey"])
        role_arn = f"arn:aws:iam::{account}:role/warm-role"
        sts.assume_role(RoleArn=role_arn, RoleSessionName="warm-up")
        # That recorded the role's use; the change notification drops this node's caches too.
        time.sleep(0.5)
        for i in range(2):
            sts.assume_role(RoleArn=role_arn, RoleSessionName=f"warm-up-{i}")
        inline, rerun = cache_attempts(a, "AssumeRole", "inline"), cache_attempts(a, "AssumeRole", "rerun")
        for i in range(200):
            got = sts.assume_role(RoleArn=role_arn, RoleSessionName=f"s{i}")
            assert got["AssumedRoleUser"]["Arn"] == f"arn:aws:sts::{account}:assumed-role/warm-role/s{i}"
        inline = cache_attempts(a, "AssumeRole", "inline") - inline
        rerun = cache_attempts(a, "AssumeRole", "rerun") - rerun
        assert inline + rerun == 200
        # Only a cache entry lapsing (a few seconds' TTL) sends one to the store.
        assert rerun <= 10 and inline >= 190, (inline, rerun)

        # The session's own calls open its token with the cached key ring: no store either.
        creds = got["Credentials"]
        temp = boto3.client("sts", endpoint_url=a.endpoint, region_name="us-east-1",
                            aws_access_key_id=creds["AccessKeyId"], aws_secret_access_key=creds["SecretAccessKey"],
                            aws_session_token=creds["SessionToken"])
        before = cache_attempts(a, "GetCallerIdentity", "inline")
        for _ in range(20):
            assert temp.get_caller_identity()["Arn"] == f"arn:aws:sts::{account}:assumed-role/warm-role/s199"
        assert cache_attempts(a, "GetCallerIdentity", "inline") - before == 20

        # GetSessionToken and GetFederationToken are answered from the same caches.
        before = cache_attempts(a, "GetSessionToken", "inline")
        for _ in range(5):
            assert sts.get_session_token(DurationSeconds=900)["Credentials"]["AccessKeyId"].startswith("ASIA")
        assert cache_attempts(a, "GetSessionToken", "inline") - before == 5
        root_sts = a.client("sts")
        root_sts.get_caller_identity()  # the root key was dropped with the IAM changes above
        before = cache_attempts(a, "GetFederationToken", "inline")
        for i in range(5):
            fed = root_sts.get_federation_token(Name=f"fed{i}", DurationSeconds=900)["FederatedUser"]
            assert fed["Arn"] == f"arn:aws:sts::{account}:federated-user/fed{i}"
        assert cache_attempts(a, "GetFederationToken", "inline") - before == 5
    finally:
        a.stop()


def test_a_request_that_needs_the_store_is_rerun_and_answers_from_it(tmp_path, pg_url):
    keyfile = tmp_path / "master.key"
    keyfile.write_text(os.urandom(32).hex())
    cfg = tmp_path / "b.toml"
    # RoleLastUsed every second instead of every minute, so its write comes due while the
    # role and the caller's policies are still cached.
    cfg.write_text("[sts]\nrole_last_used_interval_ms = 1000\n")
    a = node(tmp_path, "a", pg_url, keyfile)
    b = Server(tmp_path / "b", extra_args=["--store", pg_url, "--master-key-file", str(keyfile),
                                           "--config", str(cfg)]).start()
    b.root_credentials = a.root_credentials
    try:
        account = a.client("sts").get_caller_identity()["Account"]
        iam_a = a.client("iam")
        key = assuming_user(iam_a, "mover", account, "cold-role")
        sts_b = b.client("sts", access_key=key["AccessKeyId"], secret=key["SecretAccessKey"])
        role_arn = f"arn:aws:iam::{account}:role/cold-role"

        def counts():
            return cache_attempts(b, "AssumeRole", "inline"), cache_attempts(b, "AssumeRole", "rerun")

        def assume(**kw):
            try:
                return sts_b.assume_role(RoleArn=role_arn, RoleSessionName="cold", **kw)["AssumedRoleUser"]["Arn"]
            except botocore.exceptions.ClientError as e:
                return e.response["Error"]["Code"]

        # B has never seen the key, the role or the user's policies: the attempt needs the
        # store, is thrown away, and the rerun answers.
        assert counts() == (0, 0)
        assert assume() == f"arn:aws:sts::{account}:assumed-role/cold-role/cold"
        assert counts() == (0, 1)
        # Recording the role's use notified every node, B too, which dropped its caches;
        # the next call fills them again and the one after is answered from them.
        time.sleep(0.3)
        for _ in range(2):
            assert assume() == f"arn:aws:sts::{account}:assumed-role/cold-role/cold"
        assert counts() == (1, 2)

        # A policy changed on A: B drops the user's cached policies, and the request that
        # needs them again is rerun and sees the change.
        _, rerun = counts()
        iam_a.put_user_policy(UserName="mover", PolicyName="assume", PolicyDocument=json.dumps(
            {"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Action": "sts:AssumeRole", "Resource": "*"}]}))
        changed = time.time()
        while assume() != "AccessDenied":
            assert time.time() - changed < 1.0, "node B still grants what node A denied"
            time.sleep(0.05)
        assert counts()[1] > rerun

        # A trust policy changed on A: B drops the cached role the same way.
        iam_a.put_user_policy(UserName="mover", PolicyName="assume", PolicyDocument=json.dumps(
            {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "*"}]}))
        changed = time.time()
        while assume() != f"arn:aws:sts::{account}:assumed-role/cold-role/cold":
            assert time.time() - changed < 1.0, "node B still denies what node A allowed again"
            time.sleep(0.05)
        iam_a.update_assume_role_policy(RoleName="cold-role", PolicyDocument=json.dumps({"Version": "2012-10-17", "Statement": [
            {"Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{account}:root"}, "Action": "sts:AssumeRole",
             "Condition": {"StringEquals": {"sts:ExternalId": "agreed"}}}]}))
        _, rerun = counts()
        changed = time.time()
        while assume() != "AccessDenied":
            assert time.time() - changed < 1.0, "node B still uses the trust policy node A replaced"
            time.sleep(0.05)
        assert counts()[1] > rerun
        assert assume(ExternalId="agreed") == f"arn:aws:sts::{account}:assumed-role/cold-role/cold"

        # Everything cached and RoleLastUsed due: its write is barred on the async worker,
        # the request is rerun, and the rerun records the use. Recording a use changes the
        # role, whose notification drops B's caches, so: record one, let B fill its
        # caches again within the interval, then wait for the next use to come due.
        time.sleep(1.1)
        assert assume(ExternalId="agreed") == f"arn:aws:sts::{account}:assumed-role/cold-role/cold"
        time.sleep(0.3)
        assert assume(ExternalId="agreed") == f"arn:aws:sts::{account}:assumed-role/cold-role/cold"
        time.sleep(1.0)
        first = iam_a.get_role(RoleName="cold-role")["Role"]["RoleLastUsed"]["LastUsedDate"]
        _, rerun = counts()
        assert assume(ExternalId="agreed") == f"arn:aws:sts::{account}:assumed-role/cold-role/cold"
        assert counts()[1] == rerun + 1
        later = iam_a.get_role(RoleName="cold-role")["Role"]["RoleLastUsed"]["LastUsedDate"]
        assert later > first, "the rerun recorded the role's use"
    finally:
        a.stop()
        b.stop()
