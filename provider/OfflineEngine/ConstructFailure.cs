using System.Collections.Immutable;
using System.Text;

namespace TidbDms.Provider.OfflineEngine;

/// <summary>
/// A remote component whose provider's <c>Construct</c> failed, in structured form: the program's
/// registration (with the URN the component would have had), the gRPC status and message, and the
/// property errors of an <c>InputPropertiesError</c> detail (empty for other failures).
/// </summary>
internal sealed record ConstructFailure(
    RegisteredResource Component,
    string Status,
    string Message,
    ImmutableArray<PropertyError> PropertyErrors)
{
    /// <summary>
    /// The error as the Pulumi engine shows it against the component: "&lt;type&gt; resource
    /// '&lt;name&gt;' has a problem: &lt;message&gt;", then one line per property error, with the value
    /// the program gave when there is one (secrets as <c>[secret]</c>).
    /// </summary>
    public string Diagnostic
    {
        get
        {
            var text = new StringBuilder($"{Component.Type} resource '{Component.Name}' has a problem: {Message}");
            foreach (var error in PropertyErrors)
            {
                text.Append(error.Value is { } value
                    ? $"\n\t\t- property {error.Path} with value '{value}' has a problem: {error.Reason}"
                    : $"\n\t\t- property {error.Path} has a problem: {error.Reason}");
            }

            return text.ToString();
        }
    }
}
