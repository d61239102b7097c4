"""Issue 4, the rest of IAM as a user sees it: console passwords and the password
policy, virtual MFA with real TOTP codes, OIDC and SAML providers, the account alias,
summary, authorization details and credential report, and the policy simulator checked
against what the server really enforces."""

import base64
import csv
import hashlib
import hmac
import io
import json
import random
import struct
import time
import uuid

import botocore.exceptions
import pytest

from server_fixture import ROOT, aws_cli, gatehouse  # noqa: F401  (fixture)

TESTDATA = ROOT.parent / "shared" / "testdata"


def uniq(prefix):
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def code_of(excinfo):
    return excinfo.value.response["Error"]["Code"]


def message_of(excinfo):
    return excinfo.value.response["Error"]["Message"]


def fails(fn, **kw):
    with pytest.raises(botocore.exceptions.ClientError) as e:
        fn(**kw)
    return code_of(e), message_of(e)


def client_as(gatehouse, key, service="iam"):
    return gatehouse.client(service, access_key=key["AccessKeyId"], secret=key["SecretAccessKey"])


def user_with_policy(gatehouse, iam, policy):
    name = uniq("u")
    iam.create_user(UserName=name)
    if policy:
        iam.put_user_policy(UserName=name, PolicyName="p", PolicyDocument=json.dumps(policy))
    key = iam.create_access_key(UserName=name)["AccessKey"]
    return name, key


def allow(actions, resource="*"):
    return {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": actions, "Resource": resource}]}


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


def totp(seed_b32, step):
    key = base64.b32decode(seed_b32 + "=" * (-len(seed_b32) % 8))
    digest = hmac.new(key, struct.pack(">Q", step), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    value = struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF
    return f"{value % 1_000_000:06d}"


# ---- passwords


def test_login_profile_life_cycle_and_password_policy(gatehouse):
    iam = gatehouse.client("iam")
    name = uniq("pw")
    iam.create_user(UserName=name)

    # The default rules: 8 characters of three kinds. A refused password leaves nothing.
    code, msg = fails(iam.create_login_profile, UserName=name, Password="short")
    assert code == "PasswordPolicyViolation" and msg == "Password should have a minimum length of 8"
    assert fails(iam.get_login_profile, UserName=name) == (
        "NoSuchEntity", f"Login Profile for User {name} cannot be found.")

    created = iam.create_login_profile(UserName=name, Password="First-pass-1", PasswordResetRequired=True)
    assert created["LoginProfile"]["UserName"] == name
    assert created["LoginProfile"]["PasswordResetRequired"] is True
    assert "First-pass-1" not in json.dumps(created, default=str)
    code, msg = fails(iam.create_login_profile, UserName=name, Password="Another-pass-1")
    assert code == "EntityAlreadyExists" and msg == f"Login Profile for user {name} already exists."
    assert iam.get_login_profile(UserName=name)["LoginProfile"]["PasswordResetRequired"] is True

    # A user with a password cannot be deleted.
    code, msg = fails(iam.delete_user, UserName=name)
    assert code == "DeleteConflict" and msg == "Cannot delete entity, must delete login profile first."

    # The account policy applies to every password set afterwards.
    iam.update_account_password_policy(MinimumPasswordLength=14, RequireSymbols=True, RequireNumbers=True,
                                       RequireUppercaseCharacters=True, RequireLowercaseCharacters=True,
                                       AllowUsersToChangePassword=True, PasswordReusePrevention=3,
                                       MaxPasswordAge=90)
    try:
        pol = iam.get_account_password_policy()["PasswordPolicy"]
        assert pol["MinimumPasswordLength"] == 14 and pol["RequireSymbols"] and pol["ExpirePasswords"]
        assert pol["MaxPasswordAge"] == 90 and pol["PasswordReusePrevention"] == 3
        for pw, why in [("Aa1!aaaaaaaa", "Password should have a minimum length of 14"),
                        ("aaaaaaaaaaaa1!", "Password should have at least one uppercase letter"),
                        ("AAAAAAAAAAAA1!", "Password should have at least one lowercase letter"),
                        ("Aaaaaaaaaaaaa!", "Password should have at least one number"),
                        ("Aaaaaaaaaaaaa1", "Password should have at least one symbol")]:
            assert fails(iam.update_login_profile, UserName=name, Password=pw) == ("PasswordPolicyViolation", why)
        code, _ = fails(iam.update_account_password_policy, PasswordReusePrevention=30)
        assert code == "ValidationError"
        assert iam.get_account_password_policy()["PasswordPolicy"]["PasswordReusePrevention"] == 3
        iam.update_login_profile(UserName=name, Password="Second-pass-12345!", PasswordResetRequired=False)

        # ChangePassword: the user's own, proving the old one, without reuse.
        iam.put_user_policy(UserName=name, PolicyName="own", PolicyDocument=json.dumps(
            allow(["iam:ChangePassword", "iam:GetLoginProfile"], "arn:aws:iam::*:user/${aws:username}")))
        key = iam.create_access_key(UserName=name)["AccessKey"]
        me = client_as(gatehouse, key)
        code, msg = wait_for(lambda: fails(me.change_password, OldPassword="Wrong-pass-12345!",
                                           NewPassword="Third-pass-12345!"))
        assert (code, msg) == ("AccessDenied", "The old password is incorrect.")
        code, msg = fails(me.change_password, OldPassword="Second-pass-12345!", NewPassword="Second-pass-12345!")
        assert (code, msg) == ("PasswordPolicyViolation", "Password has been used before")
        me.change_password(OldPassword="Second-pass-12345!", NewPassword="Third-pass-12345!")
        code, msg = fails(me.change_password, OldPassword="Third-pass-12345!", NewPassword="Second-pass-12345!")
        assert msg == "Password has been used before"
        code, _ = fails(gatehouse.client("iam").change_password, OldPassword="x", NewPassword="y")
        assert code == "InvalidUserType"
        # The password never appears in the stored data's answers.
        report = iam.get_login_profile(UserName=name)
        assert "Third-pass" not in json.dumps(report, default=str)
        iam.delete_access_key(UserName=name, AccessKeyId=key["AccessKeyId"])
        iam.delete_user_policy(UserName=name, PolicyName="own")
    finally:
        iam.delete_account_password_policy()
    assert fails(iam.get_account_password_policy)[0] == "NoSuchEntity"
    assert fails(iam.delete_account_password_policy)[0] == "NoSuchEntity"
    iam.delete_login_profile(UserName=name)
    assert fails(iam.delete_login_profile, UserName=name)[0] == "NoSuchEntity"
    iam.delete_user(UserName=name)


def test_account_policy_can_let_users_change_their_own_password(gatehouse):
    iam = gatehouse.client("iam")
    name, key = user_with_policy(gatehouse, iam, None)
    iam.create_login_profile(UserName=name, Password="Start-pass-1")
    me = client_as(gatehouse, key)
    account = gatehouse.root_credentials()["AccountId"]
    code, msg = fails(me.change_password, OldPassword="Start-pass-1", NewPassword="Next-pass-22")
    assert code == "AccessDenied"
    assert msg == (f"User: arn:aws:iam::{account}:user/{name} is not authorized to perform: iam:ChangePassword "
                   f"on resource: arn:aws:iam::{account}:user/{name} because no identity-based policy allows "
                   "the iam:ChangePassword action")
    iam.update_account_password_policy(AllowUsersToChangePassword=True)
    try:
        me.change_password(OldPassword="Start-pass-1", NewPassword="Next-pass-22")
    finally:
        iam.delete_account_password_policy()
    iam.delete_login_profile(UserName=name)
    iam.delete_access_key(UserName=name, AccessKeyId=key["AccessKeyId"])
    iam.delete_user(UserName=name)


def test_password_data_is_not_stored_in_clear(gatehouse):
    iam = gatehouse.client("iam")
    name = uniq("clear")
    iam.create_user(UserName=name)
    secret = "Unmistakable-" + uuid.uuid4().hex
    iam.create_login_profile(UserName=name, Password=secret)
    data = b"".join(p.read_bytes() for p in gatehouse.data_dir.rglob("*") if p.is_file())
    assert secret.encode() not in data
    iam.delete_login_profile(UserName=name)
    iam.delete_user(UserName=name)


# ---- MFA


def test_virtual_mfa_life_cycle_with_real_codes(gatehouse):
    iam = gatehouse.client("iam")
    user = uniq("mfa")
    iam.create_user(UserName=user)
    device = iam.create_virtual_mfa_device(VirtualMFADeviceName=user, Path="/team/")["VirtualMFADevice"]
    account = gatehouse.root_credentials()["AccountId"]
    serial = device["SerialNumber"]
    assert serial == f"arn:aws:iam::{account}:mfa/team/{user}"
    seed = device["Base32StringSeed"].decode()
    assert len(seed) == 32 and set(seed) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
    assert device["QRCodePNG"].startswith(b"\x89PNG\r\n\x1a\n")
    code, msg = fails(iam.create_virtual_mfa_device, VirtualMFADeviceName=user)
    assert code == "EntityAlreadyExists"
    iam.tag_mfa_device(SerialNumber=serial, Tags=[{"Key": "owner", "Value": user}])
    assert iam.list_mfa_device_tags(SerialNumber=serial)["Tags"] == [{"Key": "owner", "Value": user}]
    iam.untag_mfa_device(SerialNumber=serial, TagKeys=["owner"])
    assert iam.list_mfa_device_tags(SerialNumber=serial)["Tags"] == []

    stored = b"".join(p.read_bytes() for p in gatehouse.data_dir.rglob("*") if p.is_file())
    assert seed.encode() not in stored and base64.b32decode(seed) not in stored

    step = int(time.time()) // 30
    code, msg = fails(iam.enable_mfa_device, UserName=user, SerialNumber=serial,
                      AuthenticationCode1="123456", AuthenticationCode2="654321")
    assert (code, msg) == ("InvalidAuthenticationCode", "Authentication code for device is not valid.")
    assert iam.list_mfa_devices(UserName=user)["MFADevices"] == []
    # Two codes in the wrong order are refused too.
    assert fails(iam.enable_mfa_device, UserName=user, SerialNumber=serial,
                 AuthenticationCode1=totp(seed, step), AuthenticationCode2=totp(seed, step - 1))[0] \
        == "InvalidAuthenticationCode"
    iam.enable_mfa_device(UserName=user, SerialNumber=serial,
                          AuthenticationCode1=totp(seed, step - 1), AuthenticationCode2=totp(seed, step))
    listed = iam.list_mfa_devices(UserName=user)["MFADevices"]
    assert [d["SerialNumber"] for d in listed] == [serial] and listed[0]["UserName"] == user
    assigned = iam.list_virtual_mfa_devices(AssignmentStatus="Assigned")["VirtualMFADevices"]
    mine = [d for d in assigned if d["SerialNumber"] == serial]
    assert mine and mine[0]["User"]["UserName"] == user and "Base32StringSeed" not in mine[0]
    unassigned = iam.list_virtual_mfa_devices(AssignmentStatus="Unassigned")["VirtualMFADevices"]
    assert serial not in [d["SerialNumber"] for d in unassigned]

    spares = [iam.create_virtual_mfa_device(VirtualMFADeviceName=uniq("spare"))["VirtualMFADevice"]["SerialNumber"]
              for _ in range(3)]
    paged = [d["SerialNumber"] for p in iam.get_paginator("list_virtual_mfa_devices").paginate(
        AssignmentStatus="Unassigned", PaginationConfig={"PageSize": 1}) for d in p["VirtualMFADevices"]]
    assert set(spares) <= set(paged) and len(paged) == len(set(paged))
    for sp in spares:
        iam.delete_virtual_mfa_device(SerialNumber=sp)

    other = uniq("mfa2")
    iam.create_user(UserName=other)
    assert fails(iam.enable_mfa_device, UserName=other, SerialNumber=serial,
                 AuthenticationCode1=totp(seed, step), AuthenticationCode2=totp(seed, step + 1))[0] \
        == "EntityAlreadyExists"
    code, msg = fails(iam.delete_user, UserName=user)
    assert (code, msg) == ("DeleteConflict", "Cannot delete entity, must delete MFA device first.")
    assert fails(iam.delete_virtual_mfa_device, SerialNumber=serial)[0] == "DeleteConflict"
    summary = iam.get_account_summary()["SummaryMap"]
    assert summary["MFADevicesInUse"] >= 1 and summary["MFADevices"] >= 1

    # Resync with later codes, then deactivate and delete.
    iam.resync_mfa_device(UserName=user, SerialNumber=serial,
                          AuthenticationCode1=totp(seed, step + 1), AuthenticationCode2=totp(seed, step + 2))
    assert fails(iam.deactivate_mfa_device, UserName=other, SerialNumber=serial)[0] == "NoSuchEntity"
    iam.deactivate_mfa_device(UserName=user, SerialNumber=serial)
    assert iam.list_mfa_devices(UserName=user)["MFADevices"] == []
    iam.delete_virtual_mfa_device(SerialNumber=serial)
    assert fails(iam.delete_virtual_mfa_device, SerialNumber=serial)[0] == "NoSuchEntity"
    iam.delete_user(UserName=user)
    iam.delete_user(UserName=other)


def test_mfa_and_password_calls_are_authorized(gatehouse):
    iam = gatehouse.client("iam")
    target = uniq("t")
    iam.create_user(UserName=target)
    name, key = user_with_policy(gatehouse, iam, allow(["iam:Get*", "iam:List*"]))
    me = client_as(gatehouse, key)
    account = gatehouse.root_credentials()["AccountId"]
    code, msg = wait_for(lambda: fails(me.create_login_profile, UserName=target, Password="Good-pass-123"))
    assert code == "AccessDenied"
    assert msg == (f"User: arn:aws:iam::{account}:user/{name} is not authorized to perform: "
                   f"iam:CreateLoginProfile on resource: arn:aws:iam::{account}:user/{target} "
                   "because no identity-based policy allows the iam:CreateLoginProfile action")
    code, msg = fails(me.create_saml_provider, Name="nope", SAMLMetadataDocument="x" * 1000)
    assert code == "AccessDenied" and f"resource: arn:aws:iam::{account}:saml-provider/nope" in msg
    code, msg = fails(me.create_virtual_mfa_device, VirtualMFADeviceName="nope")
    assert code == "AccessDenied" and f"resource: arn:aws:iam::{account}:mfa/nope" in msg
    me.list_virtual_mfa_devices()
    me.get_account_summary()


# ---- identity providers


def test_oidc_provider_life_cycle_with_the_aws_cli(gatehouse):
    iam = gatehouse.client("iam")
    host = f"{uniq('oidc')}.example.test"
    thumb = "a" * 40
    out = json.loads(aws_cli(gatehouse, "iam", "create-open-id-connect-provider", "--url", f"https://{host}",
                             "--client-id-list", "app-1", "app-1", "--thumbprint-list", thumb,
                             "--tags", "Key=team,Value=id").stdout)
    account = gatehouse.root_credentials()["AccountId"]
    arn = out["OpenIDConnectProviderArn"]
    assert arn == f"arn:aws:iam::{account}:oidc-provider/{host}"
    got = json.loads(aws_cli(gatehouse, "iam", "get-open-id-connect-provider",
                             "--open-id-connect-provider-arn", arn).stdout)
    assert got["Url"] == host and got["ClientIDList"] == ["app-1"] and got["ThumbprintList"] == [thumb]
    assert got["Tags"] == [{"Key": "team", "Value": "id"}]
    dup = aws_cli(gatehouse, "iam", "create-open-id-connect-provider", "--url", f"https://{host}",
                  "--thumbprint-list", thumb, check=False)
    assert dup.returncode != 0 and "EntityAlreadyExists" in dup.stderr
    plain = aws_cli(gatehouse, "iam", "create-open-id-connect-provider", "--url", f"http://{host}",
                    "--thumbprint-list", thumb, check=False)
    assert plain.returncode != 0 and "ValidationError" in plain.stderr

    iam.add_client_id_to_open_id_connect_provider(OpenIDConnectProviderArn=arn, ClientID="app-2")
    iam.remove_client_id_from_open_id_connect_provider(OpenIDConnectProviderArn=arn, ClientID="app-1")
    iam.update_open_id_connect_provider_thumbprint(OpenIDConnectProviderArn=arn, ThumbprintList=["B" * 40])
    got = iam.get_open_id_connect_provider(OpenIDConnectProviderArn=arn)
    assert got["ClientIDList"] == ["app-2"] and got["ThumbprintList"] == ["b" * 40]
    code, _ = fails(iam.update_open_id_connect_provider_thumbprint, OpenIDConnectProviderArn=arn,
                    ThumbprintList=["z" * 40])
    assert code == "ValidationError"
    code, _ = fails(iam.update_open_id_connect_provider_thumbprint, OpenIDConnectProviderArn=arn,
                    ThumbprintList=[c * 40 for c in "abcdef"])
    assert code == "LimitExceeded"
    assert iam.get_open_id_connect_provider(OpenIDConnectProviderArn=arn)["ThumbprintList"] == ["b" * 40]
    # A 10,000-item list is refused whole.
    code, msg = fails(iam.create_open_id_connect_provider, Url=f"https://big.{host}",
                      ClientIDList=[f"c{i}" for i in range(10_000)], ThumbprintList=[thumb])
    assert code in ("LimitExceeded", "ValidationError"), (code, msg)
    assert f"big.{host}" not in json.dumps(iam.list_open_id_connect_providers())
    iam.tag_open_id_connect_provider(OpenIDConnectProviderArn=arn, Tags=[{"Key": "env", "Value": "ci"}])
    tags = iam.list_open_id_connect_provider_tags(OpenIDConnectProviderArn=arn)["Tags"]
    assert {t["Key"] for t in tags} == {"team", "env"}
    listed = json.loads(aws_cli(gatehouse, "iam", "list-open-id-connect-providers").stdout)
    assert arn in [p["Arn"] for p in listed["OpenIDConnectProviderList"]]
    aws_cli(gatehouse, "iam", "delete-open-id-connect-provider", "--open-id-connect-provider-arn", arn)
    code, msg = fails(iam.get_open_id_connect_provider, OpenIDConnectProviderArn=arn)
    assert code == "NoSuchEntity" and arn in msg


def saml_metadata(name="samael/idp_metadata.xml"):
    path = TESTDATA / "saml" / name
    if not path.exists():
        pytest.fail(f"test data missing: {path}")
    return path.read_text()


def test_saml_provider_life_cycle(gatehouse):
    iam = gatehouse.client("iam")
    account = gatehouse.root_credentials()["AccountId"]
    name = uniq("idp")
    doc = saml_metadata()
    out = iam.create_saml_provider(Name=name, SAMLMetadataDocument=doc, Tags=[{"Key": "k", "Value": "v"}])
    arn = out["SAMLProviderArn"]
    assert arn == f"arn:aws:iam::{account}:saml-provider/{name}"
    got = iam.get_saml_provider(SAMLProviderArn=arn)
    assert got["SAMLMetadataDocument"] == doc
    assert got["ValidUntil"].year == 2017  # the document's validUntil
    assert got["Tags"] == [{"Key": "k", "Value": "v"}]
    assert fails(iam.create_saml_provider, Name=name, SAMLMetadataDocument=doc)[0] == "EntityAlreadyExists"

    # Refused documents leave nothing behind.
    bad = uniq("bad")
    no_cert = doc.replace('use="signing"', 'use="encryption"')
    code, msg = fails(iam.create_saml_provider, Name=bad, SAMLMetadataDocument=no_cert)
    assert code == "InvalidInput" and "signing certificate" in msg
    dtd = '<!DOCTYPE md [<!ENTITY x "y">]>' + doc
    code, msg = fails(iam.create_saml_provider, Name=bad, SAMLMetadataDocument=dtd)
    assert code == "InvalidInput"
    code, _ = fails(iam.create_saml_provider, Name=bad, SAMLMetadataDocument="<broken" + "x" * 1000)
    assert code == "InvalidInput"
    code, _ = fails(iam.create_saml_provider, Name="bad name!", SAMLMetadataDocument=doc)
    assert code == "ValidationError"
    assert fails(iam.get_saml_provider, SAMLProviderArn=f"arn:aws:iam::{account}:saml-provider/{bad}")[0] \
        == "NoSuchEntity"

    newer = saml_metadata("samael/idp_2_metadata.xml")
    iam.update_saml_provider(SAMLProviderArn=arn, SAMLMetadataDocument=newer)
    assert iam.get_saml_provider(SAMLProviderArn=arn)["SAMLMetadataDocument"] == newer
    assert fails(iam.update_saml_provider, SAMLProviderArn=arn, SAMLMetadataDocument=no_cert)[0] == "InvalidInput"
    assert iam.get_saml_provider(SAMLProviderArn=arn)["SAMLMetadataDocument"] == newer
    iam.tag_saml_provider(SAMLProviderArn=arn, Tags=[{"Key": "k2", "Value": "v2"}])
    iam.untag_saml_provider(SAMLProviderArn=arn, TagKeys=["k"])
    assert iam.list_saml_provider_tags(SAMLProviderArn=arn)["Tags"] == [{"Key": "k2", "Value": "v2"}]
    assert arn in [p["Arn"] for p in iam.list_saml_providers()["SAMLProviderList"]]
    iam.delete_saml_provider(SAMLProviderArn=arn)
    assert fails(iam.delete_saml_provider, SAMLProviderArn=arn)[0] == "NoSuchEntity"


# ---- the account


def test_account_alias(gatehouse):
    iam = gatehouse.client("iam")
    for existing in iam.list_account_aliases()["AccountAliases"]:
        iam.delete_account_alias(AccountAlias=existing)
    alias = uniq("corp")
    code, _ = fails(iam.create_account_alias, AccountAlias="Bad_Alias")
    assert code == "ValidationError"
    assert fails(iam.create_account_alias, AccountAlias="a--b")[0] == "ValidationError"
    iam.create_account_alias(AccountAlias=alias)
    assert iam.list_account_aliases()["AccountAliases"] == [alias]
    assert fails(iam.create_account_alias, AccountAlias=uniq("second"))[0] == "LimitExceeded"
    assert fails(iam.delete_account_alias, AccountAlias="not-" + alias)[0] == "NoSuchEntity"
    iam.delete_account_alias(AccountAlias=alias)
    assert iam.list_account_aliases()["AccountAliases"] == []


def test_account_summary_counts_are_live(gatehouse):
    iam = gatehouse.client("iam")
    before = iam.get_account_summary()["SummaryMap"]
    name = uniq("sum")
    iam.create_user(UserName=name)
    iam.create_group(GroupName=name)
    after = iam.get_account_summary()["SummaryMap"]
    assert after["Users"] == before["Users"] + 1
    assert after["Groups"] == before["Groups"] + 1
    assert after["AccessKeysPerUserQuota"] == 2 and after["UsersQuota"] == 5000
    assert after["AccountAccessKeysPresent"] == 1
    iam.delete_group(GroupName=name)
    iam.delete_user(UserName=name)


def test_authorization_details_with_filter_and_pages(gatehouse):
    iam = gatehouse.client("iam")
    path = f"/{uniq('auth')}/"
    users = sorted(uniq("ad") for _ in range(5))
    for u in users:
        iam.create_user(UserName=u, Path=path)
    iam.put_user_policy(UserName=users[0], PolicyName="inline", PolicyDocument=json.dumps(allow("iam:Get*")))
    iam.attach_user_policy(UserName=users[0], PolicyArn="arn:aws:iam::aws:policy/ReadOnlyAccess")
    only_users = iam.get_account_authorization_details(Filter=["User"])
    assert only_users["GroupDetailList"] == [] and only_users["RoleDetailList"] == []
    detail = {u["UserName"]: u for u in only_users["UserDetailList"]}
    assert json.loads(json.dumps(detail[users[0]]["UserPolicyList"][0]["PolicyDocument"]))["Statement"][0]["Action"] \
        == "iam:Get*"
    assert detail[users[0]]["AttachedManagedPolicies"][0]["PolicyName"] == "ReadOnlyAccess"
    pages = list(iam.get_paginator("get_account_authorization_details").paginate(
        Filter=["User", "AWSManagedPolicy"], PaginationConfig={"PageSize": 2}))
    assert len(pages) > 1
    names = [u["UserName"] for p in pages for u in p["UserDetailList"]]
    assert [n for n in names if n in users] == users
    assert "ReadOnlyAccess" in [p["PolicyName"] for page in pages for p in page["Policies"]]
    iam.detach_user_policy(UserName=users[0], PolicyArn="arn:aws:iam::aws:policy/ReadOnlyAccess")
    iam.delete_user_policy(UserName=users[0], PolicyName="inline")
    for u in users:
        iam.delete_user(UserName=u)


def test_credential_report(gatehouse):
    iam = gatehouse.client("iam")
    name = uniq("cr")
    iam.create_user(UserName=name)
    iam.create_login_profile(UserName=name, Password="Report-pass-1")
    key = iam.create_access_key(UserName=name)["AccessKey"]
    assert iam.generate_credential_report()["State"] == "COMPLETE"
    report = iam.get_credential_report()
    assert report["ReportFormat"] == "text/csv"
    rows = list(csv.DictReader(io.StringIO(report["Content"].decode())))
    assert list(rows[0].keys())[:8] == ["user", "arn", "user_creation_time", "password_enabled",
                                        "password_last_used", "password_last_changed",
                                        "password_next_rotation", "mfa_active"]
    assert rows[0]["user"] == "<root_account>" and rows[0]["access_key_1_active"] == "true"
    mine = [r for r in rows if r["user"] == name][0]
    assert mine["password_enabled"] == "true" and mine["mfa_active"] == "false"
    assert mine["access_key_1_active"] == "true" and mine["access_key_2_active"] == "false"
    assert mine["access_key_1_last_rotated"].endswith("+00:00")
    iam.delete_access_key(UserName=name, AccessKeyId=key["AccessKeyId"])
    iam.delete_login_profile(UserName=name)
    iam.delete_user(UserName=name)


# ---- the simulator


def test_simulate_custom_policy_reports_statements_and_missing_context(gatehouse):
    iam = gatehouse.client("iam")
    doc = ('{\n  "Version": "2012-10-17",\n  "Statement": [\n'
           '    {"Effect": "Allow", "Action": "s3:*", "Resource": "*",\n'
           '     "Condition": {"StringEquals": {"aws:SourceVpc": "vpc-1"}}},\n'
           '    {"Effect": "Deny", "Action": "s3:DeleteBucket", "Resource": "*"}\n  ]\n}')
    out = iam.simulate_custom_policy(PolicyInputList=[doc], ActionNames=["s3:GetObject", "s3:DeleteBucket"])
    res = {r["EvalActionName"]: r for r in out["EvaluationResults"]}
    assert res["s3:GetObject"]["EvalDecision"] == "implicitDeny"
    assert res["s3:GetObject"]["MissingContextValues"] == ["aws:SourceVpc"]
    deny = res["s3:DeleteBucket"]
    assert deny["EvalDecision"] == "explicitDeny"
    stmt = deny["MatchedStatements"][0]
    assert stmt["SourcePolicyId"] == "PolicyInputList.1" and stmt["SourcePolicyType"] == "none"
    assert stmt["StartPosition"] == {"Line": 6, "Column": 5}
    assert stmt["EndPosition"] == {"Line": 6, "Column": 69}
    out = iam.simulate_custom_policy(PolicyInputList=[doc], ActionNames=["s3:GetObject"], ContextEntries=[
        {"ContextKeyName": "aws:SourceVpc", "ContextKeyValues": ["vpc-1"], "ContextKeyType": "string"}])
    assert out["EvaluationResults"][0]["EvalDecision"] == "allowed"
    # A boundary limits, a resource policy is evaluated, bad input is refused.
    out = iam.simulate_custom_policy(PolicyInputList=[json.dumps(allow("*"))], ActionNames=["iam:CreateUser"],
                                     PermissionsBoundaryPolicyInputList=[json.dumps(allow("s3:*"))])
    assert out["EvaluationResults"][0]["EvalDecision"] == "implicitDeny"
    assert out["EvaluationResults"][0]["PermissionsBoundaryDecisionDetail"] == {"AllowedByPermissionsBoundary": False}
    assert fails(iam.simulate_custom_policy, PolicyInputList=["{not json"], ActionNames=["s3:GetObject"])[0] \
        == "MalformedPolicyDocument"
    assert fails(iam.simulate_custom_policy, PolicyInputList=[doc], ActionNames=["s3:GetObject"], ContextEntries=[
        {"ContextKeyName": "aws:EpochTime", "ContextKeyValues": ["soon"], "ContextKeyType": "numeric"}])[0] \
        == "InvalidInput"
    many = iam.simulate_custom_policy(PolicyInputList=[doc], ActionNames=[f"s3:Action{i}" for i in range(7)],
                                      MaxItems=3)
    assert many["IsTruncated"] and len(many["EvaluationResults"]) == 3
    rest = iam.simulate_custom_policy(PolicyInputList=[doc], ActionNames=[f"s3:Action{i}" for i in range(7)],
                                      MaxItems=10, Marker=many["Marker"])
    assert len(rest["EvaluationResults"]) == 4


def test_simulate_principal_policy_names_the_deciding_policies(gatehouse):
    iam = gatehouse.client("iam")
    account = gatehouse.root_credentials()["AccountId"]
    role = uniq("simr")
    iam.create_role(RoleName=role, AssumeRolePolicyDocument=json.dumps({
        "Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": account},
                                                "Action": "sts:AssumeRole"}]}))
    iam.put_role_policy(RoleName=role, PolicyName="reads", PolicyDocument=json.dumps(allow("s3:GetObject")))
    out = iam.simulate_principal_policy(PolicySourceArn=f"arn:aws:iam::{account}:role/{role}",
                                        ActionNames=["s3:GetObject", "s3:PutObject"])["EvaluationResults"]
    assert [r["EvalDecision"] for r in out] == ["allowed", "implicitDeny"]
    assert out[0]["MatchedStatements"][0]["SourcePolicyId"] == "reads"
    assert out[0]["MatchedStatements"][0]["SourcePolicyType"] == "role"

    user, group = uniq("simu"), uniq("simg")
    iam.create_user(UserName=user)
    iam.create_group(GroupName=group)
    iam.add_user_to_group(GroupName=group, UserName=user)
    iam.put_group_policy(GroupName=group, PolicyName="deny-del", PolicyDocument=json.dumps({
        "Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Action": "iam:DeleteUser", "Resource": "*"}]}))
    iam.attach_user_policy(UserName=user, PolicyArn="arn:aws:iam::aws:policy/IAMFullAccess")
    out = iam.simulate_principal_policy(PolicySourceArn=f"arn:aws:iam::{account}:user/{user}",
                                        ActionNames=["iam:CreateGroup", "iam:DeleteUser"])["EvaluationResults"]
    allowed, denied = out
    assert allowed["EvalDecision"] == "allowed"
    assert allowed["MatchedStatements"][0]["SourcePolicyId"] == "IAMFullAccess"
    assert allowed["MatchedStatements"][0]["SourcePolicyType"] == "aws-managed"
    assert denied["EvalDecision"] == "explicitDeny"
    assert denied["MatchedStatements"][0]["SourcePolicyType"] == "group"
    # Extra policies and a replacement boundary from the request.
    out = iam.simulate_principal_policy(PolicySourceArn=f"arn:aws:iam::{account}:user/{user}",
                                        ActionNames=["iam:CreateGroup"],
                                        PermissionsBoundaryPolicyInputList=[json.dumps(allow("s3:*"))])
    assert out["EvaluationResults"][0]["EvalDecision"] == "implicitDeny"
    code, _ = fails(iam.simulate_principal_policy, PolicySourceArn=f"arn:aws:iam::{account}:user/nobody-{user}",
                    ActionNames=["iam:CreateGroup"])
    assert code == "NoSuchEntity"
    iam.detach_user_policy(UserName=user, PolicyArn="arn:aws:iam::aws:policy/IAMFullAccess")
    iam.delete_group_policy(GroupName=group, PolicyName="deny-del")
    iam.remove_user_from_group(GroupName=group, UserName=user)
    iam.delete_group(GroupName=group)
    iam.delete_user(UserName=user)
    iam.delete_role_policy(RoleName=role, PolicyName="reads")
    iam.delete_role(RoleName=role)


ACTIONS = ["iam:GetUser", "iam:ListUsers", "iam:ListGroups", "iam:GetRole", "iam:ListRoles",
           "iam:ListPolicies", "iam:GetAccountSummary", "iam:ListAccessKeys"]


def call(client, action, target):
    """Performs `action` (from ACTIONS) on `target` and says whether it was allowed."""
    fn = {
        "iam:GetUser": lambda: client.get_user(UserName=target),
        "iam:ListUsers": lambda: client.list_users(MaxItems=1),
        "iam:ListGroups": lambda: client.list_groups(MaxItems=1),
        "iam:GetRole": lambda: client.get_role(RoleName=target),
        "iam:ListRoles": lambda: client.list_roles(MaxItems=1),
        "iam:ListPolicies": lambda: client.list_policies(Scope="Local", MaxItems=1),
        "iam:GetAccountSummary": lambda: client.get_account_summary(),
        "iam:ListAccessKeys": lambda: client.list_access_keys(UserName=target),
    }[action]
    try:
        fn()
        return True
    except botocore.exceptions.ClientError as e:
        code = e.response["Error"]["Code"]
        if code == "AccessDenied":
            return False
        if code == "NoSuchEntity":
            return True
        raise


def resource_for(account, action, target):
    if action in ("iam:GetUser", "iam:ListAccessKeys"):
        return f"arn:aws:iam::{account}:user/{target}"
    if action == "iam:GetRole":
        return f"arn:aws:iam::{account}:role/{target}"
    if action in ("iam:ListUsers",):
        return f"arn:aws:iam::{account}:user/"
    if action in ("iam:ListGroups",):
        return f"arn:aws:iam::{account}:group/"
    if action in ("iam:ListRoles",):
        return f"arn:aws:iam::{account}:role/"
    if action in ("iam:ListPolicies",):
        return f"arn:aws:iam::{account}:policy/"
    return "*"


def random_statement(rng, account, target, user):
    effect = rng.choice(["Allow", "Allow", "Deny"])
    acts = rng.sample(ACTIONS + ["iam:Get*", "iam:List*", "iam:*"], rng.randint(1, 3))
    st = {"Effect": effect}
    if rng.random() < 0.15:
        st["NotAction"] = acts
    else:
        st["Action"] = acts
    st["Resource"] = rng.choice([
        "*", f"arn:aws:iam::{account}:user/{target}", f"arn:aws:iam::{account}:user/*",
        f"arn:aws:iam::{account}:role/*", f"arn:aws:iam::{account}:*", "arn:aws:iam::*:user/${aws:username}",
    ])
    if rng.random() < 0.2:
        st["Condition"] = {rng.choice(["StringEquals", "StringNotEquals", "StringLike"]): {
            "aws:username": rng.choice([user, "someone-else", user[:3] + "*"])}}
    return st


def test_simulator_agrees_with_enforcement_on_50_scenarios(gatehouse):
    iam = gatehouse.client("iam")
    account = gatehouse.root_credentials()["AccountId"]
    rng = random.Random(4)
    target = uniq("target")
    iam.create_user(UserName=target)
    iam.create_role(RoleName=target, AssumeRolePolicyDocument=json.dumps({
        "Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": account},
                                                "Action": "sts:AssumeRole"}]}))
    users = []
    for i in range(10):
        name = uniq("sim")
        iam.create_user(UserName=name)
        stmts = [random_statement(rng, account, target, name) for _ in range(rng.randint(1, 3))]
        iam.put_user_policy(UserName=name, PolicyName="p",
                            PolicyDocument=json.dumps({"Version": "2012-10-17", "Statement": stmts}))
        if rng.random() < 0.4:
            pol = iam.create_policy(PolicyName=uniq("simp"), PolicyDocument=json.dumps(
                {"Version": "2012-10-17", "Statement": [random_statement(rng, account, target, name)]}))["Policy"]
            iam.attach_user_policy(UserName=name, PolicyArn=pol["Arn"])
        if rng.random() < 0.3:
            group = uniq("simg")
            iam.create_group(GroupName=group)
            iam.put_group_policy(GroupName=group, PolicyName="g", PolicyDocument=json.dumps(
                {"Version": "2012-10-17", "Statement": [random_statement(rng, account, target, name)]}))
            iam.add_user_to_group(GroupName=group, UserName=name)
        if rng.random() < 0.3:
            boundary = iam.create_policy(PolicyName=uniq("simb"), PolicyDocument=json.dumps(
                allow(rng.sample(ACTIONS + ["iam:Get*"], 3))))["Policy"]
            iam.put_user_permissions_boundary(UserName=name, PermissionsBoundary=boundary["Arn"])
        key = iam.create_access_key(UserName=name)["AccessKey"]
        users.append((name, key))
    scenarios = 0
    outcomes = set()
    for name, key in users:
        me = client_as(gatehouse, key)
        user_arn = iam.get_user(UserName=name)["User"]["Arn"]
        for action in rng.sample(ACTIONS, 5):
            resource = resource_for(account, action, target)
            sim = iam.simulate_principal_policy(PolicySourceArn=user_arn, ActionNames=[action],
                                                ResourceArns=[resource])["EvaluationResults"][0]
            enforced = call(me, action, target)
            assert (sim["EvalDecision"] == "allowed") == enforced, (name, action, sim)
            outcomes.add(sim["EvalDecision"])
            scenarios += 1
    assert scenarios == 50
    assert outcomes == {"allowed", "implicitDeny", "explicitDeny"}, outcomes
