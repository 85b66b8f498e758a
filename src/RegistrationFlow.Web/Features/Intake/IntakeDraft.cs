using System.Text.Json;

namespace RegistrationFlow.Web.Features.Intake;

/// <summary>
/// A half-typed intake as the browser keeps it (localStorage, per clerk), so a dropped connection or a restarted server
/// does not cost the clerk the form: the page saves it after every change and offers it back when it opens again.
/// </summary>
public sealed record IntakeDraft(
    string Workflow, string UnitNumber, string Address, string Area, string Use, string Price, string PromisedBy,
    IReadOnlyList<IntakeDraft.Party> Parties, IReadOnlyList<string> Materials)
{
    public sealed record Party(string Role, string Name, string IdType, string IdNumber, string Share);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string StorageKey(string userName) => "registrationflow.intake-draft." + userName;

    public static IntakeDraft Of(IntakeForm form) => new(
        form.Workflow, form.UnitNumber, form.Address, form.Area, form.Use, form.Price, form.PromisedBy,
        form.Parties.Select(p => new Party(p.Role, p.Name, p.IdType, p.IdNumber, p.Share)).ToList(),
        form.Materials.Order(StringComparer.Ordinal).ToList());

    /// <summary>Nothing typed beyond choosing a workflow (its empty party rows): not worth keeping.</summary>
    public bool IsEmpty =>
        string.IsNullOrWhiteSpace(UnitNumber + Address + Area + Price + PromisedBy) && Materials.Count == 0
        && Parties.All(p => string.IsNullOrWhiteSpace(p.Name + p.IdNumber + p.Share));

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>The stored draft, or null when there is none or it cannot be read (an older shape, a hand edit).</summary>
    public static IntakeDraft? FromJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return null;
        try
        {
            return JsonSerializer.Deserialize<IntakeDraft>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Fills <paramref name="form"/> (already reset for <see cref="Workflow"/>) with what was typed.</summary>
    public void CopyTo(IntakeForm form)
    {
        form.UnitNumber = UnitNumber;
        form.Address = Address;
        form.Area = Area;
        form.Use = Use;
        form.Price = Price;
        form.PromisedBy = PromisedBy;
        form.Parties.Clear();
        foreach (var party in Parties ?? [])
            form.Parties.Add(new PartyForm { Role = party.Role, Name = party.Name, IdType = party.IdType, IdNumber = party.IdNumber, Share = party.Share });
        form.Materials.Clear();
        foreach (var material in Materials ?? []) form.Materials.Add(material);
    }
}
