using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Building;

/// <summary><c>site.static_files</c> lists the files copied as they are, with Jekyll's members, for layouts and bodies alike.</summary>
public sealed class StaticFilesVariableTests : IDisposable
{
    private readonly TempSite _site = new TempSite()
        .With("_config.yml", "title: Files\n")
        .With("_layouts/page.html", "{{ content }}|{% for file in site.static_files %}{{ file.path }}={{ file.basename }}{{ file.extname }};{% endfor %}")
        .With("files.md", "---\ntitle: Files\n---\n{% assign pdfs = site.static_files | where: 'extname', '.pdf' %}{% for file in pdfs %}{{ file.name }}{% endfor %}")
        .With("docs/guide.pdf", "not a pdf")
        .With("img/logo.png", "not a png");

    public void Dispose() => _site.Dispose();

    [Fact]
    public void StaticFilesAreListedWithTheirPathNameAndExtension()
    {
        var result = _site.Build();

        Assert.Equal(0, result.Errors);
        Assert.Equal("<p>guide.pdf</p>\n|/docs/guide.pdf=guide.pdf;/img/logo.png=logo.png;", _site.Output("files.html"));
    }
}
