using RegistrationFlow.Core.Common;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Infrastructure.Persistence.Entities;

namespace RegistrationFlow.Infrastructure.Applications;

/// <summary>A field that is wrong, keyed by its JSON path in the request body (e.g. <c>parties[0].idNumber</c>).</summary>
public sealed record FieldError(string Path, string Code, LocalizedText Message);

public abstract record CreateResult
{
    private CreateResult() { }

    public sealed record Created(Application Application) : CreateResult;

    /// <summary>The body is wrong (including an unknown workflow, reported on <c>workflow</c>); nothing was written.</summary>
    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : CreateResult;

    /// <summary>The engine could not start the instance (e.g. the calendar does not cover today).</summary>
    public sealed record Refused(Refusal Refusal) : CreateResult;
}

public abstract record ActResult
{
    private ActResult() { }

    public sealed record Done(Application Application) : ActResult;

    public sealed record NotFound : ActResult;

    /// <summary>The caller's ETag is not the current one: they acted on an old copy. Nothing changed.</summary>
    public sealed record Stale(long CurrentRowVersion) : ActResult;

    /// <summary>The engine said no (role, separation of duties, guard, required fields, not available). Nothing changed.</summary>
    public sealed record Refused(Refusal Refusal) : ActResult;

    /// <summary>Someone else changed the application between reading and writing (the loser of a race), or holds its task.</summary>
    public sealed record Conflict(LocalizedText Message) : ActResult;

    /// <summary>The request itself is wrong (an unknown material): one error per field; nothing changed.</summary>
    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : ActResult;
}

public abstract record ClaimResult
{
    private ClaimResult() { }

    public sealed record Claimed(WorkTask Task) : ClaimResult;

    public sealed record NotFound : ClaimResult;

    public sealed record NotYourRole(string Role) : ClaimResult;

    /// <summary>Already claimed by another person, or closed.</summary>
    public sealed record Conflict(LocalizedText Message) : ClaimResult;
}
