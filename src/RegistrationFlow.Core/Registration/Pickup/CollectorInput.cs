namespace RegistrationFlow.Core.Registration.Pickup;

/// <summary>
/// 领证: who collects the certificate at the counter — an applicant in person, or an agent (委托代理人) with a power of
/// attorney — and their identity document, as the hand-over records it.
/// </summary>
public sealed record CollectorInput
{
    public string? Capacity { get; init; }
    public string? Name { get; init; }
    public string? IdType { get; init; }
    public string? IdNumber { get; init; }
}

public static class CollectorCapacities
{
    /// <summary>One of the application's parties in person (权利人/申请人本人).</summary>
    public const string Applicant = "applicant";
    /// <summary>Someone else holding the applicant's power of attorney (委托代理人).</summary>
    public const string Agent = "agent";

    public static readonly IReadOnlyList<string> All = [Applicant, Agent];
}

public static class CollectorErrorCodes
{
    public const string Required = "collector-required";
    public const string CapacityUnknown = "collector-capacity-unknown";
    public const string NameRequired = "collector-name-required";
    public const string NotAnApplicant = "collector-not-an-applicant";
}
