"""Issue 5, as a user sees it: temporary credentials from STS over boto3 and botocore's
own AssumeRole credential provider, trust and session policies, tags, chaining,
revocation, rotation, restarts and AWS's errors for bad input."""

import base64
import hashlib
import hmac
import json
import os
import struct
import subprocess
import time
import uuid

import boto3
import botocore.config
import botocore.exceptions
import pytest

from server_fixture import Server, binary, gatehouse  # noqa: F401  (fixture)


def uniq(prefix):
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def doc(*statements):
    return json.dumps({"Version": "2012-10-17", "Statement": list(statements)})


def allow(action, resource="*", **cond):
    st = {"Effect": "Allow", "Action": action, "Resource": resource}
    if cond:
        st["Condition"] = cond
    return st


def trust(principal, actions=("sts:AssumeRole",), **cond):
    st = {"Effect": "Allow", "Principal": {"AWS": principal}, "Action": list(actions)}
    if cond:
        st["Condition"] = cond
    return doc(st)


def error(excinfo):
    e = excinfo.value.response["Error"]
    return e["Code"], e["Message"]


NO_VALIDATION = botocore.config.Config(parameter_validation=False, retries={"max_attempts": 1})


def client(server, service, creds, **kw):
    return boto3.client(
        service,
        endpoint_url=server.endpoint,
        region_name="us-east-1",
        aws_access_key_id=creds["AccessKeyId"],
        aws_secret_access_key=creds["SecretAccessKey"],
        aws_session_token=creds.get("SessionToken"),
        **kw,
    )


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


def new_user(iam, policy=None):
    name = uniq("u")
    iam.create_user(UserName=name)
    if policy:
        iam.put_user_policy(UserName=name, PolicyName="p", PolicyDocument=policy)
    key = iam.create_access_key(UserName=name)["AccessKey"]
    return name, key


def new_role(iam, trust_doc, policy=None, **kw):
    name = uniq("r")
    role = iam.create_role(RoleName=name, AssumeRolePolicyDocument=trust_doc, **kw)["Role"]
    if policy:
        iam.put_role_policy(RoleName=name, PolicyName="p", PolicyDocument=policy)
    return name, role["Arn"]


def gatehouse_cli(server, *args):
    return subprocess.run(
        [binary(), *args, "--data-dir", str(server.data_dir)],
        capture_output=True, text=True, timeout=60, check=True,
    )


def create_account(server, name):
    gatehouse_cli(server, "accounts", "create", name)
    path = server.data_dir / "accounts" / f"{name}-credentials.json"
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    return json.loads(path.read_text())


@pytest.fixture(scope="module")
def env(gatehouse):
    iam = gatehouse.client("iam")
    account = gatehouse.root_credentials()["AccountId"]
    return gatehouse, iam, account


def test_assume_role_session_policy_narrows_and_never_widens(env):
    gh, iam, account = env
    role, role_arn = new_role(iam, trust(f"arn:aws:iam::{account}:root"),
                              doc(allow(["iam:ListUsers", "iam:ListRoles"])))
    user, key = new_user(iam, doc(allow("sts:AssumeRole", role_arn)))
    sts = client(gh, "sts", key)
    session_policy = doc(allow(["iam:ListUsers", "iam:CreateUser"]))
    out = wait_for(lambda: sts.assume_role(RoleArn=role_arn, RoleSessionName="narrow", Policy=session_policy))
    assert out["AssumedRoleUser"]["Arn"] == f"arn:aws:sts::{account}:assumed-role/{role}/narrow"
    role_id = iam.get_role(RoleName=role)["Role"]["RoleId"]
    assert out["AssumedRoleUser"]["AssumedRoleId"] == f"{role_id}:narrow"
    assert 0 < out["PackedPolicySize"] <= 100
    last_used = iam.get_role(RoleName=role)["Role"]["RoleLastUsed"]
    assert last_used["Region"] == "us-east-1" and "LastUsedDate" in last_used
    creds = out["Credentials"]
    assert creds["AccessKeyId"].startswith("ASIA") and len(creds["AccessKeyId"]) == 20
    me = client(gh, "sts", creds).get_caller_identity()
    assert me["Arn"] == out["AssumedRoleUser"]["Arn"]
    assert me["UserId"] == f"{role_id}:narrow" and me["Account"] == account
    session_iam = client(gh, "iam", creds)
    session_iam.list_users()
    # Allowed by the role, not by the session policy.
    with pytest.raises(botocore.exceptions.ClientError) as e:
        session_iam.list_roles()
    assert error(e) == ("AccessDenied",
                        f"User: {me['Arn']} is not authorized to perform: iam:ListRoles on resource: "
                        f"arn:aws:iam::{account}:role/ because no session policy allows the iam:ListRoles action")
    # Allowed by the session policy, not by the role.
    with pytest.raises(botocore.exceptions.ClientError) as e:
        session_iam.create_user(UserName=uniq("x"))
    assert error(e)[0] == "AccessDenied"
    assert "identity-based policy" in error(e)[1]
    # Without a session policy the role's permissions apply in full.
    full = client(gh, "iam", sts.assume_role(RoleArn=role_arn, RoleSessionName="full")["Credentials"])
    full.list_roles()


def test_trust_policy_alone_grants_within_the_account_and_refuses_others(env):
    gh, iam, account = env
    named, named_key = new_user(iam)
    other, other_key = new_user(iam)
    _, role_arn = new_role(iam, trust(f"arn:aws:iam::{account}:user/{named}"))
    out = wait_for(lambda: client(gh, "sts", named_key).assume_role(RoleArn=role_arn, RoleSessionName="s1"))
    assert out["Credentials"]["SessionToken"]
    with pytest.raises(botocore.exceptions.ClientError) as e:
        wait_for(lambda: client(gh, "sts", other_key).get_caller_identity())
        client(gh, "sts", other_key).assume_role(RoleArn=role_arn, RoleSessionName="s1")
    assert error(e) == ("AccessDenied", f"User: arn:aws:iam::{account}:user/{other} is not authorized to "
                                        f"perform: sts:AssumeRole on resource: {role_arn}")
    # A role that does not exist answers the same way.
    with pytest.raises(botocore.exceptions.ClientError) as e:
        client(gh, "sts", named_key).assume_role(RoleArn=f"arn:aws:iam::{account}:role/nope", RoleSessionName="ss")
    assert error(e)[0] == "AccessDenied"
    # Root may not assume roles.
    with pytest.raises(botocore.exceptions.ClientError) as e:
        gh.client("sts").assume_role(RoleArn=role_arn, RoleSessionName="s1")
    assert error(e) == ("AccessDenied", "Roles may not be assumed by root accounts.")


def test_cross_account_example_with_boto3_and_a_profile(env, tmp_path, monkeypatch):
    gh, _, _ = env
    prod = create_account(gh, uniq("prod"))
    dev = create_account(gh, uniq("dev"))
    prod_iam = client(gh, "iam", prod)
    dev_iam = client(gh, "iam", dev)
    prod_iam.create_role(RoleName="ProdAccess", AssumeRolePolicyDocument=trust(f"arn:aws:iam::{dev['AccountId']}:root"))
    prod_iam.put_role_policy(RoleName="ProdAccess", PolicyName="p", PolicyDocument=doc(allow("iam:*")))
    prod_iam.create_user(UserName="prod-only-user")
    role_arn = f"arn:aws:iam::{prod['AccountId']}:role/ProdAccess"
    _, dev_key = new_user(dev_iam, doc(allow("sts:AssumeRole", role_arn)))
    _, dev_plain = new_user(dev_iam)
    creds = wait_for(lambda: client(gh, "sts", dev_key).assume_role(
        RoleArn=role_arn, RoleSessionName="dev-to-prod"))["Credentials"]
    me = client(gh, "sts", creds).get_caller_identity()
    assert me["Account"] == prod["AccountId"]
    assert me["Arn"] == f"arn:aws:sts::{prod['AccountId']}:assumed-role/ProdAccess/dev-to-prod"
    assert "prod-only-user" in [u["UserName"] for u in client(gh, "iam", creds).list_users()["Users"]]
    # A Dev user without an identity policy for the role is refused.
    with pytest.raises(botocore.exceptions.ClientError) as e:
        wait_for(lambda: client(gh, "sts", dev_plain).get_caller_identity())
        client(gh, "sts", dev_plain).assume_role(RoleArn=role_arn, RoleSessionName="xx")
    assert error(e)[0] == "AccessDenied"
    # A Prod trust policy naming another account refuses Dev.
    prod_iam.create_role(RoleName="OtherAccess", AssumeRolePolicyDocument=trust("arn:aws:iam::111122223333:root"))
    other_arn = f"arn:aws:iam::{prod['AccountId']}:role/OtherAccess"
    dev_iam.put_user_policy(UserName=dev_iam.list_users()["Users"][0]["UserName"], PolicyName="q",
                            PolicyDocument=doc(allow("sts:AssumeRole", "*")))
    with pytest.raises(botocore.exceptions.ClientError) as e:
        client(gh, "sts", dev_key).assume_role(RoleArn=other_arn, RoleSessionName="xx")
    assert error(e)[0] == "AccessDenied"

    # The same with botocore's own AssumeRole provider from a plain config profile.
    (tmp_path / "credentials").write_text(
        f"[dev]\naws_access_key_id = {dev_key['AccessKeyId']}\naws_secret_access_key = {dev_key['SecretAccessKey']}\n")
    (tmp_path / "config").write_text(
        f"[profile prod]\nrole_arn = {role_arn}\nsource_profile = dev\nregion = us-east-1\n"
        f"endpoint_url = {gh.endpoint}\n\n[profile dev]\nregion = us-east-1\nendpoint_url = {gh.endpoint}\n")
    for k in [k for k in os.environ if k.startswith("AWS_")]:
        monkeypatch.delenv(k)
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "credentials"))
    session = boto3.Session(profile_name="prod")
    assert session.client("sts").get_caller_identity()["Account"] == prod["AccountId"]
    assert session.get_credentials().get_frozen_credentials().access_key.startswith("ASIA")
    assert "prod-only-user" in [u["UserName"] for u in session.client("iam").list_users()["Users"]]


def test_session_tags_drive_principal_tag_conditions(env):
    gh, iam, account = env
    _, role_arn = new_role(
        iam, trust(f"arn:aws:iam::{account}:root", ("sts:AssumeRole", "sts:TagSession")),
        doc(allow("iam:ListUsers", "*", StringEquals={"aws:PrincipalTag/team": "blue"})),
        Tags=[{"Key": "team", "Value": "red"}])
    _, key = new_user(iam, doc(allow(["sts:AssumeRole", "sts:TagSession"], role_arn)))
    sts = client(gh, "sts", key)
    blue = wait_for(lambda: sts.assume_role(RoleArn=role_arn, RoleSessionName="blue",
                                            Tags=[{"Key": "team", "Value": "blue"}]))["Credentials"]
    client(gh, "iam", blue).list_users()
    # The role's own tag (red) applies when the session sets none.
    plain = sts.assume_role(RoleArn=role_arn, RoleSessionName="plain")["Credentials"]
    with pytest.raises(botocore.exceptions.ClientError) as e:
        client(gh, "iam", plain).list_users()
    assert error(e)[0] == "AccessDenied"
    # Tagging needs sts:TagSession in the trust policy.
    _, no_tag_arn = new_role(iam, trust(f"arn:aws:iam::{account}:root"))
    _, key2 = new_user(iam, doc(allow(["sts:AssumeRole", "sts:TagSession"], "*")))
    sts2 = client(gh, "sts", key2)
    wait_for(lambda: sts2.assume_role(RoleArn=no_tag_arn, RoleSessionName="ok"))
    with pytest.raises(botocore.exceptions.ClientError) as e:
        sts2.assume_role(RoleArn=no_tag_arn, RoleSessionName="tagged", Tags=[{"Key": "a", "Value": "b"}])
    assert error(e)[0] == "AccessDenied" and "sts:TagSession" in error(e)[1]


def test_chaining_keeps_transitive_tags_and_source_identity_and_caps_duration(env):
    gh, iam, account = env
    first, first_arn = new_role(
        iam, trust(f"arn:aws:iam::{account}:root", ("sts:AssumeRole", "sts:TagSession", "sts:SetSourceIdentity")))
    _, second_arn = new_role(
        iam, trust(first_arn, ("sts:AssumeRole", "sts:TagSession")),
        doc(allow("iam:ListUsers", "*", StringEquals={"aws:PrincipalTag/Project": "apollo",
                                                       "aws:SourceIdentity": "alice"})),
        MaxSessionDuration=43200)
    iam.put_role_policy(RoleName=first, PolicyName="p", PolicyDocument=doc(allow("sts:AssumeRole", second_arn)))
    _, key = new_user(iam, doc(allow(["sts:AssumeRole", "sts:TagSession", "sts:SetSourceIdentity"], first_arn)))
    one = wait_for(lambda: client(gh, "sts", key).assume_role(
        RoleArn=first_arn, RoleSessionName="one", SourceIdentity="alice",
        Tags=[{"Key": "Project", "Value": "apollo"}, {"Key": "Cost", "Value": "1"}],
        TransitiveTagKeys=["Project"]))
    assert one["SourceIdentity"] == "alice"
    sts_one = client(gh, "sts", one["Credentials"], config=NO_VALIDATION)
    with pytest.raises(botocore.exceptions.ClientError) as e:
        sts_one.assume_role(RoleArn=second_arn, RoleSessionName="two", DurationSeconds=3601)
    assert error(e) == ("ValidationError", "The requested DurationSeconds exceeds the 1 hour session limit "
                                           "for roles assumed by role chaining.")
    with pytest.raises(botocore.exceptions.ClientError) as e:
        sts_one.assume_role(RoleArn=second_arn, RoleSessionName="two", Tags=[{"Key": "project", "Value": "x"}])
    assert error(e)[0] == "AccessDenied"
    two = wait_for(lambda: sts_one.assume_role(RoleArn=second_arn, RoleSessionName="two", DurationSeconds=3600))
    assert two["SourceIdentity"] == "alice"
    client(gh, "iam", two["Credentials"]).list_users()


def test_external_id_and_mfa_conditions(env):
    gh, iam, account = env
    _, xid_arn = new_role(iam, trust(f"arn:aws:iam::{account}:root", StringEquals={"sts:ExternalId": "abc-123"}))
    _, mfa_arn = new_role(iam, trust(f"arn:aws:iam::{account}:root", Bool={"aws:MultiFactorAuthPresent": "true"}))
    _, key = new_user(iam, doc(allow("sts:AssumeRole", "*")))
    sts = client(gh, "sts", key)
    wait_for(lambda: sts.assume_role(RoleArn=xid_arn, RoleSessionName="xx", ExternalId="abc-123"))
    for bad in ({}, {"ExternalId": "abc-124"}):
        with pytest.raises(botocore.exceptions.ClientError) as e:
            sts.assume_role(RoleArn=xid_arn, RoleSessionName="xx", **bad)
        assert error(e)[0] == "AccessDenied"
    with pytest.raises(botocore.exceptions.ClientError) as e:
        sts.assume_role(RoleArn=mfa_arn, RoleSessionName="xx")
    assert error(e)[0] == "AccessDenied"
    with pytest.raises(botocore.exceptions.ClientError) as e:
        sts.assume_role(RoleArn=mfa_arn, RoleSessionName="xx", SerialNumber=f"arn:aws:iam::{account}:mfa/none",
                        TokenCode="123456")
    assert error(e) == ("AccessDenied", "MultiFactorAuthentication failed with invalid MFA one time pass code. ")


def test_session_token_federation_token_and_access_key_info(env):
    gh, iam, account = env
    user, key = new_user(iam, doc(allow(["iam:ListUsers", "sts:GetFederationToken", "sts:GetAccessKeyInfo"])))
    sts = client(gh, "sts", key)
    st = wait_for(lambda: sts.get_session_token(DurationSeconds=900))["Credentials"]
    me = client(gh, "sts", st).get_caller_identity()
    assert me["Arn"] == f"arn:aws:iam::{account}:user/{user}"
    # As in AWS, GetSessionToken credentials without MFA cannot call IAM; long-term keys can.
    with pytest.raises(botocore.exceptions.ClientError) as e:
        client(gh, "iam", st).list_users()
    assert error(e)[0] == "AccessDenied" and "without MFA" in error(e)[1]
    client(gh, "iam", key).list_users()
    fed = sts.get_federation_token(Name="bob", Policy=doc(allow("iam:ListUsers")))
    assert fed["FederatedUser"]["Arn"] == f"arn:aws:sts::{account}:federated-user/bob"
    assert fed["FederatedUser"]["FederatedUserId"] == f"{account}:bob"
    fme = client(gh, "sts", fed["Credentials"]).get_caller_identity()
    assert fme["Arn"] == fed["FederatedUser"]["Arn"] and fme["UserId"] == f"{account}:bob"
    # Federated users never reach IAM, and STS only for GetCallerIdentity.
    with pytest.raises(botocore.exceptions.ClientError) as e:
        client(gh, "iam", fed["Credentials"]).list_users()
    assert error(e)[0] == "AccessDenied" and "federated user" in error(e)[1]
    with pytest.raises(botocore.exceptions.ClientError) as e:
        client(gh, "sts", fed["Credentials"]).get_access_key_info(AccessKeyId=key["AccessKeyId"])
    assert error(e) == ("AccessDenied", "Cannot call GetAccessKeyInfo with session credentials")
    bare = sts.get_federation_token(Name="nobody")
    assert "PackedPolicySize" not in bare
    assert client(gh, "sts", bare["Credentials"]).get_caller_identity()["Arn"].endswith("federated-user/nobody")
    with pytest.raises(botocore.exceptions.ClientError) as e:
        client(gh, "sts", st).get_session_token()
    assert error(e) == ("AccessDenied", "Cannot call GetSessionToken with session credentials")
    assert sts.get_access_key_info(AccessKeyId=key["AccessKeyId"])["Account"] == account
    assert sts.get_access_key_info(AccessKeyId=st["AccessKeyId"])["Account"] == account
    assert sts.get_access_key_info(AccessKeyId="AKIAQYLPMN5HHHFPZAM2")["Account"] == "052310077262"
    with pytest.raises(botocore.exceptions.ClientError) as e:
        gh.client("sts").get_session_token(DurationSeconds=3601)
    assert error(e)[0] == "ValidationError"
    # Deleting the key and the user behind GetSessionToken credentials kills them.
    iam.delete_user_policy(UserName=user, PolicyName="p")
    iam.delete_access_key(UserName=user, AccessKeyId=key["AccessKeyId"])
    iam.delete_user(UserName=user)
    with pytest.raises(botocore.exceptions.ClientError) as e:
        wait_for(lambda: (_ for _ in ()).throw(AssertionError()) if client(gh, "sts", st).get_caller_identity() else None,
                 timeout=40)
    assert error(e)[0] == "InvalidClientTokenId"


def test_bad_tokens_answer_like_aws(env):
    gh, iam, account = env
    _, key = new_user(iam)
    st = wait_for(lambda: client(gh, "sts", key).get_session_token())["Credentials"]
    tok = st["SessionToken"]
    for bad in (tok[:-10], tok[:40] + ("A" if tok[40] != "A" else "B") + tok[41:], "garbage", "x" * 5000):
        with pytest.raises(botocore.exceptions.ClientError) as e:
            client(gh, "sts", {**st, "SessionToken": bad}).get_caller_identity()
        assert error(e) == ("InvalidClientTokenId", "The security token included in the request is invalid.")
    with pytest.raises(botocore.exceptions.ClientError) as e:
        client(gh, "sts", {**st, "SecretAccessKey": "x" * 40}).get_caller_identity()
    assert error(e)[0] == "SignatureDoesNotMatch"


def test_bad_input_answers_aws_errors(env):
    gh, iam, account = env
    _, role_arn = new_role(iam, trust(f"arn:aws:iam::{account}:root", ("sts:AssumeRole", "sts:TagSession")))
    _, key = new_user(iam, doc(allow(["sts:AssumeRole", "sts:TagSession"], "*")))
    sts = client(gh, "sts", key, config=NO_VALIDATION)
    wait_for(lambda: sts.assume_role(RoleArn=role_arn, RoleSessionName="ok"))
    tag = lambda k, v="v": {"Key": k, "Value": v}  # noqa: E731
    cases = [
        (dict(DurationSeconds=899), "ValidationError", "greater than or equal to 900"),
        (dict(DurationSeconds=3601), "ValidationError",
         "The requested DurationSeconds exceeds the MaxSessionDuration set for this role."),
        (dict(RoleSessionName="bad name!"), "ValidationError", "roleSessionName"),
        (dict(RoleSessionName="xx" * 65), "ValidationError", "roleSessionName"),
        (dict(Policy="{" + " " * 2100 + "}"), "ValidationError", "policy"),
        (dict(Policy='{"Version":"2012-10-17","Statement":[{"Effect":"Allow"}]}'), "MalformedPolicyDocument", ""),
        (dict(Policy="not json"), "MalformedPolicyDocument", ""),
        (dict(PolicyArns=[{"arn": f"arn:aws:iam::aws:policy/P{i:02d}xxxxxxxxxxx"} for i in range(11)]),
         "ValidationError", "policyArns"),
        (dict(PolicyArns=[{"arn": "arn:aws:iam::aws:policy/DoesNotExistAtAll"}]), "ValidationError", "does not exist"),
        (dict(Tags=[tag(f"k{i}") for i in range(51)]), "ValidationError", "tags"),
        (dict(Tags=[tag("Team"), tag("team")]), "ValidationError", "Tag keys are case insensitive"),
        (dict(Tags=[tag("aws:x")]), "ValidationError", "aws:"),
        (dict(Tags=[tag("k" * 129)]), "ValidationError", "128"),
        (dict(Tags=[tag("k", "v" * 257)]), "ValidationError", "256"),
        (dict(Tags=[tag("a")], TransitiveTagKeys=["b"]), "ValidationError", "transitive tag key"),
        (dict(Tags=[tag(f"key{i:02d}" + "k" * 100, "v" * 250) for i in range(20)]), "PackedPolicyTooLarge",
         "allotted space"),
        (dict(SourceIdentity="x"), "ValidationError", "sourceIdentity"),
        (dict(SourceIdentity="x" * 65), "ValidationError", "sourceIdentity"),
        (dict(ExternalId="x" * 1225), "ValidationError", "externalId"),
        (dict(TransitiveTagKeys=[f"k{i}" for i in range(51)]), "ValidationError", "transitiveTagKeys"),
        (dict(SerialNumber="x" * 257, TokenCode="123456"), "ValidationError", "serialNumber"),
        (dict(SerialNumber=f"arn:aws:iam::{account}:mfa/x", TokenCode="12345"), "ValidationError", "tokenCode"),
        (dict(SerialNumber=f"arn:aws:iam::{account}:mfa/x"), "ValidationError", "together"),
    ]
    for extra, code, fragment in cases:
        params = {"RoleArn": role_arn, "RoleSessionName": "ss", **extra}
        with pytest.raises(botocore.exceptions.ClientError) as e:
            sts.assume_role(**params)
        got = error(e)
        assert got[0] == code and fragment in got[1], (extra.keys(), got)
    with pytest.raises(botocore.exceptions.ClientError) as e:
        sts.assume_role(RoleArn="arn:aws:iam::123:role/x" + "y" * 10, RoleSessionName="ss")
    assert error(e)[0] == "ValidationError"


def test_credentials_survive_restart_second_process_and_rotation_and_revocation(tmp_path):
    data = tmp_path / "data"
    first = Server(data).start()
    try:
        iam = first.client("iam")
        account = first.root_credentials()["AccountId"]
        role, role_arn = new_role(iam, trust(f"arn:aws:iam::{account}:root"), doc(allow("iam:ListUsers")))
        _, key = new_user(iam, doc(allow("sts:AssumeRole", role_arn)))
        sts = client(first, "sts", key)
        old = wait_for(lambda: sts.assume_role(RoleArn=role_arn, RoleSessionName="old"))["Credentials"]
        second = Server(data).start()
        try:
            assert client(second, "sts", old).get_caller_identity()["Arn"].endswith(f"{role}/old")
            gatehouse_cli(first, "keys", "rotate")
            # A process started after the rotation seals with the new key; both open both.
            third = Server(data).start()
            try:
                new = client(third, "sts", key).assume_role(RoleArn=role_arn, RoleSessionName="new")["Credentials"]
                assert new["SessionToken"][:8] != old["SessionToken"][:8]
                for srv in (first, second, third):
                    for creds in (old, new):
                        client(srv, "sts", creds).get_caller_identity()
                # Revoking older sessions denies `old` and not a session made after it.
                time.sleep(1.1)
                gatehouse_cli(first, "roles", "revoke-sessions", role_arn)
                time.sleep(1.1)
                newer = client(third, "sts", key).assume_role(RoleArn=role_arn, RoleSessionName="newer")["Credentials"]

                def old_denied():
                    with pytest.raises(botocore.exceptions.ClientError) as e:
                        client(first, "iam", old).list_users()
                    assert error(e)[0] == "AccessDenied" and "explicit deny" in error(e)[1]
                wait_for(old_denied)
                client(first, "iam", newer).list_users()
                assert "AWSRevokeOlderSessions" in iam.list_role_policies(RoleName=role)["PolicyNames"]
            finally:
                third.stop()
        finally:
            second.stop()
    finally:
        first.stop()
    # After a restart the credentials minted before it still work.
    again = Server(data).start()
    try:
        assert client(again, "sts", old).get_caller_identity()["Account"] == account
    finally:
        again.stop()


def test_javascript_sdk_assumes_a_role_and_calls_get_caller_identity(env):
    gh, iam, account = env
    js = os.path.join(os.path.dirname(__file__), "js")
    assert os.path.isdir(os.path.join(js, "node_modules", "@aws-sdk", "client-sts")), \
        "run scripts/install-js-clients (scripts/test does)"
    role, role_arn = new_role(iam, trust(f"arn:aws:iam::{account}:root"))
    _, key = new_user(iam, doc(allow("sts:AssumeRole", role_arn)))
    wait_for(lambda: client(gh, "sts", key).get_caller_identity())
    proc = subprocess.run(
        ["node", "assume_role.mjs"], cwd=js, capture_output=True, text=True, timeout=120,
        env={**{k: v for k, v in os.environ.items() if not k.startswith("AWS_")},
             "GATEHOUSE_ENDPOINT": gh.endpoint, "GATEHOUSE_KEY": key["AccessKeyId"],
             "GATEHOUSE_SECRET": key["SecretAccessKey"], "GATEHOUSE_ROLE_ARN": role_arn})
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    arn = f"arn:aws:sts::{account}:assumed-role/{role}/js-sdk"
    assert out["assumedRoleUser"]["Arn"] == arn
    assert out["accessKeyId"].startswith("ASIA")
    assert out["identity"] == {"Arn": arn, "Account": account, "UserId": out["assumedRoleUser"]["AssumedRoleId"]}


def totp(seed_b32, at):
    key = base64.b32decode(seed_b32)
    mac = hmac.new(key, struct.pack(">Q", int(at // 30)), hashlib.sha1).digest()
    offset = mac[-1] & 15
    return "%06d" % ((struct.unpack(">I", mac[offset:offset + 4])[0] & 0x7FFFFFFF) % 1_000_000)


def test_mfa_from_an_iam_virtual_device_satisfies_mfa_conditions(env):
    gh, iam, account = env
    _, mfa_arn = new_role(iam, trust(f"arn:aws:iam::{account}:root", Bool={"aws:MultiFactorAuthPresent": "true"}),
                          doc(allow("iam:ListUsers")))
    user, key = new_user(iam, doc(allow(["sts:AssumeRole", "iam:ListUsers"])))
    device = iam.create_virtual_mfa_device(VirtualMFADeviceName=uniq("mfa"))["VirtualMFADevice"]
    seed = device["Base32StringSeed"]
    seed = seed.decode() if isinstance(seed, bytes) else seed
    now = time.time()
    iam.enable_mfa_device(UserName=user, SerialNumber=device["SerialNumber"],
                          AuthenticationCode1=totp(seed, now - 30), AuthenticationCode2=totp(seed, now))
    sts = client(gh, "sts", key)
    wait_for(lambda: sts.get_caller_identity())
    with pytest.raises(botocore.exceptions.ClientError) as e:
        sts.assume_role(RoleArn=mfa_arn, RoleSessionName="no-mfa")
    assert error(e)[0] == "AccessDenied"
    creds = sts.get_session_token(SerialNumber=device["SerialNumber"], TokenCode=totp(seed, now + 30),
                                  DurationSeconds=900)["Credentials"]
    # With MFA, GetSessionToken credentials reach IAM, and the MFA carries into a role session.
    client(gh, "iam", creds).list_users()
    role_creds = client(gh, "sts", creds).assume_role(RoleArn=mfa_arn, RoleSessionName="with-mfa")["Credentials"]
    client(gh, "iam", role_creds).list_users()
    # A code already used is refused.
    with pytest.raises(botocore.exceptions.ClientError) as e:
        sts.get_session_token(SerialNumber=device["SerialNumber"], TokenCode=totp(seed, now + 30))
    assert error(e) == ("AccessDenied", "MultiFactorAuthentication failed with invalid MFA one time pass code. ")


def test_a_process_that_shares_only_the_key_ring_accepts_role_sessions(tmp_path):
    import shutil

    a_dir, b_dir = tmp_path / "a", tmp_path / "b"
    a = Server(a_dir).start()
    try:
        iam = a.client("iam")
        account = a.root_credentials()["AccountId"]
        a.client("sts").get_session_token(DurationSeconds=900)  # creates the key ring
        a.stop()
        shutil.copytree(a_dir, b_dir)
        a = Server(a_dir).start()
        iam = a.client("iam")
        # Role and user exist only in A's store: B knows nothing of this session.
        role, role_arn = new_role(iam, trust(f"arn:aws:iam::{account}:root"))
        _, key = new_user(iam, doc(allow("sts:AssumeRole", role_arn)))
        creds = wait_for(lambda: client(a, "sts", key).assume_role(RoleArn=role_arn, RoleSessionName="roam"))
        b = Server(b_dir).start()
        try:
            with pytest.raises(botocore.exceptions.ClientError):
                b.client("iam").get_role(RoleName=role)
            me = client(b, "sts", creds["Credentials"]).get_caller_identity()
            assert me["Arn"] == f"arn:aws:sts::{account}:assumed-role/{role}/roam"
        finally:
            b.stop()
    finally:
        a.stop()


def test_decode_authorization_message_is_gated_and_refuses_foreign_messages(env):
    gh, iam, account = env
    _, allowed = new_user(iam, doc(allow("sts:DecodeAuthorizationMessage")))
    _, plain = new_user(iam)
    sts = client(gh, "sts", allowed)
    with pytest.raises(botocore.exceptions.ClientError) as e:
        wait_for(lambda: sts.get_caller_identity())
        sts.decode_authorization_message(EncodedMessage="bm90IGEgbWVzc2FnZQ==")
    assert error(e)[0] == "InvalidAuthorizationMessageException"
    with pytest.raises(botocore.exceptions.ClientError) as e:
        wait_for(lambda: client(gh, "sts", plain).get_caller_identity())
        client(gh, "sts", plain).decode_authorization_message(EncodedMessage="bm90IGEgbWVzc2FnZQ==")
    assert error(e)[0] == "AccessDenied"


def test_session_and_federation_token_bad_input_and_root_sessions(env):
    gh, iam, account = env
    _, key = new_user(iam, doc(allow("sts:GetFederationToken")))
    sts = client(gh, "sts", key, config=NO_VALIDATION)
    wait_for(lambda: sts.get_caller_identity())
    cases = [
        (sts.get_session_token, dict(DurationSeconds=899), "ValidationError", "greater than or equal to 900"),
        (sts.get_session_token, dict(DurationSeconds=129_601), "ValidationError", "less than or equal to 129600"),
        (sts.get_session_token, dict(SerialNumber=f"arn:aws:iam::{account}:mfa/x"), "ValidationError", "together"),
        (sts.get_federation_token, dict(Name="x"), "ValidationError", "name"),
        (sts.get_federation_token, dict(Name="bad name"), "ValidationError", "name"),
        (sts.get_federation_token, dict(Name="bob", DurationSeconds=129_601), "ValidationError", "129600"),
        (sts.get_federation_token, dict(Name="bob", Policy='{"Statement":[]}'), "MalformedPolicyDocument", ""),
        (sts.get_federation_token, dict(Name="bob", Tags=[{"Key": "a", "Value": "1"}, {"Key": "A", "Value": "2"}]),
         "ValidationError", "case insensitive"),
    ]
    for call, params, code, fragment in cases:
        with pytest.raises(botocore.exceptions.ClientError) as e:
            call(**params)
        assert error(e)[0] == code and fragment in error(e)[1], (params, error(e))
    # The root user's session speaks as the root user, for at most an hour.
    root_sts = gh.client("sts", config=NO_VALIDATION)
    creds = root_sts.get_session_token(DurationSeconds=3600)["Credentials"]
    me = client(gh, "sts", creds).get_caller_identity()
    assert me == {**me, "Arn": f"arn:aws:iam::{account}:root", "UserId": account, "Account": account}
    with pytest.raises(botocore.exceptions.ClientError) as e:
        root_sts.get_session_token(DurationSeconds=3601)
    assert error(e)[0] == "ValidationError"


def test_root_mints_federated_users_for_at_most_an_hour(env):
    gh, iam, account = env
    root_sts = gh.client("sts", config=NO_VALIDATION)
    fed = root_sts.get_federation_token(Name="rootfed", Policy=doc(allow("sts:GetCallerIdentity")), DurationSeconds=3600)
    assert fed["FederatedUser"]["Arn"] == f"arn:aws:sts::{account}:federated-user/rootfed"
    me = client(gh, "sts", fed["Credentials"]).get_caller_identity()
    assert me["Arn"] == f"arn:aws:sts::{account}:federated-user/rootfed"
    with pytest.raises(botocore.exceptions.ClientError) as e:
        root_sts.get_federation_token(Name="rootfed", DurationSeconds=3601)
    assert error(e)[0] == "ValidationError"
    # without a session policy the federated user can do nothing beyond GetCallerIdentity
    bare = root_sts.get_federation_token(Name="rootbare")["Credentials"]
    assert client(gh, "sts", bare).get_caller_identity()["Account"] == account
    with pytest.raises(botocore.exceptions.ClientError) as e:
        client(gh, "sts", bare).get_session_token()
    assert error(e)[0] == "AccessDenied"
