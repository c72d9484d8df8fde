using TidbDms.Provider.Tests.Schema;

namespace TidbDms.Provider.Tests.Examples;

/// <summary>
/// An example program in an SDK language whose Pulumi SDK cannot run here (Python, Go, C#), and the YAML
/// example it is the twin of: the same component inputs and exports, which the tests compare.
/// </summary>
internal sealed record SdkExample(string Name, string Twin, string Runtime, string ProgramFile)
{
    public static readonly SdkExample Python = new("python-essential-private-endpoint", "essential-private-endpoint", "python", "__main__.py");

    public static readonly SdkExample Go = new("go-dedicated-vpc-peering", "dedicated-vpc-peering", "go", "main.go");

    public static readonly SdkExample CSharp = new("csharp-serverless-with-task", "serverless-with-task", "dotnet", "Program.cs");

    public static readonly IReadOnlyList<SdkExample> All = [Python, Go, CSharp];

    public string Folder => RepositoryRoot.File("examples", Name);

    public string Program => Path.Combine(Folder, ProgramFile);

    public override string ToString() => Name;
}
