namespace RegistrationFlow.Core.Runtime;

/// <summary>Either the new state with the effects to carry out, or a refusal that changed nothing.</summary>
public abstract record EngineResult
{
    private EngineResult() { }

    public sealed record Accepted(InstanceState State, IReadOnlyList<Effect> Effects) : EngineResult;

    public sealed record Refused(Refusal Refusal) : EngineResult;

    public bool IsAccepted => this is Accepted;

    /// <summary>The accepted result; throws when refused — for callers that cannot be refused (tests, deadlines).</summary>
    public Accepted AcceptedOrThrow() =>
        this as Accepted ?? throw new InvalidOperationException($"The engine refused: {((Refused)this).Refusal.Message}");
}
