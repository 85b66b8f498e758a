using RegistrationFlow.Core.Definitions;

namespace RegistrationFlow.Core.Runtime;

/// <summary>
/// What the actor typed with the action; an action's <c>requires</c> names which of these must be non-empty.
/// <paramref name="PromisedBy"/> is the applicant's promise date for 容缺 materials, read by an action that starts the clock;
/// <paramref name="Collector"/> who collects the certificate and <paramref name="Payment"/> the fee taken at the same
/// moment (amount left out: what is still owed), both read by the action that hands it over.
/// </summary>
public sealed record ActionInput(
    string? Comment = null,
    string? Reason = null,
    IReadOnlyList<string>? MissingMaterials = null,
    IReadOnlyList<string>? ReceivedMaterials = null,
    DateOnly? PromisedBy = null,
    Registration.Pickup.CollectorInput? Collector = null,
    Registration.Payments.PaymentInput? Payment = null)
{
    public static readonly ActionInput None = new();

    /// <summary>True when the field (a <see cref="Vocabulary.Fields"/> word) carries something; unknown fields never do.</summary>
    public bool Has(string field) => field switch
    {
        Vocabulary.Fields.Reason => !string.IsNullOrWhiteSpace(Reason),
        Vocabulary.Fields.Comment => !string.IsNullOrWhiteSpace(Comment),
        Vocabulary.Fields.MissingMaterials => HasAny(MissingMaterials),
        Vocabulary.Fields.ReceivedMaterials => HasAny(ReceivedMaterials),
        _ => false,
    };

    private static bool HasAny(IReadOnlyList<string>? items)
    {
        if (items is null) return false;
        for (var i = 0; i < items.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(items[i])) return true;
        }
        return false;
    }
}
