namespace BlogGen.Tests.Architecture;

public sealed class StageReferencesTests
{
    [Fact]
    public void UsingDirectivesOfEveryKindAndFullyQualifiedNamesCountWithTheirLines()
    {
        const string source = """
            using BlogGen.Content;
            using static BlogGen.Markdown.MarkdownRenderer;
            using Diagnostic = BlogGen.Diagnostics.Diagnostic;

            namespace BlogGen.Generators;

            internal static class Sample
            {
                public static object Make() => global::BlogGen.Output.OutputFile.Kept("a.html");

                public static string Version => BlogGen.Building.SiteBuilder.Version;
            }
            """;

        Assert.Equal(
            [(1, "Content"), (2, "Markdown"), (3, "Diagnostics"), (9, "Output"), (11, "Building")],
            StageReferences.In(source));
    }

    [Fact]
    public void CommentsAndLiteralsDoNotCount()
    {
        const string source = """"
            // using BlogGen.Building;
            /* BlogGen.Output.OutputFile, over
               two lines: BlogGen.Templating */
            /// <see cref="BlogGen.Checking.LinkChecker"/>
            internal static class Sample
            {
                private const string Glob = "**/*.md"; // a comment opener inside a string is text
                private const string Url = "https://example.org/BlogGen.Scaffolding";
                private const string Verbatim = @"C:\BlogGen.Sanitizing\""";
                private const string Raw = """BlogGen.Generators "quoted" """;
                private const char Quote = '"';
                private static readonly string Interpolated = $"{Glob} BlogGen.Configuration";
                public static object Make() => BlogGen.Content.Glob.Compile(Glob);
            }
            """";

        Assert.Equal([(13, "Content")], StageReferences.In(source));
    }
}
