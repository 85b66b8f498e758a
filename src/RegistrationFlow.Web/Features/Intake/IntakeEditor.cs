using RegistrationFlow.Core.Common;
using RegistrationFlow.Core.Definitions;
using RegistrationFlow.Core.Registration.Intake;
using RegistrationFlow.Infrastructure.Applications;

namespace RegistrationFlow.Web.Features.Intake;

/// <summary>
/// The intake form while the clerk types: the chosen workflow, the fields, and which errors to show where. A field's own
/// errors show once it is touched (left, or typed to full length) or after a submit; the server's errors, once it sent
/// some, replace them until the next edit.
/// </summary>
public sealed class IntakeEditor(Func<DateOnly> today)
{
    private readonly HashSet<string> _touched = new(StringComparer.Ordinal);
    private Dictionary<string, List<LocalizedText>> _local = new();
    private Dictionary<string, List<LocalizedText>>? _server;
    private bool _submitted;

    public IntakeForm Form { get; } = new();
    public WorkflowDefinition? Definition { get; private set; }

    /// <summary>The element to focus after the next render (a new party's name), taken by the page.</summary>
    public string? FocusNext { get; set; }

    public IEnumerable<string> RolesOffered() =>
        Definition is { Parties.Count: > 0 } ? Definition.Parties.Select(p => p.Role).Distinct() : Vocabulary.PartyRoles;

    /// <summary>Starts over for another workflow (or none).</summary>
    public void Choose(string workflow, WorkflowDefinition? definition)
    {
        Form.Workflow = workflow;
        Definition = definition;
        Form.Reset(Definition);
        _touched.Clear();
        _submitted = false;
        _server = null;
        Revalidate();
    }

    /// <summary>An identifier is judged once it has its full length (or when the clerk leaves the field).</summary>
    public void Typed(string path, string value, int fullLength)
    {
        if (value.Trim().Length >= fullLength) _touched.Add(path);
        Revalidate();
    }

    public void Touch(string path)
    {
        _touched.Add(path);
        Revalidate();
    }

    public void Tick(string material, bool received)
    {
        if (received) Form.Materials.Add(material); else Form.Materials.Remove(material);
        Revalidate();
    }

    /// <summary>The core's intake validator, the same one the service runs, on every keystroke.</summary>
    public void Revalidate()
    {
        _server = null;
        if (Definition is null)
        {
            _local = new();
            return;
        }
        var result = new IntakeValidator(Definition, today()).Validate(Form.ToCommand());
        _local = result.Errors
            .GroupBy(f => f.PropertyName)
            .ToDictionary(g => g.Key, g => g.Select(f => f.Text() ?? LocalizedText.Of(f.ErrorMessage, f.ErrorMessage)).ToList());
        foreach (var path in Form.UnreadableNumbers())
        {
            _local[path] = [IntakeTexts.NotANumber];
        }
    }

    /// <summary>From a submit on, every field's errors show.</summary>
    public void Submitted() => _submitted = true;

    /// <summary>The server's field errors (none: back to the screen's own).</summary>
    public void ShowServer(IReadOnlyList<FieldError> errors) =>
        _server = errors.Count == 0 ? null : errors.GroupBy(e => e.Path).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToList());

    public IReadOnlyList<LocalizedText> ErrorsAt(string path)
    {
        if (_server is not null) return _server.TryGetValue(path, out var fromServer) ? fromServer : [];
        if (!_submitted && !_touched.Contains(path) && path != "parties") return [];
        if (path == "parties" && !_submitted) return [];
        return _local.TryGetValue(path, out var errors) ? errors : [];
    }

    /// <summary>The CSS class of a field with errors.</summary>
    public string Invalid(string path) => ErrorsAt(path).Count > 0 ? "invalid" : "";

    /// <summary>Enter in a party's field adds another party of the same role right below it (a co-buyer, a second seller).</summary>
    public void AddPartyAfter(int index) => AddParty(index + 1, Form.Parties[index].Role);

    /// <summary>The button adds a party of the first role still below its minimum, else of the last row's role.</summary>
    public void AddPartyFromButton()
    {
        var role = Definition?.Parties.FirstOrDefault(need => Form.Parties.Count(p => p.Role == need.Role) < need.Min)?.Role
                   ?? Form.Parties.LastOrDefault()?.Role ?? RolesOffered().First();
        AddParty(Form.Parties.Count, role);
    }

    public void RemoveParty(PartyForm party)
    {
        Form.Parties.Remove(party);
        _touched.RemoveWhere(p => p.StartsWith("parties[", StringComparison.Ordinal));
        Revalidate();
    }

    private void AddParty(int at, string role)
    {
        Form.Parties.Insert(at, new PartyForm { Role = role });
        // Rows moved down: what was touched is judged again from the next keystroke or blur.
        _touched.RemoveWhere(p => p.StartsWith("parties[", StringComparison.Ordinal));
        FocusNext = $"#party-{at}-name";
        Revalidate();
    }
}
