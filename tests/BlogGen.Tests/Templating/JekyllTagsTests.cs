using BlogGen.Templating;

namespace BlogGen.Tests.Templating;

public sealed class JekyllTagsTests
{
    [Theory]
    [InlineData("{% include head.html %}", "{% jekyll_include 'head.html' %}")]
    [InlineData("`{{ \"{% highlight c \" }}%}` `{{ \"{% endhighlight \" }}%}`", "`{{ \"{% highlight c \" }}%}` `{{ \"{% endhighlight \" }}%}`")]
    [InlineData("{%- include nav/menu.html -%}", "{%- jekyll_include 'nav/menu.html' -%}")]
    [InlineData("{%include head.html%}", "{%jekyll_include 'head.html'%}")]
    [InlineData("{% include 'head.html' %}", "{% jekyll_include 'head.html' %}")]
    [InlineData("{% include \"head.html\" %}", "{% jekyll_include \"head.html\" %}")]
    [InlineData("{% include it's.html %}", "{% jekyll_include \"it's.html\" %}")]
    [InlineData("{% include note.html text=\"hi\" n=3 alt-text='x' v=page.title %}",
        "{% jekyll_include 'note.html' 'text' \"hi\" 'n' 3 'alt-text' 'x' 'v' page.title %}")]
    [InlineData("{% include note.html text = \"a b\" %}", "{% jekyll_include 'note.html' 'text' \"a b\" %}")]
    [InlineData("{% include note.html\n   text=\"a\" %}", "{% jekyll_include 'note.html'    'text' \"a\" %}{% comment %}\n{% endcomment %}")]
    [InlineData("{%- assign x = list\n  | where: \"a\", b\n  | first -%}\n{{ x\n}}", "{%- assign x = list   | where: \"a\", b   | first %}{% comment %}\n\n{% endcomment %}{% if false %}{% endif -%}\n{{ x }}{% comment %}\n{% endcomment %}")]
    [InlineData("a {%- comment -%} {% include x.html %}\n{%- endcomment -%} b", "a {%- if false %}{% endif %}{% comment %}\n{% endcomment %}{% if false %}{% endif -%} b")]
    [InlineData("{% comment %}{% twitter x %}{% endcomment %}", "{% comment %}{% endcomment %}")]
    [InlineData("{% include_cached nav.html all=true %}", "{% jekyll_include 'nav.html' 'all' true %}")]
    [InlineData("{% include a.html svg=\"<svg a=\\\"1\\\">\" b='it\\'s' %}", "{% jekyll_include 'a.html' 'svg' \"<svg a=\\\"1\\\">\" 'b' 'it\\'s' %}")]
    [InlineData("{{ x | default: \"/[\\s\\-/]+/\" }}", "{{ x | default: \"/[\\\\s\\\\-/]+/\" }}")]
    [InlineData("{% post_url 2025-01-01-x %}", "{% post_url '2025-01-01-x' %}")]
    [InlineData("{% link _posts/2025-01-01-x.md %}", "{% link '_posts/2025-01-01-x.md' %}")]
    [InlineData("{% include_relative notes.md %}", "{% jekyll_include_relative 'notes.md' %}")]
    [InlineData("{% include_relative archive.html title=\"Posts\" %}", "{% jekyll_include_relative 'archive.html' 'title' \"Posts\" %}")]
    [InlineData("{% raw %}{% include head.html %}{% endraw %}{% include a.html %}", "{% raw %}{% include head.html %}{% endraw %}{% jekyll_include 'a.html' %}")]
    [InlineData("{% include {{ page.x }} %}", "{% include {{ page.x }} %}")]
    [InlineData("no tags, {{ page.title }}", "no tags, {{ page.title }}")]
    [InlineData("{% if a %}include x{% endif %}", "{% if a %}include x{% endif %}")]
    [InlineData("{{ 'abc' | slice: -2, 1 }}{{ x | plus: -1.5 }}{% assign y = z | at_least: -3 %}", "{{ 'abc' | slice: (-2), 1 }}{{ x | plus: (-1.5) }}{% assign y = z | at_least: (-3) %}")]
    [InlineData("{{ 'a: -1' | append: \", -2\" }}{{ -1 | abs }}{% raw %}{{ x | plus: -1 }}{% endraw %}", "{{ 'a: -1' | append: \", -2\" }}{{ -1 | abs }}{% raw %}{{ x | plus: -1 }}{% endraw %}")]
    [InlineData("a {% twitter x %} b", "a {% comment %}{% twitter x %}{% endcomment %} b")]
    [InlineData("{%- twitter -%}{% gist 1 %}", "{%- comment %}{%- twitter -%}{% endcomment %}{% if false %}{% endif -%}{% comment %}{% gist 1 %}{% endcomment %}")]
    [InlineData("a {% seo %} b", "a {{ bloggen_seo_tag true }} b")]
    [InlineData("{%- seo title=false -%}{% feed_meta %}", "{{- bloggen_seo_tag false -}}{{ bloggen_feed_meta }}")]
    [InlineData("{% edit \"x\"\n page %}{% include a.html %}", "{% comment %}{% edit \"x\"  page %}{% endcomment %}{% comment %}\n{% endcomment %}{% jekyll_include 'a.html' %}")]
    [InlineData("{{ site.adsense-client }}{% if page.my-var.a-b %}{% endif %}", "{{ site[\"adsense-client\"] }}{% if page[\"my-var\"][\"a-b\"] %}{% endif %}")]
    [InlineData("{% for p in site.without-plugin %}{{ p.x | append: 'a.b-c' }}{% endfor %}", "{% for p in site[\"without-plugin\"] %}{{ p.x | append: 'a.b-c' }}{% endfor %}")]
    [InlineData("{% include a.b-c.html v=page.d-e %}{{ my-var }}{{ x | minus: 1 }}", "{% jekyll_include 'a.b-c.html' 'v' page[\"d-e\"] %}{{ my-var }}{{ x | minus: 1 }}")]
    [InlineData("{% raw %}{{ site.a-b }}{% endraw %}", "{% raw %}{{ site.a-b }}{% endraw %}")]
    [InlineData("{% for p in site.projects sort: page.sort-key %}{% endfor %}", "{% for p in site.projects  %}{% endfor %}")]
    [InlineData("{% seo title=page.my-title %}", "{{ bloggen_seo_tag true }}")]
    public void RewritesWhatScribansLiquidCannotRead(string liquid, string expected)
    {
        Assert.Equal(expected, JekyllTags.Rewrite(liquid));
    }

    [Theory]
    [InlineData("{% include a.html %}§")]
    [InlineData("x {% include a.html k=\"v\" n=page.x %} y §")]
    [InlineData("{% include a.html %}{% include b.html c=1 %}§")]
    [InlineData("first {% include a.html %}\nsecond {% include b.html %} §")]
    [InlineData("{% include a.html\n k=1 %} §")]
    [InlineData("{%- assign x = a\n | first -%} §")]
    [InlineData("{% comment %} x {% endcomment %} §")]
    [InlineData("{%- comment -%}\n x \n{%- endcomment -%} {% include a.html %} §")]
    [InlineData("{% post_url 2025-01-01-x %}§")]
    [InlineData("{% seo %} x {% feed_meta %}§")]
    [InlineData("{% seo %}\n x {% include a.html %} §")]
    [InlineData("unchanged §")]
    public void ShiftsMapRewrittenColumnsBackToWrittenOnes(string liquid)
    {
        var rewritten = JekyllTags.Rewrite(liquid, out var shifts);

        var (line, writtenColumn) = Locate(liquid, '§');
        var (rewrittenLine, rewrittenColumn) = Locate(rewritten, '§');

        Assert.Equal(line, rewrittenLine);
        Assert.Equal(writtenColumn, JekyllTags.OriginalColumn(shifts, rewrittenLine, rewrittenColumn));
    }

    [Fact]
    public void ColumnsOnOtherLinesDoNotShift()
    {
        JekyllTags.Rewrite("{% include a.html %}\n  x", out var shifts);

        Assert.Equal(2, JekyllTags.OriginalColumn(shifts, 1, 2));
    }

    private static (int Line, int Column) Locate(string text, char marker)
    {
        var index = text.IndexOf(marker, StringComparison.Ordinal);
        var lineStart = text.LastIndexOf('\n', index) + 1;
        return (text[..index].Count(c => c == '\n'), index - lineStart);
    }
}
