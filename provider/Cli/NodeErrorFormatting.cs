using System.Security.Cryptography;
using System.Text;

namespace TidbDms.Provider.Cli;

/// <summary>
/// A script node loads before <c>@pulumi/pulumi</c>'s runner (<c>--require</c>) so that a program's
/// error is reported in seconds, not minutes: the runner formats an unhandled error with
/// <c>util.inspect(err, { colors: true })</c>, and Node 20.20's colouring of stack frames loops until
/// the string overflows (tens of seconds, then a plain retry) on the frames <c>@pulumi/pulumi</c>'s
/// source maps produce (<c>node_modules/@pulumi/resource.ts:605:13</c>: a scope with a file but no
/// package folder). The script asks <c>util.inspect</c> for the same text without colours when it
/// formats an <c>Error</c> with colours; nothing else changes. The preview prints text, never
/// terminal colours, so the message is the one it would show anyway.
/// </summary>
internal static class NodeErrorFormatting
{
    public const string Script = """
        // Loaded by tidb-dms's preview before @pulumi/pulumi's program runner: an Error inspected with colours is
        // inspected without them (Node 20.20's colouring of node_modules/@scope/file.ts frames does not end).
        "use strict";
        const util = require("node:util");
        const inspect = util.inspect;
        function inspectWithoutColours(value, options, ...rest) {
            if (value instanceof Error && options !== null && typeof options === "object" && options.colors === true) {
                options = { ...options, colors: false };
            }
            return inspect.call(this, value, options, ...rest);
        }
        const properties = Object.getOwnPropertyDescriptors(inspect);
        delete properties.length;
        delete properties.name;
        delete properties.prototype;
        Object.defineProperties(inspectWithoutColours, properties);
        util.inspect = inspectWithoutColours;

        """;

    private static readonly Lazy<string> File = new(Write, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The script as a file node can <c>--require</c> (written once per content into the user's temp folder; concurrent writers write the same bytes).</summary>
    public static string Path => File.Value;

    private static string Write()
    {
        var bytes = Encoding.UTF8.GetBytes(Script);
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..16];
        // Per user: a shared temp folder another user created may not be writable.
        var folder = Directory.CreateDirectory(System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"tidb-dms-preview-{Environment.UserName}")).FullName;
        var path = System.IO.Path.Combine(folder, $"node-error-formatting-{hash}.cjs");
        if (!System.IO.File.Exists(path) || !System.IO.File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
        {
            // Written aside and moved, so a concurrent run never loads half a file.
            var partial = $"{path}.{Guid.NewGuid():N}";
            System.IO.File.WriteAllBytes(partial, bytes);
            System.IO.File.Move(partial, path, overwrite: true);
        }

        return path;
    }
}
