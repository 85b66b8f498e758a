using System.Text.Json.Serialization;
using RegistrationFlow.Core.Definitions;
using RegistrationFlow.Infrastructure.Workflows;

namespace RegistrationFlow.Web.Features.Workflows;

public sealed record WorkflowListResponse(IReadOnlyList<WorkflowSummary> Workflows, IReadOnlyList<LoadProblemResponse> LoadProblems);

/// <summary>A workflow as its published version describes it (or its newest stored version when none is published).</summary>
public sealed record WorkflowSummary(
    string Id,
    TitleResponse Title,
    int? PublishedVersion,
    IReadOnlyList<VersionSummary> Versions,
    RegistrationResponse Registration,
    IReadOnlyList<MaterialResponse> Materials,
    IReadOnlyList<PartyRoleResponse> PartyRoles,
    ServiceLevelResponse ServiceLevel);

public sealed record VersionSummary(int Version, bool Published, string ContentHash, string? SourceFile,
    DateTimeOffset CreatedAt, DateTimeOffset? PublishedAt, string? PublishedBy);

public sealed record TitleResponse([property: JsonPropertyName("zh-CN")] string? ZhCn, [property: JsonPropertyName("en-US")] string? EnUs)
{
    public static TitleResponse? From(LocalizedTitle? title) => title is null ? null : new(title.ZhCn, title.EnUs);
}

public sealed record RegistrationResponse(string Type, string Certificate);

public sealed record MaterialResponse(string Id, bool Required, TitleResponse? Title);

public sealed record PartyRoleResponse(string Role, int Min);

/// <summary><c>complete</c> is "same-day" or "N working days"; <c>warnBeforeMinutes</c> is working time.</summary>
public sealed record ServiceLevelResponse(string Complete, int? WorkingDays, string CutOff, string CertificateReady,
    int WarnBeforeMinutes, string OnSupplement, int? SupplementWithinWorkingDays);

/// <summary>One stored version: its text, the model read from it, and what the validator says about it now.</summary>
public sealed record WorkflowVersionResponse(
    string Id,
    int Version,
    bool Published,
    string ContentHash,
    string? SourceFile,
    DateTimeOffset CreatedAt,
    DateTimeOffset? PublishedAt,
    string? PublishedBy,
    string Text,
    DefinitionModelResponse? Model,
    IReadOnlyList<DefinitionProblemResponse> Problems);

public sealed record DefinitionModelResponse(
    TitleResponse Title,
    RegistrationResponse Registration,
    decimal FeePerCase,
    decimal FeeExtraCertificate,
    bool PriceRequired,
    IReadOnlyList<MaterialResponse> Materials,
    IReadOnlyList<PartyRoleResponse> PartyRoles,
    ServiceLevelResponse ServiceLevel,
    WithdrawResponse Withdraw,
    string Start,
    IReadOnlyList<StepResponse> Steps);

public sealed record WithdrawResponse(string Role, IReadOnlyList<string> Requires);

public sealed record StepResponse(
    string Id,
    string Kind,
    TitleResponse? Title,
    string? Role,
    IReadOnlyList<string> NotBy,
    IReadOnlyList<ActionResponse> Actions,
    IReadOnlyList<string> OnEnter,
    string? Until,
    string? Then,
    IReadOnlyList<string> Branches,
    string? Join,
    string? Outcome);

public sealed record ActionResponse(string Name, TitleResponse? Title, string To, string? When, IReadOnlyList<string> Requires, IReadOnlyList<string> Effects);

/// <summary>A problem at a 1-based line and column of the text, with its stable code and a message in the caller's language.</summary>
public sealed record DefinitionProblemResponse(string File, int Line, int Column, string Code, string Message);

public sealed record LoadProblemResponse(string File, string Kind, string Summary, IReadOnlyList<DefinitionProblemResponse> Problems);

/// <summary>The outcome of checking a text: valid or not, what it names itself, and every problem.</summary>
public sealed record ValidationResponse(bool Valid, string? Id, int? Version, IReadOnlyList<DefinitionProblemResponse> Problems);

public sealed record DraftResponse(string Id, int Version, bool Published, string ContentHash, bool Created);

public sealed record PublishResponse(string Id, int Version, int? PreviousVersion, DateTimeOffset PublishedAt, string PublishedBy);

/// <summary>A definition text sent as JSON; YAML may also be sent as the raw body (application/yaml or text/plain).</summary>
public sealed record DefinitionText(string? Text, string? FileName);

internal static class WorkflowMapping
{
    public static RegistrationResponse Registration(RegistrationSpec spec) =>
        new(LanguageWords.Of(spec.Type), LanguageWords.Of(spec.Certificate));

    public static IReadOnlyList<MaterialResponse> Materials(WorkflowDefinition d) =>
        d.Materials.Select(m => new MaterialResponse(m.Id, m.Required, TitleResponse.From(m.Title))).ToList();

    public static IReadOnlyList<PartyRoleResponse> PartyRoles(WorkflowDefinition d) =>
        d.Parties.Select(p => new PartyRoleResponse(p.Role, p.Min)).ToList();

    public static ServiceLevelResponse ServiceLevel(ServiceLevelSpec s) => new(
        s.Complete.Kind == CompletionKind.SameDay ? LanguageWords.SameDay : $"{s.Complete.WorkingDays} working days",
        s.Complete.Kind == CompletionKind.WorkingDays ? s.Complete.WorkingDays : null,
        s.CutOff.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        LanguageWords.Of(s.CertificateReady),
        (int)s.WarnBefore.TotalMinutes,
        LanguageWords.Of(s.OnSupplement),
        s.SupplementWithinWorkingDays);

    public static DefinitionModelResponse Model(WorkflowDefinition d) => new(
        TitleResponse.From(d.Title)!,
        Registration(d.Registration),
        d.Fee.PerCase,
        d.Fee.ExtraCertificate,
        d.PriceRequired,
        Materials(d),
        PartyRoles(d),
        ServiceLevel(d.ServiceLevel),
        new WithdrawResponse(d.Withdrawal.Role, d.Withdrawal.Requires),
        d.StartStep,
        d.Steps.Select(Step).ToList());

    private static StepResponse Step(StepDefinition s) => new(
        s.Id,
        LanguageWords.Of(s.Kind),
        TitleResponse.From(s.Title),
        s.Role,
        s.NotBy,
        s.Actions.Select(a => new ActionResponse(a.Name, TitleResponse.From(a.Title), a.To, a.When, a.Requires, a.Effects)).ToList(),
        s.OnEnter,
        s.Until,
        s.Then,
        s.Branches,
        s.Join,
        s.Outcome is { } outcome ? LanguageWords.Of(outcome) : null);

    public static DefinitionProblemResponse Problem(DefinitionProblem p, string language) =>
        new(p.File, p.Line, p.Column, p.Code, p.Message.For(language));

    public static LoadProblemResponse LoadProblem(DefinitionLoadProblem p, string language) => new(
        p.File,
        p.Kind switch
        {
            DefinitionLoadProblemKind.Invalid => "invalid",
            DefinitionLoadProblemKind.VersionConflict => "version-conflict",
            _ => "does-not-compile",
        },
        p.Summary.For(language),
        p.Problems.Select(problem => Problem(problem, language)).ToList());
}
