using RegistrationFlow.Core.Common;

namespace RegistrationFlow.Core.Runtime;

/// <summary>An action the actor may take now, on the open step <paramref name="StepId"/>, with the fields they must fill in.</summary>
public sealed record AvailableAction(string StepId, string Action, IReadOnlyList<string> RequiredFields, LocalizedText Title);
