using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using RegistrationFlow.Web.Problems;

namespace RegistrationFlow.IntegrationTests.Problems;

/// <summary>Which database failures are answered 503 (try again) rather than 500.</summary>
public sealed class DatabaseBusyTests
{
    [Fact]
    public void A_transient_database_error_however_deeply_wrapped_is_passing()
    {
        var wrapped = new InvalidOperationException("An exception has been raised that is likely due to a transient failure.",
            new DbUpdateException("saving", new FakeDbException(transient: true)));
        Assert.True(DatabaseBusyExceptionHandler.IsPassing(wrapped));
        Assert.True(DatabaseBusyExceptionHandler.IsPassing(new TimeoutException()));
    }

    [Fact]
    public void A_lasting_database_error_or_a_bug_is_not()
    {
        Assert.False(DatabaseBusyExceptionHandler.IsPassing(new DbUpdateException("saving", new FakeDbException(transient: false))));
        Assert.False(DatabaseBusyExceptionHandler.IsPassing(new NullReferenceException()));
    }

    private sealed class FakeDbException(bool transient) : DbException("the database said no")
    {
        public override bool IsTransient => transient;
    }
}
