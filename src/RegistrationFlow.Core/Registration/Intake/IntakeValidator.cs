using FluentValidation;
using RegistrationFlow.Core.Common;
using RegistrationFlow.Core.Definitions;
using static RegistrationFlow.Core.Registration.Intake.IntakeVocabulary;

namespace RegistrationFlow.Core.Registration.Intake;

/// <summary>
/// Validates an intake command against one workflow version. Failures are keyed by the JSON path of the request body
/// (<c>property.unitNumber</c>, <c>parties[0].idNumber</c>, <c>materials[2]</c>); see <see cref="IntakeFailures"/>
/// for how their text is carried. Whether every required material is present is not checked here: intake may start
/// with materials still missing; <see cref="MissingRequiredMaterials"/> answers that for accept and 不予受理.
/// </summary>
public sealed class IntakeValidator : AbstractValidator<IntakeCommand>
{
    private readonly WorkflowDefinition _definition;

    /// <param name="definition">The workflow version the application is for.</param>
    /// <param name="today">Office-local date; when given, a resident ID with a future birth date is refused.</param>
    public IntakeValidator(WorkflowDefinition definition, DateOnly? today = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        _definition = definition;
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(x => x.Workflow).Json("workflow")
            .NotEmpty().WithText(IntakeErrorCodes.WorkflowRequired, LocalizedText.Of("请选择登记业务", "The workflow is required"))
            .Equal(definition.Id).WithText(IntakeErrorCodes.WorkflowMismatch, (_, workflow) => LocalizedText.Of(
                $"业务“{workflow}”与所用流程“{definition.Id}”不符", $"Workflow '{workflow}' does not match '{definition.Id}'"));

        RuleFor(x => x.Property).Json("property")
            .NotNull().WithText(IntakeErrorCodes.PropertyRequired, LocalizedText.Of("请填写不动产信息", "The property is required"))
            .SetValidator(new PropertyInputValidator()!);

        var allowedRoles = definition.Parties.Count > 0
            ? definition.Parties.Select(p => p.Role).Distinct().ToArray()
            : Vocabulary.PartyRoles.ToArray();
        // Continue: a collection rule that stops would skip every party after the first bad one.
        RuleForEach(x => x.Parties).Json("parties").Cascade(CascadeMode.Continue)
            .NotNull().WithText(IntakeErrorCodes.PartyRequired, LocalizedText.Of("当事人信息不能为空", "A party cannot be empty"))
            .SetValidator(new PartyInputValidator(allowedRoles, today)!);
        RuleFor(x => x.Parties).Json("parties")
            .Custom((parties, context) => CheckPartySides(context, parties ?? []));

        if (definition.PriceRequired)
        {
            RuleFor(x => x.Price).Json("price")
                .NotNull().WithText(IntakeErrorCodes.PriceRequired, LocalizedText.Of("本业务须填写成交价格", "This registration needs the price"))
                .GreaterThan(0m).WithText(IntakeErrorCodes.PriceNotPositive, (_, price) => LocalizedText.Of(
                    $"成交价格必须大于0，填写的是{IntakeFailures.Number(price)}", $"The price must be more than 0, not {IntakeFailures.Number(price)}"));
        }
        else
        {
            RuleFor(x => x.Price).Json("price")
                .GreaterThanOrEqualTo(0m).WithText(IntakeErrorCodes.PriceNegative, (_, price) => LocalizedText.Of(
                    $"价格不能为负数，填写的是{IntakeFailures.Number(price)}", $"The price cannot be negative, not {IntakeFailures.Number(price)}"));
        }
        RuleFor(x => x.Price).Json("price")
            .Must(price => price <= Amounts.MaxPrice).WithText(IntakeErrorCodes.PriceTooLarge, (_, price) => LocalizedText.Of(
                $"成交价格不能超过{IntakeFailures.Number(Amounts.MaxPrice)}元，填写的是{IntakeFailures.Number(price)}",
                $"The price may be at most {IntakeFailures.Number(Amounts.MaxPrice)} yuan, not {IntakeFailures.Number(price)}"))
            .Must(price => Amounts.HasAtMostTwoDecimals(price!.Value)).WithText(IntakeErrorCodes.PriceTooPrecise, (_, price) => LocalizedText.Of(
                $"成交价格最多保留两位小数（分），填写的是{IntakeFailures.Number(price)}", $"The price has at most two decimals (fen), not {IntakeFailures.Number(price)}"))
            .When(x => x.Price is > 0m);

        RuleFor(x => x.Materials).Json("materials")
            .Custom((materials, context) => CheckMaterials(context, materials ?? []));
    }

    /// <summary>The required checklist items of <paramref name="definition"/> not among <paramref name="materials"/>, in checklist order.</summary>
    public static IReadOnlyList<MaterialSpec> MissingRequiredMaterials(WorkflowDefinition definition, IEnumerable<string?>? materials)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var received = new HashSet<string>((materials ?? []).Where(m => m is not null).Select(m => m!.Trim()), StringComparer.Ordinal);
        return definition.Materials.Where(m => m.Required && !received.Contains(m.Id)).ToArray();
    }

    /// <summary>Each role the workflow needs appears often enough; shares on each side sum to exactly 1.</summary>
    private void CheckPartySides(ValidationContext<IntakeCommand> context, IReadOnlyList<PartyInput?> parties)
    {
        var path = context.PropertyPath;
        foreach (var need in _definition.Parties)
        {
            var count = parties.Count(p => p?.Role == need.Role);
            if (count >= need.Min) continue;
            var role = PartyRoleName(need.Role);
            IntakeFailures.Add(context, path, IntakeErrorCodes.PartyRoleMissing, LocalizedText.Of(
                $"本业务需要至少{need.Min}名{role.ZhCn}，现有{count}名",
                $"This registration needs at least {need.Min} {role.EnUs}{(need.Min == 1 ? "" : "s")}, there {(count == 1 ? "is" : "are")} {count}"));
        }

        var sides = parties
            .Select((party, index) => (party, index))
            .Where(p => !string.IsNullOrEmpty(p.party?.Role))
            .GroupBy(p => p.party!.Role!, StringComparer.Ordinal);
        foreach (var side in sides)
        {
            // No share anywhere on a side is 共同共有 (joint ownership): nothing to add up.
            if (side.All(p => p.party!.Share is null)) continue;
            var role = PartyRoleName(side.Key);
            var missing = side.Where(p => p.party!.Share is null).ToArray();
            foreach (var (_, index) in missing)
            {
                IntakeFailures.Add(context, $"{path}[{index}].share", IntakeErrorCodes.ShareMissing, LocalizedText.Of(
                    $"同一方的其他{role.ZhCn}填写了份额，此人也须填写份额",
                    $"Other {role.EnUs}s give a share, so this one must too"));
            }
            // An out-of-range share is already reported on the party; a sum of such shares says nothing new.
            if (missing.Length > 0 || side.Any(p => p.party!.Share is <= 0m or > 1m)) continue;
            var sum = side.Sum(p => p.party!.Share!.Value);
            if (sum == 1m) continue;
            IntakeFailures.Add(context, path, IntakeErrorCodes.SharesDoNotSumToOne, LocalizedText.Of(
                $"{role.ZhCn}的份额合计应为1，实为{IntakeFailures.Number(sum)}",
                $"The shares of the {role.EnUs} side must add up to 1, they add up to {IntakeFailures.Number(sum)}"), sum);
        }
    }

    private void CheckMaterials(ValidationContext<IntakeCommand> context, IReadOnlyList<string?> materials)
    {
        var checklist = _definition.Materials.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < materials.Count; i++)
        {
            var path = $"{context.PropertyPath}[{i}]";
            var id = materials[i]?.Trim();
            if (string.IsNullOrEmpty(id))
                IntakeFailures.Add(context, path, IntakeErrorCodes.MaterialBlank, LocalizedText.Of("材料不能为空", "A material cannot be empty"), materials[i]);
            else if (!checklist.Contains(id))
                IntakeFailures.Add(context, path, IntakeErrorCodes.MaterialUnknown, LocalizedText.Of(
                    $"“{id}”不在本业务的材料清单中", $"'{id}' is not on this registration's checklist of materials"), id);
            else if (!seen.Add(id))
                IntakeFailures.Add(context, path, IntakeErrorCodes.MaterialDuplicate, LocalizedText.Of(
                    $"材料“{id}”重复", $"Material '{id}' is listed twice"), id);
        }
    }
}
