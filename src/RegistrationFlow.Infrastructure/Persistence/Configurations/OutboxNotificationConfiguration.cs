using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RegistrationFlow.Infrastructure.Persistence.Entities;

namespace RegistrationFlow.Infrastructure.Persistence.Configurations;

internal sealed class OutboxNotificationConfiguration : IEntityTypeConfiguration<OutboxNotification>
{
    public void Configure(EntityTypeBuilder<OutboxNotification> builder)
    {
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Audience).HasMaxLength(40);
        builder.Property(n => n.Recipient).HasMaxLength(256);
        builder.Property(n => n.Template).HasMaxLength(100);
        builder.HasIndex(n => new { n.SentAt, n.CreatedAt });
        builder.HasIndex(n => n.ApplicationId);
    }
}
