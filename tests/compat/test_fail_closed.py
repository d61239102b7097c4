"""Fail closed, as a user sees it: hostile policy text and hostile request data never
crash Gatehouse, and a policy it can no longer read denies instead of being dropped.

A. Condition values that once crashed the policy parser (multi-byte characters where a
   date's offset, an IP address or a number is expected) are refused with AWS's
   `MalformedPolicyDocument` through every way a policy enters the server: PutUserPolicy,
   CreatePolicy, SimulateCustomPolicy and an AssumeRole session policy.
B. The same strings sent as request *data* that a Date condition reads (a session tag, an
   external id, a resource tag, a simulation context value) are simply "not a date": the
   condition does not match, the request is denied, and the denial is audited.
C. A stored policy corrupted in the SQLite store (written while the server is stopped)
   denies every request it governs after a restart, whether it was a Deny, a
   permissions boundary or an inline policy.

After every hostile call the server must still answer, and every error must be an AWS
error with a code (botocore's ClientError), never a dropped connection or a bare 500.
"""

import json
import os
import sqlite3
import time
import uuid

import boto3
import botocore.config
import botocore.exceptions
import pytest

from server_fixture import Server, binary

ONE_ATTEMPT = botocore.config.Config(retries={"mode": "standard", "total_max_attempts": 1})

# Condition values that crashed the parser: a date offset, an IP address and a number
# with multi-byte characters where the parser once sliced bytes.
HOSTILE_DATES = ["2020-01-01T10:00:00+aéb", "2020-01-01T10:00:00-1é1", "2020-01-01T+xÿy"]
HOSTILE_CONDITIONS = {
    **{f"date-{i}": {"DateGreaterThan": {"aws:CurrentTime": v}} for i, v in enumerate(HOSTILE_DATES)},
    "ip": {"IpAddress": {"aws:SourceIp": "10.0.0.é/8"}},
    "number": {"NumericLessThan": {"aws:MultiFactorAuthAge": "1é"}},
}
# The same operators with well-formed values: the documents around the hostile values are valid.
VALID_CONDITIONS = {
    "DateGreaterThan": {"aws:CurrentTime": "2020-01-01T10:00:00+01:00"},
    "IpAddress": {"aws:SourceIp": "10.0.0.0/8"},
    "NumericLessThan": {"aws:MultiFactorAuthAge": "1"},
}
PAST = "2000-01-01T00:00:00Z"        # the bound every Date condition below compares against
AFTER_PAST = "2020-01-01T10:00:00Z"  # a real date later than PAST: the condition matches
BEFORE_PAST = "1999-01-01T00:00:00Z"  # a real date earlier than PAST: the condition does not


# ---------------------------------------------------------------------------------------
# helpers


def uniq(prefix):
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def doc(*statements):
    # ensure_ascii=False: the multi-byte characters travel as raw UTF-8, as a user would type them.
    return json.dumps({"Version": "2012-10-17", "Statement": list(statements)}, ensure_ascii=False)


def allow(action, resource="*", condition=None):
    st = {"Effect": "Allow", "Action": action, "Resource": resource}
    if condition:
        st["Condition"] = condition
    return st


def deny(action, resource="*"):
    return {"Effect": "Deny", "Action": action, "Resource": resource}


def error_of(excinfo):
    """The AWS error of a ClientError: (code, message, HTTP status)."""
    resp = excinfo.value.response
    return resp["Error"].get("Code"), resp["Error"].get("Message", ""), resp["ResponseMetadata"]["HTTPStatusCode"]


def assert_aws_error(excinfo, code, status):
    got_code, message, got_status = error_of(excinfo)
    assert (got_code, got_status) == (code, status), (got_code, got_status, message)
    assert message, "an AWS error carries a message"


def wait_for(fn, timeout=10):
    """Policy changes reach the authorizer within its cache TTL; retries until fn passes."""
    deadline = time.time() + timeout
    while True:
        try:
            return fn()
        except (AssertionError, botocore.exceptions.ClientError):
            if time.time() > deadline:
                raise
            time.sleep(0.3)


def wait_for_binary(timeout=300):
    """The binary belongs to another engineer's build and may be replaced while we run."""
    deadline = time.time() + timeout
    while True:
        try:
            path = binary()
            if os.access(path, os.X_OK):
                return path
        except RuntimeError:
            pass
        if time.time() > deadline:
            raise RuntimeError("gatehouse binary did not appear")
        time.sleep(2)


def start_server(data_dir):
    for attempt in range(3):
        wait_for_binary()
        try:
            return Server(data_dir).start()
        except (RuntimeError, OSError):
            if attempt == 2:
                raise
            time.sleep(5)


def client(server, service, key=None):
    if key is None:
        return server.client(service, config=ONE_ATTEMPT)
    return boto3.client(
        service,
        endpoint_url=server.endpoint,
        region_name="us-east-1",
        aws_access_key_id=key["AccessKeyId"],
        aws_secret_access_key=key["SecretAccessKey"],
        aws_session_token=key.get("SessionToken"),
        config=ONE_ATTEMPT,
    )


def new_user(iam, policy=None, **kw):
    name = uniq("u")
    iam.create_user(UserName=name, **kw)
    if policy:
        iam.put_user_policy(UserName=name, PolicyName="p", PolicyDocument=policy)
    return name, iam.create_access_key(UserName=name)["AccessKey"]


def new_role(iam, trust_doc):
    name = uniq("r")
    return iam.create_role(RoleName=name, AssumeRolePolicyDocument=trust_doc)["Role"]["Arn"]


def trusting(user_arn, actions, condition=None):
    st = {"Effect": "Allow", "Principal": {"AWS": user_arn}, "Action": list(actions)}
    if condition:
        st["Condition"] = condition
    return doc(st)


# ---------------------------------------------------------------------------------------
# one server for parts A and B


class Env:
    """The shared server, its account and a user that may assume a role that trusts it."""

    def __init__(self, server):
        self.server = server
        iam = self.iam()
        self.account = server.root_credentials()["AccountId"]
        self.user, self.key = new_user(iam, doc(allow(["sts:AssumeRole", "sts:TagSession"])))
        self.user_arn = f"arn:aws:iam::{self.account}:user/{self.user}"
        self.role_arn = new_role(iam, trusting(self.user_arn, ["sts:AssumeRole"]))
        wait_for(lambda: self.user_sts().assume_role(RoleArn=self.role_arn, RoleSessionName="ready"))

    def iam(self):
        return client(self.server, "iam")

    def user_sts(self):
        return client(self.server, "sts", self.key)

    def assert_alive(self):
        """The server still answers a signed request, i.e. the call before did not crash it."""
        assert self.server.proc.poll() is None, "gatehouse exited:\n" + "".join(self.server.stderr_lines[-30:])
        assert client(self.server, "sts").get_caller_identity()["Account"] == self.account


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    server = start_server(tmp_path_factory.mktemp("fail-closed") / "data")
    try:
        yield Env(server)
    finally:
        server.stop()


@pytest.fixture(autouse=True)
def revive(request):
    """If a test crashed the shared server, start it again on the same data so that the
    tests after it still report on their own behaviour (the crashing test has failed)."""
    if "env" in request.fixturenames:
        e = request.getfixturevalue("env")
        if e.server.proc.poll() is not None:
            e.server = start_server(e.server.data_dir)
    yield


# ---------------------------------------------------------------------------------------
# A. hostile condition values in policy documents


def enter_policy(env, entry, policy, name):
    """Sends `policy` (named `name` where it gets stored) through one of the four ways a
    policy document enters the server."""
    if entry == "put_user_policy":
        env.iam().put_user_policy(UserName=env.user, PolicyName=name, PolicyDocument=policy)
    elif entry == "create_policy":
        env.iam().create_policy(PolicyName=name, PolicyDocument=policy)
    elif entry == "simulate_custom_policy":
        out = env.iam().simulate_custom_policy(PolicyInputList=[policy], ActionNames=["iam:ListUsers"])
        assert out["EvaluationResults"][0]["EvalDecision"] in ("allowed", "implicitDeny")
    elif entry == "assume_role_session_policy":
        env.user_sts().assume_role(RoleArn=env.role_arn, RoleSessionName=name[:64], Policy=policy)
    else:
        raise AssertionError(entry)


def stored(env, entry, name):
    """Whether a policy named `name` was stored by `entry` (False for the entries that store nothing)."""
    if entry == "put_user_policy":
        return name in env.iam().list_user_policies(UserName=env.user)["PolicyNames"]
    if entry == "create_policy":
        pages = env.iam().get_paginator("list_policies").paginate(Scope="Local")
        return name in [p["PolicyName"] for page in pages for p in page["Policies"]]
    return False


ENTRIES = ["put_user_policy", "create_policy", "simulate_custom_policy", "assume_role_session_policy"]


@pytest.mark.parametrize("entry", ENTRIES)
def test_well_formed_conditions_are_accepted(env, entry):
    """The control: these documents differ from the hostile ones only in the values."""
    name = uniq("valid")
    enter_policy(env, entry, doc(allow("iam:ListUsers", condition=VALID_CONDITIONS)), name)
    assert stored(env, entry, name) == (entry in ("put_user_policy", "create_policy"))
    env.assert_alive()


@pytest.mark.parametrize("entry", ENTRIES)
@pytest.mark.parametrize("case", list(HOSTILE_CONDITIONS))
def test_hostile_condition_value_is_malformed_policy_document(env, entry, case):
    name = uniq("hostile")
    with pytest.raises(botocore.exceptions.ClientError) as e:
        enter_policy(env, entry, doc(allow("iam:ListUsers", condition=HOSTILE_CONDITIONS[case])), name)
    assert_aws_error(e, "MalformedPolicyDocument", 400)
    env.assert_alive()
    assert not stored(env, entry, name), "a refused policy was stored"


# ---------------------------------------------------------------------------------------
# B. hostile dates as request data read by a Date condition


def date_after_past(key):
    return {"DateGreaterThan": {key: PAST}}


@pytest.mark.parametrize("value", HOSTILE_DATES)
def test_hostile_session_tag_date_is_not_a_date(env, value):
    iam = env.iam()
    name, key = new_user(iam, doc(allow(["sts:AssumeRole", "sts:TagSession"])))
    user_arn = iam.get_user(UserName=name)["User"]["Arn"]
    role_arn = new_role(iam, trusting(user_arn, ["sts:AssumeRole", "sts:TagSession"],
                                      date_after_past("aws:RequestTag/when")))
    sts = client(env.server, "sts", key)
    # A real date after the bound is allowed: the trust policy is reachable and the condition matches.
    wait_for(lambda: sts.assume_role(RoleArn=role_arn, RoleSessionName="good",
                                     Tags=[{"Key": "when", "Value": AFTER_PAST}]))
    with pytest.raises(botocore.exceptions.ClientError) as e:
        sts.assume_role(RoleArn=role_arn, RoleSessionName="early", Tags=[{"Key": "when", "Value": BEFORE_PAST}])
    assert_aws_error(e, "AccessDenied", 403)
    with pytest.raises(botocore.exceptions.ClientError) as e:
        sts.assume_role(RoleArn=role_arn, RoleSessionName="hostile", Tags=[{"Key": "when", "Value": value}])
    assert_aws_error(e, "AccessDenied", 403)
    env.assert_alive()


@pytest.mark.parametrize("value", HOSTILE_DATES)
def test_hostile_external_id_is_not_a_date(env, value):
    iam = env.iam()
    name, key = new_user(iam, doc(allow("sts:AssumeRole")))
    user_arn = iam.get_user(UserName=name)["User"]["Arn"]
    role_arn = new_role(iam, trusting(user_arn, ["sts:AssumeRole"], date_after_past("sts:ExternalId")))
    sts = client(env.server, "sts", key)
    wait_for(lambda: sts.assume_role(RoleArn=role_arn, RoleSessionName="good", ExternalId=AFTER_PAST))
    with pytest.raises(botocore.exceptions.ClientError) as e:
        sts.assume_role(RoleArn=role_arn, RoleSessionName="hostile", ExternalId=value)
    assert_aws_error(e, "AccessDenied", 403)
    env.assert_alive()


@pytest.mark.parametrize("value", HOSTILE_DATES)
def test_hostile_resource_tag_date_is_not_a_date(env, value):
    iam = env.iam()
    target = uniq("target")
    iam.create_user(UserName=target)
    _, key = new_user(iam, doc(allow("iam:TagUser", condition=date_after_past("aws:RequestTag/when"))))
    me = client(env.server, "iam", key)
    # The control: the user may tag with a real date after the bound (and not with one before it).
    wait_for(lambda: me.tag_user(UserName=target, Tags=[{"Key": "when", "Value": AFTER_PAST}]))
    with pytest.raises(botocore.exceptions.ClientError) as e:
        me.tag_user(UserName=target, Tags=[{"Key": "when", "Value": BEFORE_PAST}])
    assert_aws_error(e, "AccessDenied", 403)
    with pytest.raises(botocore.exceptions.ClientError) as e:
        me.tag_user(UserName=target, Tags=[{"Key": "when", "Value": value}])
    assert_aws_error(e, "AccessDenied", 403)
    env.assert_alive()
    assert iam.list_user_tags(UserName=target)["Tags"] == [{"Key": "when", "Value": AFTER_PAST}], \
        "a denied TagUser changed nothing"


SIMULATED = doc(allow("iam:ListUsers", condition=date_after_past("aws:CurrentTime")))


def simulate_current_time(env, value, key_type="string"):
    out = env.iam().simulate_custom_policy(
        PolicyInputList=[SIMULATED], ActionNames=["iam:ListUsers"],
        ContextEntries=[{"ContextKeyName": "aws:CurrentTime", "ContextKeyType": key_type,
                         "ContextKeyValues": [value]}])
    return out["EvaluationResults"][0]["EvalDecision"]


@pytest.mark.parametrize("value", HOSTILE_DATES)
def test_hostile_simulation_context_date_is_not_a_date(env, value):
    assert simulate_current_time(env, AFTER_PAST) == "allowed"
    assert simulate_current_time(env, BEFORE_PAST) == "implicitDeny"
    assert simulate_current_time(env, value) == "implicitDeny"
    env.assert_alive()


@pytest.mark.parametrize("value", HOSTILE_DATES)
def test_hostile_simulation_context_typed_as_date_is_invalid_input(env, value):
    assert simulate_current_time(env, AFTER_PAST, "date") == "allowed"
    with pytest.raises(botocore.exceptions.ClientError) as e:
        simulate_current_time(env, value, "date")
    assert_aws_error(e, "InvalidInput", 400)
    env.assert_alive()


def test_denied_hostile_requests_are_audited(env):
    iam = env.iam()
    target = uniq("target")
    iam.create_user(UserName=target)
    name, key = new_user(iam, doc(allow(["iam:TagUser", "sts:AssumeRole"],
                                        condition=date_after_past("aws:RequestTag/when"))))
    me = client(env.server, "iam", key)
    wait_for(lambda: me.tag_user(UserName=target, Tags=[{"Key": "when", "Value": AFTER_PAST}]))
    with pytest.raises(botocore.exceptions.ClientError) as e:
        me.tag_user(UserName=target, Tags=[{"Key": "when", "Value": HOSTILE_DATES[2]}])
    assert_aws_error(e, "AccessDenied", 403)
    request_id = e.value.response["ResponseMetadata"]["RequestId"]
    trail = client(env.server, "cloudtrail")

    def audited():
        events = trail.lookup_events(LookupAttributes=[{"AttributeKey": "Username", "AttributeValue": name}])["Events"]
        records = [json.loads(ev["CloudTrailEvent"]) for ev in events]
        tag_calls = [r for r in records if r["eventName"] == "TagUser"]
        assert len(tag_calls) == 2, records
        denied = [r for r in tag_calls if r.get("errorCode") == "AccessDenied"]
        assert len(denied) == 1, tag_calls
        assert denied[0]["eventSource"] == "iam.amazonaws.com"
        assert denied[0]["requestID"] == request_id
        assert denied[0]["userIdentity"]["arn"].endswith(f":user/{name}")
    wait_for(audited)
    env.assert_alive()


# ---------------------------------------------------------------------------------------
# C. a policy corrupted in the store denies what it governs


NOT_A_POLICY = '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":5}]}'
GARBAGE = "garbage \u00e9\u0000 {not a policy"


def find_record(db, collection, predicate):
    rows = [(key, json.loads(value)) for key, value in
            db.execute("SELECT key, value FROM records WHERE collection = ?", (collection,))]
    hits = [(key, rec) for key, rec in rows if predicate(rec)]
    assert len(hits) == 1, f"expected one {collection} record, found {len(hits)}"
    return hits[0]


def put_record(db, collection, key, record):
    db.execute("UPDATE records SET value = ? WHERE collection = ? AND key = ?",
               (json.dumps(record).encode(), collection, key))


def corrupt_managed_policy(db, arn, text):
    key, rec = find_record(db, "iam-policies", lambda r: r.get("arn") == arn)
    versions = [v for v in rec["versions"] if v["id"] == rec["default_version"]]
    assert len(versions) == 1 and json.loads(versions[0]["document"])["Statement"], versions
    versions[0]["document"] = text
    put_record(db, "iam-policies", key, rec)


def corrupt_inline_policy(db, user_arn, policy_name, text):
    key, rec = find_record(db, "iam-users", lambda r: r.get("arn") == user_arn)
    assert policy_name in rec["inline"], rec["inline"]
    rec["inline"][policy_name] = text
    put_record(db, "iam-users", key, rec)


def allowed(server, key, call):
    getattr(client(server, "iam", key), call[0])(**call[1])


def denied(server, key, call, because=""):
    with pytest.raises(botocore.exceptions.ClientError) as e:
        allowed(server, key, call)
    assert_aws_error(e, "AccessDenied", 403)
    assert because in error_of(e)[1], error_of(e)[1]


def test_corrupted_stored_policies_deny_what_they_govern(tmp_path):
    data = tmp_path / "data"
    server = start_server(data)
    try:
        iam = client(server, "iam")
        account = server.root_credentials()["AccountId"]
        list_users = ("list_users", {})
        list_roles = ("list_roles", {})

        def get_user(name):
            return ("get_user", {"UserName": name})

        everything = doc(allow("*"))
        # 1. Allow * inline, a managed Deny on iam:ListUsers attached.
        deny_arn = iam.create_policy(PolicyName=uniq("deny"), PolicyDocument=doc(deny("iam:ListUsers")))["Policy"]["Arn"]
        denied_user, denied_key = new_user(iam, everything)
        iam.attach_user_policy(UserName=denied_user, PolicyArn=deny_arn)
        # 2. Allow * inline, a boundary that allows iam:ListUsers and iam:GetUser only.
        boundary_arn = iam.create_policy(PolicyName=uniq("boundary"),
                                         PolicyDocument=doc(allow(["iam:ListUsers", "iam:GetUser"])))["Policy"]["Arn"]
        bounded_user, bounded_key = new_user(iam, everything, PermissionsBoundary=boundary_arn)
        # 3. Allow * inline plus a second inline Deny on iam:ListUsers.
        inline_user, inline_key = new_user(iam, everything)
        iam.put_user_policy(UserName=inline_user, PolicyName="no-list", PolicyDocument=doc(deny("iam:ListUsers")))
        # 4. The control: like 1, with a Deny policy of its own that stays intact.
        control_arn = iam.create_policy(PolicyName=uniq("deny"), PolicyDocument=doc(deny("iam:ListUsers")))["Policy"]["Arn"]
        control_user, control_key = new_user(iam, everything)
        iam.attach_user_policy(UserName=control_user, PolicyArn=control_arn)

        # Before corrupting: every policy does what it says.
        for user, key in [(denied_user, denied_key), (inline_user, inline_key), (control_user, control_key)]:
            wait_for(lambda: allowed(server, key, get_user(user)))
            wait_for(lambda: denied(server, key, list_users))
        wait_for(lambda: allowed(server, bounded_key, get_user(bounded_user)))
        wait_for(lambda: allowed(server, bounded_key, list_users))
        wait_for(lambda: denied(server, bounded_key, list_roles))
    finally:
        server.stop()

    # Corrupt the stored documents while the server is stopped; the records stay valid JSON.
    db = sqlite3.connect(data / "gatehouse.db")
    try:
        with db:
            corrupt_managed_policy(db, deny_arn, NOT_A_POLICY)
            corrupt_managed_policy(db, boundary_arn, GARBAGE)
            corrupt_inline_policy(db, f"arn:aws:iam::{account}:user/{inline_user}", "no-list", NOT_A_POLICY)
    finally:
        db.close()

    server = start_server(data)
    try:
        iam = client(server, "iam")
        # The records were loaded: the attachment and the boundary are still there.
        attached = iam.list_attached_user_policies(UserName=denied_user)["AttachedPolicies"]
        assert [p["PolicyArn"] for p in attached] == [deny_arn]
        assert iam.get_user(UserName=bounded_user)["User"]["PermissionsBoundary"]["PermissionsBoundaryArn"] == boundary_arn
        assert "no-list" in iam.list_user_policies(UserName=inline_user)["PolicyNames"]
        # The untouched user is unchanged by the restart.
        allowed(server, control_key, get_user(control_user))
        denied(server, control_key, list_users)
        # Each broken policy denies everything it governs, including what it used to allow,
        # and says why (not "no policy allows": the inline Allow * is still there).
        broken = "because a policy that applies to it cannot be evaluated"
        for user, key in [(denied_user, denied_key), (bounded_user, bounded_key), (inline_user, inline_key)]:
            denied(server, key, list_users, broken)
            denied(server, key, get_user(user), broken)
            denied(server, key, list_roles, broken)
        # Credentials still authenticate: the denial is authorization, not a broken key.
        for key in (denied_key, bounded_key, inline_key):
            assert client(server, "sts", key).get_caller_identity()["Account"] == account
    finally:
        server.stop()
