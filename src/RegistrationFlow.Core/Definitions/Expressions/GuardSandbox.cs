using Jint;
using Jint.Constraints;
using Jint.Native;
using Jint.Native.Function;
using Jint.Native.Object;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Interop;

namespace RegistrationFlow.Core.Definitions.Expressions;

/// <summary>
/// One Jint engine per thread, reused across guard evaluations (creating an engine costs tens of microseconds).
/// Reuse must not let one guard change what another sees, so every object reachable from the global object (built-in
/// constructors, prototypes, their functions) is frozen once, and <c>application</c> is a read-only global whose value
/// is swapped in from .NET before each evaluation. Jint resets the time, memory and statement limits for every script.
/// </summary>
internal sealed class GuardSandbox
{
    [ThreadStatic] private static GuardSandbox? _current;

    private JsValue _application = JsValue.Undefined;

    private GuardSandbox()
    {
        Engine = new Engine(options => options
            .Strict()
            .LimitMemory(ExpressionCompiler.MemoryLimitBytes)
            .TimeoutInterval(ExpressionCompiler.TimeLimit)
            .MaxStatements(ExpressionCompiler.StatementLimit)
            .LimitRecursion(64));
        var global = Engine.Global;
        var getter = new ClrFunction(Engine, "get application", (_, _) => _application);
        global.DefineOwnProperty("application", new GetSetPropertyDescriptor(getter, null, enumerable: false, configurable: false));
        FreezeEverythingReachable(global);
    }

    public Engine Engine { get; }

    public static GuardSandbox ForCurrentThread() => _current ??= new GuardSandbox();

    public static void DiscardCurrentThread() => _current = null;

    public JsValue Evaluate(Prepared<Acornima.Ast.Script> script, JsValue application)
    {
        _application = application;
        try
        {
            return Engine.Evaluate(script);
        }
        finally
        {
            _application = JsValue.Undefined;
        }
    }

    /// <summary>
    /// Object.freeze on everything reachable from the global object and from the intrinsics that no global names
    /// (generator, async and iterator prototypes). Done from .NET so that no script runs against the limits.
    /// </summary>
    private void FreezeEverythingReachable(ObjectInstance global)
    {
        var freeze = (Function)global.Get("Object").AsObject().Get("freeze");
        var roots = Engine.Evaluate("""
            [function* () {}, async function () {}, async function* () {}, [][Symbol.iterator](), ''[Symbol.iterator](),
             new Map()[Symbol.iterator](), new Set()[Symbol.iterator](), /a/[Symbol.matchAll]('a')]
            """).AsArray();
        var pending = new Stack<ObjectInstance>();
        pending.Push(global);
        for (uint i = 0; i < roots.Length; i++) pending.Push(roots.Get(i).AsObject());
        var seen = new HashSet<ObjectInstance>(ReferenceEqualityComparer.Instance);
        while (pending.Count > 0)
        {
            var o = pending.Pop();
            if (!seen.Add(o)) continue;
            foreach (var key in o.GetOwnPropertyKeys())
            {
                var descriptor = o.GetOwnProperty(key);
                Push(descriptor.Value);
                Push(descriptor.Get);
                Push(descriptor.Set);
            }
            Push(o.Prototype);
            Engine.Invoke(freeze, o);
        }

        void Push(JsValue? value)
        {
            if (value is ObjectInstance obj && !seen.Contains(obj)) pending.Push(obj);
        }
    }
}
