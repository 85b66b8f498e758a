using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RegistrationFlow.Infrastructure.Audit;
using RegistrationFlow.Infrastructure.Persistence.Entities;

namespace RegistrationFlow.Infrastructure.Persistence.Configurations;

internal sealed class AuditRecordConfiguration : IEntityTypeConfiguration<AuditRecord>
{
    public void Configure(EntityTypeBuilder<AuditRecord> builder)
    {
        builder.HasKey(r => r.Sequence);
        builder.Property(r => r.Sequence).ValueGeneratedNever();
        builder.Property(r => r.Actor).HasMaxLength(256);
        builder.Property(r => r.Role).HasMaxLength(40);
        builder.Property(r => r.Action).HasMaxLength(100);
        builder.Property(r => r.FromStep).HasMaxLength(100);
        builder.Property(r => r.ToStep).HasMaxLength(100);
        builder.Property(r => r.PreviousHash).HasMaxLength(64);
        builder.Property(r => r.Hash).HasMaxLength(64);
        // No foreign key to Application: the trail outlives anything it describes.
        builder.HasIndex(r => new { r.ApplicationId, r.Sequence });
    }
}

internal sealed class AuditChainHeadConfiguration : IEntityTypeConfiguration<AuditChainHead>
{
    public void Configure(EntityTypeBuilder<AuditChainHead> builder)
    {
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.LastHash).HasMaxLength(64);
        builder.HasData(new AuditChainHead { Id = AuditChainHead.SingletonId, LastSequence = 0, LastHash = AuditHasher.GenesisHash });
    }
}
