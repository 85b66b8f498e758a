namespace RegistrationFlow.Infrastructure.Time;

/// <summary>Reads the database server's clock; registered by a storage shared by several nodes.</summary>
public interface IDatabaseClock
{
    Task<DateTimeOffset> ReadAsync(CancellationToken cancellationToken);
}
