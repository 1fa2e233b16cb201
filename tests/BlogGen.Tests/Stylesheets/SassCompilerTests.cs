using BlogGen.Diagnostics;
using BlogGen.Stylesheets;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Stylesheets;

/// <summary>Sass files with front matter become CSS through Dart Sass (installed here and in CI), as Jekyll compiles them.</summary>
public sealed class SassCompilerTests : IDisposable
{
    private readonly TempSite _site = new TempSite()
        .With("_config.yml", "title: Sass\n")
        .With("_sass/_colors.scss", "$accent: #c0ffee;\n")
        .With("assets/main.scss", "---\n---\n@import \"colors\";\na { color: $accent; }\n")
        .With("assets/indented.sass", "---\n---\n@import colors\np\n  color: $accent\n")
        .With("assets/plain.scss", "$x: 1px;\na { margin: $x; }\n");

    public void Dispose() => _site.Dispose();

    [Theory]
    // source file, output file, what the output holds
    [InlineData("assets/main.scss", "assets/main.css", "color: #c0ffee;")]
    [InlineData("assets/indented.sass", "assets/indented.css", "color: #c0ffee;")]
    [InlineData("assets/plain.scss", "assets/plain.scss", "$x: 1px;")]
    public void FilesWithFrontMatterAreCompiledWithTheSassFolderAndOthersCopied(string source, string output, string expected)
    {
        Assert.NotEmpty(source);
        var result = _site.Build();

        Assert.Equal(0, result.Errors);
        Assert.Contains(expected, _site.Output(output), StringComparison.Ordinal);
    }

    [Fact]
    public void ASassErrorNamesTheFileAndLineAndTheRestBuilds()
    {
        _site.With("assets/main.scss", "---\ntitle: x\n---\na {\n  color: $missing;\n}\n").With("about.md", "---\ntitle: About\n---\nHi.");

        var result = _site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((DiagnosticCodes.SassFailed, "assets/main.scss", 5), (error.Code, error.Path, error.Line));
        Assert.Contains("Undefined variable", error.Message, StringComparison.Ordinal);
        Assert.True(_site.HasOutput("about.html"));
        Assert.True(_site.HasOutput("assets/indented.css"));
    }

    [Fact]
    public void WithoutSassTheErrorSaysHowToInstallIt()
    {
        var compiler = new SassCompiler([_site.PathOf("_sass")], "expanded", program: null);

        var (css, error) = compiler.Compile("a { b: c; }", _site.PathOf("assets/main.scss"), "assets/main.scss", 3);

        Assert.Null(css);
        Assert.Equal((DiagnosticCodes.SassNotInstalled, "assets/main.scss"), (error!.Code, error.Path));
        Assert.Contains("npm install -g sass", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APartialChangeChangesTheInputsHash()
    {
        var program = SassCompiler.FindProgram();
        var before = new SassCompiler([_site.PathOf("_sass")], "expanded", program).InputsHash;
        _site.With("_sass/_colors.scss", "$accent: #bada55;\n");

        Assert.NotEqual(before, new SassCompiler([_site.PathOf("_sass")], "expanded", program).InputsHash);
    }
}
