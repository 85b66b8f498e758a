using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RegistrationFlow.Infrastructure.Persistence.Entities;

namespace RegistrationFlow.Infrastructure.Persistence.Configurations;

internal sealed class WorkTaskConfiguration : IEntityTypeConfiguration<WorkTask>
{
    public void Configure(EntityTypeBuilder<WorkTask> builder)
    {
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Step).HasMaxLength(100);
        builder.Property(t => t.CandidateRole).HasMaxLength(40);
        builder.Property(t => t.ClaimedBy).HasMaxLength(256);
        builder.Property(t => t.ClosedBy).HasMaxLength(256);
        builder.Property(t => t.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.RowVersion).IsConcurrencyToken();
        builder.HasOne<Application>().WithMany().HasForeignKey(t => t.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => new { t.State, t.CandidateRole, t.DueAt });
        builder.HasIndex(t => t.ApplicationId);
    }
}
