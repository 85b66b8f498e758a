using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using RegistrationFlow.Infrastructure.Identity;
using RegistrationFlow.Infrastructure.Persistence.Entities;

namespace RegistrationFlow.Infrastructure.Persistence;

public sealed class RegistrationDbContext(DbContextOptions<RegistrationDbContext> options)
    : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<Application> Applications => Set<Application>();
    public DbSet<WorkTask> WorkTasks => Set<WorkTask>();
    public DbSet<Deadline> Deadlines => Set<Deadline>();
    public DbSet<Certificate> Certificates => Set<Certificate>();
    public DbSet<Payment> Payments => Set<Payment>();
    public DbSet<CertificateCounter> CertificateCounters => Set<CertificateCounter>();
    public DbSet<ReceiptCounter> ReceiptCounters => Set<ReceiptCounter>();
    public DbSet<DefinitionVersion> DefinitionVersions => Set<DefinitionVersion>();
    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();
    public DbSet<AuditChainHead> AuditChainHeads => Set<AuditChainHead>();
    public DbSet<OutboxNotification> OutboxNotifications => Set<OutboxNotification>();
    public DbSet<ApplicationSearchTerm> ApplicationSearchTerms => Set<ApplicationSearchTerm>();
    public DbSet<SearchIndexStamp> SearchIndexStamps => Set<SearchIndexStamp>();
    public DbSet<CalendarYearVersion> CalendarYearVersions => Set<CalendarYearVersion>();
    public DbSet<OfficeHoursVersion> OfficeHoursVersions => Set<OfficeHoursVersion>();
    public DbSet<TrainingClockEpoch> TrainingClockEpochs => Set<TrainingClockEpoch>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        if (StoresInstantsAsTicks(Database))
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        }
        else
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcInstantConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(RegistrationDbContext).Assembly);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var detecting = DetectChangesOnce();
        try
        {
            StampRowVersions();
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detecting;
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var detecting = DetectChangesOnce();
        try
        {
            StampRowVersions();
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detecting;
        }
    }

    /// <summary>
    /// Compares every tracked entity with its snapshot once per save (the JSON-valued properties make that the costly
    /// part), instead of once for the row-version stamping and again inside EF Core's save. Returns the setting to restore.
    /// </summary>
    private bool DetectChangesOnce()
    {
        var detecting = ChangeTracker.AutoDetectChangesEnabled;
        if (detecting) ChangeTracker.DetectChanges();
        ChangeTracker.AutoDetectChangesEnabled = false;
        return detecting;
    }

    private void StampRowVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IHasRowVersion>())
        {
            var version = entry.Property(e => e.RowVersion);
            switch (entry.State)
            {
                case EntityState.Added when entry.Entity.RowVersion == 0:
                    entry.Entity.RowVersion = 1;
                    break;
                case EntityState.Modified:
                    version.CurrentValue = version.OriginalValue + 1;
                    break;
            }
        }
    }

    /// <summary>
    /// SQLite has no instant type: instants are stored as UTC ticks so it can compare and order them
    /// (<see cref="UtcTicksConverter"/>); other providers store a real instant.
    /// </summary>
    public static bool StoresInstantsAsTicks(Microsoft.EntityFrameworkCore.Infrastructure.DatabaseFacade database) =>
        database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite";
}
