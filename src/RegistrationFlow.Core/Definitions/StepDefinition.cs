namespace RegistrationFlow.Core.Definitions;

public enum StepKind
{
    /// <summary>A person with <see cref="StepDefinition.Role"/> chooses one of the actions.</summary>
    Human,
    /// <summary>Runs its on-enter effects and moves on to <see cref="StepDefinition.Then"/> at once.</summary>
    Automatic,
    /// <summary>Waits for a deadline (<see cref="StepDefinition.Until"/>, e.g. certificate-ready), then moves on to <see cref="StepDefinition.Then"/>.</summary>
    Wait,
    /// <summary>Opens every branch at once; they meet again at the join step named by <see cref="StepDefinition.Join"/>.</summary>
    Parallel,
    /// <summary>Waits until every branch of its parallel step has arrived, then moves on to <see cref="StepDefinition.Then"/>.</summary>
    Join,
    /// <summary>Ends the instance with <see cref="StepDefinition.Outcome"/>.</summary>
    End,
}

public enum EndOutcome { Completed, Refused, NotAccepted, Withdrawn }

public sealed record StepDefinition
{
    public required string Id { get; init; }
    public required StepKind Kind { get; init; }
    public LocalizedTitle? Title { get; init; }
    /// <summary>Candidate role for a human step: clerk, reviewer, approver, manager or admin.</summary>
    public string? Role { get; init; }
    /// <summary>Separation of duties: whoever acted on one of these steps in this instance may not act here.</summary>
    public IReadOnlyList<string> NotBy { get; init; } = [];
    public IReadOnlyList<ActionDefinition> Actions { get; init; } = [];
    /// <summary>Effects carried out when the step is entered (e.g. allocate-certificate-number).</summary>
    public IReadOnlyList<string> OnEnter { get; init; } = [];
    public string? Then { get; init; }
    /// <summary>For a wait step: the deadline that releases it (certificate-ready).</summary>
    public string? Until { get; init; }
    public IReadOnlyList<string> Branches { get; init; } = [];
    public string? Join { get; init; }
    public EndOutcome? Outcome { get; init; }
    public SourceLocation Location { get; init; } = SourceLocation.Unknown;
}

public sealed record ActionDefinition
{
    public required string Name { get; init; }
    public required string To { get; init; }
    /// <summary>Guard expression over <c>application</c>; the action is offered only when it is true.</summary>
    public string? When { get; init; }
    /// <summary>Input fields the actor must give: reason, missing-materials, received-materials, comment.</summary>
    public IReadOnlyList<string> Requires { get; init; } = [];
    /// <summary>Effects of taking the action: start-clock, suspend-clock, resume-clock, record-in-register, notify-applicant.</summary>
    public IReadOnlyList<string> Effects { get; init; } = [];
    /// <summary>撤回: whoever took the action may take it back while the step it entered is untouched.</summary>
    public bool Recall { get; init; }
    public LocalizedTitle? Title { get; init; }
    public SourceLocation Location { get; init; } = SourceLocation.Unknown;
}
