using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RegistrationFlow.Infrastructure.Persistence.Entities;

namespace RegistrationFlow.Infrastructure.Persistence.Configurations;

internal sealed class ApplicationConfiguration : IEntityTypeConfiguration<Application>
{
    public void Configure(EntityTypeBuilder<Application> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.ReceiptNumber).HasMaxLength(40);
        builder.HasIndex(a => a.ReceiptNumber).IsUnique();
        builder.Property(a => a.WorkflowId).HasMaxLength(100);
        builder.Property(a => a.Status).HasMaxLength(40);
        builder.Property(a => a.CreatedBy).HasMaxLength(256);
        builder.Property(a => a.CertificateNumber).HasMaxLength(60);
        builder.Property(a => a.Price).HasPrecision(18, 2);
        builder.Property(a => a.RowVersion).IsConcurrencyToken();

        builder.OwnsOne(a => a.Property, property =>
        {
            property.ToJson();
            property.Property(p => p.Area).HasPrecision(12, 2);
        });
        builder.OwnsMany(a => a.Parties, party =>
        {
            party.ToJson();
            party.Property(p => p.Share).HasPrecision(9, 6);
        });

        builder.HasIndex(a => new { a.WorkflowId, a.WorkflowVersion });
        builder.HasIndex(a => new { a.Status, a.DueAt });
        builder.HasIndex(a => a.AcceptedAt);
        builder.HasIndex(a => a.RegisteredAt);
    }
}
