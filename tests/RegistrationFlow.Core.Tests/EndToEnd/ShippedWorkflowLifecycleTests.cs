using System.Text.Json;
using RegistrationFlow.Core.Definitions;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Core.Tests.Calendar;
using RegistrationFlow.Core.Tests.Definitions;

namespace RegistrationFlow.Core.Tests.EndToEnd;

/// <summary>
/// The shipped definition files, read by the reader, compiled and run by the engine on the shipped calendar:
/// the parts of the core meeting each other as the service will use them.
/// </summary>
public class ShippedWorkflowLifecycleTests
{
    private static readonly WorkflowEngine Engine = new(CalendarFiles.Linhai);
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    /// <summary>The happy path a counter takes: accept, pass every check, approve, then hand over.</summary>
    private static readonly string[] HappyActions = ["accept", "pass", "pass-second-review", "record-tax-verified", "approve", "hand-over"];

    public static TheoryData<string> WorkflowFiles() =>
        new(RepositoryFiles.ShippedWorkflows().Select(Path.GetFileName).OfType<string>());

    private static CompiledWorkflow Load(string fileName)
    {
        var result = DefinitionReader.ReadAndValidate(RepositoryFiles.Workflow(fileName), fileName);
        Assert.True(result.Problems.Count == 0, string.Join("\n", result.Problems));
        return CompiledWorkflow.Compile(result.Definition!);
    }

    /// <summary>An application with every material the workflow requires received, as the clerk checks them at the counter.</summary>
    private static JsonElement Application(CompiledWorkflow workflow, decimal price, params string[] without) =>
        JsonSerializer.SerializeToElement(new
        {
            price,
            property = new { use = "residential" },
            materials = workflow.Definition.Materials.Where(m => m.Required && !without.Contains(m.Id)).Select(m => m.Id).ToArray(),
        });

    /// <summary>A different person for every step, so separation of duties never blocks the happy path.</summary>
    private static Actor PersonFor(string role, int step) => new($"{role}-{step}", new HashSet<string> { role });

    [Theory]
    [MemberData(nameof(WorkflowFiles))]
    public void Every_shipped_workflow_runs_from_intake_to_completed_on_time(string fileName)
    {
        var workflow = Load(fileName);
        var application = Application(workflow, 1_250_000);
        // Thursday 2026-06-18, 10:00 in Linhai: a working day before the Dragon Boat holiday.
        var now = new DateTimeOffset(2026, 6, 18, 10, 0, 0, Shanghai);
        var state = Engine.Start(workflow, application, now).AcceptedOrThrow().State;

        for (var step = 0; state.Status == InstanceStatus.Active && step < 20; step++)
        {
            now = now.AddMinutes(10);
            var certificateWait = state.Clock.CertificateReadyAt;
            if (certificateWait is { } readyAt && state.Tokens.All(t => workflow.FindStep(t.StepId)!.Kind == StepKind.Wait))
            {
                now = readyAt;
                state = Engine.OnDeadline(workflow, state, DeadlineKind.CertificateReady, now).AcceptedOrThrow().State;
                continue;
            }
            var token = state.Tokens[0];
            var role = workflow.FindStep(token.StepId)!.Role!;
            var actor = PersonFor(role, step);
            var action = Engine.AvailableActions(workflow, state, application, actor)
                .First(a => HappyActions.Contains(a.Action));
            state = Engine.Apply(workflow, state, application, action.Action, actor, InputFor(action), now).AcceptedOrThrow().State;
        }

        Assert.Equal(InstanceStatus.Ended, state.Status);
        Assert.Equal(EndOutcome.Completed, state.Outcome);
        Assert.True(state.Clock.RegisteredOnTime);
    }

    /// <summary>Fills exactly the fields the action asks for.</summary>
    private static ActionInput InputFor(AvailableAction action)
    {
        string? Text(string field) => action.RequiredFields.Contains(field) ? $"{field} given" : null;
        IReadOnlyList<string>? List(string field) => action.RequiredFields.Contains(field) ? ["application-form"] : null;
        return new ActionInput(Text(Vocabulary.Fields.Comment), Text(Vocabulary.Fields.Reason),
            List(Vocabulary.Fields.MissingMaterials), List(Vocabulary.Fields.ReceivedMaterials));
    }

    [Fact]
    public void A_sale_of_ten_million_or_more_must_go_through_second_review()
    {
        var workflow = Load("commercial-housing-transfer.v1.yaml");
        var reviewer = PersonFor("reviewer", 1);
        var now = new DateTimeOffset(2026, 6, 18, 10, 0, 0, Shanghai);

        string[] OfferedToReviewer(decimal price)
        {
            var application = Application(workflow, price);
            var started = Engine.Start(workflow, application, now).AcceptedOrThrow().State;
            var accepted = Engine.Apply(workflow, started, application, "accept", PersonFor("clerk", 0), ActionInput.None, now)
                .AcceptedOrThrow().State;
            return Engine.AvailableActions(workflow, accepted, application, reviewer).Select(a => a.Action).ToArray();
        }

        Assert.Contains("pass", OfferedToReviewer(9_999_999));
        Assert.DoesNotContain("pass-second-review", OfferedToReviewer(9_999_999));
        Assert.Contains("pass-second-review", OfferedToReviewer(10_000_000));
        Assert.DoesNotContain("pass", OfferedToReviewer(10_000_000));
    }

    [Theory]
    [MemberData(nameof(WorkflowFiles))]
    public void Acceptance_is_refused_while_a_required_material_is_missing_naming_each(string fileName)
    {
        var workflow = Load(fileName);
        var required = workflow.Definition.Materials.Where(m => m.Required).Select(m => m.Id).ToArray();
        Assert.NotEmpty(required);
        var missingTwo = Application(workflow, 1_250_000, required.Take(2).ToArray());
        var now = new DateTimeOffset(2026, 6, 18, 10, 0, 0, Shanghai);
        var started = Engine.Start(workflow, missingTwo, now).AcceptedOrThrow().State;

        var refused = Assert.IsType<EngineResult.Refused>(Engine.Apply(workflow, started, missingTwo, "accept", PersonFor("clerk", 0), ActionInput.None, now));

        Assert.Equal(RefusalCode.RequiredMaterialMissing, refused.Refusal.Code);
        Assert.Equal(string.Join(",", required.Take(2)), refused.Refusal.Detail);
        var complete = Application(workflow, 1_250_000);
        Assert.IsType<EngineResult.Accepted>(Engine.Apply(workflow, started, complete, "accept", PersonFor("clerk", 0), ActionInput.None, now));
    }
}
