using System.Globalization;
using System.Text.RegularExpressions;

namespace RegistrationFlow.Core.Definitions.Reading;

/// <summary>
/// Maps the YAML tree onto the model. Lenient where it can be: a bad optional value is reported and left at its
/// default so that the validator can still report everything else. The model is null only when a required part
/// (id, version, title, registration, service-level, steps) is missing or unreadable.
/// </summary>
internal sealed partial class DefinitionBuilder(NodeReader reader)
{
    public WorkflowDefinition? Build(YamlNode root)
    {
        var top = reader.Mapping(root, "", DefinitionKeys.Root);
        if (top is null) return null;

        if (top["$schema"] is { } schema) reader.Text(schema, "$schema");
        var id = top["id"] is { } idNode ? reader.Text(idNode, "id") : Missing<string>(top, "id");
        var version = top["version"] is { } versionNode ? reader.Integer(versionNode, "version") : Missing<int?>(top, "version");
        var title = top["title"] is { } titleNode ? ReadTitle(top, "title") : Missing<LocalizedTitle>(top, "title");
        var registration = top["registration"] is not null ? ReadRegistration(top) : Missing<RegistrationSpec>(top, "registration");
        var fee = top["fee"] is not null ? ReadFee(top) : FeeSpec.None;
        var materials = top["materials"] is { } materialsNode ? ReadMaterials(materialsNode) : [];
        var parties = top["parties"] is { } partiesNode ? ReadParties(partiesNode) : [];
        var priceRequired = top["price"] is { } priceNode && reader.Word(priceNode, "price", LanguageWords.PriceRules) == true;
        var serviceLevel = top["service-level"] is not null ? ReadServiceLevel(top) : Missing<ServiceLevelSpec>(top, "service-level");
        var withdrawal = top["withdraw"] is not null ? ReadWithdrawal(top) : WithdrawalSpec.Default;
        var start = top["start"] is { } startNode ? reader.Text(startNode, "start") : null;
        var steps = top["steps"] is { } stepsNode ? ReadSteps(stepsNode) : Missing<IReadOnlyList<StepDefinition>>(top, "steps");
        var messages = top["messages"] is { } messagesNode ? ReadMessages(messagesNode) : new Dictionary<string, LocalizedTitle>();

        if (id is null || version is null || title is null || registration is null || serviceLevel is null || steps is null) return null;
        return new WorkflowDefinition
        {
            Id = id,
            Version = version.Value,
            Title = title,
            Registration = registration,
            Fee = fee,
            Materials = materials,
            Parties = parties,
            PriceRequired = priceRequired,
            ServiceLevel = serviceLevel,
            Withdrawal = withdrawal,
            Steps = steps,
            StartStep = start ?? steps.FirstOrDefault()?.Id ?? "",
            Messages = messages,
            Location = root.Location,
            Sources = reader.SourceMap(),
        };
    }

    private T? Missing<T>(MappingView mapping, string key)
    {
        reader.MissingKey(mapping, key);
        return default;
    }

    private SourceLocation KeyAt(MappingView mapping, string key) => mapping.KeyOf(key)?.Location ?? mapping.Node.Location;

    private LocalizedTitle? ReadTitle(MappingView owner, string key)
    {
        var path = DefinitionPath.Child(owner.Path, key);
        var title = reader.Mapping(owner[key]!, path, DefinitionKeys.Title);
        if (title is null) return null;
        var zhCn = title["zh-CN"] is { } zh ? reader.Text(zh, DefinitionPath.Child(path, "zh-CN")) : null;
        var enUs = title["en-US"] is { } en ? reader.Text(en, DefinitionPath.Child(path, "en-US")) : null;
        return new LocalizedTitle(zhCn, enUs) { Location = KeyAt(owner, key) };
    }

    private Dictionary<string, LocalizedTitle> ReadMessages(YamlNode node)
    {
        var messages = new Dictionary<string, LocalizedTitle>(StringComparer.Ordinal);
        var mapping = reader.Mapping(node, "messages", [.. Vocabulary.Messages.Placeholders.Keys]);
        if (mapping is null) return messages;
        foreach (var entry in mapping.Entries)
        {
            if (!Vocabulary.Messages.Placeholders.ContainsKey(entry.Key.Value)) continue; // reported as an unknown key
            if (ReadTitle(mapping, entry.Key.Value) is { } text) messages[entry.Key.Value] = text;
        }
        return messages;
    }

    private RegistrationSpec? ReadRegistration(MappingView top)
    {
        var spec = reader.Mapping(top["registration"]!, "registration", DefinitionKeys.Registration);
        if (spec is null) return null;
        var type = reader.Required(spec, "type") is { } typeNode ? reader.Word(typeNode, "registration/type", LanguageWords.RegistrationTypes) : null;
        var certificate = reader.Required(spec, "certificate") is { } certificateNode
            ? reader.Word(certificateNode, "registration/certificate", LanguageWords.CertificateKinds)
            : null;
        if (type is null || certificate is null) return null;
        return new RegistrationSpec(type.Value, certificate.Value) { Location = KeyAt(top, "registration") };
    }

    private FeeSpec ReadFee(MappingView top)
    {
        var spec = reader.Mapping(top["fee"]!, "fee", DefinitionKeys.Fee);
        if (spec is null) return FeeSpec.None;
        var perCase = spec["per-case"] is { } perCaseNode ? reader.Number(perCaseNode, "fee/per-case") : null;
        var extra = spec["extra-certificate"] is { } extraNode ? reader.Number(extraNode, "fee/extra-certificate") : null;
        return new FeeSpec(perCase ?? 0m, extra ?? 0m);
    }

    private IReadOnlyList<MaterialSpec> ReadMaterials(YamlNode node)
    {
        if (reader.Sequence(node, "materials") is not { } list) return [];
        var materials = new List<MaterialSpec>();
        for (var index = 0; index < list.Items.Count; index++)
        {
            var item = list.Items[index];
            var path = DefinitionPath.Item("materials", index);
            if (item is YamlScalar { Type: ScalarType.String } plain)
            {
                materials.Add(new MaterialSpec(plain.Value, true, null) { Location = item.Location });
                continue;
            }
            if (item is not YamlMapping)
            {
                reader.WrongType(item, path, "材料编号或 { id, required, tolerable, title }", "a material id or { id, required, tolerable, title }");
                continue;
            }
            var spec = reader.Mapping(item, path, DefinitionKeys.Material)!;
            var id = reader.Required(spec, "id") is { } idNode ? reader.Text(idNode, DefinitionPath.Child(path, "id")) : null;
            var required = spec["required"] is { } requiredNode ? reader.Boolean(requiredNode, DefinitionPath.Child(path, "required")) : null;
            var tolerable = spec["tolerable"] is { } tolerableNode ? reader.Boolean(tolerableNode, DefinitionPath.Child(path, "tolerable")) : null;
            var title = spec["title"] is not null ? ReadTitle(spec, "title") : null;
            if (id is not null)
                materials.Add(new MaterialSpec(id, required ?? true, title) { Tolerable = tolerable ?? false, Location = item.Location });
        }
        return materials;
    }

    private IReadOnlyList<PartyRoleSpec> ReadParties(YamlNode node)
    {
        if (reader.Sequence(node, "parties") is not { } list) return [];
        var parties = new List<PartyRoleSpec>();
        for (var index = 0; index < list.Items.Count; index++)
        {
            var item = list.Items[index];
            var path = DefinitionPath.Item("parties", index);
            if (reader.Mapping(item, path, DefinitionKeys.Party) is not { } spec) continue;
            var role = reader.Required(spec, "role") is { } roleNode ? reader.Text(roleNode, DefinitionPath.Child(path, "role")) : null;
            var min = spec["min"] is { } minNode ? reader.Integer(minNode, DefinitionPath.Child(path, "min")) : null;
            if (role is not null) parties.Add(new PartyRoleSpec(role, min ?? 1) { Location = item.Location });
        }
        return parties;
    }

    private ServiceLevelSpec? ReadServiceLevel(MappingView top)
    {
        const string path = "service-level";
        var spec = reader.Mapping(top[path]!, path, DefinitionKeys.ServiceLevel);
        if (spec is null) return null;
        var complete = reader.Required(spec, "complete") is { } completeNode ? ReadCompletion(completeNode) : null;
        var level = new ServiceLevelSpec { Complete = complete ?? CompletionRule.SameDay, Location = KeyAt(top, path) };
        if (spec["cut-off"] is { } cutOffNode && ReadTimeOfDay(cutOffNode, "service-level/cut-off") is { } cutOff)
            level = level with { CutOff = cutOff };
        if (spec["certificate-ready"] is { } readyNode
            && reader.Word(readyNode, "service-level/certificate-ready", LanguageWords.CertificateReadyRules) is { } ready)
            level = level with { CertificateReady = ready };
        if (spec["warn-before"] is { } warnNode && ReadDuration(warnNode, "service-level/warn-before") is { } warnBefore)
            level = level with { WarnBefore = warnBefore };
        if (spec["on-supplement"] is { } supplementNode
            && reader.Word(supplementNode, "service-level/on-supplement", LanguageWords.SupplementClocks) is { } onSupplement)
            level = level with { OnSupplement = onSupplement };
        if (spec["supplement-within"] is { } withinNode)
            level = level with { SupplementWithinWorkingDays = ReadWorkingDays(withinNode, "service-level/supplement-within") };
        return complete is null ? null : level;
    }

    private CompletionRule? ReadCompletion(YamlNode node)
    {
        const string path = "service-level/complete";
        if (node is YamlScalar { Type: ScalarType.String } word)
        {
            if (word.Value == LanguageWords.SameDay) return CompletionRule.SameDay;
            reader.UnknownWord(word, path, [LanguageWords.SameDay, "{ working-days: N }"]);
            return null;
        }
        if (node is not YamlMapping)
        {
            reader.WrongType(node, path, "same-day 或 { working-days: N }", "same-day or { working-days: N }");
            return null;
        }
        return ReadWorkingDays(node, path) is { } days ? CompletionRule.InWorkingDays(days) : null;
    }

    private int? ReadWorkingDays(YamlNode node, string path)
    {
        if (reader.Mapping(node, path, DefinitionKeys.WorkingDays) is not { } spec) return null;
        return reader.Required(spec, "working-days") is { } daysNode ? reader.Integer(daysNode, DefinitionPath.Child(path, "working-days")) : null;
    }

    private TimeOnly? ReadTimeOfDay(YamlNode node, string path)
    {
        if (reader.Text(node, path) is not { } text) return null;
        if (TimeOfDayPattern().IsMatch(text)) return TimeOnly.ParseExact(text, "HH:mm", CultureInfo.InvariantCulture);
        reader.BadFormat(node, path, $"“{text}”应写成 24 小时制的 \"HH:mm\"，例如 \"16:00\"",
            $"'{text}' must be a 24-hour time \"HH:mm\", e.g. \"16:00\"");
        return null;
    }

    private TimeSpan? ReadDuration(YamlNode node, string path)
    {
        if (reader.Text(node, path) is not { } text) return null;
        var match = DurationPattern().Match(text);
        if (text.Length > 0 && match.Success)
        {
            var hours = match.Groups["h"].Success ? int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture) : 0;
            var minutes = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
            return new TimeSpan(hours, minutes, 0);
        }
        reader.BadFormat(node, path, $"“{text}”应写成时长，例如 60m、2h、1h30m",
            $"'{text}' must be a duration such as 60m, 2h or 1h30m");
        return null;
    }

    private WithdrawalSpec ReadWithdrawal(MappingView top)
    {
        var spec = reader.Mapping(top["withdraw"]!, "withdraw", DefinitionKeys.Withdraw);
        if (spec is null) return WithdrawalSpec.Default;
        var role = spec["role"] is { } roleNode ? reader.Text(roleNode, "withdraw/role") : null;
        var requires = spec["requires"] is { } requiresNode ? reader.TextList(requiresNode, "withdraw/requires") : null;
        return new WithdrawalSpec(role ?? WithdrawalSpec.Default.Role, requires ?? WithdrawalSpec.Default.Requires)
        {
            Location = KeyAt(top, "withdraw"),
        };
    }

    [GeneratedRegex(@"^([01][0-9]|2[0-3]):[0-5][0-9]$")]
    private static partial Regex TimeOfDayPattern();

    [GeneratedRegex(@"^(?:(?<h>[0-9]{1,4})h)?(?:(?<m>[0-9]{1,4})m)?$")]
    private static partial Regex DurationPattern();
}
