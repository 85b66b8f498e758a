namespace RegistrationFlow.Infrastructure.Persistence.Entities;

/// <summary>One version of a workflow definition as text. Published versions are immutable.</summary>
public sealed class DefinitionVersion
{
    public Guid Id { get; set; }
    public required string WorkflowId { get; set; }
    public int Version { get; set; }
    public required string Content { get; set; }
    /// <summary>SHA-256 of the content, lower-case hex.</summary>
    public required string ContentHash { get; set; }
    public string? SourceFile { get; set; }
    public bool Published { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public string? PublishedBy { get; set; }
}
