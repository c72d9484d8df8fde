namespace TidbDms.Provider.Cli;

/// <summary>
/// One error or warning about a component's inputs, as a preview engine reports it.
/// <see cref="Path"/> is the input path (<c>cluster.sslMode</c>, empty for the component as a whole):
/// the preview uses it to point at the line of the program that holds the input.
/// <see cref="Message"/> is safe to print: it never holds a secret's value.
/// </summary>
internal sealed record PreviewDiagnostic(string Path, string Message)
{
    public override string ToString() => Message;
}
