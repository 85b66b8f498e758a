namespace RegistrationFlow.Core.Registration.Intake;

/// <summary>
/// What the counter sends to start an application (the body of <c>POST /api/applications</c>). Every member is
/// nullable so that a missing field is reported by <see cref="IntakeValidator"/> instead of failing on the way in.
/// </summary>
public sealed record IntakeCommand
{
    public string? Workflow { get; init; }
    public PropertyInput? Property { get; init; }
    public IReadOnlyList<PartyInput>? Parties { get; init; }
    public decimal? Price { get; init; }
    /// <summary>Ids of the checklist items the clerk has received.</summary>
    public IReadOnlyList<string>? Materials { get; init; }
}

public sealed record PropertyInput
{
    public string? UnitNumber { get; init; }
    public string? Address { get; init; }
    /// <summary>Floor area in square metres.</summary>
    public decimal? Area { get; init; }
    /// <summary>One of <see cref="IntakeVocabulary.PropertyUses"/>.</summary>
    public string? Use { get; init; }
}

public sealed record PartyInput
{
    /// <summary>buyer, seller, mortgagor, mortgagee, owner or applicant, as the workflow requires.</summary>
    public string? Role { get; init; }
    public string? Name { get; init; }
    /// <summary>One of <see cref="IntakeVocabulary.IdTypes"/>.</summary>
    public string? IdType { get; init; }
    public string? IdNumber { get; init; }
    /// <summary>Share of the right on this party's side, in (0, 1]; absent on every party of a side for 共同共有 (joint ownership).</summary>
    public decimal? Share { get; init; }
}
