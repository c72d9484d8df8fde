using System.Collections.Immutable;

namespace TidbDms.Provider.Planning;

/// <summary>What reading the cluster's credentials from Secrets Manager added to a plan.</summary>
/// <param name="Role">The role DMS assumes to read the secret (the endpoint's <c>secretsManagerAccessRoleArn</c>).</param>
/// <param name="PathToSecret">
/// What DMS needs before it connects and reads the secret: the role's policy and, with Serverless,
/// the Secrets Manager interface endpoint with its security group rules.
/// </param>
internal sealed record SecretsAccess(string Role, ImmutableArray<string> PathToSecret);
