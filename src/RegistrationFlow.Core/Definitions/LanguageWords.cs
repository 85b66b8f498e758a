namespace RegistrationFlow.Core.Definitions;

/// <summary>The words of the definition language for each enumerated setting, as written in a file.</summary>
public static class LanguageWords
{
    public static readonly IReadOnlyDictionary<string, StepKind> StepKinds = new Dictionary<string, StepKind>
    {
        ["human"] = StepKind.Human, ["automatic"] = StepKind.Automatic, ["wait"] = StepKind.Wait,
        ["parallel"] = StepKind.Parallel, ["join"] = StepKind.Join, ["end"] = StepKind.End,
    };

    public static readonly IReadOnlyDictionary<string, EndOutcome> Outcomes = new Dictionary<string, EndOutcome>
    {
        ["completed"] = EndOutcome.Completed, ["refused"] = EndOutcome.Refused,
        ["not-accepted"] = EndOutcome.NotAccepted, ["withdrawn"] = EndOutcome.Withdrawn,
    };

    public static readonly IReadOnlyDictionary<string, RegistrationType> RegistrationTypes = new Dictionary<string, RegistrationType>
    {
        ["first"] = RegistrationType.First, ["change"] = RegistrationType.Change, ["transfer"] = RegistrationType.Transfer,
        ["cancellation"] = RegistrationType.Cancellation, ["correction"] = RegistrationType.Correction,
        ["objection"] = RegistrationType.Objection, ["advance"] = RegistrationType.Advance, ["seizure"] = RegistrationType.Seizure,
    };

    public static readonly IReadOnlyDictionary<string, CertificateKind> CertificateKinds = new Dictionary<string, CertificateKind>
    {
        ["property-right"] = CertificateKind.PropertyRight, ["registration-proof"] = CertificateKind.RegistrationProof,
        ["none"] = CertificateKind.None,
    };

    public static readonly IReadOnlyDictionary<string, CertificateReadyRule> CertificateReadyRules = new Dictionary<string, CertificateReadyRule>
    {
        ["next-working-day-open"] = CertificateReadyRule.NextWorkingDayOpen, ["immediately"] = CertificateReadyRule.Immediately,
        ["none"] = CertificateReadyRule.None,
    };

    public static readonly IReadOnlyDictionary<string, SupplementClock> SupplementClocks = new Dictionary<string, SupplementClock>
    {
        ["pause"] = SupplementClock.Pause, ["restart"] = SupplementClock.Restart,
    };

    public static readonly IReadOnlyDictionary<string, bool> PriceRules = new Dictionary<string, bool>
    {
        ["required"] = true, ["optional"] = false,
    };

    public const string SameDay = "same-day";

    /// <summary>The file word for an enumerated value, e.g. <c>StepKind.Wait</c> → <c>wait</c>.</summary>
    public static string Of<T>(T value) where T : struct, Enum => WordsFor<T>().First(pair => pair.Value.Equals(value)).Key;

    private static IReadOnlyDictionary<string, T> WordsFor<T>() where T : struct, Enum => (IReadOnlyDictionary<string, T>)(object)(typeof(T).Name switch
    {
        nameof(StepKind) => StepKinds,
        nameof(EndOutcome) => Outcomes,
        nameof(RegistrationType) => RegistrationTypes,
        nameof(CertificateKind) => CertificateKinds,
        nameof(CertificateReadyRule) => CertificateReadyRules,
        nameof(SupplementClock) => SupplementClocks,
        _ => throw new ArgumentException($"{typeof(T).Name} has no words in the definition language"),
    });
}
