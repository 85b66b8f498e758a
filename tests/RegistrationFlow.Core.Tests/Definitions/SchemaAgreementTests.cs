using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using RegistrationFlow.Core.Definitions;
using DefinitionKeys = RegistrationFlow.Core.Definitions.Reading.DefinitionKeys;
using Vocabulary = RegistrationFlow.Core.Definitions.Vocabulary;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace RegistrationFlow.Core.Tests.Definitions;

/// <summary>The published JSON Schema and the reader agree: on every shipped file, and on files broken on purpose.</summary>
public partial class SchemaAgreementTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(RepositoryFiles.SchemaPath)));
    private static readonly Lazy<JsonObject> SchemaDocument = new(() => JsonNode.Parse(File.ReadAllText(RepositoryFiles.SchemaPath))!.AsObject());

    private static EvaluationResults EvaluateWithSchema(string yaml)
    {
        var json = YamlToJson(yaml)!.ToJsonString();
        using var document = JsonDocument.Parse(json);
        return Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static string Errors(EvaluationResults results) => string.Join("; ",
        (results.Details ?? []).Where(detail => detail.Errors is { Count: > 0 })
            .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {error.Value}")));

    public static TheoryData<string> ShippedFiles()
    {
        var data = new TheoryData<string>();
        foreach (var path in RepositoryFiles.ShippedWorkflows()) data.Add(Path.GetFileName(path));
        return data;
    }

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void Schema_and_reader_both_accept_every_shipped_file(string fileName)
    {
        var text = RepositoryFiles.Workflow(fileName);

        var schemaResult = EvaluateWithSchema(text);
        var readerResult = DefinitionReader.ReadAndValidate(text, fileName);

        Assert.True(schemaResult.IsValid, Errors(schemaResult));
        Assert.True(readerResult.IsValid, string.Join(Environment.NewLine, readerResult.Problems));
        Assert.Empty(DefinitionReader.Read(text, fileName).Problems);
    }

    /// <summary>Each case breaks one thing in the commercial-housing-transfer file.</summary>
    public static TheoryData<string, string, string> BrokenFiles() => new()
    {
        { "certificate: property-right", "certificate: property-rite", DefinitionProblemCodes.UnknownWord },
        { "price: required", "price: required\nprize: 80", DefinitionProblemCodes.UnknownKey },
        { "version: 1", "version: \"1\"", DefinitionProblemCodes.WrongType },
        { "cut-off: \"16:00\"", "cut-off: \"4pm\"", DefinitionProblemCodes.BadFormat },
        { "warn-before: 60m", "warn-before: 60 minutes", DefinitionProblemCodes.BadFormat },
        { "complete: same-day", "complete: same-week", DefinitionProblemCodes.UnknownWord },
        { "complete: same-day", "complete: { working-days: 31 }", DefinitionProblemCodes.WorkingDaysOutOfRange },
        { "- { role: buyer, min: 1 }", "- { role: buyer, min: one }", DefinitionProblemCodes.WrongType },
        { "- { role: buyer, min: 1 }", "- { role: purchaser, min: 1 }", DefinitionProblemCodes.UnknownPartyRole },
        { "title: { zh-CN: 商品房转移登记, en-US: New-build home transfer }", "title: { zh-CN: 商品房转移登记 }", DefinitionProblemCodes.MissingTranslation },
        { "id: commercial-housing-transfer", "id: Commercial_Housing_Transfer", DefinitionProblemCodes.NotKebabCase },
        { "role: approver", "role: aprover", DefinitionProblemCodes.UnknownRole },
        { "requires: [received-materials]", "requires: [received-materials, why]", DefinitionProblemCodes.UnknownField },
        { "effects: [start-clock]", "effects: [start-timer]", DefinitionProblemCodes.UnknownEffect },
        { "until: certificate-ready", "until: tomorrow", DefinitionProblemCodes.UnknownWaitTrigger },
        { "outcome: not-accepted,", "outcome: withdrawn,", DefinitionProblemCodes.ReservedOutcome },
        { "      hand-over:\n        to: completed", "      hand-over:\n        requires: [comment]", DefinitionProblemCodes.MissingKey },
        { "      hand-over:", "      withdraw:", DefinitionProblemCodes.ReservedAction },
        { "  pickup:\n", "  Pick_Up:\n", DefinitionProblemCodes.NotKebabCase },
        { "  completed: { kind: end, outcome: completed,", "  completed: { kind: finish, outcome: completed,", DefinitionProblemCodes.UnknownWord },
        { "not-by: [intake]", "not-by: intake", DefinitionProblemCodes.WrongType },
        { "fee: { per-case: 80,", "fee: { per-case: -80,", DefinitionProblemCodes.NegativeFee },
    };

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public void Schema_and_reader_both_refuse_a_broken_file(string from, string to, string code)
    {
        const string fileName = "commercial-housing-transfer.v1.yaml";
        var text = SourceText.Replace(RepositoryFiles.Workflow(fileName), (from, to));

        var schemaResult = EvaluateWithSchema(text);
        var readerResult = DefinitionReader.ReadAndValidate(text, fileName);

        Assert.False(schemaResult.IsValid, $"the schema accepts: {to}");
        Assert.Contains(readerResult.Problems, problem => problem.Code == code);
    }

    [Fact]
    public void The_schema_names_the_same_keys_and_words_as_the_reader()
    {
        var schema = SchemaDocument.Value;
        var defs = schema["$defs"]!.AsObject();
        IEnumerable<string> Keys(JsonNode node) => node["properties"]!.AsObject().Select(pair => pair.Key);
        IEnumerable<string> Enum(JsonNode node) => node["enum"]!.AsArray().Select(value => value!.GetValue<string>());

        Assert.Equal(DefinitionKeys.Root, Keys(schema));
        Assert.Equal(DefinitionKeys.Registration, Keys(schema["properties"]!["registration"]!));
        Assert.Equal(DefinitionKeys.Fee, Keys(schema["properties"]!["fee"]!));
        Assert.Equal(DefinitionKeys.ServiceLevel, Keys(schema["properties"]!["service-level"]!));
        Assert.Equal(DefinitionKeys.Withdraw, Keys(schema["properties"]!["withdraw"]!));
        Assert.Equal(DefinitionKeys.Party, Keys(schema["properties"]!["parties"]!["items"]!));
        Assert.Equal(DefinitionKeys.Step, Keys(defs["step"]!));
        Assert.Equal(DefinitionKeys.Action, Keys(defs["action"]!));
        Assert.Equal(DefinitionKeys.Title, Keys(defs["title"]!));

        Assert.Equal(Vocabulary.Roles.Order(), Enum(defs["role"]!).Order());
        Assert.Equal(Vocabulary.PartyRoles.Order(), Enum(defs["partyRole"]!).Order());
        Assert.Equal(Vocabulary.Fields.All.Order(), Enum(defs["field"]!).Order());
        Assert.Equal(Vocabulary.Effects.All.Order(), Enum(defs["effect"]!).Order());
        Assert.Equal(Vocabulary.WaitTriggers.All.Order(), Enum(defs["step"]!["properties"]!["until"]!).Order());
        Assert.Equal(LanguageWords.StepKinds.Keys, Enum(defs["step"]!["properties"]!["kind"]!));
        Assert.Equal(LanguageWords.Outcomes.Keys.Where(word => word != "withdrawn"), Enum(defs["step"]!["properties"]!["outcome"]!));
        Assert.Equal(LanguageWords.RegistrationTypes.Keys, Enum(schema["properties"]!["registration"]!["properties"]!["type"]!));
        Assert.Equal(LanguageWords.CertificateKinds.Keys, Enum(schema["properties"]!["registration"]!["properties"]!["certificate"]!));
        Assert.Equal(LanguageWords.CertificateReadyRules.Keys, Enum(schema["properties"]!["service-level"]!["properties"]!["certificate-ready"]!));
        Assert.Equal(LanguageWords.SupplementClocks.Keys, Enum(schema["properties"]!["service-level"]!["properties"]!["on-supplement"]!));
        Assert.Equal(LanguageWords.PriceRules.Keys, Enum(schema["properties"]!["price"]!));
    }

    [Fact]
    public void Yaml_is_turned_into_json_with_json_types()
    {
        var json = YamlToJson("a: 1\nb: '1'\nc: 1.5\nd: true\ne: ~\nf: [x, \"16:00\", 16:00]\n")!.ToJsonString();
        Assert.Equal("""{"a":1,"b":"1","c":1.5,"d":true,"e":null,"f":["x","16:00","16:00"]}""", json);
    }

    /// <summary>
    /// YAML → JSON through YamlDotNet's representation model (independent of the reader's own tree), typing plain
    /// scalars by the YAML 1.2 core schema as the reader does.
    /// </summary>
    private static JsonNode? YamlToJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return Convert(stream.Documents[0].RootNode);
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(pair =>
            KeyValuePair.Create(((YamlScalarNode)pair.Key).Value!, Convert(pair.Value)))),
        YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(Convert).ToArray()),
        YamlScalarNode { Style: ScalarStyle.Plain } plain => Plain(plain.Value ?? ""),
        YamlScalarNode scalar => JsonValue.Create(scalar.Value ?? ""),
        _ => throw new NotSupportedException(node.GetType().Name),
    };

    private static JsonNode? Plain(string text) => text switch
    {
        "" or "~" or "null" or "Null" or "NULL" => null,
        "true" or "True" or "TRUE" => JsonValue.Create(true),
        "false" or "False" or "FALSE" => JsonValue.Create(false),
        _ when DecimalInteger().IsMatch(text) => JsonValue.Create(long.Parse(text, CultureInfo.InvariantCulture)),
        _ when Number().IsMatch(text) => JsonValue.Create(double.Parse(text, CultureInfo.InvariantCulture)),
        _ => JsonValue.Create(text),
    };

    [GeneratedRegex(@"^[-+]?[0-9]+$")]
    private static partial Regex DecimalInteger();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Number();
}
