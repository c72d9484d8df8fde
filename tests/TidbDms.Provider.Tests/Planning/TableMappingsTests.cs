using TidbDms.Provider.Planning;

namespace TidbDms.Provider.Tests.Planning;

internal sealed class TableMappingsTests
{
    [Test]
    public void ForSchemasOneSchemaIsTheMinimalSelectionRule() =>
        Assert.That(TableMappings.ForSchemas(["mydb"]), Is.EqualTo(
            """{"rules":[{"rule-type":"selection","rule-id":"1","rule-name":"1","object-locator":{"schema-name":"mydb","table-name":"%"},"rule-action":"include"}]}"""));

    [Test]
    public void ForSchemasKeepsTheGivenOrderAndNumbersRules()
    {
        var json = TableMappings.ForSchemas(["b", "a", "c"]);
        using var document = System.Text.Json.JsonDocument.Parse(json);
        var rules = document.RootElement.GetProperty("rules").EnumerateArray()
            .Select(r => $"{r.GetProperty("rule-id").GetString()}:{r.GetProperty("object-locator").GetProperty("schema-name").GetString()}");

        Assert.That(rules, Is.EqualTo(["1:b", "2:a", "3:c"]));
    }

    [Test]
    public void ForSchemasEscapesUnderscoreSoItMatchesOnlyItself() =>
        Assert.That(TableMappings.ForSchemas(["app_db"]), Is.EqualTo(
            """{"rules":[{"rule-type":"selection","rule-id":"1","rule-name":"1","object-locator":{"schema-name":"app[_]db","table-name":"%"},"rule-action":"include"}]}"""));

    [Test]
    public void ForSchemasEscapesAsJsonNeeds()
    {
        using var document = System.Text.Json.JsonDocument.Parse(TableMappings.ForSchemas(["we\"ird"]));

        Assert.That(document.RootElement.GetProperty("rules")[0].GetProperty("object-locator").GetProperty("schema-name").GetString(), Is.EqualTo("we\"ird"));
    }
}
