using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using RegistrationFlow.Web.Hosting;

namespace RegistrationFlow.Web.Problems;

/// <summary>
/// Request bodies are limited to 1 MiB. Kestrel enforces the limit while reading; a declared Content-Length over
/// it is refused here before anything is read, on any server.
/// </summary>
internal static class RequestBodyLimit
{
    public const long MaxBytes = 1024 * 1024;

    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.ContentLength > MaxBytes)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status413PayloadTooLarge,
                    Detail = context.Localize(ProblemTitles.BodyTooLarge(MaxBytes)),
                },
            });
            return;
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBytes;
        }
        await next(context);
    });
}
