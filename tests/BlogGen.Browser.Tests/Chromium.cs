using Microsoft.Playwright;

namespace BlogGen.Browser.Tests;

/// <summary>Debian's Chromium driven by Playwright's bundled driver; Playwright's own browser downloads are never used.</summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!File.Exists(ExecutablePath))
        {
            // A failure, not a skip: CI installs Chromium (.ci/run), and a skipped browser test hides a broken page.
            Assert.Fail($"{ExecutablePath} is missing: install Debian's Chromium with 'apt-get install -y chromium fonts-noto-cjk' (.ci/run does this) and run the browser tests again");
        }
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run",
            ],
        });
    }
}
