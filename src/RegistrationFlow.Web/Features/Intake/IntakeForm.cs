using System.Globalization;
using RegistrationFlow.Core.Definitions;
using RegistrationFlow.Core.Registration.Intake;

namespace RegistrationFlow.Web.Features.Intake;

/// <summary>What the clerk has typed so far, as text; becomes an <see cref="IntakeCommand"/> for the core's validator and the service.</summary>
public sealed class IntakeForm
{
    public string Workflow { get; set; } = "";
    public string UnitNumber { get; set; } = "";
    public string Address { get; set; } = "";
    public string Area { get; set; } = "";
    public string Use { get; set; } = "residential";
    public string Price { get; set; } = "";
    public List<PartyForm> Parties { get; } = [];
    public HashSet<string> Materials { get; } = new(StringComparer.Ordinal);
    /// <summary>容缺: the date (yyyy-MM-dd) the applicant promises to supply the tolerable materials not ticked.</summary>
    public string PromisedBy { get; set; } = "";

    /// <summary>The promise date, when one was typed and reads as a date.</summary>
    public DateOnly? PromiseDate =>
        DateOnly.TryParseExact(PromisedBy.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>Starts over for a workflow: one party row for each role it needs, as many as its minimum.</summary>
    public void Reset(WorkflowDefinition? definition)
    {
        UnitNumber = Address = Area = Price = PromisedBy = "";
        Use = "residential";
        Parties.Clear();
        Materials.Clear();
        if (definition is null) return;
        foreach (var need in definition.Parties)
        {
            for (var i = 0; i < Math.Max(1, need.Min); i++) Parties.Add(new PartyForm { Role = need.Role });
        }
        if (Parties.Count == 0) Parties.Add(new PartyForm { Role = "applicant" });
    }

    public IntakeCommand ToCommand() => new()
    {
        Workflow = Workflow,
        Property = new PropertyInput { UnitNumber = UnitNumber, Address = Address, Area = Number(Area), Use = Use },
        Parties = Parties.Select(p => new PartyInput
        {
            Role = p.Role, Name = p.Name, IdType = p.IdType, IdNumber = p.IdNumber, Share = Number(p.Share),
        }).ToList(),
        Price = Number(Price),
        Materials = Materials.ToList(),
    };

    /// <summary>Paths of fields whose text is not a number at all (reported by the screen, since it cannot be sent as one).</summary>
    public IEnumerable<string> UnreadableNumbers()
    {
        if (IsUnreadable(Area)) yield return "property.area";
        if (IsUnreadable(Price)) yield return "price";
        for (var i = 0; i < Parties.Count; i++)
        {
            if (IsUnreadable(Parties[i].Share)) yield return $"parties[{i}].share";
        }
    }

    private static bool IsUnreadable(string text) => !string.IsNullOrWhiteSpace(text) && Number(text) is null;

    private static decimal? Number(string text) =>
        decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null;
}

public sealed class PartyForm
{
    public Guid Key { get; } = Guid.NewGuid();
    public string Role { get; set; } = "";
    public string Name { get; set; } = "";
    public string IdType { get; set; } = IntakeVocabulary.IdTypeIds.ResidentId;
    public string IdNumber { get; set; } = "";
    public string Share { get; set; } = "";
}
