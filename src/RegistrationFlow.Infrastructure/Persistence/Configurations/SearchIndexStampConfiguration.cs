using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RegistrationFlow.Infrastructure.Persistence.Entities;

namespace RegistrationFlow.Infrastructure.Persistence.Configurations;

internal sealed class SearchIndexStampConfiguration : IEntityTypeConfiguration<SearchIndexStamp>
{
    public void Configure(EntityTypeBuilder<SearchIndexStamp> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Fingerprint).HasMaxLength(64);
    }
}
