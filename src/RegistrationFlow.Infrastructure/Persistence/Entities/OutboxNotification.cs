namespace RegistrationFlow.Infrastructure.Persistence.Entities;

/// <summary>A notification waiting to be sent (or sent) to a role, a person or an applicant.</summary>
public sealed class OutboxNotification
{
    /// <summary>The audience of a notification to one person, named in <see cref="Recipient"/> by user name.</summary>
    public const string UserAudience = "user";

    public Guid Id { get; set; }
    public Guid? ApplicationId { get; set; }
    /// <summary>Who it is for: a role name, "user" or "applicant".</summary>
    public required string Audience { get; set; }
    /// <summary>The user name, role or contact the message goes to.</summary>
    public required string Recipient { get; set; }
    public required string Template { get; set; }
    public required string TextZhCn { get; set; }
    public required string TextEnUs { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
}
