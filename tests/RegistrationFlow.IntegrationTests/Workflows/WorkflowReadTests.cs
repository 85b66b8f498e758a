using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.IntegrationTests.Hosting;

namespace RegistrationFlow.IntegrationTests.Workflows;

public sealed class WorkflowReadTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    [Fact]
    public async Task The_list_describes_each_shipped_workflow_by_its_published_version()
    {
        using var client = host.CreateClient(await host.SignInAsync("clerk"));

        var body = await (await client.GetAsync("/api/workflows")).ReadJsonAsync();

        var workflows = body.GetProperty("workflows").EnumerateArray().ToDictionary(w => w.GetProperty("id").GetString()!);
        Assert.Equal(["commercial-housing-transfer", "land-use-right-first-registration", "mortgage-cancellation",
            "mortgage-registration", "second-hand-housing-transfer"], workflows.Keys.Order());
        var commercial = workflows["commercial-housing-transfer"];
        Assert.Equal("商品房转移登记", commercial.GetProperty("title").GetProperty("zh-CN").GetString());
        Assert.Equal("New-build home transfer", commercial.GetProperty("title").GetProperty("en-US").GetString());
        Assert.Equal(1, commercial.GetProperty("publishedVersion").GetInt32());
        var version = Assert.Single(commercial.GetProperty("versions").EnumerateArray());
        Assert.True(version.GetProperty("published").GetBoolean());
        Assert.Equal(64, version.GetProperty("contentHash").GetString()!.Length);
        Assert.Equal(["buyer", "seller"], commercial.GetProperty("partyRoles").EnumerateArray().Select(p => p.GetProperty("role").GetString()));
        var materials = commercial.GetProperty("materials").EnumerateArray().ToDictionary(m => m.GetProperty("id").GetString()!, m => m.GetProperty("required").GetBoolean());
        Assert.True(materials["sale-contract"]);
        Assert.False(materials["marriage-papers"]);
        Assert.Equal("same-day", commercial.GetProperty("serviceLevel").GetProperty("complete").GetString());
        Assert.Equal("16:00", commercial.GetProperty("serviceLevel").GetProperty("cutOff").GetString());
        Assert.Equal(2, workflows["land-use-right-first-registration"].GetProperty("publishedVersion").GetInt32());
        Assert.Equal("none", workflows["mortgage-cancellation"].GetProperty("registration").GetProperty("certificate").GetString());
        Assert.Empty(body.GetProperty("loadProblems").EnumerateArray());
    }

    [Fact]
    public async Task A_version_shows_its_text_its_model_and_no_problems()
    {
        using var client = host.CreateClient(await host.SignInAsync("clerk"));

        var body = await (await client.GetAsync("/api/workflows/commercial-housing-transfer/versions/1")).ReadJsonAsync();

        Assert.Equal(RepositoryWorkflows.CommercialV1, body.GetProperty("text").GetString());
        Assert.Empty(body.GetProperty("problems").EnumerateArray());
        var model = body.GetProperty("model");
        Assert.Equal("intake", model.GetProperty("start").GetString());
        var steps = model.GetProperty("steps").EnumerateArray().ToDictionary(s => s.GetProperty("id").GetString()!);
        Assert.Equal("wait", steps["certificate"].GetProperty("kind").GetString());
        Assert.Equal("certificate-ready", steps["certificate"].GetProperty("until").GetString());
        Assert.Equal(["review", "second-review"], steps["approval"].GetProperty("notBy").EnumerateArray().Select(s => s.GetString()));
        var approve = steps["approval"].GetProperty("actions").EnumerateArray().Single(a => a.GetProperty("name").GetString() == "approve");
        Assert.Equal(["record-in-register"], approve.GetProperty("effects").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task An_unknown_version_or_workflow_is_a_404()
    {
        using var client = host.CreateClient(await host.SignInAsync("clerk"));

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/workflows/commercial-housing-transfer/versions/7")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/workflows/house-swap/versions/1")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/workflows/house-swap/versions/1/diagram.svg")).StatusCode);
    }

    [Fact]
    public async Task The_diagram_is_an_svg_image_in_the_callers_language()
    {
        using var chinese = host.CreateClient(await host.SignInAsync("clerk"));
        using var english = host.CreateClient(await host.SignInAsync("clerk")).InEnglish();

        var zh = await chinese.GetAsync("/api/workflows/commercial-housing-transfer/versions/1/diagram.svg");
        var en = await english.GetAsync("/api/workflows/commercial-housing-transfer/versions/1/diagram.svg");

        Assert.Equal(HttpStatusCode.OK, zh.StatusCode);
        Assert.Equal("image/svg+xml", zh.Content.Headers.ContentType?.MediaType);
        var zhSvg = await zh.Content.ReadAsStringAsync();
        var enSvg = await en.Content.ReadAsStringAsync();
        Assert.StartsWith("<svg", zhSvg.TrimStart());
        Assert.Contains("受理", zhSvg);
        Assert.Contains("Intake", enSvg);
    }

    [Fact]
    public async Task Validating_lists_every_problem_with_line_and_column_and_stores_nothing()
    {
        using var client = host.CreateClient(await host.SignInAsync("manager")).InEnglish();
        var text = RepositoryWorkflows.CommercialV1.Replace("version: 1", "version: 5");
        var at = text.IndexOf("to: review", StringComparison.Ordinal); // the clerk's accept
        var broken = text[..at] + "to: reveiw" + text[(at + "to: review".Length)..];
        var before = await CountVersionsAsync();

        var good = await (await client.PostAsJsonAsync("/api/workflows/validate", new { text = RepositoryWorkflows.CommercialV1 })).ReadJsonAsync();
        var response = await client.PostAsync("/api/workflows/validate", new StringContent(broken, Encoding.UTF8, "application/yaml"));
        var bad = await response.ReadJsonAsync();

        Assert.True(good.GetProperty("valid").GetBoolean());
        Assert.Empty(good.GetProperty("problems").EnumerateArray());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(bad.GetProperty("valid").GetBoolean());
        Assert.Equal(5, bad.GetProperty("version").GetInt32());
        // The typo is one problem; the validator also reports what follows from it (steps no longer reachable).
        var problem = Assert.Single(bad.GetProperty("problems").EnumerateArray(), p => p.GetProperty("code").GetString() == "unknown-target");
        var expectedLine = broken.Split('\n').ToList().FindIndex(line => line.Contains("reveiw")) + 1;
        Assert.Equal(expectedLine, problem.GetProperty("line").GetInt32());
        Assert.True(problem.GetProperty("column").GetInt32() > 1);
        Assert.Contains("'reveiw' (did you mean 'review'?)", problem.GetProperty("message").GetString());
        Assert.Equal(before, await CountVersionsAsync());
    }

    [Fact]
    public async Task Validating_nothing_is_a_400()
    {
        using var client = host.CreateClient(await host.SignInAsync("manager"));

        var response = await client.PostAsJsonAsync("/api/workflows/validate", new { text = "  " });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadJsonAsync()).GetProperty("errors").TryGetProperty("text", out _));
    }

    private Task<int> CountVersionsAsync() => host.InScopeAsync(services =>
        services.GetRequiredService<RegistrationDbContext>().DefinitionVersions.CountAsync());
}
