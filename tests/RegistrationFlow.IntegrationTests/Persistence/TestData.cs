using RegistrationFlow.Infrastructure.Persistence.Entities;

namespace RegistrationFlow.IntegrationTests.Persistence;

internal static class TestData
{
    public static Application NewApplication(string receiptNumber, DateTimeOffset createdAt) => new()
    {
        Id = Guid.NewGuid(),
        ReceiptNumber = receiptNumber,
        WorkflowId = "commercial-housing-transfer",
        WorkflowVersion = 1,
        Property = new PropertyRecord { UnitNumber = "331082001001GB00001F00010001", Address = "临海市古城街道 1 号", Area = 89.5m, Use = "residential" },
        Parties =
        [
            new PartyRecord { Role = "buyer", Name = "张三", IdType = "resident-id", IdNumber = "11010519491231002X", Share = 1 },
            new PartyRecord { Role = "seller", Name = "某房地产开发有限公司", IdType = "uscc", IdNumber = "91350100M000100Y43", Share = 1 },
        ],
        Materials = ["application-form", "identity-documents"],
        Price = 1_250_000m,
        CurrentSteps = ["intake"],
        Status = "in-progress",
        CreatedAt = createdAt,
        CreatedBy = "clerk",
    };
}
