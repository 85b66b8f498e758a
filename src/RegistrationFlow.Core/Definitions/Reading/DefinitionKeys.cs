namespace RegistrationFlow.Core.Definitions.Reading;

/// <summary>The keys each part of a definition file may have.</summary>
internal static class DefinitionKeys
{
    public static readonly string[] Root =
        ["$schema", "id", "version", "title", "registration", "fee", "materials", "parties", "price", "service-level", "withdraw", "start", "messages", "steps"];
    public static readonly string[] Title = ["zh-CN", "en-US"];
    public static readonly string[] Registration = ["type", "certificate"];
    public static readonly string[] Fee = ["per-case", "extra-certificate"];
    public static readonly string[] Material = ["id", "required", "tolerable", "title"];
    public static readonly string[] Party = ["role", "min"];
    public static readonly string[] ServiceLevel = ["complete", "cut-off", "certificate-ready", "warn-before", "on-supplement", "supplement-within"];
    public static readonly string[] WorkingDays = ["working-days"];
    public static readonly string[] Withdraw = ["role", "requires"];
    public static readonly string[] Step = ["kind", "title", "role", "not-by", "actions", "on-enter", "then", "until", "branches", "join", "outcome"];
    public static readonly string[] Action = ["to", "when", "requires", "effects", "recall", "title"];
}
