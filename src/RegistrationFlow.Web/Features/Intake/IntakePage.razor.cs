using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using RegistrationFlow.Core.Common;
using RegistrationFlow.Core.Definitions;
using RegistrationFlow.Core.Registration.Intake;
using RegistrationFlow.Infrastructure.Applications;
using RegistrationFlow.Infrastructure.Workflows;
using RegistrationFlow.Web.Components.Layout;
using RegistrationFlow.Web.Components.Shared;
using RegistrationFlow.Web.Components.Time;

namespace RegistrationFlow.Web.Features.Intake;

/// <summary>
/// 窗口受理: the clerk chooses the workflow, types the property, parties and materials (validated as typed by the
/// <see cref="IntakeEditor"/>), then accepts (受理) or refuses intake (不予受理) through the <see cref="IntakeDesk"/>.
/// </summary>
public sealed partial class IntakePage
{
    [Inject] private WorkflowCatalog Catalog { get; set; } = null!;
    [Inject] private ScopedCalls Calls { get; set; } = null!;
    [Inject] private StaffProfile Profile { get; set; } = null!;
    [Inject] private OfficeTime Office { get; set; } = null!;
    [Inject] private NavigationManager Navigation { get; set; } = null!;
    [Inject] private IJSRuntime JS { get; set; } = null!;

    private IntakeEditor _editor = null!;
    private UiMessage? _message;
    private Guid? _recordedId;
    private bool _busy;
    private bool _refusing;
    private string _reason = "";
    private HashSet<string> _missing = new(StringComparer.Ordinal);
    private string? _draftKey;
    private string? _savedDraft;
    private bool _restored;

    private IntakeForm Form => _editor.Form;
    private WorkflowDefinition? Definition => _editor.Definition;
    private StepDefinition? IntakeStep => Definition?.Steps.FirstOrDefault(s => s.Id == Definition.StartStep);

    /// <summary>The start step's action that starts the clock (受理) and the one that needs the missing materials (不予受理).</summary>
    private ActionDefinition? AcceptAction => Definition is { } definition ? DeclaredActions.Acceptance(definition) : null;
    private ActionDefinition? RefuseAction => IntakeStep?.Actions.FirstOrDefault(a => a.Requires.Contains(Vocabulary.Fields.MissingMaterials));
    private LocalizedText AcceptTitle => AcceptAction?.Title?.ToText(AcceptAction.Name) ?? IntakeTexts.Accept;
    private LocalizedText RefuseTitle => RefuseAction?.Title?.ToText(RefuseAction.Name) ?? IntakeTexts.RefuseIntake;

    protected override void OnInitialized() => _editor = new IntakeEditor(() => Office.Today);

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender) await RestoreDraftAsync();
        else await SaveDraftAsync();
        if (_editor.FocusNext is { } selector)
        {
            _editor.FocusNext = null;
            await JS.InvokeVoidAsync("registrationFlow.focus", selector);
        }
    }

    /// <summary>A form the browser kept from before a dropped connection or a restart comes back, with a word saying so.</summary>
    private async Task RestoreDraftAsync()
    {
        var staff = await Profile.CurrentAsync();
        if (staff is null) return;
        _draftKey = IntakeDraft.StorageKey(staff.UserName);
        var draft = IntakeDraft.FromJson(await JS.InvokeAsync<string?>("registrationFlow.loadDraft", _draftKey));
        _savedDraft = draft?.ToJson();
        if (draft is null || draft.IsEmpty || !Catalog.TryGetPublished(draft.Workflow, out var entry)) return;
        _editor.Choose(draft.Workflow, entry.Definition);
        draft.CopyTo(Form);
        _editor.Revalidate();
        _restored = true;
        StateHasChanged();
    }

    private async Task SaveDraftAsync()
    {
        if (_draftKey is null) return;
        var draft = IntakeDraft.Of(Form);
        var json = draft.IsEmpty ? null : draft.ToJson();
        if (json == _savedDraft) return;
        _savedDraft = json;
        if (json is null) await JS.InvokeVoidAsync("registrationFlow.clearDraft", _draftKey);
        else await JS.InvokeVoidAsync("registrationFlow.saveDraft", _draftKey, json);
    }

    private async Task DiscardDraftAsync()
    {
        _editor.Choose("", null);
        _restored = false;
        _message = null;
        if (_draftKey is not null) await JS.InvokeVoidAsync("registrationFlow.clearDraft", _draftKey);
        _savedDraft = null;
    }

    private void ChooseWorkflowAsync(ChangeEventArgs e)
    {
        var workflow = e.Value?.ToString() ?? "";
        _editor.Choose(workflow, Catalog.TryGetPublished(workflow, out var entry) ? entry.Definition : null);
        _message = null;
        _recordedId = null;
        _refusing = false;
    }

    private void OpenRefusal()
    {
        if (Definition is null) return;
        _refusing = true;
        _missing = IntakeValidator.MissingRequiredMaterials(Definition, Form.Materials).Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        _editor.FocusNext = "#refuse-reason";
    }

    private async Task AcceptAsync()
    {
        if (Definition is null || AcceptAction is null || _busy) return;
        var action = AcceptAction.Name;
        var promisedBy = Form.PromiseDate;
        await SubmitAsync(async (desk, command, member) => await desk.AcceptAsync(command, action, promisedBy, member));
    }

    private async Task RefuseAsync()
    {
        if (Definition is null || RefuseAction is null || _busy) return;
        var action = RefuseAction.Name;
        var reason = _reason;
        var missing = Definition.Materials.Where(m => _missing.Contains(m.Id)).Select(m => m.Id).ToList();
        await SubmitAsync(async (desk, command, member) => await desk.RefuseAsync(command, action, reason, missing, member));
    }

    private async Task SubmitAsync(Func<IntakeDesk, IntakeCommand, StaffMember, Task<IntakeOutcome>> send)
    {
        _busy = true;
        _editor.Submitted();
        _message = null;
        _recordedId = null;
        try
        {
            var staff = await Profile.CurrentAsync();
            if (staff is null) return;
            var command = Form.ToCommand();
            var outcome = await Calls.RunAsync<IntakeDesk, IntakeOutcome>(desk => send(desk, command, staff.ToMember()));
            if (outcome.Done && outcome.ApplicationId is { } id)
            {
                if (_draftKey is not null) await JS.InvokeVoidAsync("registrationFlow.clearDraft", _draftKey);
                Navigation.NavigateTo($"/applications/{id}/receipt");
                return;
            }
            _editor.ShowServer(outcome.Errors);
            _recordedId = outcome.ApplicationId;
            _message = outcome.ApplicationId is null || outcome.Message is null
                ? outcome.Message
                : outcome.Message with { Title = IntakeTexts.CreatedNotAccepted };
        }
        finally
        {
            _busy = false;
        }
    }
}
