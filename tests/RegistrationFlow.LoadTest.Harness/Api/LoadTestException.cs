namespace RegistrationFlow.LoadTest.Api;

/// <summary>A problem that stops the whole run (cannot sign in, cannot count the backlog), with a message for the operator.</summary>
public sealed class LoadTestException(string message) : Exception(message);
