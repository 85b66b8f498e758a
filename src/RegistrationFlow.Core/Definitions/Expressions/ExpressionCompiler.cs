using System.Text.Json;
using Jint;
using Jint.Native;
using Jint.Native.Json;
using Jint.Runtime;

namespace RegistrationFlow.Core.Definitions.Expressions;

/// <summary>
/// Compiles guard expressions (JavaScript expressions over <c>application</c>) in a sandbox:
/// no CLR access, a statement limit, a time limit and a memory limit.
/// </summary>
public static class ExpressionCompiler
{
    public static readonly TimeSpan TimeLimit = TimeSpan.FromMilliseconds(200);
    public const long MemoryLimitBytes = 4_000_000;
    public const int StatementLimit = 10_000;

    public static bool TryCompile(string source, out IGuardExpression? expression, out ExpressionError? error)
    {
        expression = null;
        error = null;
        if (string.IsNullOrWhiteSpace(source))
        {
            error = new ExpressionError("the expression is empty", 1, 1);
            return false;
        }
        try
        {
            // Parenthesised so that only an expression is accepted; the parenthesis shifts line 1 by one column.
            var prepared = Engine.PrepareScript("(" + source + ")", strict: true);
            expression = new JintGuard(source, prepared);
            return true;
        }
        catch (ScriptPreparationException e) when (e.InnerException is Acornima.ParseErrorException parse)
        {
            var lines = source.Split('\n');
            var line = Math.Clamp(parse.LineNumber, 1, lines.Length);
            // The parser's columns are 0-based; on line 1 they also count the added parenthesis.
            var column = (parse.LineNumber == 1 ? parse.Column - 1 : parse.Column) + 1;
            column = Math.Clamp(column, 1, lines[line - 1].Length + 1);
            error = new ExpressionError(parse.Description ?? parse.Message, line, column);
            return false;
        }
    }

    private sealed class JintGuard(string source, Prepared<Acornima.Ast.Script> prepared) : IGuardExpression
    {
        public string Source => source;

        public GuardResult Evaluate(JsonElement application)
        {
            try
            {
                var engine = new Engine(options => options
                    .Strict()
                    .LimitMemory(MemoryLimitBytes)
                    .TimeoutInterval(TimeLimit)
                    .MaxStatements(StatementLimit)
                    .LimitRecursion(64));
                var data = new JsonParser(engine).Parse(application.ValueKind == JsonValueKind.Undefined ? "{}" : application.GetRawText());
                engine.SetValue("application", data);
                var value = engine.Evaluate(prepared);
                return GuardResult.Of(TypeConverter.ToBoolean(value));
            }
            catch (Exception e) when (e is JavaScriptException or TimeoutException or MemoryLimitExceededException
                                          or StatementsCountOverflowException or RecursionDepthOverflowException)
            {
                return GuardResult.Failed($"guard `{source}` failed: {e.Message}");
            }
        }
    }
}
