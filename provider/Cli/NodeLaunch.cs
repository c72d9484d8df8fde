namespace TidbDms.Provider.Cli;

/// <summary>What runs a Node.js program: the <c>node</c> executable and the program's own <c>@pulumi/pulumi/cmd/run</c> script.</summary>
internal sealed record NodeLaunch(string Node, string RunScript);
