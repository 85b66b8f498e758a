using System.Text.Json;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Infrastructure.Persistence.Entities;

namespace RegistrationFlow.Infrastructure.Applications;

/// <summary>
/// The JSON the engine sees as <c>application</c> in guards (<c>application.price >= 10000000</c>): workflow, property,
/// parties (without identity numbers: no guard needs them), price and materials. Stored on the row, so a guard reads
/// exactly what was accepted.
/// </summary>
public static class ApplicationData
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string For(Application application) => JsonSerializer.Serialize(new
    {
        workflow = application.WorkflowId,
        property = new
        {
            unitNumber = application.Property.UnitNumber,
            address = application.Property.Address,
            area = application.Property.Area,
            use = application.Property.Use,
        },
        parties = application.Parties.Select(p => new { role = p.Role, name = p.Name, idType = p.IdType, share = p.Share }),
        price = application.Price,
        materials = application.Materials,
    }, Json);

    public static JsonElement Parse(string data)
    {
        using var document = JsonDocument.Parse(data);
        return document.RootElement.Clone();
    }
}

/// <summary>The engine's instance state as stored in <see cref="Application.InstanceState"/>.</summary>
public static class InstanceStateJson
{
    public static string Write(InstanceState state) => JsonSerializer.Serialize(state);

    public static InstanceState Read(string json) =>
        JsonSerializer.Deserialize<InstanceState>(json) ?? throw new InvalidOperationException("The stored instance state is empty.");
}
