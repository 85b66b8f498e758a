namespace RegistrationFlow.Core.Runtime;

/// <summary>The person taking an action: their user id (for separation of duties) and the roles they hold.</summary>
public sealed record Actor(string UserId, IReadOnlySet<string> Roles);
