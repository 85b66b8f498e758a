using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RegistrationFlow.Infrastructure.Persistence.Entities;

namespace RegistrationFlow.Infrastructure.Persistence.Configurations;

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Method).HasMaxLength(20);
        builder.Property(p => p.Reference).HasMaxLength(64);
        builder.Property(p => p.ReceivedBy).HasMaxLength(256);
        builder.Property(p => p.VoidedBy).HasMaxLength(256);
        builder.Property(p => p.VoidReason).HasMaxLength(500);
        builder.Property(p => p.RowVersion).IsConcurrencyToken();
        builder.HasOne<Application>().WithMany().HasForeignKey(p => p.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.ApplicationId);
        // The daily report: takings and voids per day.
        builder.HasIndex(p => p.ReceivedAt);
        builder.HasIndex(p => p.VoidedAt);
    }
}
