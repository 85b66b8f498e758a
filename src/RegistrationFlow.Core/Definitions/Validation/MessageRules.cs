using System.Text.RegularExpressions;

namespace RegistrationFlow.Core.Definitions.Validation;

/// <summary>Every message a definition words has both languages and uses only the placeholders its key offers.</summary>
internal static partial class MessageRules
{
    public static void Check(ValidationContext c)
    {
        foreach (var (key, text) in c.Definition.Messages)
        {
            var path = DefinitionPath.Child("messages", key);
            IdentityRules.RequireBothLanguages(c, text, path, text.Location, $"消息“{key}”", $"message '{key}'");
            var allowed = Vocabulary.Messages.Placeholders[key];
            foreach (var (language, wording) in new[] { ("zh-CN", text.ZhCn), ("en-US", text.EnUs) })
            {
                foreach (Match placeholder in Placeholder().Matches(wording ?? ""))
                {
                    var name = placeholder.Groups["name"].Value;
                    if (allowed.Contains(name)) continue;
                    var offered = allowed.Count == 0 ? "无" : string.Join(", ", allowed.Select(a => "{" + a + "}"));
                    c.Report(DefinitionPath.Child(path, language), text.Location, DefinitionProblemCodes.UnknownPlaceholder,
                        $"消息“{key}”不认识占位符 {{{name}}}；可用：{offered}",
                        $"message '{key}' has no placeholder {{{name}}}; it offers: {(allowed.Count == 0 ? "none" : offered)}");
                }
            }
        }
    }

    [GeneratedRegex(@"\{(?<name>[^{}]*)\}")]
    private static partial Regex Placeholder();
}
