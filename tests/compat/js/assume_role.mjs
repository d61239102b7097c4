// Assumes a role with @aws-sdk/client-sts and calls GetCallerIdentity with the session's
// credentials; prints both results as one JSON line for the Python test to check.
import { STSClient, AssumeRoleCommand, GetCallerIdentityCommand } from "@aws-sdk/client-sts";

const { GATEHOUSE_ENDPOINT, GATEHOUSE_KEY, GATEHOUSE_SECRET, GATEHOUSE_ROLE_ARN } = process.env;

const base = { endpoint: GATEHOUSE_ENDPOINT, region: "us-east-1", maxAttempts: 1 };
const user = new STSClient({
  ...base,
  credentials: { accessKeyId: GATEHOUSE_KEY, secretAccessKey: GATEHOUSE_SECRET },
});
const assumed = await user.send(
  new AssumeRoleCommand({ RoleArn: GATEHOUSE_ROLE_ARN, RoleSessionName: "js-sdk", DurationSeconds: 900 }),
);
const c = assumed.Credentials;
const session = new STSClient({
  ...base,
  credentials: { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken },
});
const me = await session.send(new GetCallerIdentityCommand({}));
console.log(JSON.stringify({
  assumedRoleUser: assumed.AssumedRoleUser,
  accessKeyId: c.AccessKeyId,
  expiration: c.Expiration.toISOString(),
  identity: { Arn: me.Arn, Account: me.Account, UserId: me.UserId },
}));
