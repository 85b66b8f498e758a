using RegistrationFlow.Core.Definitions;
using RegistrationFlow.Core.Runtime;

namespace RegistrationFlow.Web.Features.Applications;

/// <summary>The body of an action: only the fields the action requires must be filled in; the rest may be left out.</summary>
public sealed record ActionRequest(
    string? Comment = null,
    string? Reason = null,
    IReadOnlyList<string>? MissingMaterials = null,
    IReadOnlyList<string>? ReceivedMaterials = null,
    DateOnly? PromisedBy = null,
    Core.Registration.Pickup.CollectorInput? Collector = null,
    Core.Registration.Payments.PaymentInput? Payment = null)
{
    public ActionInput ToInput() => new(Comment, Reason, MissingMaterials, ReceivedMaterials, PromisedBy, Collector, Payment);
}

/// <summary>Definition field words (<c>missing-materials</c>) as JSON body names (<c>missingMaterials</c>).</summary>
internal static class ActionFields
{
    public static string JsonName(string field) => field switch
    {
        Vocabulary.Fields.MissingMaterials => "missingMaterials",
        Vocabulary.Fields.ReceivedMaterials => "receivedMaterials",
        _ => field,
    };

    public static Core.Common.LocalizedText Required(string field) => field switch
    {
        Vocabulary.Fields.Reason => new("请填写理由", "The reason is required"),
        Vocabulary.Fields.Comment => new("请填写意见", "The comment is required"),
        Vocabulary.Fields.MissingMaterials => new("请列出缺少的材料（一次性告知）", "List every missing material"),
        Vocabulary.Fields.ReceivedMaterials => new("请列出已收到的材料", "List the materials received"),
        _ => new($"请填写 {field}", $"{field} is required"),
    };
}
