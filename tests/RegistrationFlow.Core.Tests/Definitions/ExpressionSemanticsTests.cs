using System.Globalization;
using System.Text.Json;
using Acornima.Ast;
using Jint;
using Jint.Native;
using Jint.Native.Json;
using Jint.Runtime;
using RegistrationFlow.Core.Definitions.Expressions;
using RegistrationFlow.Core.Definitions.Expressions.Fast;
using FastValue = RegistrationFlow.Core.Definitions.Expressions.Fast.JsValue;
using JintValue = Jint.Native.JsValue;

namespace RegistrationFlow.Core.Tests.Definitions;

/// <summary>
/// The compiled fast path must give exactly what JavaScript gives. Every case runs through the closures and through
/// a plain Jint engine, and the two answers (type, value, -0, or the error message) must be identical.
/// </summary>
public class ExpressionSemanticsTests
{
    private static JsonElement Data(string json) => JsonDocument.Parse(json).RootElement.Clone();

    /// <summary>Operand values as JSON, one per kind of trouble: undefined, null, -0, blanks, numeric strings, objects…</summary>
    private static readonly string[] Operands =
    [
        "null", "true", "false", "0", "-0", "1", "2", "1.5", "-7", "10000000", "1e21", "0.1",
        "\"\"", "\" \"", "\"0\"", "\"1\"", "\" 12 \"", "\"1e3\"", "\"abc\"", "\"Abc\"", "\"Infinity\"", "\"0x10\"", "\"价格\"",
        "[]", "[1,2]", "{}", "{\"a\":1}",
    ];

    private static readonly string[] BinaryOperators = ["+", "-", "*", "/", "%", "<", "<=", ">", ">=", "===", "!==", "==", "!="];

    public static TheoryData<string> Operators() => [.. BinaryOperators];

    [Theory]
    [MemberData(nameof(Operators))]
    public void Binary_operators_agree_with_javascript_on_every_pair_of_json_values(string op)
    {
        var handled = 0;
        var operands = Operands.Append(null).ToArray(); // null: the property is missing (undefined)
        foreach (var a in operands)
        {
            foreach (var b in operands)
            {
                var json = "{" + string.Join(",", new[] { a is null ? null : $"\"a\":{a}", b is null ? null : $"\"b\":{b}" }.OfType<string>()) + "}";
                var source = $"application.a {op} application.b";
                var fast = Fast(source, json);
                if (fast is null)
                {
                    Assert.True(NeedsJint(a) || NeedsJint(b), $"`{source}` on {json} fell back to Jint");
                    continue;
                }
                handled++;
                Assert.Equal((source, json, Jint(source, json)), (source, json, fast));
            }
        }
        Assert.True(handled > operands.Length * operands.Length / 2, $"only {handled} cases ran on the fast path");

        // Objects and arrays need toString/valueOf or identity; hexadecimal strings are left to Jint as numbers.
        static bool NeedsJint(string? operand) => operand is not null && (operand[0] is '[' or '{' || operand == "\"0x10\"");
    }

    [Theory]
    [InlineData("application.price >= 10000000", """{"price": 12000000}""")]
    [InlineData("application.price >= 10000000", """{"price": 9999999.99}""")]
    [InlineData("application.price >= 10000000", """{"price": "12000000"}""")]
    [InlineData("application.price >= 10000000", """{"price": null}""")]
    [InlineData("application.price >= 10000000", "{}")]
    [InlineData("application.parties.length > 1 && application.property.use === 'residential'", """{"parties":[{},{}],"property":{"use":"residential"}}""")]
    [InlineData("application.parties.length > 1 && application.property.use === 'residential'", """{"parties":[{}],"property":{"use":"residential"}}""")]
    [InlineData("application.parties[1].role", """{"parties":[{"role":"buyer"},{"role":"seller"}]}""")]
    [InlineData("application.parties[2]", """{"parties":[{"role":"buyer"},{"role":"seller"}]}""")]
    [InlineData("application.parties['1'].role === 'seller'", """{"parties":[{"role":"buyer"},{"role":"seller"}]}""")]
    [InlineData("application.parties[application.i].role", """{"i":0,"parties":[{"role":"buyer"}]}""")]
    [InlineData("application['unit number'] + '/' + application.area", """{"unit number":"331082001001GB00001F00010001","area":89.5}""")]
    [InlineData("application.name.length", """{"name":"张三"}""")]
    [InlineData("application.name[0]", """{"name":"张三"}""")]
    [InlineData("application.name[7]", """{"name":"张三"}""")]
    [InlineData("application.missing.field > 1", "{}")]
    [InlineData("application.n.field", """{"n":null}""")]
    [InlineData("application.list[3].x", """{"list":[1]}""")]
    [InlineData("application.missing[0]", "{}")]
    [InlineData("application.missing[1 + 1]", "{}")]
    [InlineData("application.missing?.field", "{}")]
    [InlineData("application.n?.field.deeper", """{"n":null}""")]
    [InlineData("application.a?.b.c", """{"a":{"b":{"c":3}}}""")]
    [InlineData("application.a?.['b']", """{"a":{"b":{"c":3}}}""")]
    [InlineData("(application.missing?.x).y", "{}")]
    [InlineData("application.missing ?? 'none'", "{}")]
    [InlineData("application.zero ?? 'none'", """{"zero":0}""")]
    [InlineData("application.zero || 'none'", """{"zero":0}""")]
    [InlineData("application.zero && application.missing.x", """{"zero":0}""")]
    [InlineData("application.one && application.missing.x", """{"one":1}""")]
    [InlineData("application.one || application.missing.x", """{"one":1}""")]
    [InlineData("application.price > 100 ? 'big' : 'small'", """{"price":101}""")]
    [InlineData("application.price > 100 ? application.missing.x : 0", """{"price":101}""")]
    [InlineData("!application.flag", """{"flag":"false"}""")]
    [InlineData("!!application.list", """{"list":[]}""")]
    [InlineData("-application.s", """{"s":" 12 "}""")]
    [InlineData("+application.s", """{"s":"1_000"}""")]
    [InlineData("-application.missing", "{}")]
    [InlineData("+application.t", """{"t":true}""")]
    [InlineData("application.a.b.c === undefined", """{"a":{"b":{}}}""")]
    [InlineData("application.x !== undefined && application.x !== null", """{"x":null}""")]
    [InlineData("application.x == null", "{}")]
    [InlineData("application.x == undefined", """{"x":null}""")]
    [InlineData("application.x == 0", """{"x":null}""")]
    [InlineData("application.x == false", """{"x":"0"}""")]
    [InlineData("application.x === NaN", """{"x":0}""")]
    [InlineData("application.x / 0 === Infinity", """{"x":3}""")]
    [InlineData("application.x / 0", """{"x":-3}""")]
    [InlineData("application.x % 1", """{"x":-1}""")]
    [InlineData("application.x * -1", """{"x":0}""")]
    [InlineData("application.length", """{"length":2}""")]
    [InlineData("application.dup", """{"dup":1,"dup":2}""")]
    [InlineData("application.big", """{"big":12345678901234567890}""")]
    [InlineData("application.huge", """{"huge":1e400}""")]
    [InlineData("application.s < application.t", """{"s":"b","t":"ab"}""")]
    [InlineData("application.s < application.t", """{"s":"Z","t":"a"}""")]
    [InlineData("application.s < application.t", """{"s":"\uD83D\uDE00","t":"\uFFFF"}""")]
    [InlineData("application.s + 1 + 2", """{"s":"a"}""")]
    [InlineData("1 + 2 + application.s", """{"s":"a"}""")]
    [InlineData("application.s + application.missing + null + true", """{"s":"a"}""")]
    [InlineData("application", "[1, 2]")]
    [InlineData("application.length", "[1, 2]")]
    [InlineData("application", "0")]
    public void Expressions_of_the_subset_agree_with_javascript(string source, string json)
    {
        var fast = Fast(source, json);
        Assert.NotNull(fast);
        Assert.Equal(Jint(source, json), fast);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("1")]
    [InlineData("-1.5")]
    [InlineData("0.1")]
    [InlineData("0.30000000000000004")]
    [InlineData("0.3333333333333333")]
    [InlineData("123456789.125")]
    [InlineData("9007199254740991")]
    [InlineData("9007199254740992")]
    [InlineData("18446744073709551616")]
    [InlineData("1152921504606846976")]
    [InlineData("1e20")]
    [InlineData("1e21")]
    [InlineData("1.5e21")]
    [InlineData("123e-20")]
    [InlineData("1e-6")]
    [InlineData("1e-7")]
    [InlineData("0.000001234")]
    [InlineData("5e-324")]
    [InlineData("1.7976931348623157e308")]
    [InlineData("-2.5e-8")]
    [InlineData("-5e-324")]
    [InlineData("4.9e-322")]
    [InlineData("1e-300")]
    [InlineData("-9223372036854775808")]
    [InlineData("9223372036854775807")]
    public void Numbers_become_strings_as_in_javascript(string number)
    {
        var json = "{\"n\":" + number + "}";
        Assert.Equal(Jint("'' + application.n", json), Fast("'' + application.n", json));
        Assert.Equal(Jint("application.o[application.n]", json), Fast("application.o[application.n]", json));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("\t\n 3 \r")]
    [InlineData(" 12 ")]
    [InlineData("1e3")]
    [InlineData("1E+3")]
    [InlineData(".5")]
    [InlineData("5.")]
    [InlineData("+.5")]
    [InlineData("-0")]
    [InlineData("00012")]
    [InlineData("-Infinity")]
    [InlineData("+Infinity")]
    [InlineData("infinity")]
    [InlineData("1_000")]
    [InlineData("1e")]
    [InlineData("e5")]
    [InlineData(".")]
    [InlineData("--1")]
    [InlineData("+-1")]
    [InlineData("12abc")]
    [InlineData("1e400")]
    [InlineData("0.1e-400")]
    [InlineData("NaN")]
    [InlineData("١٢")]
    [InlineData("12 价格")]
    public void Strings_become_numbers_as_in_javascript(string text)
    {
        var json = System.Text.Json.JsonSerializer.Serialize(new { s = text });
        Assert.Equal(Jint("+application.s", json), Fast("+application.s", json));
        Assert.Equal(Jint("application.s == 0", json), Fast("application.s == 0", json));
    }

    [Theory]
    [InlineData("application.toString", "{}")]
    [InlineData("application['constructor']", "{}")]
    [InlineData("application.o.__proto__ === undefined", """{"o":{}}""")]
    [InlineData("application.list.map === undefined", """{"list":[]}""")]
    [InlineData("application.s.toUpperCase", """{"s":"a"}""")]
    [InlineData("application.n.toFixed", """{"n":1}""")]
    [InlineData("application.o == '[object Object]'", """{"o":{}}""")]
    [InlineData("application.list + ''", """{"list":[1,2]}""")]
    [InlineData("application.o === application.o", """{"o":{}}""")]
    [InlineData("application.s * 1", """{"s":"0x1F"}""")]
    [InlineData("application.s * 1", """{"s":"\u00A012"}""")]
    [InlineData("application.s", """{"s":"\uD800"}""")]
    public void Values_the_closures_do_not_model_are_left_to_jint_and_still_answered(string source, string json)
    {
        Assert.Null(Fast(source, json));
        Assert.True(ExpressionCompiler.TryCompile(source, out var guard, out _));
        Assert.IsType<FastGuard>(guard);
        Assert.False(((FastGuard)guard).TryEvaluate(Data(json), out _));
        Assert.Equal(JintGuardResult(source, json), guard.Evaluate(Data(json)));
    }

    [Theory]
    [InlineData("application.price >= 10000000", """{"price": 12000000}""")]
    [InlineData("application.price >= 10000000", """{"price": 900000}""")]
    [InlineData("application.missing.field > 1", "{}")]
    [InlineData("application.n[0]", """{"n":null}""")]
    [InlineData("application.list[0]", """{"list":[""]}""")]
    [InlineData("application.o", """{"o":{}}""")]
    [InlineData("application.o.toString", """{"o":{}}""")]
    [InlineData("application.price >= 10000000", "")]
    public void Guard_results_are_identical_on_both_paths_including_errors(string source, string json)
    {
        var data = json.Length == 0 ? default : Data(json); // "" stands for an application with no data at all
        Assert.True(ExpressionCompiler.TryCompile(source, out var fast, out _));
        Assert.IsType<FastGuard>(fast);
        Assert.Equal(JintGuardResult(source, data), fast.Evaluate(data));
    }

    [Theory]
    [InlineData("application.parties.some(p => p.role === 'buyer')")]
    [InlineData("typeof application.price === 'number'")]
    [InlineData("`${application.price}` === '1'")]
    [InlineData("Math.max(application.price, 2) > 1")]
    [InlineData("unknownName > 1")]
    [InlineData("application.price ** 2 > 1")]
    [InlineData("application.price = 2")]
    public void Guards_outside_the_subset_run_in_jint(string source)
    {
        Assert.True(ExpressionCompiler.TryCompile(source, out var guard, out _));
        Assert.IsType<JintGuard>(guard);
        var data = Data("""{"price":1,"parties":[{"role":"buyer"}]}""");
        Assert.Equal(JintGuardResult(source, data), guard.Evaluate(data));
    }

    [Fact]
    public void One_guard_cannot_change_what_another_sees_in_the_reused_sandbox()
    {
        var data = Data("""{"price":1}""");
        foreach (var attack in new[]
                 {
                     "Object.prototype.polluted = 1", "globalThis.leak = 1", "Array.prototype.map = null",
                     "Object.defineProperty(Object.prototype, 'price', { get: () => 99 })", "Math.max = () => 0",
                     "Object.getPrototypeOf(function* () {}).extra = 1",
                 })
        {
            Assert.True(ExpressionCompiler.TryCompile(attack, out var guard, out _));
            Assert.True(guard!.Evaluate(data).IsError, attack);
        }
        Assert.True(ExpressionCompiler.TryCompile(
            "({}).polluted === undefined && typeof leak === 'undefined' && [1].map(x => x + 1)[0] === 2 && Math.max(1, 2) === 2",
            out var check, out _));
        Assert.Equal(GuardResult.Of(true), check!.Evaluate(data));
    }

    [Fact]
    public void The_application_object_is_fresh_for_every_evaluation()
    {
        Assert.True(ExpressionCompiler.TryCompile("(application.price = application.price + 1) === 2", out var guard, out _));
        var data = Data("""{"price":1}""");
        Assert.Equal(GuardResult.Of(true), guard!.Evaluate(data));
        Assert.Equal(GuardResult.Of(true), guard.Evaluate(data));
    }

    [Fact]
    public void A_reused_sandbox_gives_every_evaluation_the_full_time_limit_and_recovers_after_a_failure()
    {
        Assert.True(ExpressionCompiler.TryCompile("application.list.some(x => x > 1)", out var guard, out _));
        var data = Data("""{"list":[1,2]}""");
        Assert.Equal(GuardResult.Of(true), guard!.Evaluate(data));
        // The sandbox's time limit runs on the wall clock inside Jint, which no fake clock reaches: outlive it for real.
        Thread.Sleep(ExpressionCompiler.TimeLimit + TimeSpan.FromMilliseconds(100));
        Assert.Equal(GuardResult.Of(true), guard.Evaluate(data));

        Assert.True(ExpressionCompiler.TryCompile("(() => { while (true) {} })()", out var loop, out _));
        Assert.True(loop!.Evaluate(data).IsError);
        Assert.Equal(GuardResult.Of(true), guard.Evaluate(data));
    }

    [Fact]
    public void A_script_error_keeps_the_threads_sandbox_but_a_broken_limit_replaces_it()
    {
        var data = Data("{}");
        Assert.True(ExpressionCompiler.TryCompile("application.list.some(x => x)", out var throwing, out _));
        var before = GuardSandbox.ForCurrentThread();
        Assert.Contains("'some'", throwing!.Evaluate(data).Error);
        Assert.Same(before, GuardSandbox.ForCurrentThread());

        Assert.True(ExpressionCompiler.TryCompile("(() => { while (true) {} })()", out var loop, out _));
        Assert.True(loop!.Evaluate(data).IsError);
        Assert.NotSame(before, GuardSandbox.ForCurrentThread());
    }

    [Fact]
    public void Runaway_recursion_and_memory_are_errors()
    {
        var data = Data("{}");
        Assert.True(ExpressionCompiler.TryCompile("(function f() { return f(); })()", out var recursion, out _));
        Assert.True(recursion!.Evaluate(data).IsError);
        Assert.True(ExpressionCompiler.TryCompile("(() => { let s = 'x'; const a = []; while (true) { a.push(s); s += s; } })()", out var memory, out _));
        Assert.True(memory!.Evaluate(data).IsError);
    }

    [Fact]
    public void Guards_evaluate_correctly_on_many_threads_at_once()
    {
        Assert.True(ExpressionCompiler.TryCompile("application.list.filter(x => x > 2).length", out var slow, out _));
        Assert.True(ExpressionCompiler.TryCompile("application.list.length > 3", out var fast, out _));
        var failures = 0;
        Parallel.For(0, 400, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var data = Data($$"""{"list":[{{string.Join(",", Enumerable.Range(0, i % 7))}}]}""");
            var expectedSlow = i % 7 > 3;
            var expectedFast = i % 7 > 3;
            if (slow!.Evaluate(data) != GuardResult.Of(expectedSlow) || fast!.Evaluate(data) != GuardResult.Of(expectedFast))
            {
                Interlocked.Increment(ref failures);
            }
        });
        Assert.Equal(0, failures);
    }

    /// <summary>The value the closures compute, described as "type:value"; null when they hand the case to Jint.</summary>
    private static string? Fast(string source, string json)
    {
        var prepared = Engine.PrepareScript("(" + source + ")", strict: true);
        var node = FastGuardCompiler.TryCompile(((ExpressionStatement)prepared.Program!.Body[0]).Expression);
        Assert.NotNull(node);
        var value = node(Data(json));
        return value.Kind switch
        {
            JsKind.Unsupported or JsKind.ShortCircuit => null,
            JsKind.TypeError => "error:" + value.Text,
            JsKind.Undefined => "undefined",
            JsKind.Null => "null",
            JsKind.Boolean => "boolean:" + (value.Boolean ? "true" : "false"),
            JsKind.Number => "number:" + Number(value.Number),
            JsKind.String => "string:" + value.Text,
            _ => "object:" + System.Text.Json.JsonSerializer.Serialize(value.Element),
        };
    }

    /// <summary>The value a plain strict Jint engine computes, described the same way.</summary>
    private static string Jint(string source, string json)
    {
        var engine = new Engine(options => options.Strict());
        engine.SetValue("application", new JsonParser(engine).Parse(json));
        try
        {
            var value = engine.Evaluate("(" + source + ")");
            return value.Type switch
            {
                Types.Undefined => "undefined",
                Types.Null => "null",
                Types.Boolean => "boolean:" + (value.AsBoolean() ? "true" : "false"),
                Types.Number => "number:" + Number(value.AsNumber()),
                Types.String => "string:" + value.AsString(),
                _ => "object:" + new Jint.Native.Json.JsonSerializer(engine).Serialize(value, JintValue.Undefined, JintValue.Undefined),
            };
        }
        catch (JavaScriptException e)
        {
            return "error:" + e.Message;
        }
    }

    /// <summary>Exact double, -0 included.</summary>
    private static string Number(double d) =>
        double.IsNegative(d) && d == 0 ? "-0" : d.ToString("R", CultureInfo.InvariantCulture);

    private static GuardResult JintGuardResult(string source, string json) => JintGuardResult(source, Data(json));

    private static GuardResult JintGuardResult(string source, JsonElement data)
    {
        Assert.True(ExpressionCompiler.TryCompile(source, ExpressionCompiler.GuardEngine.Jint, out var guard, out _));
        Assert.IsType<JintGuard>(guard);
        return guard!.Evaluate(data);
    }
}
