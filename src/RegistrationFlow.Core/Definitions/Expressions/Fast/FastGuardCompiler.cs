using System.Text;
using System.Text.Json;
using Acornima;
using Acornima.Ast;

namespace RegistrationFlow.Core.Definitions.Expressions.Fast;

/// <summary>One compiled node of a guard: evaluates its sub-expression against the application's JSON.</summary>
internal delegate JsValue GuardNode(JsonElement application);

/// <summary>
/// Compiles the parsed guard into a tree of closures when every node is in the safe subset: literals, <c>application</c>,
/// <c>undefined</c>, <c>NaN</c>, <c>Infinity</c>, member access (also computed and optional), unary <c>! - +</c>,
/// <c>+ - * / %</c>, <c>&lt; &lt;= &gt; &gt;=</c>, <c>=== !== == !=</c>, <c>&amp;&amp; || ??</c> and <c>?:</c>.
/// Anything else (calls, functions, typeof, templates, regular expressions…) returns null and Jint runs the guard.
/// </summary>
internal static class FastGuardCompiler
{
    public static GuardNode? TryCompile(Node expression) => expression switch
    {
        Identifier id => Identifier(id.Name),
        NumericLiteral n => Constant(JsValue.Of(n.Value)),
        StringLiteral s => Constant(JsValue.Of(s.Value)),
        BooleanLiteral b => Constant(JsValue.Of(b.Value)),
        NullLiteral => Constant(JsValue.Null),
        MemberExpression m => Member(m),
        ChainExpression c => Chain(c),
        UnaryExpression u => Unary(u),
        LogicalExpression l => Logical(l),
        BinaryExpression b => Binary(b),
        ConditionalExpression c => Conditional(c),
        _ => null,
    };

    private static GuardNode Constant(JsValue value) => _ => value;

    private static GuardNode? Identifier(string name) => name switch
    {
        "application" => static application => JsValue.From(application),
        "undefined" => Constant(JsValue.Undefined),
        "NaN" => Constant(JsValue.Of(double.NaN)),
        "Infinity" => Constant(JsValue.Of(double.PositiveInfinity)),
        _ => null, // other globals, or a ReferenceError: Jint says which
    };

    private static GuardNode? Member(MemberExpression m)
    {
        var obj = TryCompile(m.Object);
        if (obj is null) return null;
        var optional = m.Optional;
        if (!m.Computed)
        {
            if (m.Property is not Identifier property) return null;
            var name = property.Name;
            var utf8 = Encoding.UTF8.GetBytes(name);
            return application =>
            {
                var o = obj(application);
                if (o.IsAbrupt) return o;
                if (optional && o.IsNullish) return JsValue.ShortCircuit;
                return JsOperators.Member(o, name, utf8);
            };
        }
        var key = TryCompile(m.Property);
        if (key is null) return null;
        return application =>
        {
            var o = obj(application);
            if (o.IsAbrupt) return o;
            if (optional && o.IsNullish) return JsValue.ShortCircuit;
            var k = key(application);
            if (k.IsAbrupt) return k;
            var name = JsOperators.PropertyKey(k);
            return name is null ? JsValue.Unsupported : JsOperators.Member(o, name);
        };
    }

    private static GuardNode? Chain(ChainExpression c)
    {
        var inner = TryCompile(c.Expression);
        if (inner is null) return null;
        return application =>
        {
            var v = inner(application);
            return v.Kind == JsKind.ShortCircuit ? JsValue.Undefined : v;
        };
    }

    private static GuardNode? Unary(UnaryExpression u)
    {
        var argument = TryCompile(u.Argument);
        if (argument is null) return null;
        switch (u.Operator)
        {
            case Operator.LogicalNot:
                return application =>
                {
                    var v = argument(application);
                    return v.IsAbrupt ? v : JsValue.Of(!JsOperators.ToBoolean(v));
                };
            case Operator.UnaryNegation:
            case Operator.UnaryPlus:
                var negate = u.Operator == Operator.UnaryNegation;
                return application =>
                {
                    var v = argument(application);
                    if (v.IsAbrupt) return v;
                    if (!JsOperators.TryToNumber(v, out var number)) return JsValue.Unsupported;
                    return JsValue.Of(negate ? -number : number);
                };
            default:
                return null;
        }
    }

    private static GuardNode? Logical(LogicalExpression l)
    {
        var left = TryCompile(l.Left);
        var right = TryCompile(l.Right);
        if (left is null || right is null) return null;
        return l.Operator switch
        {
            Operator.LogicalAnd => application =>
            {
                var v = left(application);
                return v.IsAbrupt || !JsOperators.ToBoolean(v) ? v : right(application);
            },
            Operator.LogicalOr => application =>
            {
                var v = left(application);
                return v.IsAbrupt || JsOperators.ToBoolean(v) ? v : right(application);
            },
            Operator.NullishCoalescing => application =>
            {
                var v = left(application);
                return v.IsAbrupt || !v.IsNullish ? v : right(application);
            },
            _ => null,
        };
    }

    private static GuardNode? Binary(BinaryExpression b)
    {
        var left = TryCompile(b.Left);
        var right = TryCompile(b.Right);
        if (left is null || right is null) return null;
        var op = b.Operator;
        Func<JsValue, JsValue, JsValue>? apply = op switch
        {
            Operator.Addition => static (l, r) => JsOperators.Add(l, r),
            Operator.Subtraction or Operator.Multiplication or Operator.Division or Operator.Remainder =>
                (l, r) => JsOperators.Arithmetic(op, l, r),
            Operator.LessThan or Operator.LessThanOrEqual or Operator.GreaterThan or Operator.GreaterThanOrEqual =>
                (l, r) => JsOperators.Relational(op, l, r),
            Operator.StrictEquality => static (l, r) => JsOperators.StrictEquals(l, r),
            Operator.StrictInequality => static (l, r) => Not(JsOperators.StrictEquals(l, r)),
            Operator.Equality => static (l, r) => JsOperators.LooseEquals(l, r),
            Operator.Inequality => static (l, r) => Not(JsOperators.LooseEquals(l, r)),
            _ => null,
        };
        if (apply is null) return null;
        return application =>
        {
            var l = left(application);
            if (l.IsAbrupt) return l;
            var r = right(application);
            return r.IsAbrupt ? r : apply(l, r);
        };
    }

    private static JsValue Not(JsValue v) => v.Kind == JsKind.Boolean ? JsValue.Of(!v.Boolean) : v;

    private static GuardNode? Conditional(ConditionalExpression c)
    {
        var test = TryCompile(c.Test);
        var consequent = TryCompile(c.Consequent);
        var alternate = TryCompile(c.Alternate);
        if (test is null || consequent is null || alternate is null) return null;
        return application =>
        {
            var t = test(application);
            if (t.IsAbrupt) return t;
            return JsOperators.ToBoolean(t) ? consequent(application) : alternate(application);
        };
    }
}
