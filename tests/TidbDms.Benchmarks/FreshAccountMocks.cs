using TidbDms.Provider.Planning;
using TidbDms.Testing;

namespace TidbDms.Benchmarks;

/// <summary>
/// <see cref="DefaultAwsMocks"/> whose account never holds the DMS roles, so that many Constructs with
/// <c>dmsIamRoles: Create</c> can run against one engine (in a real account only the first may).
/// </summary>
internal sealed class FreshAccountMocks : IMocks
{
    private readonly DefaultAwsMocks _aws;

    public FreshAccountMocks(DefaultAwsMocks aws)
    {
        _aws = aws;
    }

    public Task<(string? Id, IDictionary<string, object?> State)> NewResourceAsync(MockResourceArgs args) => _aws.NewResourceAsync(args);

    public Task<IDictionary<string, object?>> CallAsync(MockCallArgs args) =>
        args.Token == AwsFunctions.GetRole
            ? throw new InvalidOperationException($"reading IAM Role ({args.Args["name"].AsString}): couldn't find resource")
            : _aws.CallAsync(args);
}
