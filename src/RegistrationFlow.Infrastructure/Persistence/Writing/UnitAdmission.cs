namespace RegistrationFlow.Infrastructure.Persistence.Writing;

/// <summary>
/// How many write units one node runs against a shared database at once; the others wait their turn in this process.
/// Every unit ends on the audit chain head: past a few units per node, more only queue on that row inside the database,
/// where waiting costs the database CPU and lock-manager work that a wait here does not.
/// </summary>
public sealed class UnitAdmission
{
    public const string Key = "Database:PostgreSql:ConcurrentUnits";
    public const int Default = 2;

    private readonly SemaphoreSlim _slots;

    public UnitAdmission(int limit)
    {
        if (limit is < 1 or > 1024)
            throw new InvalidOperationException($"{Key} must be between 1 and 1024 (units one node runs at once); it is {limit}.");
        Limit = limit;
        _slots = new SemaphoreSlim(limit, limit);
    }

    public int Limit { get; }

    public Task EnterAsync(CancellationToken cancellationToken) => _slots.WaitAsync(cancellationToken);

    public void Leave() => _slots.Release();
}
