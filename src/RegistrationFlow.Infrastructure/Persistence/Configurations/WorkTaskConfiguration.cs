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
        // The worklist: open tasks of one role, earliest due first. Only open tasks are in it, so it stays as small as the backlog.
        builder.HasIndex(t => new { t.CandidateRole, t.DueAt, t.CreatedAt, t.ClaimedBy }).HasFilter("\"State\" = 'Open'")
            .HasDatabaseName("IX_WorkTasks_Open_CandidateRole_DueAt_CreatedAt_ClaimedBy");
        // The applications list by step: applications whose step's task is open.
        builder.HasIndex(t => new { t.Step, t.ApplicationId }).HasFilter("\"State\" = 'Open'")
            .HasDatabaseName("IX_WorkTasks_Open_Step_ApplicationId");
        // Time spent in each step: tasks closed within a range.
        builder.HasIndex(t => new { t.ClosedAt, t.Step, t.CreatedAt });
        builder.HasIndex(t => t.ApplicationId);
    }
}
