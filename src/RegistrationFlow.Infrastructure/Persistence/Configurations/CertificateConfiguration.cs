using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RegistrationFlow.Infrastructure.Persistence.Entities;

namespace RegistrationFlow.Infrastructure.Persistence.Configurations;

internal sealed class CertificateConfiguration : IEntityTypeConfiguration<Certificate>
{
    public void Configure(EntityTypeBuilder<Certificate> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Number).HasMaxLength(60);
        builder.HasIndex(c => c.Number).IsUnique();
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(30);
        builder.HasIndex(c => new { c.Year, c.Kind, c.Sequence }).IsUnique();
        builder.Property(c => c.HandedOverBy).HasMaxLength(256);
        builder.HasOne<Application>().WithMany().HasForeignKey(c => c.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.ApplicationId);
        // The daily report: certificates ready and handed over per day.
        builder.HasIndex(c => c.ReadyAt);
        builder.HasIndex(c => c.HandedOverAt);
    }
}

internal sealed class CertificateCounterConfiguration : IEntityTypeConfiguration<CertificateCounter>
{
    public void Configure(EntityTypeBuilder<CertificateCounter> builder)
    {
        builder.HasKey(c => new { c.Year, c.Kind });
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(30);
    }
}

internal sealed class ReceiptCounterConfiguration : IEntityTypeConfiguration<ReceiptCounter>
{
    public void Configure(EntityTypeBuilder<ReceiptCounter> builder) => builder.HasKey(c => c.Day);
}
