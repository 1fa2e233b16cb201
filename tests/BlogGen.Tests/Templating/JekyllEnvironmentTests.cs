using BlogGen.Configuration;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Templating;

/// <summary><c>jekyll.environment</c> is JEKYLL_ENV, <c>development</c> when not set, as in Jekyll; themes add analytics in production.</summary>
public sealed class JekyllEnvironmentTests
{
    [Theory]
    [InlineData(null, "development|dev")]
    [InlineData("production", "production|prod")]
    public void Templates_see_the_environment(string? environment, string written)
    {
        using var site = new TempSite()
            .With("_config.yml", "title: t\n")
            .With("_layouts/bare.html", "{{ jekyll.environment }}|{% if jekyll.environment == 'production' %}prod{% else %}dev{% endif %}")
            .With("index.html", "---\nlayout: bare\n---\nx");

        site.Build(new ConfigOverrides { Environment = environment });

        Assert.Equal(written, site.Output("index.html"));
    }
}
