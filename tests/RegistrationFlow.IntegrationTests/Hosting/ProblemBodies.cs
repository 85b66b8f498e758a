namespace RegistrationFlow.IntegrationTests.Hosting;

public sealed record ValidationProblemBody(int Status, string? Title, string? Detail, Dictionary<string, string[]> Errors);

public sealed record ProblemBody(int Status, string? Title, string? Detail);
