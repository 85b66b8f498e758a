using Microsoft.Playwright;

namespace RegistrationFlow.BrowserTests.Hosting;

/// <summary>Saves screenshots of the main screens to docs/screenshots/ of the repository, for the README.</summary>
public static class Screenshots
{
    public static string Folder { get; } = Path.Combine(RepositoryRoot(), "docs", "screenshots");

    public static async Task SaveAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, name + ".png"), FullPage = true });
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RegistrationFlow.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("RegistrationFlow.sln not found above " + AppContext.BaseDirectory);
    }
}
