namespace TidbDms.Provider.Tests.Planning;

/// <summary>
/// A checked-in expected text under Golden/: compared exactly, or rewritten when the tests run
/// with <c>ACCEPT=1</c> (then review the diff of the golden files).
/// </summary>
internal static class GoldenFile
{
    /// <summary>Asserts <paramref name="actual"/> equals Golden/<paramref name="folder"/>/<paramref name="fileName"/>, or writes it under ACCEPT=1.</summary>
    public static void Check(string folder, string fileName, string actual)
    {
        var relative = $"Golden/{folder}/{fileName}";
        var path = Path.Combine(Directory(folder), fileName);
        if (Environment.GetEnvironmentVariable("ACCEPT") == "1")
        {
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            Assert.Pass($"wrote {relative}");
        }

        Assert.That(File.Exists(path), Is.True, $"{relative} is missing: run the tests with ACCEPT=1 to write it");
        var expected = File.ReadAllText(path);
        Assert.That(actual, Is.EqualTo(expected), DiffHint(relative, expected, actual));
    }

    /// <summary>The first differing line, so a drift is readable without diffing two long strings.</summary>
    private static string DiffHint(string relative, string expected, string actual)
    {
        var want = expected.Split('\n');
        var got = actual.Split('\n');
        var line = Enumerable.Range(0, Math.Max(want.Length, got.Length))
            .FirstOrDefault(i => i >= want.Length || i >= got.Length || want[i] != got[i]);
        return $"drifted from {relative} at line {line + 1}:\n"
            + $"  golden: {(line < want.Length ? want[line].Trim() : "<end of file>")}\n"
            + $"  actual: {(line < got.Length ? got[line].Trim() : "<end of file>")}\n"
            + "If the change is intended, run the tests with ACCEPT=1 and review the diff of the golden file.";
    }

    /// <summary>The source tree's Golden/&lt;folder&gt; (so ACCEPT=1 updates the checked-in files), else the copy beside the tests.</summary>
    private static string Directory(string folder)
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TidbDms.Provider.Tests.csproj")))
            {
                return Path.Combine(dir.FullName, "Golden", folder);
            }
        }

        return Path.Combine(TestContext.CurrentContext.TestDirectory, "Golden", folder);
    }
}
