using System.Globalization;
using FluentValidation.Results;
using RegistrationFlow.Core.Common;
using RegistrationFlow.Core.Definitions;
using RegistrationFlow.Core.Registration.Intake;

namespace RegistrationFlow.Core.Tests.Registration;

public class IntakeValidatorTests
{
    private static readonly WorkflowDefinition Transfer = RegistrationTestWorkflows.CommercialHousingTransfer();

    private static readonly PartyInput Buyer = new()
    {
        Role = "buyer", Name = "张三", IdType = "resident-id", IdNumber = "11010519491231002X", Share = 1m,
    };

    private static readonly PartyInput Seller = new()
    {
        Role = "seller", Name = "临海某房地产开发有限公司", IdType = "uscc", IdNumber = "91350100M000100Y43", Share = 1m,
    };

    private static readonly IntakeCommand Valid = new()
    {
        Workflow = "commercial-housing-transfer",
        Property = new PropertyInput
        {
            UnitNumber = "331082001001GB00001F00010001", Address = "临海市古城街道示例路1号1幢101室", Area = 89.5m, Use = "residential",
        },
        Parties = [Buyer, Seller],
        Price = 1_250_000m,
        Materials = ["application-form", "identity-documents", "sale-contract"],
    };

    private static IReadOnlyList<ValidationFailure> Validate(IntakeCommand command, string culture = "zh-CN", WorkflowDefinition? workflow = null, DateOnly? today = null)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return new IntakeValidator(workflow ?? Transfer, today).Validate(command).Errors;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static ValidationFailure Single(IntakeCommand command, string path, string culture = "zh-CN", WorkflowDefinition? workflow = null)
    {
        var failures = Validate(command, culture, workflow);
        return Assert.Single(failures, f => f.PropertyName == path);
    }

    private static IntakeCommand WithProperty(Func<PropertyInput, PropertyInput> change) => Valid with { Property = change(Valid.Property!) };
    private static IntakeCommand WithBuyer(Func<PartyInput, PartyInput> change) => Valid with { Parties = [change(Buyer), Seller] };

    [Fact]
    public void A_complete_command_is_valid()
    {
        Assert.Empty(Validate(Valid));
    }

    public static TheoryData<string, IntakeCommand, string, string> Failures => new()
    {
        { "workflow missing", Valid with { Workflow = null }, "workflow", IntakeErrorCodes.WorkflowRequired },
        { "other workflow", Valid with { Workflow = "mortgage-registration" }, "workflow", IntakeErrorCodes.WorkflowMismatch },
        { "property missing", Valid with { Property = null }, "property", IntakeErrorCodes.PropertyRequired },
        { "unit number missing", WithProperty(p => p with { UnitNumber = null }), "property.unitNumber", "unit-number.required" },
        { "unit number short", WithProperty(p => p with { UnitNumber = "331082001001GB00001F" }), "property.unitNumber", "unit-number.length" },
        { "unit number segment", WithProperty(p => p with { UnitNumber = "331082001001KB00001F00010001" }), "property.unitNumber", "unit-number.parcel-feature-code.land-ownership" },
        { "address missing", WithProperty(p => p with { Address = "  " }), "property.address", IntakeErrorCodes.AddressRequired },
        { "address long", WithProperty(p => p with { Address = new string('路', 201) }), "property.address", IntakeErrorCodes.AddressTooLong },
        { "area missing", WithProperty(p => p with { Area = null }), "property.area", IntakeErrorCodes.AreaRequired },
        { "area zero", WithProperty(p => p with { Area = 0m }), "property.area", IntakeErrorCodes.AreaOutOfRange },
        { "area huge", WithProperty(p => p with { Area = 1_000_000.01m }), "property.area", IntakeErrorCodes.AreaOutOfRange },
        { "area to the thousandth", WithProperty(p => p with { Area = 89.505m }), "property.area", IntakeErrorCodes.AreaTooPrecise },
        { "address with a NUL", WithProperty(p => p with { Address = "临海市\0古城街道" }), "property.address", IntakeErrorCodes.AddressUnprintable },
        { "use missing", WithProperty(p => p with { Use = null }), "property.use", IntakeErrorCodes.UseRequired },
        { "use unknown", WithProperty(p => p with { Use = "farm" }), "property.use", IntakeErrorCodes.UseUnknown },
        { "no seller", Valid with { Parties = [Buyer] }, "parties", IntakeErrorCodes.PartyRoleMissing },
        { "party null", Valid with { Parties = [Buyer, Seller, null!] }, "parties[2]", IntakeErrorCodes.PartyRequired },
        { "role missing", Valid with { Parties = [Buyer, Seller, Buyer with { Role = null, Share = null }] }, "parties[2].role", IntakeErrorCodes.RoleRequired },
        { "role not allowed", Valid with { Parties = [Buyer, Seller, Buyer with { Role = "mortgagee" }] }, "parties[2].role", IntakeErrorCodes.RoleNotAllowed },
        { "name missing", WithBuyer(b => b with { Name = "" }), "parties[0].name", IntakeErrorCodes.NameRequired },
        { "name long", WithBuyer(b => b with { Name = new string('张', 101) }), "parties[0].name", IntakeErrorCodes.NameTooLong },
        { "name with a NUL", WithBuyer(b => b with { Name = "张\0三" }), "parties[0].name", IntakeErrorCodes.NameUnprintable },
        { "name with a control character", WithBuyer(b => b with { Name = "张\u0007三" }), "parties[0].name", IntakeErrorCodes.NameUnprintable },
        { "name with a right-to-left override", WithBuyer(b => b with { Name = "张\u202E三" }), "parties[0].name", IntakeErrorCodes.NameUnprintable },
        { "name with a zero-width space", WithBuyer(b => b with { Name = "张\u200B三" }), "parties[0].name", IntakeErrorCodes.NameUnprintable },
        { "id type missing", WithBuyer(b => b with { IdType = null }), "parties[0].idType", IntakeErrorCodes.IdTypeRequired },
        { "id type unknown", WithBuyer(b => b with { IdType = "driving-licence" }), "parties[0].idType", IntakeErrorCodes.IdTypeUnknown },
        { "id number missing", WithBuyer(b => b with { IdNumber = null }), "parties[0].idNumber", IntakeErrorCodes.IdNumberRequired },
        { "resident id check", WithBuyer(b => b with { IdNumber = "110105194912310021" }), "parties[0].idNumber", "resident-id.check-character" },
        { "resident id given a uscc", WithBuyer(b => b with { IdNumber = "91350100M000100Y43" }), "parties[0].idNumber", "resident-id.character" },
        { "uscc check", Valid with { Parties = [Buyer, Seller with { IdNumber = "91350100M000100Y44" }] }, "parties[1].idNumber", "uscc.check-character" },
        { "passport short", WithBuyer(b => b with { IdType = "passport", IdNumber = "E123" }), "parties[0].idNumber", IntakeErrorCodes.PassportInvalid },
        { "passport symbols", WithBuyer(b => b with { IdType = "passport", IdNumber = "E1234-5678" }), "parties[0].idNumber", IntakeErrorCodes.PassportInvalid },
        { "other empty", WithBuyer(b => b with { IdType = "other", IdNumber = " " }), "parties[0].idNumber", IntakeErrorCodes.IdNumberRequired },
        { "share zero", WithBuyer(b => b with { Share = 0m }), "parties[0].share", IntakeErrorCodes.ShareOutOfRange },
        { "share above one", WithBuyer(b => b with { Share = 1.5m }), "parties[0].share", IntakeErrorCodes.ShareOutOfRange },
        { "shares sum short", Valid with { Parties = [Buyer with { Share = 0.5m }, Buyer with { Share = 0.4m }, Seller] }, "parties", IntakeErrorCodes.SharesDoNotSumToOne },
        { "share missing on a shared side", Valid with { Parties = [Buyer with { Share = 0.5m }, Buyer with { Share = null }, Seller] }, "parties[1].share", IntakeErrorCodes.ShareMissing },
        { "price missing", Valid with { Price = null }, "price", IntakeErrorCodes.PriceRequired },
        { "price zero", Valid with { Price = 0m }, "price", IntakeErrorCodes.PriceNotPositive },
        { "price 1e28", Valid with { Price = 1e28m }, "price", IntakeErrorCodes.PriceTooLarge },
        { "price over ten billion", Valid with { Price = 10_000_000_000.01m }, "price", IntakeErrorCodes.PriceTooLarge },
        { "price to the thousandth", Valid with { Price = 1_250_000.125m }, "price", IntakeErrorCodes.PriceTooPrecise },
        { "material blank", Valid with { Materials = ["application-form", ""] }, "materials[1]", IntakeErrorCodes.MaterialBlank },
        { "material unknown", Valid with { Materials = ["application-form", "sale-contract", "lottery-ticket"] }, "materials[2]", IntakeErrorCodes.MaterialUnknown },
        { "material twice", Valid with { Materials = ["application-form", "application-form"] }, "materials[1]", IntakeErrorCodes.MaterialDuplicate },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Each_rule_reports_its_code_at_its_json_path_in_both_languages(string rule, IntakeCommand command, string path, string code)
    {
        var zh = Validate(command, "zh-CN");
        var failure = Assert.Single(zh);
        Assert.True(path == failure.PropertyName, $"{rule}: expected {path}, got {failure.PropertyName}");
        Assert.Equal(code, failure.ErrorCode);
        var text = Assert.IsType<LocalizedText>(failure.CustomState);
        Assert.Equal(text, failure.Text());
        Assert.Equal(text.ZhCn, failure.ErrorMessage);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", failure.ErrorMessage);

        var en = Assert.Single(Validate(command, "en-US"));
        Assert.Equal(path, en.PropertyName);
        Assert.Equal(code, en.ErrorCode);
        Assert.Equal(text.EnUs, en.ErrorMessage);
        Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}{3}", en.ErrorMessage);
        Assert.NotEqual(text.ZhCn, text.EnUs);
    }

    [Theory]
    [InlineData("en", "The price must be more than 0, not 0")]
    [InlineData("en-GB", "The price must be more than 0, not 0")]
    [InlineData("zh-CN", "成交价格必须大于0，填写的是0")]
    [InlineData("zh-TW", "成交价格必须大于0，填写的是0")]
    [InlineData("", "成交价格必须大于0，填写的是0")]
    public void The_message_follows_the_current_ui_culture_with_chinese_by_default(string culture, string message)
    {
        Assert.Equal(message, Single(Valid with { Price = 0m }, "price", culture).ErrorMessage);
    }

    [Fact]
    public void Reports_every_problem_at_once()
    {
        var command = new IntakeCommand { Parties = [new PartyInput()], Materials = ["nonsense"] };
        var paths = Validate(command).Select(f => f.PropertyName).ToHashSet();
        Assert.Superset(new HashSet<string>
        {
            "workflow", "property", "parties", "parties[0].role", "parties[0].name", "parties[0].idType",
            "parties[0].idNumber", "price", "materials[0]",
        }, paths);
    }

    [Fact]
    public void An_empty_command_does_not_crash_and_names_what_is_missing()
    {
        var failures = Validate(new IntakeCommand());
        Assert.Contains(failures, f => f.PropertyName == "workflow");
        Assert.Contains(failures, f => f.PropertyName == "property");
        Assert.Contains(failures, f => f.PropertyName == "price");
        Assert.Equal(2, failures.Count(f => f.ErrorCode == IntakeErrorCodes.PartyRoleMissing));
    }

    [Fact]
    public void Unit_number_message_names_the_segment_and_carries_its_position()
    {
        var command = WithProperty(p => p with { UnitNumber = "331082001001GB00001X00010001" });
        var failure = Single(command, "property.unitNumber");
        Assert.Contains("定着物特征码（第20位）", failure.ErrorMessage);
        Assert.Equal("fixture-feature-code", failure.FormattedMessagePlaceholderValues["Segment"]);
        Assert.Equal(19, failure.FormattedMessagePlaceholderValues["Offset"]);
        Assert.Equal(1, failure.FormattedMessagePlaceholderValues["Length"]);
        Assert.Contains("fixture feature code", Single(command, "property.unitNumber", "en-US").ErrorMessage);
    }

    [Fact]
    public void Resident_id_message_names_the_expected_check_character()
    {
        var failure = Single(WithBuyer(b => b with { IdNumber = "110105194912310021" }), "parties[0].idNumber");
        Assert.Contains("校验码应为 X", failure.ErrorMessage);
    }

    [Fact]
    public void Lower_case_identifiers_are_accepted()
    {
        var command = Valid with
        {
            Property = Valid.Property! with { UnitNumber = "331082001001gb00001f00010001" },
            Parties = [Buyer with { IdNumber = "11010519491231002x" }, Seller with { IdNumber = "91350100m000100y43" }],
        };
        Assert.Empty(Validate(command));
    }

    [Fact]
    public void A_future_birth_date_is_refused_when_the_validator_knows_today()
    {
        var command = WithBuyer(b => b with { IdNumber = "331082202606010033" });
        Assert.Empty(Validate(command));
        var failure = Assert.Single(Validate(command, today: new DateOnly(2026, 5, 1)));
        Assert.Equal("resident-id.birth-date", failure.ErrorCode);
    }

    [Fact]
    public void Missing_role_names_the_role_and_the_counts()
    {
        var zh = Single(Valid with { Parties = [Buyer] }, "parties");
        Assert.Equal("本业务需要至少1名出卖人（seller），现有0名", zh.ErrorMessage);
        var en = Single(Valid with { Parties = [Buyer] }, "parties", "en-US");
        Assert.Equal("This registration needs at least 1 seller, there are 0", en.ErrorMessage);
    }

    [Fact]
    public void A_role_outside_the_workflow_names_the_allowed_roles()
    {
        var failure = Single(Valid with { Parties = [Buyer, Seller, Buyer with { Role = "mortgagee" }] }, "parties[2].role", "en-US");
        Assert.Equal("Role 'mortgagee' is not part of this registration; it must be one of buyer, seller", failure.ErrorMessage);
    }

    [Fact]
    public void Shares_on_a_side_must_add_up_to_exactly_one()
    {
        var coOwners = Valid with { Parties = [Buyer with { Share = 0.5m }, Buyer with { Share = 0.5m }, Seller] };
        Assert.Empty(Validate(coOwners));

        var thirds = Valid with { Parties = [Buyer with { Share = 0.3333m }, Buyer with { Share = 0.3333m }, Buyer with { Share = 0.3333m }, Seller] };
        var failure = Single(thirds, "parties");
        Assert.Equal("买受人（buyer）的份额合计应为1，实为0.9999", failure.ErrorMessage);
        Assert.Equal("The shares of the buyer side must add up to 1, they add up to 0.9999", Single(thirds, "parties", "en-US").ErrorMessage);

        var tooMuch = Valid with { Parties = [Buyer, Seller, Seller with { Share = 0.2m }] };
        Assert.Contains("出卖人", Single(tooMuch, "parties").ErrorMessage);
    }

    [Fact]
    public void Joint_owners_without_shares_are_accepted()
    {
        var spouses = Valid with { Parties = [Buyer with { Share = null }, Buyer with { Name = "李四", Share = null }, Seller with { Share = null }] };
        Assert.Empty(Validate(spouses));
    }

    [Fact]
    public void Unknown_material_is_named()
    {
        var failure = Single(Valid with { Materials = ["lottery-ticket"] }, "materials[0]");
        Assert.Equal("“lottery-ticket”不在本业务的材料清单中", failure.ErrorMessage);
        Assert.Equal("lottery-ticket", failure.AttemptedValue);
    }

    [Fact]
    public void Price_is_optional_where_the_workflow_does_not_need_it_but_never_negative()
    {
        var cancellation = RegistrationTestWorkflows.MortgageCancellation();
        var command = new IntakeCommand
        {
            Workflow = cancellation.Id,
            Property = Valid.Property,
            Parties = [Buyer with { Role = "mortgagor" }, Seller with { Role = "mortgagee", Name = "某银行临海支行" }],
            Materials = ["registration-proof"],
        };
        Assert.Empty(Validate(command, workflow: cancellation));
        Assert.Empty(Validate(command with { Price = 0m }, workflow: cancellation));
        var failure = Single(command with { Price = -1m }, "price", workflow: cancellation);
        Assert.Equal(IntakeErrorCodes.PriceNegative, failure.ErrorCode);
    }

    [Fact]
    public void Roles_required_by_the_workflow_follow_its_definition()
    {
        var cancellation = RegistrationTestWorkflows.MortgageCancellation();
        var command = Valid with { Workflow = cancellation.Id, Materials = [] };
        var failures = Validate(command, workflow: cancellation);
        Assert.Equal(2, failures.Count(f => f.PropertyName == "parties" && f.ErrorCode == IntakeErrorCodes.PartyRoleMissing));
        Assert.Contains(failures, f => f.PropertyName == "parties[0].role" && f.ErrorCode == IntakeErrorCodes.RoleNotAllowed);
        Assert.Contains(failures, f => f.PropertyName == "parties[1].role" && f.ErrorCode == IntakeErrorCodes.RoleNotAllowed);
    }

    [Fact]
    public void Missing_required_materials_lists_the_required_items_not_ticked_in_checklist_order()
    {
        var missing = IntakeValidator.MissingRequiredMaterials(Transfer, ["sale-contract", "application-form", "marriage-papers"]);
        Assert.Equal(["identity-documents", "deed-tax-proof", "interview-record"], missing.Select(m => m.Id));
        Assert.All(missing, m => Assert.True(m.Required));

        Assert.Equal(Transfer.Materials.Count(m => m.Required), IntakeValidator.MissingRequiredMaterials(Transfer, null).Count);
        var all = Transfer.Materials.Where(m => m.Required).Select(m => m.Id).ToArray();
        Assert.Empty(IntakeValidator.MissingRequiredMaterials(Transfer, all));
    }
}
