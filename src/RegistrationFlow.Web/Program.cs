using Microsoft.AspNetCore.Http.Features;
using RegistrationFlow.Infrastructure;
using RegistrationFlow.Infrastructure.Search;
using RegistrationFlow.Web.Components;
using RegistrationFlow.Web.Components.Localization;
using RegistrationFlow.Web.Features;
using RegistrationFlow.Web.Hangfire;
using RegistrationFlow.Web.Hosting;
using RegistrationFlow.Web.Problems;
using RegistrationFlow.Web.Security;
using Scalar.AspNetCore;

// A command of the product, not the service: runs and exits without building the host.
if (CopyToPostgreSqlCommand.IsInvoked(args))
{
    return await CopyToPostgreSqlCommand.RunAsync(args[1..], Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);

builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = RequestBodyLimit.MaxBytes);
builder.Services.Configure<FormOptions>(form => form.MultipartBodyLengthLimit = RequestBodyLimit.MaxBytes);
// Unreadable bodies become BadHttpRequestExceptions, which BadRequestExceptionHandler answers as problems.
builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);

builder.Services.AddRegistrationClock(builder.Configuration, builder.Environment);
builder.Services.AddRegistrationStorage(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddRegistrationInfrastructure(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddSingleton(SearchIndexKey.Read(builder.Configuration, developmentKeyAllowed: builder.Environment.IsDevelopment()));
builder.Services.AddRegistrationAuthentication();
builder.Services.AddRegistrationProblems();
builder.Services.AddLocalization();
builder.Services.AddRegistrationOpenApi();
builder.Services.AddRegistrationUi();
builder.Services.AddRegistrationFeatures();
builder.Services.AddRegistrationHangfire();

var app = builder.Build();

app.UseRequestLocalization(options =>
{
    options.SetDefaultCulture(RequestLanguage.Supported[0]);
    options.AddSupportedCultures(RequestLanguage.Supported);
    options.AddSupportedUICultures(RequestLanguage.Supported);
    options.ApplyCurrentCultureToResponseHeaders = true;
    options.RequestCultureProviders.Insert(0, new ScreenCultureProvider());
});
app.UseSecurityHeaders();
if (!app.Environment.IsDevelopment())
{
    // Behind nginx terminating TLS, ASPNETCORE_FORWARDEDHEADERS_ENABLED=true makes the forwarded scheme the request's.
    app.UseHsts();
    app.UseHttpsRedirection();
}
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseRequestBodyLimit();
app.UseAuthentication();
app.UseRevokedSessions();
app.UsePasswordChangeGate();
app.UseAuthorization();
app.UseAntiforgery();
app.UseRegistrationDashboard();

app.MapApiReference();

var api = app.MapGroup("/api").RequireAuthorization().RequireAntiforgeryWithCookies();
app.MapRegistrationFeatures(api);
app.MapRegistrationUi();

await app.InitialiseDatabaseAsync();
await app.RunAsync();
return 0;

/// <summary>The web host's entry point; public so integration tests can start it.</summary>
public partial class Program;
