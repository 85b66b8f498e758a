using System.Collections.Frozen;
using System.Collections.Immutable;
using RegistrationFlow.Core.Common;
using RegistrationFlow.Core.Definitions;
using RegistrationFlow.Core.Definitions.Expressions;

namespace RegistrationFlow.Core.Runtime;

/// <summary>
/// A published workflow version prepared for execution: steps by id, guards compiled once, action names indexed,
/// predecessor sets for separation of duties, parallel/join pairs. Immutable and shared by every instance of the version.
/// Compiling only rejects what the engine cannot run; the validator reports the full list of problems to people.
/// </summary>
public sealed class CompiledWorkflow
{
    private readonly FrozenDictionary<string, int> _stepIndex;
    private readonly FrozenDictionary<string, ImmutableArray<ActionRef>> _actionsByName;
    private readonly ImmutableArray<FrozenSet<string>> _predecessors;

    private CompiledWorkflow(WorkflowDefinition definition, ImmutableArray<CompiledStep> steps, int start,
        FrozenDictionary<string, int> stepIndex, FrozenDictionary<string, ImmutableArray<ActionRef>> actionsByName,
        ImmutableArray<FrozenSet<string>> predecessors)
    {
        Definition = definition;
        Steps = steps;
        StartStep = start;
        _stepIndex = stepIndex;
        _actionsByName = actionsByName;
        _predecessors = predecessors;
        WithdrawRequires = [.. definition.Withdrawal.Requires];
    }

    public WorkflowDefinition Definition { get; }
    public string Id => Definition.Id;
    public int Version => Definition.Version;
    public ServiceLevelSpec ServiceLevel => Definition.ServiceLevel;
    public CertificateKind CertificateKind => Definition.Registration.Certificate;
    public ImmutableArray<CompiledStep> Steps { get; }
    public int StartStep { get; }
    public string WithdrawRole => Definition.Withdrawal.Role;
    public ImmutableArray<string> WithdrawRequires { get; }

    public bool TryGetStep(string id, out CompiledStep step)
    {
        if (_stepIndex.TryGetValue(id, out var index))
        {
            step = Steps[index];
            return true;
        }
        step = null!;
        return false;
    }

    public CompiledStep? FindStep(string id) => _stepIndex.TryGetValue(id, out var index) ? Steps[index] : null;

    /// <summary>The wording of a message (<see cref="Vocabulary.Messages"/>): the definition's own, or the default.</summary>
    public Common.LocalizedText Message(string key) => MessageDefaults.Wording(Definition, key);

    /// <summary>Every step/action pair that carries the action name (one name may live on several steps).</summary>
    public ImmutableArray<ActionRef> ActionsNamed(string action) =>
        _actionsByName.TryGetValue(action, out var refs) ? refs : [];

    public bool HasAction(string action) => _actionsByName.ContainsKey(action);

    /// <summary>The steps from which <paramref name="stepId"/> can be reached (transitively); what <c>not-by</c> may name.</summary>
    public IReadOnlySet<string> PredecessorsOf(string stepId) =>
        _stepIndex.TryGetValue(stepId, out var index) ? _predecessors[index] : FrozenSet<string>.Empty;

    public static CompiledWorkflow Compile(WorkflowDefinition definition)
    {
        if (TryCompile(definition, out var compiled, out var problems)) return compiled!;
        throw new WorkflowCompilationException(definition.Id, problems);
    }

    public static bool TryCompile(WorkflowDefinition definition, out CompiledWorkflow? compiled, out IReadOnlyList<string> problems)
    {
        var errors = new List<string>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < definition.Steps.Count; i++)
        {
            if (!index.TryAdd(definition.Steps[i].Id, i)) errors.Add($"duplicate step id '{definition.Steps[i].Id}'");
        }

        int Resolve(string? id, string where)
        {
            if (id is not null && index.TryGetValue(id, out var target)) return target;
            errors.Add($"{where} names unknown step '{id ?? "(none)"}'");
            return -1;
        }

        var partners = new int[definition.Steps.Count];
        Array.Fill(partners, -1);
        var steps = ImmutableArray.CreateBuilder<CompiledStep>(definition.Steps.Count);
        var byName = new Dictionary<string, List<ActionRef>>(StringComparer.Ordinal);
        for (var i = 0; i < definition.Steps.Count; i++)
        {
            var s = definition.Steps[i];
            var actions = ImmutableArray.CreateBuilder<CompiledAction>(s.Actions.Count);
            for (var a = 0; a < s.Actions.Count; a++)
            {
                var def = s.Actions[a];
                IGuardExpression? guard = null;
                if (def.When is not null && !ExpressionCompiler.TryCompile(def.When, out guard, out var error))
                {
                    errors.Add($"guard of {s.Id}.{def.Name} does not compile: {error!.Message} (column {error.Column})");
                }
                foreach (var field in def.Requires)
                {
                    if (!Vocabulary.Fields.All.Contains(field)) errors.Add($"{s.Id}.{def.Name} requires unknown field '{field}'");
                }
                actions.Add(new CompiledAction
                {
                    Name = def.Name,
                    Target = Resolve(def.To, $"action {s.Id}.{def.Name}"),
                    Guard = guard,
                    Requires = [.. def.Requires],
                    Effects = Words(def.Effects, $"{s.Id}.{def.Name}", errors),
                    Recall = def.Recall,
                    Title = def.Title?.ToText(def.Name) ?? new LocalizedText(def.Name, def.Name),
                });
                if (!byName.TryGetValue(def.Name, out var list)) byName[def.Name] = list = [];
                list.Add(new ActionRef(i, a));
            }

            var then = s.Kind is StepKind.Automatic or StepKind.Wait or StepKind.Join ? Resolve(s.Then, $"step {s.Id}") : -1;
            var branches = ImmutableArray.CreateBuilder<int>(s.Branches.Count);
            if (s.Kind == StepKind.Parallel)
            {
                if (s.Branches.Count == 0) errors.Add($"parallel step {s.Id} has no branches");
                foreach (var b in s.Branches) branches.Add(Resolve(b, $"parallel step {s.Id}"));
                var join = Resolve(s.Join, $"parallel step {s.Id}");
                if (join >= 0)
                {
                    if (definition.Steps[join].Kind != StepKind.Join) errors.Add($"parallel step {s.Id} joins at {s.Join}, which is not a join step");
                    else if (partners[join] >= 0) errors.Add($"join step {s.Join} is shared by two parallel steps");
                    else partners[join] = i;
                    partners[i] = join;
                }
            }
            if (s.Kind == StepKind.End && s.Outcome is null) errors.Add($"end step {s.Id} has no outcome");
            if (s.Kind == StepKind.Wait && s.Until != Vocabulary.WaitTriggers.CertificateReady) errors.Add($"wait step {s.Id} waits for unknown '{s.Until}'");
            foreach (var earlier in s.NotBy) Resolve(earlier, $"not-by of step {s.Id}");

            steps.Add(new CompiledStep
            {
                Id = s.Id,
                Index = i,
                Kind = s.Kind,
                Title = s.Title?.ToText(s.Id) ?? new LocalizedText(s.Id, s.Id),
                Role = s.Role,
                NotBy = [.. s.NotBy],
                Actions = actions.MoveToImmutable(),
                OnEnter = Words(s.OnEnter, $"on-enter of {s.Id}", errors),
                Then = then,
                Until = s.Until,
                Branches = branches.DrainToImmutable(),
                Outcome = s.Outcome,
            });
        }
        for (var i = 0; i < steps.Count; i++)
        {
            if (steps[i].Kind == StepKind.Join && partners[i] < 0) errors.Add($"join step {steps[i].Id} belongs to no parallel step");
        }
        var start = Resolve(definition.StartStep, "start-step");

        if (errors.Count == 0)
        {
            var built = steps.MoveToImmutable();
            var withPartners = ImmutableArray.CreateBuilder<CompiledStep>(built.Length);
            foreach (var step in built) withPartners.Add(partners[step.Index] < 0 ? step : With(step, partners[step.Index]));
            var final = withPartners.MoveToImmutable();
            FindAutomaticCycle(final, errors);
            if (errors.Count == 0)
            {
                compiled = new CompiledWorkflow(definition, final, start, index.ToFrozenDictionary(StringComparer.Ordinal),
                    byName.ToFrozenDictionary(p => p.Key, p => p.Value.ToImmutableArray(), StringComparer.Ordinal),
                    Predecessors(final));
                problems = [];
                return true;
            }
        }
        compiled = null;
        problems = errors;
        return false;
    }

    private static CompiledStep With(CompiledStep s, int partner) => new()
    {
        Id = s.Id, Index = s.Index, Kind = s.Kind, Title = s.Title, Role = s.Role, NotBy = s.NotBy, Actions = s.Actions,
        OnEnter = s.OnEnter, Then = s.Then, Until = s.Until, Branches = s.Branches, Outcome = s.Outcome, Partner = partner,
    };

    private static ImmutableArray<EffectWord> Words(IReadOnlyList<string> words, string where, List<string> errors)
    {
        var result = ImmutableArray.CreateBuilder<EffectWord>(words.Count);
        foreach (var word in words)
        {
            switch (word)
            {
                case Vocabulary.Effects.StartClock: result.Add(EffectWord.StartClock); break;
                case Vocabulary.Effects.SuspendClock: result.Add(EffectWord.SuspendClock); break;
                case Vocabulary.Effects.ResumeClock: result.Add(EffectWord.ResumeClock); break;
                case Vocabulary.Effects.RecordInRegister: result.Add(EffectWord.RecordInRegister); break;
                case Vocabulary.Effects.AllocateCertificateNumber: result.Add(EffectWord.AllocateCertificateNumber); break;
                case Vocabulary.Effects.NotifyApplicant: result.Add(EffectWord.NotifyApplicant); break;
                case Vocabulary.Effects.HandOverCertificate: result.Add(EffectWord.HandOverCertificate); break;
                case Vocabulary.Effects.RestartClock: result.Add(EffectWord.RestartClock); break;
                default: errors.Add($"{where} has unknown effect '{word}'"); break;
            }
        }
        return result.DrainToImmutable();
    }

    /// <summary>Successors of a step as the engine moves tokens: action targets, then, branches.</summary>
    internal static IEnumerable<int> Successors(CompiledStep step)
    {
        foreach (var action in step.Actions) yield return action.Target;
        if (step.Then >= 0) yield return step.Then;
        foreach (var branch in step.Branches) yield return branch;
    }

    /// <summary>Steps that move on by themselves must not form a loop, or entering one would never stop.</summary>
    private static void FindAutomaticCycle(ImmutableArray<CompiledStep> steps, List<string> errors)
    {
        static bool MovesOnItsOwn(CompiledStep s) => s.Kind is StepKind.Automatic or StepKind.Wait or StepKind.Parallel or StepKind.Join;
        var colour = new byte[steps.Length]; // 0 unseen, 1 on the path, 2 done
        bool Visit(int i)
        {
            colour[i] = 1;
            foreach (var next in Successors(steps[i]))
            {
                if (!MovesOnItsOwn(steps[next])) continue;
                if (colour[next] == 1 || (colour[next] == 0 && Visit(next))) return true;
            }
            colour[i] = 2;
            return false;
        }
        for (var i = 0; i < steps.Length; i++)
        {
            if (colour[i] == 0 && MovesOnItsOwn(steps[i]) && Visit(i))
            {
                errors.Add($"steps that move on by themselves form a loop through {steps[i].Id}");
                return;
            }
        }
    }

    private static ImmutableArray<FrozenSet<string>> Predecessors(ImmutableArray<CompiledStep> steps)
    {
        var direct = new List<int>[steps.Length];
        for (var i = 0; i < steps.Length; i++) direct[i] = [];
        foreach (var step in steps)
        {
            foreach (var next in Successors(step)) direct[next].Add(step.Index);
        }
        var result = ImmutableArray.CreateBuilder<FrozenSet<string>>(steps.Length);
        for (var i = 0; i < steps.Length; i++)
        {
            var seen = new HashSet<int>();
            var stack = new Stack<int>(direct[i]);
            while (stack.Count > 0)
            {
                var p = stack.Pop();
                if (!seen.Add(p)) continue;
                foreach (var q in direct[p]) stack.Push(q);
            }
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var p in seen) ids.Add(steps[p].Id);
            result.Add(ids.ToFrozenSet(StringComparer.Ordinal));
        }
        return result.MoveToImmutable();
    }
}
