using QRCoder;

namespace RegistrationFlow.Web.Features.Intake;

/// <summary>The receipt number as a QR code image (PNG data URI), so the counter can scan it back in.</summary>
public static class ReceiptQr
{
    public static string DataUri(string receiptNumber)
    {
        var png = PngByteQRCodeHelper.GetQRCode(receiptNumber, QRCodeGenerator.ECCLevel.M, 8);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
