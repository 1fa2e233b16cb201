using System.Text.Json;

using BlogGen.Tests.Sanitizing;

using Microsoft.Playwright;

namespace BlogGen.Browser.Tests;

/// <summary>
/// Every page of the XSS fixture site in Chromium: no vector runs (no dialog, no <c>window.__pwned</c>,
/// no <c>print()</c>, no request to <c>/__xss/</c>, no script error, no navigation), even with mouse and
/// focus events fired at every element of the article; nothing in the article is positioned, climbs
/// above it or widens the page; and every marker around a vector can be seen and is not covered.
/// </summary>
public sealed class XssCorpusBrowserTests(XssBrowserSite site) : IClassFixture<XssBrowserSite>
{
    /// <summary>
    /// The only script the test adds before a page loads: a record of what vectors would do.
    /// <c>__pwned</c> is an own property of window, so an element with <c>id="__pwned"</c> cannot pose as a run vector.
    /// </summary>
    private const string Sentinel = """
        (() => {
          const ran = [];
          Object.defineProperty(window, '__xss', { value: Object.freeze({ ran }) });
          Object.defineProperty(window, '__pwned', {
            get() { return ran.find(entry => entry.startsWith('__pwned=')); },
            set(value) { ran.push('__pwned=' + value); },
          });
          window.print = () => { ran.push('print()'); };
        })();
        """;

    /// <summary>Fires events at the article, then reports layout and marker problems; takes the markers of the page's vectors.</summary>
    private const string Probe = """
        async (markers) => {
          const problems = [];
          const article = document.querySelector('[itemprop=articleBody]');
          if (!article) return problems;
          const elements = [...article.querySelectorAll('*')];
          const events = ['mouseover', 'mouseenter', 'mousemove', 'pointerover', 'pointerenter', 'focus', 'focusin',
            'animationstart', 'animationend', 'transitionend', 'toggle', 'load', 'error', 'begin'];
          for (const element of elements) {
            for (const type of events) {
              element.dispatchEvent(new Event(type, { bubbles: true }));
            }
          }
          await new Promise(resolve => setTimeout(resolve, 50));
          window.scrollTo(0, 0);
          const box = article.getBoundingClientRect();
          const name = element => '<' + element.localName + '>';
          for (const element of elements) {
            const style = getComputedStyle(element);
            if (style.position !== 'static' && style.position !== 'relative') {
              problems.push(`position: ${style.position} on ${name(element)}`);
            }
            const rect = element.getBoundingClientRect();
            if (rect.width === 0 && rect.height === 0) continue;
            if (rect.top < box.top - 1) problems.push(`${name(element)} starts ${Math.round(box.top - rect.top)}px above the article`);
            if (rect.left < box.left - 1) problems.push(`${name(element)} starts ${Math.round(box.left - rect.left)}px left of the article`);
          }
          const width = document.documentElement.scrollWidth;
          if (width > innerWidth) problems.push(`the page scrolls sideways: ${width}px wide in a ${innerWidth}px window`);
          for (const marker of markers) {
            const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
            let text;
            while ((text = walker.nextNode()) && !text.data.includes(marker));
            if (!text) { problems.push(`${marker} is missing`); continue; }
            const holder = text.parentElement;
            const range = document.createRange();
            const start = text.data.indexOf(marker);
            range.setStart(text, start);
            range.setEnd(text, start + marker.length);
            const placed = range.getBoundingClientRect();
            window.scrollTo(scrollX + placed.left - innerWidth / 2, scrollY + placed.top - innerHeight / 2);
            const rect = range.getBoundingClientRect();
            if (rect.width < 1 || rect.height < 1) { problems.push(`${marker} has no size`); continue; }
            if (!holder.checkVisibility({ opacityProperty: true, visibilityProperty: true })) problems.push(`${marker} is invisible`);
            const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
            if (!hit || !(hit === holder || holder.contains(hit))) problems.push(`${marker} is covered by ${hit ? name(hit) : 'nothing'}`);
          }
          window.scrollTo(0, 0);
          return problems;
        }
        """;

    [Fact]
    public async Task NoVectorRunsAndEveryMarkerStaysVisibleOnEveryPage()
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        });
        await context.AddInitScriptAsync(Sentinel);
        // Nothing leaves the machine: evil.example and every other host are refused before a lookup.
        await context.RouteAsync("**/*", route =>
            route.Request.Url.StartsWith(site.Origin + "/", StringComparison.Ordinal) ? route.ContinueAsync() : route.AbortAsync());
        var markersByPage = site.Posts.ToDictionary(
            post => post.OutputPath, post => post.Vectors.SelectMany(v => new[] { v.BeforeMarker, v.AfterMarker }).ToArray());

        // One tab for every page: events are written to the list of the page being checked.
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        var url = "";
        page.Dialog += (_, dialog) =>
        {
            problems.Add($"{dialog.Type} dialog: {dialog.Message}");
            _ = dialog.DismissAsync();
        };
        page.PageError += (_, error) => problems.Add("script error: " + error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                problems.Add("console error: " + message.Text);
            }
        };
        page.Request += (_, request) =>
        {
            if (request.Url.Contains("/__xss/", StringComparison.Ordinal) || !request.Url.StartsWith("http", StringComparison.Ordinal))
            {
                problems.Add("request to " + request.Url);
            }
        };
        page.FrameNavigated += (_, frame) =>
        {
            if (frame == page.MainFrame && frame.Url != url)
            {
                problems.Add("navigated to " + frame.Url);
            }
        };

        var failures = new List<string>();
        var checkedMarkers = 0;
        foreach (var path in site.Pages)
        {
            var markers = markersByPage.GetValueOrDefault(path, []);
            checkedMarkers += markers.Length;
            problems.Clear();
            url = site.UrlOf(path);
            await CheckPageAsync(page, url, markers, problems);
            failures.AddRange(problems.Select(problem => $"{path}: {problem}"));
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(site.Posts.Sum(post => post.Vectors.Count) * 2, checkedMarkers);
    }

    private static async Task CheckPageAsync(IPage page, string url, string[] markers, List<string> problems)
    {
        try
        {
            await page.GotoAsync(url);
            problems.AddRange(await page.EvaluateAsync<string[]>(Probe, markers));
            var ran = await page.EvaluateAsync<string[]>("() => [...window.__xss.ran, ...(window.__pwned === undefined ? [] : ['window.__pwned is set'])]");
            problems.AddRange(ran.Select(entry => "vector ran: " + entry));
        }
        catch (PlaywrightException error)
        {
            // A page that navigated away (a meta refresh that got through) loses its script context.
            problems.Add("the page could not be checked: " + error.Message.Split('\n')[0]);
        }
    }

    [Fact]
    public async Task LegitimateMirroredMarkupRendersAsWritten()
    {
        var page = await site.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        await page.RouteAsync("**/*", route =>
            route.Request.Url.StartsWith(site.Origin + "/", StringComparison.Ordinal) ? route.ContinueAsync() : route.AbortAsync());
        await page.GotoAsync(site.UrlOf(XssSite.LegitimatePostPath));

        var rendered = await page.EvaluateAsync<JsonElement>("""
            () => {
              const article = document.querySelector('[itemprop=articleBody]');
              const computed = (selector, property) => getComputedStyle(article.querySelector(selector))[property];
              const photo = article.querySelector('table img');
              const rect = photo.getBoundingClientRect();
              return {
                center: computed('p[style*="text-align: center"]', 'textAlign'),
                justify: computed('p[style*="text-align: justify"]', 'textAlign'),
                indent: computed('p[style*="text-align: justify"]', 'textIndent'),
                right: computed('p[style*="text-align: right"]', 'textAlign'),
                caption: article.querySelector('table[border="0"] span[style]').style.fontSize,
                lead: computed('span[style="font-size: 12pt"]', 'fontSize'),
                byline: computed('span[style*="font-size: 14px"]', 'fontSize'),
                columns: article.querySelectorAll('colgroup > col').length,
                photoLoaded: photo.complete && photo.naturalWidth === 3,
                photoRatio: Math.round(rect.width / rect.height * 100) / 100,
                photoFits: rect.width > 0 && rect.right <= article.getBoundingClientRect().right + 1,
                figcaption: article.querySelector('figure > figcaption').checkVisibility(),
                headingIds: [...article.querySelectorAll('h2, h3')].map(heading => heading.id),
              };
            }
            """);

        Assert.Equal("center", rendered.GetProperty("center").GetString());
        Assert.Equal("justify", rendered.GetProperty("justify").GetString());
        Assert.Equal("right", rendered.GetProperty("right").GetString());
        Assert.NotEqual("0px", rendered.GetProperty("indent").GetString());
        Assert.Equal("8pt", rendered.GetProperty("caption").GetString()); // kept; the theme sets photo captions in a readable size
        Assert.Equal("16px", rendered.GetProperty("lead").GetString());
        Assert.Equal("14px", rendered.GetProperty("byline").GetString());
        Assert.Equal(3, rendered.GetProperty("columns").GetInt32());
        Assert.True(rendered.GetProperty("photoLoaded").GetBoolean());
        Assert.Equal(1.5, rendered.GetProperty("photoRatio").GetDouble());
        Assert.True(rendered.GetProperty("photoFits").GetBoolean());
        Assert.True(rendered.GetProperty("figcaption").GetBoolean());
        var ids = rendered.GetProperty("headingIds").EnumerateArray().Select(id => id.GetString()).ToList();
        Assert.Equal(4, ids.Count);
        Assert.Contains("原文小标题", ids);
        Assert.All(ids, id => Assert.False(string.IsNullOrEmpty(id)));

        await page.GotoAsync(site.UrlOf(XssSite.LegitimatePostPath) + "#" + Uri.EscapeDataString("原文小标题"));
        var headingTop = await page.EvaluateAsync<double>("() => document.getElementById('原文小标题').getBoundingClientRect().top");
        Assert.InRange(headingTop, 0, 200); // at the top, below any scroll margin the theme keeps
        await page.CloseAsync();
    }
}
