namespace TidbDms.Provider.Tests.Cli;

/// <summary>A real directory with a program file in it, deleted on dispose.</summary>
internal sealed class TempProgram : IDisposable
{
    public TempProgram(string yaml, string fileName = "Pulumi.yaml")
    {
        Directory = Path.Combine(Path.GetTempPath(), "tidb-dms-preview-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        File.WriteAllText(Path.Combine(Directory, fileName), yaml.ReplaceLineEndings("\n"));
    }

    public string Directory { get; }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
