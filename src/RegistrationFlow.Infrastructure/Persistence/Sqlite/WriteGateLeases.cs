using System.Runtime.CompilerServices;

namespace RegistrationFlow.Infrastructure.Persistence.Sqlite;

/// <summary>Which gate lease a transaction or command holds, until it ends.</summary>
internal static class WriteGateLeases
{
    private static readonly ConditionalWeakTable<object, WriteGate.Lease> Held = new();

    public static void Hold(object owner, WriteGate.Lease lease) => Held.AddOrUpdate(owner, lease);

    public static void Release(object owner)
    {
        if (Held.TryGetValue(owner, out var lease) && Held.Remove(owner))
        {
            lease.Dispose();
        }
    }
}
