"""Issue 8, as an operator sees it: several stateless nodes on one PostgreSQL, caches
kept coherent across nodes, the move from the embedded store, and backups."""

import json
import os
import shutil
import subprocess
import threading
import time
import uuid

import botocore.exceptions
import pytest

from server_fixture import Server, binary

PG_BASE = os.environ.get("GATEHOUSE_TEST_POSTGRES", "postgres://postgres@127.0.0.1:5432/test")


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

        # the audit trail is shared: a call on B is visible from A
        b.client("sts").get_caller_identity()
        events = a.client("cloudtrail").lookup_events(MaxResults=50)["Events"]
        assert any(e["EventName"] == "CreateUser" for e in events)
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
    embedded.client("iam").create_user(UserName="moved", Tags=[{"Key": "k", "Value": "v"}])
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
        assert moved.client("iam").get_user(UserName="moved")["User"]["Tags"] == [{"Key": "k", "Value": "v"}]
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
