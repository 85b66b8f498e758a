namespace RegistrationFlow.Core.Registration.Intake;

/// <summary>
/// Error codes of the intake validators. Identifier fields report the identifier's own code instead
/// (<c>resident-id.*</c>, <c>uscc.*</c>, <c>unit-number.*</c>).
/// </summary>
public static class IntakeErrorCodes
{
    public const string WorkflowRequired = "intake.workflow.required";
    public const string WorkflowMismatch = "intake.workflow.mismatch";
    public const string PropertyRequired = "intake.property.required";
    public const string AddressRequired = "intake.property.address.required";
    public const string AddressTooLong = "intake.property.address.too-long";
    public const string AddressUnprintable = "intake.property.address.unprintable";
    public const string AreaRequired = "intake.property.area.required";
    public const string AreaOutOfRange = "intake.property.area.out-of-range";
    public const string AreaTooPrecise = "intake.property.area.too-precise";
    public const string UseRequired = "intake.property.use.required";
    public const string UseUnknown = "intake.property.use.unknown";
    public const string PartyRoleMissing = "intake.parties.role-missing";
    public const string SharesDoNotSumToOne = "intake.parties.share-sum";
    public const string PartyRequired = "intake.party.required";
    public const string RoleRequired = "intake.party.role.required";
    public const string RoleNotAllowed = "intake.party.role.not-allowed";
    public const string NameRequired = "intake.party.name.required";
    public const string NameTooLong = "intake.party.name.too-long";
    public const string NameUnprintable = "intake.party.name.unprintable";
    public const string IdTypeRequired = "intake.party.id-type.required";
    public const string IdTypeUnknown = "intake.party.id-type.unknown";
    public const string IdNumberRequired = "intake.party.id-number.required";
    public const string PassportInvalid = "intake.party.id-number.passport";
    public const string ShareOutOfRange = "intake.party.share.out-of-range";
    public const string ShareMissing = "intake.party.share.missing";
    public const string PriceRequired = "intake.price.required";
    public const string PriceNotPositive = "intake.price.not-positive";
    public const string PriceNegative = "intake.price.negative";
    public const string PriceTooLarge = "intake.price.too-large";
    public const string PriceTooPrecise = "intake.price.too-precise";
    public const string MaterialBlank = "intake.materials.blank";
    public const string MaterialUnknown = "intake.materials.unknown";
    public const string MaterialDuplicate = "intake.materials.duplicate";
}
