"""Issue 4, as a user sees it: IAM entities over boto3 and the AWS CLI, AWS's errors
and limits, and every call authorized by the policy engine."""

import json
import re
import time
import uuid

import botocore.exceptions
import pytest

from server_fixture import aws_cli, gatehouse  # noqa: F401  (fixture)

ALLOW_ALL = json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]})


def uniq(prefix):
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def code_of(excinfo):
    return excinfo.value.response["Error"]["Code"]


def message_of(excinfo):
    return excinfo.value.response["Error"]["Message"]


def trust(principal):
    return json.dumps({"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Principal": {"AWS": principal}, "Action": "sts:AssumeRole"}]})


def user_with_key(gatehouse, iam, name=None, policy=None):
    """Creates a user (with an inline policy when given) and returns a client that signs as it."""
    name = name or uniq("u")
    iam.create_user(UserName=name)
    if policy:
        iam.put_user_policy(UserName=name, PolicyName="p", PolicyDocument=json.dumps(policy))
    key = iam.create_access_key(UserName=name)["AccessKey"]
    return name, key


def client_as(gatehouse, key, service="iam"):
    return gatehouse.client(service, access_key=key["AccessKeyId"], secret=key["SecretAccessKey"])


def wait_for(fn, timeout=10):
    """Policies reach the authorizer within its cache TTL; retries until fn passes."""
    deadline = time.time() + timeout
    while True:
        try:
            return fn()
        except (AssertionError, botocore.exceptions.ClientError):
            if time.time() > deadline:
                raise
            time.sleep(0.3)


def test_user_life_cycle_with_the_aws_cli(gatehouse):
    name = uniq("alice")
    created = json.loads(aws_cli(gatehouse, "iam", "create-user", "--user-name", name, "--path", "/eng/",
                                 "--tags", "Key=team,Value=core").stdout)["User"]
    account = gatehouse.root_credentials()["AccountId"]
    assert created["Arn"] == f"arn:aws:iam::{account}:user/eng/{name}"
    assert created["UserId"].startswith("AIDA") and len(created["UserId"]) == 21
    got = json.loads(aws_cli(gatehouse, "iam", "get-user", "--user-name", name).stdout)["User"]
    assert got["Tags"] == [{"Key": "team", "Value": "core"}]
    listed = json.loads(aws_cli(gatehouse, "iam", "list-users", "--path-prefix", "/eng/").stdout)["Users"]
    assert name in [u["UserName"] for u in listed]
    aws_cli(gatehouse, "iam", "update-user", "--user-name", name, "--new-user-name", name + "-2")
    gone = aws_cli(gatehouse, "iam", "get-user", "--user-name", name, check=False)
    assert gone.returncode != 0 and "NoSuchEntity" in gone.stderr
    aws_cli(gatehouse, "iam", "delete-user", "--user-name", name + "-2")
    assert "NoSuchEntity" in aws_cli(gatehouse, "iam", "get-user", "--user-name", name + "-2", check=False).stderr


def test_role_and_policy_life_cycle_with_the_aws_cli(gatehouse):
    account = gatehouse.root_credentials()["AccountId"]
    role = uniq("r")
    doc = trust(f"arn:aws:iam::{account}:root")
    out = json.loads(aws_cli(gatehouse, "iam", "create-role", "--role-name", role, "--assume-role-policy-document", doc,
                             "--max-session-duration", "7200").stdout)["Role"]
    assert out["RoleId"].startswith("AROA")
    got = json.loads(aws_cli(gatehouse, "iam", "get-role", "--role-name", role).stdout)["Role"]
    assert got["AssumeRolePolicyDocument"]["Statement"][0]["Action"] == "sts:AssumeRole"
    assert got["MaxSessionDuration"] == 7200
    pol = json.loads(aws_cli(gatehouse, "iam", "create-policy", "--policy-name", uniq("p"), "--policy-document", ALLOW_ALL).stdout)["Policy"]
    assert pol["DefaultVersionId"] == "v1" and pol["PolicyId"].startswith("ANPA")
    aws_cli(gatehouse, "iam", "attach-role-policy", "--role-name", role, "--policy-arn", pol["Arn"])
    attached = json.loads(aws_cli(gatehouse, "iam", "list-attached-role-policies", "--role-name", role).stdout)
    assert [p["PolicyArn"] for p in attached["AttachedPolicies"]] == [pol["Arn"]]
    conflict = aws_cli(gatehouse, "iam", "delete-role", "--role-name", role, check=False)
    assert "DeleteConflict" in conflict.stderr
    aws_cli(gatehouse, "iam", "detach-role-policy", "--role-name", role, "--policy-arn", pol["Arn"])
    aws_cli(gatehouse, "iam", "delete-role", "--role-name", role)
    aws_cli(gatehouse, "iam", "delete-policy", "--policy-arn", pol["Arn"])


def test_pagination_across_pages(gatehouse):
    iam = gatehouse.client("iam")
    path = f"/{uniq('page')}/"
    names = sorted(uniq("pu") for _ in range(23))
    for n in names:
        iam.create_user(UserName=n, Path=path)
    first = iam.list_users(PathPrefix=path, MaxItems=10)
    assert first["IsTruncated"] and len(first["Users"]) == 10 and first["Marker"]
    seen = [u["UserName"] for u in first["Users"]]
    second = iam.list_users(PathPrefix=path, MaxItems=10, Marker=first["Marker"])
    seen += [u["UserName"] for u in second["Users"]]
    third = iam.list_users(PathPrefix=path, MaxItems=10, Marker=second["Marker"])
    assert not third["IsTruncated"] and len(third["Users"]) == 3
    seen += [u["UserName"] for u in third["Users"]]
    assert seen == names
    everything = [u["UserName"] for p in iam.get_paginator("list_users").paginate(PathPrefix=path, PaginationConfig={"PageSize": 4}) for u in p["Users"]]
    assert everything == names
    with pytest.raises(botocore.exceptions.ClientError) as e:
        iam.list_users(Marker="not-a-marker")
    assert code_of(e) == "InvalidInput"


def test_errors_have_aws_codes_and_messages(gatehouse):
    iam = gatehouse.client("iam")
    name = uniq("dup")
    iam.create_user(UserName=name)
    with pytest.raises(botocore.exceptions.ClientError) as e:
        iam.create_user(UserName=name.upper())
    assert code_of(e) == "EntityAlreadyExists"
    assert message_of(e) == f"User with name {name.upper()} already exists."
    assert e.value.response["ResponseMetadata"]["HTTPStatusCode"] == 409
    with pytest.raises(botocore.exceptions.ClientError) as e:
        iam.get_user(UserName="nobody-" + name)
    assert code_of(e) == "NoSuchEntity"
    assert message_of(e) == f"The user with name nobody-{name} cannot be found."
    iam.create_access_key(UserName=name)
    with pytest.raises(botocore.exceptions.ClientError) as e:
        iam.delete_user(UserName=name)
    assert code_of(e) == "DeleteConflict"
    assert message_of(e) == "Cannot delete entity, must delete access keys first."
    iam.create_access_key(UserName=name)
    with pytest.raises(botocore.exceptions.ClientError) as e:
        iam.create_access_key(UserName=name)
    assert code_of(e) == "LimitExceeded"
    assert message_of(e) == "Cannot exceed quota for AccessKeysPerUser: 2"
    with pytest.raises(botocore.exceptions.ClientError) as e:
        iam.create_policy(PolicyName=uniq("bad"), PolicyDocument='{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*"}]}')
    assert code_of(e) == "MalformedPolicyDocument"
    with pytest.raises(botocore.exceptions.ClientError) as e:
        iam.create_policy(PolicyName=uniq("bad"), PolicyDocument="{not json")
    assert code_of(e) == "MalformedPolicyDocument"
    big = json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": f"s3:GetObject{i}", "Resource": "*"} for i in range(200)]})
    with pytest.raises(botocore.exceptions.ClientError) as e:
        iam.create_policy(PolicyName=uniq("big"), PolicyDocument=big)
    assert code_of(e) == "LimitExceeded" and "6144" in message_of(e)


def test_illegal_names_are_validation_errors(gatehouse):
    iam = gatehouse.client("iam", config=__import__("botocore.config").config.Config(parameter_validation=False))
    for bad in ["has space", "", "x" * 65, "semi;colon"]:
        with pytest.raises(botocore.exceptions.ClientError) as e:
            iam.create_user(UserName=bad)
        assert code_of(e) == "ValidationError", bad
        assert re.match(r"\d validation errors? detected: Value '.*' at 'userName' failed to satisfy constraint: Member must", message_of(e)), message_of(e)


def test_duplicate_tags_and_huge_lists_are_refused_and_nothing_is_half_written(gatehouse):
    iam = gatehouse.client("iam", config=__import__("botocore.config").config.Config(parameter_validation=False))
    name = uniq("tagged")
    with pytest.raises(botocore.exceptions.ClientError) as e:
        iam.create_user(UserName=name, Tags=[{"Key": "Team", "Value": "a"}, {"Key": "team", "Value": "b"}])
    assert code_of(e) == "InvalidInput"
    with pytest.raises(botocore.exceptions.ClientError):
        iam.get_user(UserName=name)
    with pytest.raises(botocore.exceptions.ClientError) as e:
        iam.create_user(UserName=name, Tags=[{"Key": f"k{i}", "Value": "v"} for i in range(10_000)])
    assert code_of(e) in ("ValidationError", "LimitExceeded")
    with pytest.raises(botocore.exceptions.ClientError) as e:
        iam.create_user(UserName=name, PermissionsBoundary="arn:aws:iam::aws:policy/NoSuchPolicy")
    assert code_of(e) == "NoSuchEntity"
    with pytest.raises(botocore.exceptions.ClientError):
        iam.get_user(UserName=name)
    assert name not in [u["UserName"] for u in iam.list_users(MaxItems=1000)["Users"]]


def test_policy_versions_and_defaults(gatehouse):
    iam = gatehouse.client("iam")
    arn = iam.create_policy(PolicyName=uniq("ver"), PolicyDocument=ALLOW_ALL)["Policy"]["Arn"]
    for _ in range(4):
        iam.create_policy_version(PolicyArn=arn, PolicyDocument=ALLOW_ALL, SetAsDefault=True)
    with pytest.raises(botocore.exceptions.ClientError) as e:
        iam.create_policy_version(PolicyArn=arn, PolicyDocument=ALLOW_ALL)
    assert code_of(e) == "LimitExceeded"
    versions = iam.list_policy_versions(PolicyArn=arn)["Versions"]
    assert [v["VersionId"] for v in versions] == ["v5", "v4", "v3", "v2", "v1"]
    assert [v["IsDefaultVersion"] for v in versions] == [True, False, False, False, False]
    with pytest.raises(botocore.exceptions.ClientError) as e:
        iam.delete_policy_version(PolicyArn=arn, VersionId="v5")
    assert code_of(e) == "DeleteConflict"
    iam.set_default_policy_version(PolicyArn=arn, VersionId="v2")
    doc = iam.get_policy_version(PolicyArn=arn, VersionId="v2")["PolicyVersion"]["Document"]
    assert doc["Statement"][0]["Action"] == "*"
    iam.delete_policy_version(PolicyArn=arn, VersionId="v5")
    assert iam.get_policy(PolicyArn=arn)["Policy"]["DefaultVersionId"] == "v2"


def test_aws_managed_policies_exist(gatehouse):
    iam = gatehouse.client("iam")
    names = {p["PolicyName"] for p in iam.list_policies(Scope="AWS", MaxItems=1000)["Policies"]}
    assert {"AdministratorAccess", "PowerUserAccess", "ReadOnlyAccess", "IAMFullAccess", "IAMReadOnlyAccess", "IAMUserChangePassword"} <= names
    admin = iam.get_policy(PolicyArn="arn:aws:iam::aws:policy/AdministratorAccess")["Policy"]
    assert admin["DefaultVersionId"] == "v1"


def test_managed_policy_attachment_quota(gatehouse):
    iam = gatehouse.client("iam")
    user = uniq("q")
    iam.create_user(UserName=user)
    arns = [iam.create_policy(PolicyName=uniq("qp"), PolicyDocument=ALLOW_ALL)["Policy"]["Arn"] for _ in range(11)]
    for a in arns[:10]:
        iam.attach_user_policy(UserName=user, PolicyArn=a)
    with pytest.raises(botocore.exceptions.ClientError) as e:
        iam.attach_user_policy(UserName=user, PolicyArn=arns[10])
    assert code_of(e) == "LimitExceeded" and message_of(e) == "Cannot exceed quota for PoliciesPerUser: 10"
    ents = iam.list_entities_for_policy(PolicyArn=arns[0])
    assert [u["UserName"] for u in ents["PolicyUsers"]] == [user]
    assert iam.get_policy(PolicyArn=arns[0])["Policy"]["AttachmentCount"] == 1


def test_read_only_user_cannot_create_users(gatehouse):
    iam = gatehouse.client("iam")
    account = gatehouse.root_credentials()["AccountId"]
    name, key = user_with_key(gatehouse, iam, policy={"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Action": ["iam:Get*", "iam:List*"], "Resource": "*"}]})
    me = client_as(gatehouse, key)
    assert me.get_user(UserName=name)["User"]["UserName"] == name
    me.list_users()
    with pytest.raises(botocore.exceptions.ClientError) as e:
        me.create_user(UserName="bob")
    assert code_of(e) == "AccessDenied"
    assert message_of(e) == (
        f"User: arn:aws:iam::{account}:user/{name} is not authorized to perform: iam:CreateUser "
        f"on resource: arn:aws:iam::{account}:user/bob because no identity-based policy allows the iam:CreateUser action")
    assert e.value.response["ResponseMetadata"]["HTTPStatusCode"] == 403
    # and GetCallerIdentity needs no permission
    assert client_as(gatehouse, key, "sts").get_caller_identity()["Arn"] == f"arn:aws:iam::{account}:user/{name}"


def test_create_user_only_with_the_required_boundary(gatehouse):
    iam = gatehouse.client("iam")
    account = gatehouse.root_credentials()["AccountId"]
    boundary = iam.create_policy(PolicyName=uniq("boundary"), PolicyDocument=ALLOW_ALL)["Policy"]["Arn"]
    _, key = user_with_key(gatehouse, iam, policy={"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Action": "iam:CreateUser", "Resource": "*",
         "Condition": {"StringEquals": {"iam:PermissionsBoundary": boundary}}}]})
    me = client_as(gatehouse, key)
    with pytest.raises(botocore.exceptions.ClientError) as e:
        me.create_user(UserName=uniq("nob"))
    assert code_of(e) == "AccessDenied"
    other = f"arn:aws:iam::{account}:policy/other"
    with pytest.raises(botocore.exceptions.ClientError) as e:
        me.create_user(UserName=uniq("wrongb"), PermissionsBoundary=other)
    assert code_of(e) == "AccessDenied"
    made = me.create_user(UserName=uniq("withb"), PermissionsBoundary=boundary)["User"]
    assert made["PermissionsBoundary"]["PermissionsBoundaryArn"] == boundary


def test_group_policy_grants_through_membership_only(gatehouse):
    iam = gatehouse.client("iam")
    group = uniq("g")
    iam.create_group(GroupName=group)
    iam.put_group_policy(GroupName=group, PolicyName="list", PolicyDocument=json.dumps(
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]}))
    name, key = user_with_key(gatehouse, iam)
    me = client_as(gatehouse, key)
    with pytest.raises(botocore.exceptions.ClientError) as e:
        me.list_users()
    assert code_of(e) == "AccessDenied"
    iam.add_user_to_group(GroupName=group, UserName=name)
    wait_for(lambda: me.list_users())
    assert [g["GroupName"] for g in iam.list_groups_for_user(UserName=name)["Groups"]] == [group]
    iam.remove_user_from_group(GroupName=group, UserName=name)

    def denied():
        with pytest.raises(botocore.exceptions.ClientError) as e:
            me.list_users()
        assert code_of(e) == "AccessDenied"
    wait_for(denied)


def test_explicit_deny_inline_beats_managed_allow(gatehouse):
    iam = gatehouse.client("iam")
    account = gatehouse.root_credentials()["AccountId"]
    name, key = user_with_key(gatehouse, iam, policy={"Version": "2012-10-17", "Statement": [
        {"Effect": "Deny", "Action": "iam:CreateGroup", "Resource": "*"}]})
    iam.attach_user_policy(UserName=name, PolicyArn="arn:aws:iam::aws:policy/IAMFullAccess")
    me = client_as(gatehouse, key)
    me.list_groups()
    with pytest.raises(botocore.exceptions.ClientError) as e:
        me.create_group(GroupName="denied")
    assert code_of(e) == "AccessDenied"
    assert message_of(e) == (
        f"User: arn:aws:iam::{account}:user/{name} is not authorized to perform: iam:CreateGroup on resource: "
        f"arn:aws:iam::{account}:group/denied with an explicit deny in an identity-based policy")


def test_deactivated_key_is_invalid_client_token_id(gatehouse):
    iam = gatehouse.client("iam")
    name, key = user_with_key(gatehouse, iam, policy={"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Action": "iam:*", "Resource": "*"}]})
    sts = client_as(gatehouse, key, "sts")
    sts.get_caller_identity()
    iam.update_access_key(UserName=name, AccessKeyId=key["AccessKeyId"], Status="Inactive")
    with pytest.raises(botocore.exceptions.ClientError) as e:
        sts.get_caller_identity()
    assert code_of(e) == "InvalidClientTokenId"
    keys = iam.list_access_keys(UserName=name)["AccessKeyMetadata"]
    assert keys[0]["Status"] == "Inactive"
    iam.update_access_key(UserName=name, AccessKeyId=key["AccessKeyId"], Status="Active")
    sts.get_caller_identity()
    iam.delete_access_key(UserName=name, AccessKeyId=key["AccessKeyId"])
    with pytest.raises(botocore.exceptions.ClientError) as e:
        sts.get_caller_identity()
    assert code_of(e) == "InvalidClientTokenId"


def test_inline_policies_and_aggregate_size(gatehouse):
    iam = gatehouse.client("iam")
    name = uniq("inl")
    iam.create_user(UserName=name)
    small = json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:" + "x" * 800, "Resource": "*"}]})
    iam.put_user_policy(UserName=name, PolicyName="a", PolicyDocument=small)
    iam.put_user_policy(UserName=name, PolicyName="b", PolicyDocument=small)
    with pytest.raises(botocore.exceptions.ClientError) as e:
        iam.put_user_policy(UserName=name, PolicyName="c", PolicyDocument=small)
    assert code_of(e) == "LimitExceeded"
    assert iam.list_user_policies(UserName=name)["PolicyNames"] == ["a", "b"]
    got = iam.get_user_policy(UserName=name, PolicyName="a")
    assert got["PolicyDocument"]["Statement"][0]["Effect"] == "Allow"
    iam.delete_user_policy(UserName=name, PolicyName="a")
    with pytest.raises(botocore.exceptions.ClientError) as e:
        iam.get_user_policy(UserName=name, PolicyName="a")
    assert code_of(e) == "NoSuchEntity"


def test_emulator_mode_accepts_unknown_keys_as_root_but_still_checks_known_ones(tmp_path):
    from server_fixture import Server
    import urllib.request

    server = Server(tmp_path / "data", extra_args=["--emulator"]).start()
    try:
        assert any("emulator mode" in line for line in server.stdout_lines)
        with urllib.request.urlopen(server.endpoint + "/health", timeout=5) as r:
            assert "EMULATOR MODE" in r.read().decode()
        anon = server.client("sts", access_key="AKIAFAKEFAKEFAKEFAKE", secret="whatever")
        assert anon.get_caller_identity()["Arn"] == "arn:aws:iam::000000000000:root"
        acct = server.client("iam", access_key="123456789012", secret="whatever")
        acct.create_user(UserName="moto-style")
        assert acct.get_user(UserName="moto-style")["User"]["Arn"] == "arn:aws:iam::123456789012:user/moto-style"
        assert server.client("sts", access_key="123456789012", secret="x").get_caller_identity()["Account"] == "123456789012"
        # a known key with a wrong secret is still refused
        real = server.root_credentials()["AccessKeyId"]
        with pytest.raises(botocore.exceptions.ClientError) as e:
            server.client("sts", access_key=real, secret="y" * 40).get_caller_identity()
        assert code_of(e) == "SignatureDoesNotMatch"
    finally:
        server.stop()


def test_trail_records_iam_resources(gatehouse):
    iam = gatehouse.client("iam")
    name = uniq("trail")
    iam.create_user(UserName=name)
    events = gatehouse.client("cloudtrail").lookup_events(
        LookupAttributes=[{"AttributeKey": "ResourceName", "AttributeValue": name}])["Events"]
    assert [e["EventName"] for e in events] == ["CreateUser"]
    assert events[0]["Resources"] == [{"ResourceType": "AWS::IAM::User", "ResourceName": name}]
    record = json.loads(events[0]["CloudTrailEvent"])
    assert record["eventSource"] == "iam.amazonaws.com"
    assert record["requestParameters"] == {"userName": name}
    assert record["responseElements"]["user"]["userName"] == name


def test_root_access_keys_are_listed_and_limited(gatehouse):
    iam = gatehouse.client("iam")
    root_key = gatehouse.root_credentials()["AccessKeyId"]
    keys = [k["AccessKeyId"] for k in iam.list_access_keys()["AccessKeyMetadata"]]
    assert root_key in keys
    used = iam.get_access_key_last_used(AccessKeyId=root_key)
    assert used["UserName"] == "root"
