using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RegistrationFlow.Infrastructure.Persistence.Entities;

namespace RegistrationFlow.Infrastructure.Persistence.Configurations;

internal sealed class CalendarYearVersionConfiguration : IEntityTypeConfiguration<CalendarYearVersion>
{
    public void Configure(EntityTypeBuilder<CalendarYearVersion> builder)
    {
        builder.HasKey(v => v.Id);
        builder.Property(v => v.ImportedBy).HasMaxLength(256);
        // Two imports of one year racing for the same version number: the second fails instead of forking the history.
        builder.HasIndex(v => new { v.Year, v.Version }).IsUnique();
    }
}

internal sealed class OfficeHoursVersionConfiguration : IEntityTypeConfiguration<OfficeHoursVersion>
{
    public void Configure(EntityTypeBuilder<OfficeHoursVersion> builder)
    {
        builder.HasKey(v => v.Id);
        builder.Property(v => v.ChangedBy).HasMaxLength(256);
        builder.HasIndex(v => v.Version).IsUnique();
    }
}
