using System.Text.Json;

namespace RegistrationFlow.Core.Definitions.Expressions;

/// <summary>A guard compiled once when a version is published; evaluated against the application's data.</summary>
public interface IGuardExpression
{
    string Source { get; }

    /// <summary>Never throws: an expression that fails, loops or runs out of memory gives <see cref="GuardResult.Failed"/>.</summary>
    GuardResult Evaluate(JsonElement application);
}

public readonly record struct GuardResult(bool Value, string? Error)
{
    public static GuardResult Of(bool value) => new(value, null);
    public static GuardResult Failed(string error) => new(false, error);
    public bool IsError => Error is not null;
}

/// <summary>Why an expression does not compile, with the 1-based line and column inside the expression text.</summary>
public sealed record ExpressionError(string Message, int Line, int Column);
