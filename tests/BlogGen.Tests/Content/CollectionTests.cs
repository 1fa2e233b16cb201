using BlogGen.Configuration;
using BlogGen.Diagnostics;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Content;

/// <summary>
/// Jekyll's collections: <c>collections:</c> in <c>_config.yml</c>, documents read from <c>_LABEL/</c>, written at their
/// permalink when the collection says <c>output: true</c>, and listed as <c>site.LABEL</c>, in <c>site.collections</c>
/// and <c>site.documents</c>; files without front matter in a collection's folder listed in its <c>files</c>, in
/// <c>site.documents</c> and in <c>site.static_files</c>, and copied when the collection is written. Expected URLs and
/// values are what Jekyll 4.3.1 makes of the same sites.
/// </summary>
public sealed class CollectionTests
{
    private const string Layouts = "plugins: []\n";

    [Theory]
    // configuration under the label, site permalink style, expected output path of _projects/2016-10-25-pocket-wingman.md
    [InlineData("output: true", "date", "projects/2016-10-25-pocket-wingman.html")]
    [InlineData("output: true", "pretty", "projects/2016-10-25-pocket-wingman/index.html")]
    [InlineData("output: true\n    permalink: /projects/:title/", "date", "projects/pocket-wingman/index.html")]
    [InlineData("output: true\n    permalink: /work/:year/:name:output_ext", "date", "work/2016/2016-10-25-pocket-wingman.html")]
    [InlineData("output: true\n    permalink: /:collection/:categories/:slug/", "date", "projects/apps/pocket-wingman/index.html")]
    public void A_written_collection_puts_each_document_at_its_permalink(string settings, string style, string output)
    {
        using var site = new TempSite()
            .With("_config.yml", $"{Layouts}permalink: {style}\ncollections:\n  projects:\n    {settings}\n")
            .With("_layouts/default.html", "<html><body>{{ content }}</body></html>")
            .With("_layouts/project.html", "---\nlayout: default\n---\n<h1>{{ page.title }}</h1>{{ page.collection }}|{{ page.date | date: '%F' }}|{{ content }}")
            .With("_projects/2016-10-25-pocket-wingman.md", "---\nlayout: project\ncategories: [apps]\n---\nAn *app*.\n");

        var result = site.Build();

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal([".nojekyll", output], site.OutputFiles());
        Assert.Equal("<html><body><h1>Pocket Wingman</h1>projects|2016-10-25|<p>An <em>app</em>.</p>\n</body></html>", site.Output(output));
    }

    [Fact]
    public void Site_variables_list_every_collection_and_its_documents()
    {
        using var site = new TempSite()
            .With("_config.yml", Layouts + "collections:\n  projects:\n    output: true\n    kind: work\n  notes:\n    output: false\n"
                + "defaults:\n  - scope:\n      type: notes\n    values:\n      mood: calm\n")
            .With("_layouts/default.html", "{{ content }}")
            .With("_posts/2025-01-01-post.md", "---\ntitle: Post\n---\nP.")
            .With("_projects/b.md", "---\ntitle: B\ndate: 2020-01-02\n---\nB.")
            .With("_projects/a.md", "---\ntitle: A\ndate: 2020-01-03\n---\nA.")
            .With("_projects/_draft.md", "---\ntitle: Hidden\n---\nNot read, as Jekyll skips names starting with _.")
            .With("_projects/logo.svg", "<svg/>")
            .With("_notes/n.md", "---\ntitle: N\n---\nN.")
            .With("about.md", "---\ntitle: About\n---\nAbout.")
            .With("feed.xml", "---\n---\n<feed/>")
            .With("index.html", "---\nlayout: default\n---\n"
                + "{% for c in site.collections %}[{{ c.label }} {{ c.output }} {{ c.relative_directory }} {{ c.docs | map: 'title' | join: ',' }} {{ c.kind }}]{% endfor %}\n"
                + "projects={{ site.projects | map: 'title' | join: ',' }} notes={{ site.notes | map: 'title' | join: ',' }} mood={{ site.notes[0].mood }}\n"
                + "documents={{ site.documents | map: 'title' | join: ',' }}\n"
                + "html_pages={{ site.html_pages | map: 'url' | join: ',' }} pages={{ site.pages | map: 'url' | join: ',' }}\n"
                + "collection={{ site.posts[0].collection }},{{ site.projects[0].collection }},{{ page.collection }}.\n");

        var result = site.Build();

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(
            "[notes false _notes N ][posts true _posts Post ][projects true _projects B,A work]\n"
            + "projects=B,A notes=N mood=calm\n"
            + "documents=Post,B,A,,N\n"
            + "html_pages=/about.html,/ pages=/about.html,/feed.xml,/\n"
            + "collection=posts,projects,.\n",
            site.Output("index.html"));
        Assert.True(site.HasOutput("projects/a.html"));
        Assert.True(site.HasOutput("projects/logo.svg"));
        Assert.False(site.HasOutput("projects/_draft.html"));
        Assert.False(site.HasOutput("notes/n.html"));
    }

    [Fact]
    public void Files_without_front_matter_are_listed_as_Jekyll_lists_them_and_copied_when_their_collection_is_written()
    {
        using var site = new TempSite()
            .With("_config.yml", Layouts + "collections:\n  notes:\n    output: true\n  projects:\n    output: false\n")
            .With("_layouts/default.html", "{{ content }}")
            .With("_notes/a.md", "---\ntitle: A\n---\nA body\n")
            .With("_notes/b.txt", "plain text\n")
            .With("_notes/sub/c.md", "# C without front matter\n")
            .With("_notes/img.png", "PNG")
            .With("_projects/p.md", "---\ntitle: P\n---\nP body\n")
            .With("_projects/q.txt", "not written\n")
            .With("logo.svg", "<svg/>")
            .With("index.html", "---\n---\n"
                + "{% for c in site.collections %}{{ c.label }}: {{ c.docs | size }} docs,{% for f in c.files %} {{ f.path }}|{{ f.name }}|{{ f.basename }}|{{ f.extname }}|{{ f.collection }}{% endfor %}\n{% endfor %}"
                + "static:{% for f in site.static_files %} {{ f.path }}|{{ f.collection }}{% endfor %}\n"
                + "documents:{% for d in site.documents %} {{ d.relative_path }}|{{ d.name }}{% endfor %}\n");

        var result = site.Build();

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(
            "notes: 1 docs, _notes/b.txt|b.txt|b|.txt|notes _notes/img.png|img.png|img|.png|notes _notes/sub/c.md|c.md|c|.md|notes\n"
            + "posts: 0 docs,\n"
            + "projects: 1 docs, _projects/q.txt|q.txt|q|.txt|projects\n"
            + "static: /logo.svg| _notes/b.txt|notes _notes/img.png|notes _notes/sub/c.md|notes _projects/q.txt|projects\n"
            + "documents: _notes/a.md|a.md |b.txt |img.png |c.md _projects/p.md|p.md |q.txt\n",
            site.Output("index.html"));
        Assert.Equal([".nojekyll", "index.html", "logo.svg", "notes/a.html", "notes/b.txt", "notes/img.png", "notes/sub/c.md"], site.OutputFiles());
    }

    [Theory]
    // what turns future documents on, and the pages Jekyll 4.3.1 writes then (the lists are the same either way)
    [InlineData("", false, new[] { "2020/01/01/ppost.html", "index.html", "notes/past.html" })]
    [InlineData("future: true\n", false, new[] { "2020/01/01/ppost.html", "2099/01/01/fpost.html", "index.html", "notes/2099-02-02-named.html", "notes/future.html", "notes/past.html" })]
    [InlineData("", true, new[] { "2020/01/01/ppost.html", "2099/01/01/fpost.html", "index.html", "notes/2099-02-02-named.html", "notes/future.html", "notes/past.html" })]
    public void A_document_dated_in_the_future_is_listed_but_written_only_with_future(string configuration, bool futureOption, string[] written)
    {
        using var site = new TempSite()
            .With("_config.yml", Layouts + configuration + "collections:\n  notes:\n    output: true\n")
            .With("_layouts/default.html", "{{ content }}")
            .With("_notes/past.md", "---\ntitle: Past\ndate: 2020-01-01\n---\nPast body\n")
            .With("_notes/future.md", "---\ntitle: Future\ndate: 2099-01-01\n---\nFuture body\n")
            .With("_notes/2099-02-02-named.md", "---\ntitle: Named\n---\nNamed body\n")
            .With("_posts/2099-01-01-fpost.md", "---\ntitle: FP\n---\nx\n")
            .With("_posts/2020-01-01-ppost.md", "---\ntitle: PP\n---\nx\n")
            .With("index.html", "---\n---\nnotes={{ site.notes | map: 'title' | join: ',' }} posts={{ site.posts | map: 'title' | join: ',' }}\n");

        var result = site.Build(new ConfigOverrides { ShowFuture = futureOption ? true : null });

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal([".nojekyll", .. written], site.OutputFiles());
        Assert.Equal(written.Length > 3 ? "notes=Past,Future,Named posts=FP,PP\n" : "notes=Past,Future,Named posts=PP\n", site.Output("index.html"));
    }

    [Theory]
    [InlineData("collections:\n  projects:\n    output: true\n    sort_by: weight\n", "collections: projects: sort_by is not supported")]
    [InlineData("collections_dir: my_collections\ncollections:\n  projects:\n    output: true\n", "collections_dir: collections are read from folders at the top")]
    [InlineData("collections:\n  posts:\n    permalink: /blog/:title/\n  projects:\n    output: true\n", "collections: posts: permalink is not read; posts are set at the top level")]
    public void What_BlogGen_cannot_do_with_collections_is_a_warning_on_the_configuration(string configuration, string message)
    {
        using var site = new TempSite()
            .With("_config.yml", Layouts + configuration)
            .With("_layouts/default.html", "{{ content }}")
            .With("_projects/a.md", "---\ntitle: A\n---\nA.");

        var result = site.Build();

        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.ConfigValueInvalid);
        Assert.Equal((Severity.Warning, "_config.yml"), (warning.Severity, warning.Path));
        Assert.StartsWith(message, warning.Message, StringComparison.Ordinal);
        Assert.True(site.HasOutput("projects/a.html"));
    }
}
