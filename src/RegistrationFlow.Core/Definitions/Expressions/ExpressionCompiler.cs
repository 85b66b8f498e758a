using Acornima.Ast;
using Jint;
using Jint.Runtime;
using RegistrationFlow.Core.Definitions.Expressions.Fast;

namespace RegistrationFlow.Core.Definitions.Expressions;

/// <summary>
/// Compiles guard expressions (JavaScript expressions over <c>application</c>) in a sandbox:
/// no CLR access, a statement limit, a time limit and a memory limit.
/// A guard in the safe subset (see <see cref="FastGuardCompiler"/>) runs as compiled .NET closures with JavaScript's
/// semantics; any other guard runs in Jint.
/// </summary>
public static class ExpressionCompiler
{
    public static readonly TimeSpan TimeLimit = TimeSpan.FromMilliseconds(200);
    public const long MemoryLimitBytes = 4_000_000;
    public const int StatementLimit = 10_000;

    public static bool TryCompile(string source, out IGuardExpression? expression, out ExpressionError? error) =>
        TryCompile(source, GuardEngine.Auto, out expression, out error);

    /// <summary>
    /// Which evaluator to build: <see cref="GuardEngine.Auto"/> evaluates the common subset natively and the rest in
    /// Jint's sandbox; <see cref="GuardEngine.Jint"/> always uses the sandbox (for comparing the two, in tests and benchmarks).
    /// </summary>
    public enum GuardEngine { Auto, Jint }

    public static bool TryCompile(string source, GuardEngine engine, out IGuardExpression? expression, out ExpressionError? error)
    {
        expression = null;
        error = null;
        if (string.IsNullOrWhiteSpace(source))
        {
            error = new ExpressionError("the expression is empty", 1, 1);
            return false;
        }
        Prepared<Script> prepared;
        try
        {
            // Parenthesised so that only an expression is accepted; the parenthesis shifts line 1 by one column.
            prepared = Engine.PrepareScript("(" + source + ")", strict: true);
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

        var jint = new JintGuard(source, prepared);
        var fast = engine == GuardEngine.Auto && prepared.Program?.Body is [ExpressionStatement statement]
            ? FastGuardCompiler.TryCompile(statement.Expression)
            : null;
        expression = fast is null ? jint : new FastGuard(source, fast, jint);
        return true;
    }
}
