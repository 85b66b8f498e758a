using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Jint;
using Jint.Native.Json;
using Jint.Runtime;
using RegistrationFlow.Core.Definitions.Expressions;

namespace RegistrationFlow.Benchmarks;

/// <summary>
/// One guard evaluation: `application.price >= 10000000` on the compiled fast path, on Jint in the reused per-thread
/// sandbox, and as it was before (a new Jint engine for every evaluation); plus a guard outside the fast subset.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class GuardBenchmarks
{
    private const string Guard = "application.price >= 10000000";
    private const string OutsideSubset = "application.parties.some(p => p.role === 'buyer')";

    private readonly JsonElement _application = HousingTransferFlow.Application;
    private IGuardExpression _fast = null!;
    private IGuardExpression _jint = null!;
    private IGuardExpression _outside = null!;
    private Prepared<Acornima.Ast.Script> _prepared;

    [GlobalSetup]
    public void Setup()
    {
        _fast = Compile(Guard, ExpressionCompiler.GuardEngine.Auto);
        _jint = Compile(Guard, ExpressionCompiler.GuardEngine.Jint);
        _outside = Compile(OutsideSubset, ExpressionCompiler.GuardEngine.Auto);
        _prepared = Engine.PrepareScript("(" + Guard + ")", strict: true);
        if (_fast.Evaluate(_application) != GuardResult.Of(false) || _jint.Evaluate(_application) != GuardResult.Of(false)
            || NewEngineEachTime() || _outside.Evaluate(_application) != GuardResult.Of(true))
        {
            throw new InvalidOperationException("the guards do not give the expected answers");
        }
    }

    [Benchmark(Baseline = true, Description = "fast path (compiled closures)")]
    public GuardResult FastPath() => _fast.Evaluate(_application);

    [Benchmark(Description = "Jint, reused per-thread sandbox")]
    public GuardResult JintReused() => _jint.Evaluate(_application);

    [Benchmark(Description = "Jint, new engine per evaluation (before)")]
    public bool NewEngineEachTime()
    {
        var engine = new Engine(options => options
            .Strict()
            .LimitMemory(ExpressionCompiler.MemoryLimitBytes)
            .TimeoutInterval(ExpressionCompiler.TimeLimit)
            .MaxStatements(ExpressionCompiler.StatementLimit)
            .LimitRecursion(64));
        engine.SetValue("application", new JsonParser(engine).Parse(_application.GetRawText()));
        return TypeConverter.ToBoolean(engine.Evaluate(_prepared));
    }

    [Benchmark(Description = "outside the subset (arrow function), reused sandbox")]
    public GuardResult OutsideTheSubset() => _outside.Evaluate(_application);

    private static IGuardExpression Compile(string source, ExpressionCompiler.GuardEngine engine) =>
        ExpressionCompiler.TryCompile(source, engine, out var guard, out var error) ? guard! : throw new InvalidOperationException(error!.Message);
}
