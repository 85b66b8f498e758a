using System.Security.Cryptography;
using System.Text.Json;
using RegistrationFlow.Infrastructure.Persistence.Entities;

namespace RegistrationFlow.Infrastructure.Audit;

/// <summary>SHA-256 over the previous hash and the record's fields, written as one JSON array (no delimiter ambiguity).</summary>
public static class AuditHasher
{
    public static readonly string GenesisHash = new('0', 64);

    public static string Hash(AuditRecord record)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            json.WriteStringValue(record.PreviousHash);
            json.WriteNumberValue(record.Sequence);
            json.WriteNumberValue(record.Instant.UtcTicks);
            json.WriteStringValue(record.Actor);
            WriteNullable(json, record.Role);
            json.WriteStringValue(record.Action);
            WriteNullable(json, record.ApplicationId?.ToString("D"));
            WriteNullable(json, record.FromStep);
            WriteNullable(json, record.ToStep);
            WriteNullable(json, record.Detail);
            json.WriteEndArray();
        }
        return Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()));
    }

    private static void WriteNullable(Utf8JsonWriter json, string? value)
    {
        if (value is null)
        {
            json.WriteNullValue();
        }
        else
        {
            json.WriteStringValue(value);
        }
    }
}
