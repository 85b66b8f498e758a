using RegistrationFlow.Core.Registration.Identifiers;
using RegistrationFlow.Core.Registration.Intake;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using RegistrationFlow.Infrastructure.Workflows;

namespace RegistrationFlow.Infrastructure.Applications;

/// <summary>
/// The application row a valid intake becomes, before the engine starts it: property, parties and materials in their
/// canonical forms, status received, and the data JSON the engine's expressions read. The service and the bulk backlog
/// loader both build it here, so a bulk-loaded application is the row the service would have written.
/// </summary>
public static class NewApplicationRow
{
    /// <summary>Builds the row from an intake the <see cref="IntakeValidator"/> accepted; the receipt number is left empty.</summary>
    public static Application Build(IntakeCommand command, CatalogEntry workflow, StaffMember by, DateTimeOffset now)
    {
        var property = command.Property!;
        var application = new Application
        {
            Id = Guid.NewGuid(),
            ReceiptNumber = "",
            WorkflowId = workflow.Id,
            WorkflowVersion = workflow.Version,
            Property = new PropertyRecord
            {
                UnitNumber = RealEstateUnitNumber.Parse(property.UnitNumber).ToString(),
                Address = property.Address!.Trim(),
                Area = property.Area!.Value,
                Use = property.Use!,
            },
            Parties = command.Parties!.Select(p => new PartyRecord
            {
                Role = p!.Role!, Name = p.Name!.Trim(), IdType = p.IdType!, IdNumber = NormaliseIdNumber(p.IdType!, p.IdNumber!), Share = p.Share ?? 0m,
            }).ToList(),
            Materials = (command.Materials ?? []).Select(m => m.Trim()).ToList(),
            Price = command.Price,
            Status = ApplicationStatuses.Received,
            CreatedAt = now,
            CreatedBy = by.UserName,
        };
        application.Data = ApplicationData.For(application);
        return application;
    }

    /// <summary>Stores identity numbers in their canonical form (upper-case X, no spaces), as validated.</summary>
    private static string NormaliseIdNumber(string idType, string idNumber) => idType switch
    {
        IntakeVocabulary.IdTypeIds.ResidentId => ResidentId.Parse(idNumber).ToString(),
        IntakeVocabulary.IdTypeIds.Uscc => UnifiedSocialCreditCode.Parse(idNumber).ToString(),
        _ => idNumber.Trim(),
    };
}
