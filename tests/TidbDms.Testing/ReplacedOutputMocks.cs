namespace TidbDms.Testing;

/// <summary>
/// <see cref="DefaultAwsMocks"/> with one output of every resource of one type replaced: an engine
/// whose answer the component must cope with (a value of the wrong kind, an output still unknown).
/// </summary>
internal sealed class ReplacedOutputMocks(string type, string output, object? value) : IMocks
{
    private readonly DefaultAwsMocks _inner = new();

    public async Task<(string? Id, IDictionary<string, object?> State)> NewResourceAsync(MockResourceArgs args)
    {
        var (id, state) = await _inner.NewResourceAsync(args).ConfigureAwait(false);
        if (args.Type == type)
        {
            state = new Dictionary<string, object?>(state) { [output] = value };
        }

        return (id, state);
    }

    public Task<IDictionary<string, object?>> CallAsync(MockCallArgs args) => _inner.CallAsync(args);
}
