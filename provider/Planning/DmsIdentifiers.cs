using System.Globalization;
using System.Text;

namespace TidbDms.Provider.Planning;

/// <summary>
/// The AWS-side identifiers of the DMS resources. DMS wants them unique per account and region,
/// so a logical name alone is not enough: two stacks of one project would collide. Each is
/// <c>&lt;name&gt;-&lt;suffix&gt;-&lt;8 hex of SHA-256("{project}/{stack}/{name}")&gt;</c>, lowercase, at most
/// <see cref="MaxLength"/> characters, starting with a letter, without <c>--</c> or a trailing hyphen.
/// </summary>
internal sealed class DmsIdentifiers
{
    /// <summary>The replication instance identifier's limit; the other identifiers allow more, but one limit keeps them alike.</summary>
    public const int MaxLength = 63;

    private const int HashHexLength = 8;

    private readonly string _name;
    private readonly string _hash;

    public DmsIdentifiers(string project, string stack, string componentName)
    {
        _name = Sanitize(componentName);
        var digest = Sha256.HashData(Encoding.UTF8.GetBytes($"{project}/{stack}/{componentName}"));
        _hash = Convert.ToHexStringLower(digest)[..HashHexLength];
    }

    public string ReplicationSubnetGroup => Make("subnets");

    public string ReplicationInstance => Make("instance");

    public string Endpoint => Make("tidb");

    public string Certificate => Make("ca");

    public string ReplicationTask => Make("task");

    public string ReplicationConfig => Make("replication");

    public string InstanceEventSubscription => Make("instance-events");

    public string TaskEventSubscription => Make("task-events");

    private string Make(string suffix)
    {
        var room = MaxLength - suffix.Length - HashHexLength - 2;
        var name = _name.Length <= room ? _name : _name[..room].TrimEnd('-');
        return $"{name}-{suffix}-{_hash}";
    }

    /// <summary>Lowercase letters and digits, other runs become one hyphen; a name not starting with a letter gets a <c>tidb-</c> prefix.</summary>
    private static string Sanitize(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name.ToLower(CultureInfo.InvariantCulture))
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                sb.Append(c);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        var sanitized = sb.ToString().TrimEnd('-');
        return sanitized.Length == 0 ? "tidb"
            : sanitized[0] is >= 'a' and <= 'z' ? sanitized
            : $"tidb-{sanitized}";
    }
}
