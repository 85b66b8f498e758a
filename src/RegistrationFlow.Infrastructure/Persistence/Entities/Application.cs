namespace RegistrationFlow.Infrastructure.Persistence.Entities;

/// <summary>One registration application and the workflow instance that carries it, pinned to a definition version.</summary>
public sealed class Application : IHasRowVersion
{
    public Guid Id { get; set; }
    /// <summary>Receipt number (受理编号), unique.</summary>
    public required string ReceiptNumber { get; set; }
    public required string WorkflowId { get; set; }
    public int WorkflowVersion { get; set; }

    public required PropertyRecord Property { get; set; }
    public List<PartyRecord> Parties { get; set; } = [];
    public List<string> Materials { get; set; } = [];
    public decimal? Price { get; set; }

    /// <summary>The step or steps (parallel branches) the instance currently waits in.</summary>
    public List<string> CurrentSteps { get; set; } = [];
    public required string Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset? AcceptedAt { get; set; }
    public DateTimeOffset? DueAt { get; set; }
    public DateTimeOffset? RegisteredAt { get; set; }
    public DateTimeOffset? CertificateReadyAt { get; set; }
    public string? CertificateNumber { get; set; }
    public bool Overdue { get; set; }
    /// <summary>The due instant was missed because a 容缺 material was owed: the applicant's miss, not the centre's.</summary>
    public bool MissedByApplicant { get; set; }

    /// <summary>The engine's instance state, serialised as JSON.</summary>
    public string InstanceState { get; set; } = "{}";
    /// <summary>Further application data the workflow reads (guards, computed values), as JSON.</summary>
    public string Data { get; set; } = "{}";

    public long RowVersion { get; set; }
}

public sealed class PropertyRecord
{
    /// <summary>不动产单元号 (GB/T 37346-2019).</summary>
    public required string UnitNumber { get; set; }
    public required string Address { get; set; }
    public decimal Area { get; set; }
    public required string Use { get; set; }
}

public sealed class PartyRecord
{
    public required string Role { get; set; }
    public required string Name { get; set; }
    /// <summary>resident-id, uscc, passport or other.</summary>
    public required string IdType { get; set; }
    public required string IdNumber { get; set; }
    public decimal Share { get; set; }
}
