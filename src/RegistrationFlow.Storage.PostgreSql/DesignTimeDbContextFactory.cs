using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using RegistrationFlow.Infrastructure.Persistence;

namespace RegistrationFlow.Storage.PostgreSql;

/// <summary>Lets <c>dotnet ef migrations add --project src/RegistrationFlow.Storage.PostgreSql</c> build the model without a server.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<RegistrationDbContext>
{
    public RegistrationDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<RegistrationDbContext>()
        .UseNpgsql("Host=127.0.0.1;Database=design-time", npgsql => npgsql.MigrationsAssembly(typeof(DesignTimeDbContextFactory).Assembly.FullName))
        .Options);
}
