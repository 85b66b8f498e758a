using RegistrationFlow.Core.Definitions;
using RegistrationFlow.Core.Registration.Intake;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Infrastructure.Applications;
using RegistrationFlow.Infrastructure.Workflows;
using RegistrationFlow.Web.Components.Shared;
using RegistrationFlow.Web.Features.Applications;

namespace RegistrationFlow.Web.Features.Intake;

/// <summary>What the counter got back: the application (when one was recorded), field errors, or the server's message.</summary>
public sealed record IntakeOutcome(Guid? ApplicationId, bool Done, IReadOnlyList<FieldError> Errors, UiMessage? Message);

/// <summary>
/// The counter's two buttons over the application service: record the application and, in the same breath, accept it
/// (受理) or refuse it (不予受理). Each is the service's own create and act; every refusal comes back as the service said it.
/// </summary>
public sealed class IntakeDesk(ApplicationService applications, WorkflowCatalog catalog, WorkflowEngine engine, TimeProvider time)
{
    /// <summary>
    /// Accepting with a required material missing (or a 容缺 material without a good promise date) would record an
    /// application that cannot be accepted: the engine's refusal is given before anything is recorded, so correcting the
    /// checklist and accepting again records one.
    /// </summary>
    public Task<IntakeOutcome> AcceptAsync(IntakeCommand command, string action, DateOnly? promisedBy, StaffMember by,
        CancellationToken cancellationToken = default)
    {
        if (command.Workflow is { } workflow && catalog.TryGetPublished(workflow, out var entry)
            && DeclaredActions.StartsClock(entry.Definition, action)
            && engine.AcceptanceRefusal(entry.Compiled, command.Materials, promisedBy, time.GetUtcNow()) is { } refusal)
            return Task.FromResult(new IntakeOutcome(null, false, [], Outcomes.Of(refusal)));
        return CreateThenActAsync(command, action, new ActionInput(PromisedBy: promisedBy), by, cancellationToken);
    }

    public Task<IntakeOutcome> RefuseAsync(IntakeCommand command, string action, string reason, IReadOnlyList<string> missing, StaffMember by,
        CancellationToken cancellationToken = default) =>
        CreateThenActAsync(command, action, new ActionInput(Reason: reason, MissingMaterials: missing), by, cancellationToken);

    private async Task<IntakeOutcome> CreateThenActAsync(IntakeCommand command, string action, ActionInput input, StaffMember by,
        CancellationToken cancellationToken)
    {
        var created = await applications.CreateAsync(command, by, cancellationToken);
        switch (created)
        {
            case CreateResult.Invalid invalid:
                return new IntakeOutcome(null, false, invalid.Errors, UiMessage.Error(IntakeTexts.FixMarked));
            case CreateResult.Refused refused:
                return new IntakeOutcome(null, false, [], Outcomes.Of(refused.Refusal));
        }
        var application = ((CreateResult.Created)created).Application;
        var acted = await applications.ActAsync(application.Id, action, application.RowVersion, input, by, cancellationToken);
        return acted is ActResult.Done
            ? new IntakeOutcome(application.Id, true, [], null)
            : new IntakeOutcome(application.Id, false, [], Outcomes.Of(acted));
    }
}
