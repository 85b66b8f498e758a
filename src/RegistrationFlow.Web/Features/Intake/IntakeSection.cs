using Microsoft.AspNetCore.Components;

namespace RegistrationFlow.Web.Features.Intake;

/// <summary>
/// A part of the intake page that edits the shared <see cref="IntakeEditor"/>. After every edit the whole page renders
/// again, as when it was one component: an edit anywhere clears the server's errors everywhere, and a new party row is
/// focused by the page.
/// </summary>
public abstract class IntakeSection : ComponentBase
{
    [Parameter, EditorRequired] public IntakeEditor Editor { get; set; } = null!;

    /// <summary>Renders the page again.</summary>
    [Parameter, EditorRequired] public EventCallback Changed { get; set; }

    protected Task Edit(Action change)
    {
        change();
        return Changed.InvokeAsync();
    }
}
