using System.Collections.Immutable;
using RegistrationFlow.Core.Common;
using RegistrationFlow.Core.Definitions;
using RegistrationFlow.Core.Definitions.Expressions;

namespace RegistrationFlow.Core.Runtime;

/// <summary>The effect words of the definition language, resolved once at compile time.</summary>
public enum EffectWord { StartClock, SuspendClock, ResumeClock, RecordInRegister, AllocateCertificateNumber, NotifyApplicant, HandOverCertificate, RestartClock }

/// <summary>A step with every reference resolved to an index into <see cref="CompiledWorkflow.Steps"/>.</summary>
public sealed class CompiledStep
{
    public required string Id { get; init; }
    public required int Index { get; init; }
    public required StepKind Kind { get; init; }
    public required LocalizedText Title { get; init; }
    public string? Role { get; init; }
    public ImmutableArray<string> NotBy { get; init; } = [];
    public ImmutableArray<CompiledAction> Actions { get; init; } = [];
    public ImmutableArray<EffectWord> OnEnter { get; init; } = [];
    /// <summary>Next step of an automatic, wait or join step; -1 otherwise.</summary>
    public int Then { get; init; } = -1;
    public string? Until { get; init; }
    public ImmutableArray<int> Branches { get; init; } = [];
    /// <summary>For a parallel step: its join. For a join: its parallel step. -1 otherwise.</summary>
    public int Partner { get; init; } = -1;
    public EndOutcome? Outcome { get; init; }

    public override string ToString() => Id;
}

public sealed class CompiledAction
{
    public required string Name { get; init; }
    public required int Target { get; init; }
    public IGuardExpression? Guard { get; init; }
    public ImmutableArray<string> Requires { get; init; } = [];
    public ImmutableArray<EffectWord> Effects { get; init; } = [];
    /// <summary>撤回: the actor may take it back while the step it entered is untouched (<c>recall: true</c>).</summary>
    public bool Recall { get; init; }
    public required LocalizedText Title { get; init; }
}

/// <summary>Where an action name lives: step index and action index.</summary>
public readonly record struct ActionRef(int Step, int Action);

/// <summary>A definition the engine cannot run (dangling reference, guard that does not compile, automatic cycle…).</summary>
public sealed class WorkflowCompilationException(string workflowId, IReadOnlyList<string> problems)
    : InvalidOperationException($"Workflow '{workflowId}' cannot be compiled: {string.Join("; ", problems)}")
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
