using BlogGen.Building;
using BlogGen.Configuration;
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
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void EveryStylesheetOfABuildCompilesInOneRunOfSass()
    {
        _site.With("assets/second.scss", "---\n---\n@import \"colors\";\nb { color: $accent; }\n");
        using var sass = new CountingSass();

        var result = SiteBuilder.Build(new BuildOptions(_site.Root, null, new ConfigOverrides()) { SassProgram = sass.Program });

        Assert.Equal(0, result.Errors);
        Assert.Equal(1, sass.Runs);
        Assert.Contains("color: #c0ffee;", _site.Output("assets/main.css"), StringComparison.Ordinal);
        Assert.Contains("b {\n  color: #c0ffee;", _site.Output("assets/second.css"), StringComparison.Ordinal);
        Assert.Contains("p {\n  color: #c0ffee;", _site.Output("assets/indented.css"), StringComparison.Ordinal);
    }

    [Fact]
    public void AnErrorInOneStylesheetOfARunNamesThatFileAndLineAndTheOthersCompile()
    {
        var compiler = new SassCompiler([_site.PathOf("_sass")], "expanded", SassCompiler.FindProgram());
        SassSource[] sources =
        [
            new("@import \"colors\";\na { color: $accent; }\n", _site.PathOf("assets/a.scss"), "assets/a.scss", 3),
            new("a {\n  color: $missing;\n}\n", _site.PathOf("assets/b.scss"), "assets/b.scss", 4),
            new("@import \"nowhere\";\n", _site.PathOf("assets/c.scss"), "assets/c.scss", 1),
        ];

        var results = compiler.CompileAll(sources);

        Assert.Contains("color: #c0ffee;", results[0].Css, StringComparison.Ordinal);
        Assert.Equal((DiagnosticCodes.SassFailed, "assets/b.scss", 5), (results[1].Error!.Code, results[1].Error!.Path, results[1].Error!.Line));
        Assert.Contains("Undefined variable", results[1].Error!.Message, StringComparison.Ordinal);
        Assert.Equal(("assets/c.scss", 1), (results[2].Error!.Path, results[2].Error!.Line));
        Assert.Contains("Can't find stylesheet to import", results[2].Error!.Message, StringComparison.Ordinal);
    }

    /// <summary>Each stylesheet compiles under its own name: under a name of the run's choosing it could import itself.</summary>
    [Fact]
    public void AStylesheetImportsAPartialWhateverItsName()
    {
        _site.With("_sass/_stylesheet.scss", "$from-partial: 2px;\n");
        var compiler = new SassCompiler([_site.PathOf("_sass")], "expanded", SassCompiler.FindProgram());

        var results = compiler.CompileAll([new("@import \"stylesheet\";\na { margin: $from-partial; }\n", _site.PathOf("assets/main.scss"), "assets/main.scss", 3)]);

        Assert.Null(results[0].Error);
        Assert.Contains("margin: 2px;", results[0].Css, StringComparison.Ordinal);
    }

    [Fact]
    public void AStylesheetFindsPartialsBesideItButNotBesideAnotherOfTheRun()
    {
        _site.With("assets/one/_beside.scss", "$beside: 1px;\n");
        var compiler = new SassCompiler([_site.PathOf("_sass")], "expanded", SassCompiler.FindProgram());

        var results = compiler.CompileAll(
        [
            new("@import \"beside\";\na { margin: $beside; }\n", _site.PathOf("assets/one/a.scss"), "assets/one/a.scss", 3),
            new("@import \"beside\";\nb { margin: $beside; }\n", _site.PathOf("assets/two/b.scss"), "assets/two/b.scss", 3),
        ]);

        Assert.Contains("margin: 1px;", results[0].Css, StringComparison.Ordinal);
        Assert.Equal(DiagnosticCodes.SassFailed, results[1].Error!.Code);
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

    /// <summary>A <c>sass</c> that counts how often it is started and runs the real one (a shell script: Linux, as CI).</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private sealed class CountingSass : IDisposable
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("bloggen-counting-sass-").FullName;

        public CountingSass()
        {
            File.WriteAllText(Program, $"#!/bin/sh\necho run >> '{Log}'\nexec '{SassCompiler.FindProgram()}' \"$@\"\n");
            File.SetUnixFileMode(Program, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        public string Program => Path.Combine(_folder, "sass");

        public int Runs => File.Exists(Log) ? File.ReadAllLines(Log).Length : 0;

        private string Log => Path.Combine(_folder, "runs.log");

        public void Dispose() => Directory.Delete(_folder, recursive: true);
    }
}
