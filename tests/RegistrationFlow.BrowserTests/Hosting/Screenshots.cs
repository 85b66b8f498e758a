using Microsoft.Playwright;

namespace RegistrationFlow.BrowserTests.Hosting;

/// <summary>
/// Saves screenshots of the main screens under TestResults/screenshots/, so a test run leaves the repository as it was;
/// <c>scripts/refresh-screenshots.sh</c> points <c>SCREENSHOTS_DIR</c> at docs/screenshots/ to refresh the README's.
/// </summary>
public static class Screenshots
{
    public static string Folder { get; } = Environment.GetEnvironmentVariable("SCREENSHOTS_DIR") is { Length: > 0 } folder
        ? Path.GetFullPath(folder)
        : Path.Combine(RepositoryRoot(), "TestResults", "screenshots");

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
