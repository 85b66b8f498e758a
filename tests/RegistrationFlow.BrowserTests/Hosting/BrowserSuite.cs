using Microsoft.Playwright;

namespace RegistrationFlow.BrowserTests.Hosting;

/// <summary>
/// Starts the app and Debian's Chromium once for the suite. Each test gets its own browser context (own cookies),
/// so signing in as another person is a new context, as another counter PC would be.
/// </summary>
public sealed class BrowserSuite : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public AppHost App { get; } = new();
    public IBrowser Browser { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        App.StartServer();
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"{ChromiumPath} is missing: run scripts/install-test-dependencies.sh (apt-get install chromium).");
        }
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"],
        });
    }

    /// <summary>
    /// A new browser (own cookies) signed in as <paramref name="userName"/>, on the page they land on, in Chinese unless
    /// <paramref name="keepSavedLanguage"/> (then in the language the person chose last time).
    /// </summary>
    public async Task<IPage> SignedInAsync(string userName, bool keepSavedLanguage = false, string password = "Demo-Pass-1")
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/signin");
        await page.FillAsync("#signin-user", userName);
        await page.FillAsync("#signin-password", password);
        await page.ClickAsync("#signin-submit");
        await page.WaitForSelectorAsync("[data-testid=current-user]");
        // The language is remembered per person; tests start from the default so they do not depend on each other.
        if (!keepSavedLanguage && await page.GetAttributeAsync("html", "lang") != "zh-CN")
        {
            await page.ClickAsync("#lang-zh");
            await page.WaitForSelectorAsync("html[lang=zh-CN]");
        }
        await WaitForInteractiveAsync(page);
        return page;
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.BaseUrl,
            Locale = "en-US", // the screens must still default to Chinese
            ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
            TimezoneId = "Europe/Berlin", // times must still show in the office's zone
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>Waits until the server circuit is connected, so clicks reach their handlers.</summary>
    public static Task WaitForInteractiveAsync(IPage page) =>
        page.WaitForFunctionAsync("() => document.body.dataset.interactive === '1'");

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSuite>
{
    public const string Name = "browser";
}
