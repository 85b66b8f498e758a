using System.Text.Json;

namespace RegistrationFlow.Core.Definitions.Expressions.Fast;

/// <summary>
/// A guard in the safe subset, run as compiled closures straight over the JSON (no engine, no copy of the data).
/// When the data leads somewhere the closures do not model (see <see cref="JsKind.Unsupported"/>), this one
/// evaluation is handed to Jint, so the answer is always JavaScript's.
/// </summary>
internal sealed class FastGuard(string source, GuardNode root, JintGuard fallback) : IGuardExpression
{
    public string Source => source;

    public GuardResult Evaluate(JsonElement application) =>
        TryEvaluate(application, out var result) ? result : fallback.Evaluate(application);

    /// <summary>False when this evaluation needs Jint.</summary>
    internal bool TryEvaluate(JsonElement application, out GuardResult result)
    {
        var value = root(application);
        switch (value.Kind)
        {
            case JsKind.Unsupported:
            case JsKind.ShortCircuit:
                result = default;
                return false;
            case JsKind.TypeError:
                result = GuardResult.Failed(JintGuard.FailureMessage(source, value.Text!));
                return true;
            default:
                result = GuardResult.Of(JsOperators.ToBoolean(value));
                return true;
        }
    }
}
