namespace TidbDms.Provider.Component;

/// <summary>Rules on what AWS and DNS accept: the cluster's host name, tag keys and values.</summary>
internal sealed partial class InputValidator
{
    private const int MaxHostNameLength = 253;
    private const int MaxHostLabelLength = 63;

    /// <summary>A host name (RFC 1123): dot-separated labels of letters, digits and inner hyphens, each at most 63 characters, 253 in all.</summary>
    private void HostIsAHostName()
    {
        if (!_args.Cluster.Host.IsKnown || _args.Cluster.Host.Value is not { Length: > 0 } host)
        {
            return;
        }

        var name = host.EndsWith('.') ? host[..^1] : host;
        string? problem = null;
        if (name.Length > MaxHostNameLength)
        {
            problem = $"is {name.Length} characters long; a host name has at most {MaxHostNameLength}";
        }
        else if (name.Split('.') is var labels && labels.FirstOrDefault(l => l.Length > MaxHostLabelLength) is { } longLabel)
        {
            problem = $"has a label of {longLabel.Length} characters ('{longLabel[..8]}…'); each dot-separated label of a host name has at most {MaxHostLabelLength}";
        }
        else if (labels.Any(l => l.Length == 0))
        {
            problem = "has an empty label (two dots in a row, or a leading dot)";
        }
        else if (labels.FirstOrDefault(l => !l.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') || l.StartsWith('-') || l.EndsWith('-')) is { } badLabel)
        {
            problem = $"is not a host name: the label '{badLabel}' may hold only letters, digits and hyphens, not at its start or end";
        }

        if (problem is not null)
        {
            Error("cluster.host", problem, "Copy the host from the cluster's Connect dialog in the TiDB Cloud console (for example gateway01.us-west-2.prod.aws.tidbcloud.com), without a scheme, port or path");
        }
    }

    /// <summary>Tag keys and values AWS accepts (<see cref="AwsNamingRules"/>).</summary>
    private void TagTextIsAccepted()
    {
        if (_args.Tags is not { IsKnown: true } tags)
        {
            return;
        }

        foreach (var (key, value) in tags.Value!)
        {
            var path = InputPath.Key("tags", key);
            var shown = tags.IsSecret ? "[secret]" : value;
            if (key.Length > AwsNamingRules.MaxTagKeyLength)
            {
                Error(path, shown, $"has a key of {key.Length} characters; AWS allows at most {AwsNamingRules.MaxTagKeyLength}", "Shorten the tag's key");
            }
            else if (AwsNamingRules.RefusedCharacter(key) is { } refusedInKey)
            {
                Error(path, shown, $"has {refusedInKey} in its key; AWS tag keys take {AwsNamingRules.AllowedCharacters}", "Rename the tag with those characters only");
            }

            if (value.Length > AwsNamingRules.MaxTagValueLength)
            {
                Error(path, shown, $"is {value.Length} characters long; AWS allows at most {AwsNamingRules.MaxTagValueLength} in a tag value", "Shorten the tag's value");
            }
            else if (!tags.IsSecret && AwsNamingRules.RefusedCharacter(value) is { } refusedInValue)
            {
                Error(path, shown, $"holds {refusedInValue}; AWS tag values take {AwsNamingRules.AllowedCharacters}", "Change the value to those characters only");
            }
        }
    }
}
