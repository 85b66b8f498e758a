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

public abstract record TransferResult
{
    private TransferResult() { }

    /// <summary>The task is now claimed by the colleague it was handed to.</summary>
    public sealed record Transferred(WorkTask Task) : TransferResult;

    public sealed record NotFound : TransferResult;

    /// <summary>Only the task's holder (or a manager) may hand it on. Nothing changed.</summary>
    public sealed record NotHolder(string? Holder) : TransferResult;

    /// <summary>The task is closed, not claimed, or changed while we looked (<paramref name="Code"/> says which). Nothing changed.</summary>
    public sealed record Conflict(string Code, LocalizedText Message) : TransferResult;

    /// <summary>The colleague or the reason will not do: one error per field (<c>to</c>, <c>reason</c>, <c>from</c>). Nothing changed.</summary>
    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : TransferResult;
}

/// <summary>A task a bulk reassignment left where it was, with the rule that kept it.</summary>
public sealed record KeptTask(WorkTask Task, string ReceiptNumber, string Code, LocalizedText Message);

public abstract record ReassignResult
{
    private ReassignResult() { }

    /// <summary>Every open task of the colleague was tried, each in its own unit: <paramref name="Moved"/> went, <paramref name="Kept"/> did not.</summary>
    public sealed record Done(IReadOnlyList<WorkTask> Moved, IReadOnlyList<KeptTask> Kept) : ReassignResult;

    /// <summary>Only a manager reassigns a colleague's tasks.</summary>
    public sealed record NotManager : ReassignResult;

    /// <summary><c>from</c>, <c>to</c> or <c>reason</c> will not do; no task was tried.</summary>
    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : ReassignResult;
}
