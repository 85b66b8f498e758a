using RegistrationFlow.Core.Common;

namespace RegistrationFlow.Core.Runtime.Migration;

/// <summary>
/// The answer of a migration dry run: whether the instance can move to the target version, where each open step goes,
/// and — when it cannot — every reason, for the person deciding.
/// </summary>
public sealed record MigrationPlan(bool CanMove, IReadOnlyList<TokenMove> Moves, IReadOnlyList<LocalizedText> Reasons);

/// <summary>An open step of the instance and the step of the target version it would sit on (null when it has none).</summary>
public sealed record TokenMove(string FromStep, string? ToStep);
