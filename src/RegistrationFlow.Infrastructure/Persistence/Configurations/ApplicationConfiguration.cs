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
        // The applications list, newest first, unfiltered and by status or overdue; the daily count of received.
        builder.HasIndex(a => new { a.CreatedAt, a.ReceiptNumber });
        builder.HasIndex(a => new { a.Status, a.CreatedAt });
        builder.HasIndex(a => new { a.Overdue, a.CreatedAt });
        // Running applications by due instant (the dashboard's overdue and at-risk counts read only the index).
        builder.HasIndex(a => new { a.Status, a.DueAt, a.Overdue });
        // The daily report: accepted, registered (on time: read from the index), overdue by due day.
        builder.HasIndex(a => a.AcceptedAt);
        builder.HasIndex(a => new { a.RegisteredAt, a.DueAt });
        builder.HasIndex(a => new { a.Overdue, a.DueAt });
        // Search by certificate number prefix.
        builder.HasIndex(a => a.CertificateNumber);
    }
}
