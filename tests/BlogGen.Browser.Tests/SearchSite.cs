using Microsoft.Playwright;

namespace BlogGen.Browser.Tests;

/// <summary>A small blog with English and Chinese posts, built with baseurl /blog, served, and a browser to look at it.</summary>
public sealed class SearchSite : IAsyncLifetime
{
    public const string BaseUrl = "/blog";

    private ServedSite? site;

    public IBrowser Browser => site!.Browser;

    public string Origin => site!.Origin;

    /// <summary>The built site's folder.</summary>
    public string Output => site!.Output;

    /// <summary>How many posts share the word "compost": more than one page of results.</summary>
    public const int CompostPosts = 12;

    public async Task InitializeAsync() => site = await ServedSite.BuildAsync(BaseUrl, root =>
    {
        Write(root, "_config.yml", $"title: Search test\nbaseurl: {BaseUrl}\ntimezone: Asia/Shanghai\npermalink: pretty\n");
        Write(root, "_posts/2025-01-05-gardening.md",
            "---\ntitle: Spring gardening notes\ntags: [garden]\n---\nTomatoes want warm soil and a sunny wall.\n");
        Write(root, "_posts/2025-01-04-tomatoes.md",
            "---\ntitle: Why tomatoes split\n---\nToo much water after a dry week.\n");
        Write(root, "_posts/2025-01-07-escaping.md",
            "---\ntitle: Escaping notes\n---\nA search snippet shows `<img src=x onerror=alert(1)>` as text.\n");
        Write(root, "_posts/2025-02-13-news.md",
            "---\ntitle: 特朗普与普京达成协议\ntags: [新闻]\n---\n" +
            "美国总统特朗普2月12日表示，已与俄罗斯总统普京通电话，双方同意立即开始终止乌克兰战争的谈判。ＮＡＴＯ秘书长表示欢迎。\n");
        Write(root, "_posts/2025-01-08-pruning.md",
            "---\ntitle: Pruning roses\n---\nCut back after the last frost.\n");
        Write(root, "_posts/2025-01-09-hardy.md",
            "---\ntitle: Hardy plants\n---\nRoses survive a light frost; prune them in spring.\n");
        for (var i = 1; i <= CompostPosts; i++)
        {
            Write(root, $"_posts/2024-03-{i:00}-compost-{i}.md", $"---\ntitle: Compost log {i}\n---\nTurned the compost heap.\n");
        }
    });

    public async Task DisposeAsync()
    {
        if (site is not null)
        {
            await site.DisposeAsync();
        }
    }

    private static void Write(string root, string relativePath, string text)
    {
        var path = Path.Combine(root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
