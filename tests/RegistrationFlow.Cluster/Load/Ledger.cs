using System.Collections.Concurrent;

namespace RegistrationFlow.Cluster.Load;

public enum AcknowledgementKind
{
    /// <summary>201 to <c>POST /api/applications</c>.</summary>
    Create,
    /// <summary>200 to <c>POST /api/applications/{id}/actions/{action}</c>.</summary>
    Action,
    /// <summary>200 to <c>POST /api/tasks/{id}/claim</c>.</summary>
    Claim,
}

/// <summary>
/// One success (2xx) a simulated user was told, with what it acknowledged: the application, the action, who took it,
/// the row version the answer's ETag carried, and any receipt or certificate number in the answer.
/// </summary>
public sealed record Acknowledgement(
    AcknowledgementKind Kind,
    Guid ApplicationId,
    string Action,
    string User,
    long? RowVersion = null,
    string? ReceiptNumber = null,
    string? CertificateNumber = null,
    Guid? TaskId = null,
    string? Marker = null);

/// <summary>What the clients saw: every acknowledgement, every create whose outcome they never learnt, and every error by kind.</summary>
public sealed class Ledger
{
    private readonly ConcurrentQueue<Acknowledgement> _acknowledged = new();
    private readonly ConcurrentQueue<string> _unknownCreates = new();
    private readonly ConcurrentDictionary<string, int> _errors = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _refusals = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _samples = new();
    private long _requests;

    public void Acknowledge(Acknowledgement acknowledgement) => _acknowledged.Enqueue(acknowledgement);

    /// <summary>A create that failed by a fault (no answer, 502, timeout): it may or may not have been committed.</summary>
    public void UnknownCreate(string marker) => _unknownCreates.Enqueue(marker);

    public void Request() => Interlocked.Increment(ref _requests);

    /// <summary>A failed request: a fault (connection, timeout, 502/503/504) or an unexpected answer (500).</summary>
    public void Error(string kind, string? sample = null)
    {
        _errors.AddOrUpdate(kind, 1, (_, n) => n + 1);
        if (sample is not null && _samples.Count < 50) _samples.Enqueue($"{kind}: {sample}");
    }

    /// <summary>An answer the product gives on purpose under concurrency (409, 412, 422): counted, not an error.</summary>
    public void Refusal(string kind) => _refusals.AddOrUpdate(kind, 1, (_, n) => n + 1);

    public IReadOnlyList<Acknowledgement> Acknowledged => _acknowledged.ToList();
    public IReadOnlyList<string> UnknownCreates => _unknownCreates.ToList();
    public IReadOnlyDictionary<string, int> Errors => new SortedDictionary<string, int>(_errors, StringComparer.Ordinal);
    public IReadOnlyDictionary<string, int> Refusals => new SortedDictionary<string, int>(_refusals, StringComparer.Ordinal);
    public IReadOnlyList<string> ErrorSamples => _samples.ToList();
    public long Requests => Interlocked.Read(ref _requests);
}
