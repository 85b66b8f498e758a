using RegistrationFlow.Core.Common;

namespace RegistrationFlow.Core.Definitions;

/// <summary>
/// One version of a workflow as written in a definition file. Immutable; a published version never changes.
/// Titles may be incomplete here: the validator reports a missing translation.
/// </summary>
public sealed record WorkflowDefinition
{
    public required string Id { get; init; }
    public required int Version { get; init; }
    public required LocalizedTitle Title { get; init; }
    public required RegistrationSpec Registration { get; init; }
    public FeeSpec Fee { get; init; } = FeeSpec.None;
    public IReadOnlyList<MaterialSpec> Materials { get; init; } = [];
    /// <summary>The party roles an application of this workflow needs (e.g. buyer and seller), each with a minimum count.</summary>
    public IReadOnlyList<PartyRoleSpec> Parties { get; init; } = [];
    public bool PriceRequired { get; init; }
    public required ServiceLevelSpec ServiceLevel { get; init; }
    public WithdrawalSpec Withdrawal { get; init; } = WithdrawalSpec.Default;
    /// <summary>Steps in file order. The instance starts at <see cref="StartStep"/>.</summary>
    public required IReadOnlyList<StepDefinition> Steps { get; init; }
    public required string StartStep { get; init; }
    /// <summary>
    /// The wording of the messages the workflow sends, by key (<see cref="Vocabulary.Messages"/>); a key left out is
    /// worded by <see cref="MessageDefaults"/>.
    /// </summary>
    public IReadOnlyDictionary<string, LocalizedTitle> Messages { get; init; } = new Dictionary<string, LocalizedTitle>();
    public SourceLocation Location { get; init; } = SourceLocation.Unknown;
    /// <summary>Where each key and value stood in the file, for precise problem reports; empty when built in code.</summary>
    public DefinitionSourceMap Sources { get; init; } = DefinitionSourceMap.Empty;
}

/// <summary>A title that should carry both languages; either may be missing in a draft.</summary>
public sealed record LocalizedTitle(string? ZhCn, string? EnUs)
{
    public SourceLocation Location { get; init; } = SourceLocation.Unknown;

    public bool IsComplete => !string.IsNullOrWhiteSpace(ZhCn) && !string.IsNullOrWhiteSpace(EnUs);

    public LocalizedText ToText(string fallback) => new(ZhCn ?? EnUs ?? fallback, EnUs ?? ZhCn ?? fallback);
}

public enum RegistrationType { First, Change, Transfer, Cancellation, Correction, Objection, Advance, Seizure }

/// <summary>不动产权证书 (property-right), 不动产登记证明 (registration-proof), or none.</summary>
public enum CertificateKind { None, PropertyRight, RegistrationProof }

public sealed record RegistrationSpec(RegistrationType Type, CertificateKind Certificate)
{
    public SourceLocation Location { get; init; } = SourceLocation.Unknown;
}

/// <summary>Fee per case in yuan; the first certificate is free and each extra one costs <see cref="ExtraCertificate"/>.</summary>
public sealed record FeeSpec(decimal PerCase, decimal ExtraCertificate)
{
    public static readonly FeeSpec None = new(0m, 0m);
}

public sealed record MaterialSpec(string Id, bool Required, LocalizedTitle? Title)
{
    /// <summary>
    /// 容缺: a required material the application may be accepted without, when the applicant promises a date to supply
    /// it; registration (登簿) waits until it is supplied.
    /// </summary>
    public bool Tolerable { get; init; }
    public SourceLocation Location { get; init; } = SourceLocation.Unknown;
}

/// <summary>A party role such as buyer, seller, mortgagor, mortgagee, owner or applicant, needed at least <see cref="Min"/> times.</summary>
public sealed record PartyRoleSpec(string Role, int Min)
{
    public SourceLocation Location { get; init; } = SourceLocation.Unknown;
}

/// <summary>撤回: who may withdraw an application (any time before 登簿) and which fields they must give.</summary>
public sealed record WithdrawalSpec(string Role, IReadOnlyList<string> Requires)
{
    public static readonly WithdrawalSpec Default = new("clerk", ["reason"]);
    public SourceLocation Location { get; init; } = SourceLocation.Unknown;
}
