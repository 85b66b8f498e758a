using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RegistrationFlow.Infrastructure.Persistence.Entities;

namespace RegistrationFlow.Infrastructure.Persistence.Configurations;

internal sealed class DefinitionVersionConfiguration : IEntityTypeConfiguration<DefinitionVersion>
{
    public void Configure(EntityTypeBuilder<DefinitionVersion> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.WorkflowId).HasMaxLength(100);
        builder.Property(d => d.ContentHash).HasMaxLength(64);
        builder.Property(d => d.SourceFile).HasMaxLength(500);
        builder.Property(d => d.PublishedBy).HasMaxLength(256);
        builder.HasIndex(d => new { d.WorkflowId, d.Version }).IsUnique();
    }
}
