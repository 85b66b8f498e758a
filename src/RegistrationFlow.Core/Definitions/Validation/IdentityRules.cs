using System.Globalization;
using System.Text.RegularExpressions;

namespace RegistrationFlow.Core.Definitions.Validation;

/// <summary>Id, version, file name, titles, materials, parties, fee and withdrawal.</summary>
internal static partial class IdentityRules
{
    public static void Check(ValidationContext c)
    {
        var d = c.Definition;
        if (!IsKebabCase(d.Id))
            c.Report("id", d.Location, DefinitionProblemCodes.NotKebabCase,
                $"工作流编号“{d.Id}”应为小写字母、数字和连字符（kebab-case），例如 commercial-housing-transfer",
                $"workflow id '{d.Id}' must be kebab-case (lower-case letters, digits and hyphens), e.g. commercial-housing-transfer");
        if (d.Version < 1)
            c.Report("version", d.Location, DefinitionProblemCodes.BadVersion,
                $"版本号必须从 1 开始，而不是 {d.Version}", $"version must be 1 or more, not {d.Version}");
        if (c.Options.RequireFileNameToMatch) CheckFileName(c);

        RequireBothLanguages(c, d.Title, "title", d.Location, "工作流名称", "the workflow title");
        CheckMaterials(c);
        CheckParties(c);
        CheckFee(c);
        CheckWithdrawal(c);
    }

    public static bool IsKebabCase(string text) => KebabCase().IsMatch(text);

    /// <summary>A title given must carry both languages (the workflow's own title must be given).</summary>
    public static void RequireBothLanguages(ValidationContext c, LocalizedTitle? title, string? path, SourceLocation fallback, string whatZh, string whatEn)
    {
        if (title is not null && title.IsComplete) return;
        var missing = title is null ? ["zh-CN", "en-US"] : new[] { title.ZhCn, title.EnUs }
            .Select((text, index) => (text, language: index == 0 ? "zh-CN" : "en-US"))
            .Where(pair => string.IsNullOrWhiteSpace(pair.text)).Select(pair => pair.language).ToArray();
        var list = string.Join(", ", missing);
        c.Report(path ?? "", title?.Location ?? fallback, DefinitionProblemCodes.MissingTranslation,
            $"{whatZh}缺少译文：{list}（中文和英文都要写）", $"{whatEn} lacks a translation: {list} (both Chinese and English are needed)");
    }

    private static void CheckFileName(ValidationContext c)
    {
        var d = c.Definition;
        var name = Path.GetFileName(c.File);
        var stem = $"{d.Id}.v{d.Version.ToString(CultureInfo.InvariantCulture)}";
        if (name is not null && (name == stem + ".yaml" || name == stem + ".yml" || name == stem + ".json")) return;
        c.ReportAt(d.Location.Line == 0 ? new SourceLocation(1, 1) : d.Location, DefinitionProblemCodes.FileNameMismatch,
            $"文件名“{name}”应为“{stem}.yaml”（编号.v版本号）", $"file name '{name}' must be '{stem}.yaml' (id.v<version>)");
    }

    private static void CheckMaterials(ValidationContext c)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var material in c.Definition.Materials)
        {
            if (!IsKebabCase(material.Id))
                c.ReportAt(material.Location, DefinitionProblemCodes.NotKebabCase,
                    $"材料编号“{material.Id}”应为 kebab-case，例如 sale-contract", $"material id '{material.Id}' must be kebab-case, e.g. sale-contract");
            if (!seen.Add(material.Id))
                c.ReportAt(material.Location, DefinitionProblemCodes.DuplicateId,
                    $"材料“{material.Id}”重复", $"material '{material.Id}' is listed twice");
            if (material is { Tolerable: true, Required: false })
                c.ReportAt(material.Location, DefinitionProblemCodes.TolerableNotRequired,
                    $"材料“{material.Id}”不是必交材料，不能标为容缺（tolerable）", $"material '{material.Id}' is not required, so it cannot be tolerable (容缺)");
            if (material.Title is not null)
                RequireBothLanguages(c, material.Title, null, material.Location, $"材料“{material.Id}”的名称", $"the title of material '{material.Id}'");
        }
    }

    private static void CheckParties(ValidationContext c)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var party in c.Definition.Parties)
        {
            if (!Vocabulary.PartyRoles.Contains(party.Role))
            {
                var (zhHint, enHint) = Spelling.Hint(party.Role, Vocabulary.PartyRoles);
                var list = string.Join(", ", Vocabulary.PartyRoles);
                c.ReportAt(party.Location, DefinitionProblemCodes.UnknownPartyRole,
                    $"未知的当事人角色“{party.Role}”{zhHint}；允许：{list}", $"unknown party role '{party.Role}'{enHint}; allowed: {list}");
            }
            if (!seen.Add(party.Role))
                c.ReportAt(party.Location, DefinitionProblemCodes.DuplicateId,
                    $"当事人角色“{party.Role}”重复", $"party role '{party.Role}' is listed twice");
            if (party.Min < 0)
                c.ReportAt(party.Location, DefinitionProblemCodes.BadPartyMinimum,
                    $"当事人角色“{party.Role}”的最少人数不能为负数（{party.Min}）", $"party role '{party.Role}' cannot have a negative minimum ({party.Min})");
        }
    }

    private static void CheckFee(ValidationContext c)
    {
        var fee = c.Definition.Fee;
        if (fee.PerCase < 0)
            c.Report("fee/per-case", c.Definition.Location, DefinitionProblemCodes.NegativeFee,
                $"每件收费不能为负数（{fee.PerCase}）", $"the fee per case cannot be negative ({fee.PerCase})");
        if (fee.ExtraCertificate < 0)
            c.Report("fee/extra-certificate", c.Definition.Location, DefinitionProblemCodes.NegativeFee,
                $"加发证书费不能为负数（{fee.ExtraCertificate}）", $"the fee per extra certificate cannot be negative ({fee.ExtraCertificate})");
    }

    private static void CheckWithdrawal(ValidationContext c)
    {
        var withdrawal = c.Definition.Withdrawal;
        StepRules.CheckRole(c, withdrawal.Role, "withdraw/role", withdrawal.Location);
        StepRules.CheckFields(c, withdrawal.Requires, "withdraw/requires", withdrawal.Location);
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();
}
