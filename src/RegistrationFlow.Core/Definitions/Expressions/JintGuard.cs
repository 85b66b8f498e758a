using System.Text.Json;
using Acornima.Ast;
using Jint;
using Jint.Native.Json;
using Jint.Runtime;

namespace RegistrationFlow.Core.Definitions.Expressions;

/// <summary>
/// A guard run by Jint in the sandbox: strict mode, no CLR access, frozen built-ins, and the time, memory, statement
/// and recursion limits of <see cref="ExpressionCompiler"/>. Each thread reuses one sandbox.
/// </summary>
internal sealed class JintGuard(string source, Prepared<Script> prepared) : IGuardExpression
{
    public string Source => source;

    public GuardResult Evaluate(JsonElement application)
    {
        var sandbox = GuardSandbox.ForCurrentThread();
        try
        {
            var data = new JsonParser(sandbox.Engine).Parse(application.ValueKind == JsonValueKind.Undefined ? "{}" : application.GetRawText());
            var value = sandbox.Evaluate(prepared, data);
            return GuardResult.Of(TypeConverter.ToBoolean(value));
        }
        catch (JavaScriptException e)
        {
            return GuardResult.Failed(FailureMessage(source, e.Message));
        }
        catch (Exception e) when (e is TimeoutException or MemoryLimitExceededException
                                      or StatementsCountOverflowException or RecursionDepthOverflowException)
        {
            // A script thrown out by a limit was stopped half-way: that sandbox is not trusted again.
            GuardSandbox.DiscardCurrentThread();
            return GuardResult.Failed(FailureMessage(source, e.Message));
        }
    }

    internal static string FailureMessage(string source, string message) => $"guard `{source}` failed: {message}";
}
