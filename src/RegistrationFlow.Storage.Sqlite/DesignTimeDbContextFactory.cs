using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore;
using RegistrationFlow.Infrastructure.Persistence;

namespace RegistrationFlow.Storage.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the web host.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<RegistrationDbContext>
{
    public RegistrationDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<RegistrationDbContext>()
            .UseSqlite("Data Source=design-time.db", sqlite => sqlite.MigrationsAssembly(typeof(DesignTimeDbContextFactory).Assembly.FullName))
            .Options;
        return new RegistrationDbContext(options);
    }
}
