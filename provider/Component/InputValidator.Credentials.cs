using System.Text.RegularExpressions;

namespace TidbDms.Provider.Component;

/// <summary>cluster credentials rules: a password or a Secrets Manager secret (exactly one), and a user name unless the secret holds it.</summary>
internal sealed partial class InputValidator
{
    [GeneratedRegex(@"^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:[0-9]{12}:secret:[A-Za-z0-9/_+=.@-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex SecretArn();

    [GeneratedRegex(@"^arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:key/[A-Za-z0-9-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex KmsKeyOnlyArn();

    private void CredentialsRules()
    {
        var cluster = _args.Cluster;
        var secret = cluster.SecretsManagerSecretArn;
        if (cluster.Password is null && secret is null)
        {
            Error(
                "cluster.password",
                null,
                "is required (or cluster.secretsManagerSecretArn)",
                "Set cluster.password to the SQL user's password, from a secret config value, or set cluster.secretsManagerSecretArn to the AWS Secrets Manager secret that holds the credentials");
        }
        else if (cluster.Password is { IsKnown: true } && secret is { IsKnown: true })
        {
            Error(
                "cluster.secretsManagerSecretArn",
                "cannot be combined with cluster.password: DMS takes the credentials either from the endpoint or from the secret",
                "Keep either cluster.password or cluster.secretsManagerSecretArn");
        }

        if (cluster.Username is null && secret is null)
        {
            Error(
                "cluster.username",
                null,
                "is required (unless cluster.secretsManagerSecretArn holds the credentials)",
                "Set cluster.username to the SQL user DMS logs in as (Starter and Essential: '<prefix>.<name>')");
        }

        if (secret is not null && secret.Is(a => !SecretArn().IsMatch(a)))
        {
            Error(
                "cluster.secretsManagerSecretArn",
                "must be the full ARN of a Secrets Manager secret: 'arn:<partition>:secretsmanager:<region>:<account>:secret:<name>' (the access role is allowed exactly this ARN)",
                "Copy the secret's ARN from the AWS Secrets Manager console, or pass the arn output of the aws:secretsmanager/secret:Secret resource");
        }

        if (cluster.SecretsManagerKmsKeyArn is { } key)
        {
            if (secret is null && key.IsKnown)
            {
                Error(
                    "cluster.secretsManagerKmsKeyArn",
                    "applies only with cluster.secretsManagerSecretArn (it is the key that encrypts that secret)",
                    "Remove cluster.secretsManagerKmsKeyArn, or give cluster.secretsManagerSecretArn");
            }
            else if (key.Is(k => !KmsKeyOnlyArn().IsMatch(k)))
            {
                Error(
                    "cluster.secretsManagerKmsKeyArn",
                    "must be a KMS key ARN: 'arn:<partition>:kms:<region>:<account>:key/<key-id>' (an alias cannot name the key in the access role's policy)",
                    "Copy the key's ARN from the AWS KMS console, or pass the arn output of the aws:kms/key:Key resource");
            }
        }
    }
}
