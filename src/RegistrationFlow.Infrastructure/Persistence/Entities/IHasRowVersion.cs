namespace RegistrationFlow.Infrastructure.Persistence.Entities;

/// <summary>
/// An entity guarded by optimistic concurrency. <see cref="RegistrationDbContext"/> sets the version on every save
/// (1 when added, original + 1 when modified) and checks the original value in the UPDATE's WHERE clause.
/// To check a client's ETag, set the property's <em>original</em> value to it before saving.
/// </summary>
public interface IHasRowVersion
{
    long RowVersion { get; set; }
}
