using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RegistrationFlow.Infrastructure.Persistence.Entities;

namespace RegistrationFlow.Infrastructure.Persistence.Configurations;

internal sealed class ApplicationSearchTermConfiguration : IEntityTypeConfiguration<ApplicationSearchTerm>
{
    public void Configure(EntityTypeBuilder<ApplicationSearchTerm> builder)
    {
        // Term first: the key is the prefix search's index.
        builder.HasKey(t => new { t.Term, t.ApplicationId, t.Kind });
        builder.Property(t => t.Kind).HasMaxLength(10);
        builder.Property(t => t.Term).HasMaxLength(200);
        builder.HasOne<Application>().WithMany().HasForeignKey(t => t.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => t.ApplicationId);
    }
}
