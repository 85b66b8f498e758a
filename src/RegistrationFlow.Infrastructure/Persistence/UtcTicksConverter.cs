using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace RegistrationFlow.Infrastructure.Persistence;

/// <summary>
/// Stores an instant as UTC ticks (a 64-bit integer) so SQLite can compare and order instants;
/// SQLite has no date type and EF Core cannot translate comparisons of DateTimeOffset text. Read back as UTC.
/// </summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    instant => instant.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));

/// <summary>For providers with a real instant type (PostgreSQL timestamptz): normalise to UTC before writing.</summary>
public sealed class UtcInstantConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    instant => instant.ToUniversalTime(),
    stored => stored.ToUniversalTime());
