using System.Reflection;

using BlogGen.Checking;
using BlogGen.Diagnostics;
using BlogGen.Scaffolding;

namespace BlogGen.Tests.Docs;

/// <summary>docs/diagnostics.md has a "### BGnnnn" section for every code BlogGen can report, and none for a code it cannot.</summary>
public sealed class DiagnosticsPageTests
{
    private static readonly Type[] CodeClasses = [typeof(DiagnosticCodes)];

    public static TheoryData<string, string> Codes()
    {
        var data = new TheoryData<string, string>();
        foreach (var field in CodeClasses.SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static)).Where(f => f.IsLiteral))
        {
            data.Add($"{field.DeclaringType!.Name}.{field.Name}", (string)field.GetRawConstantValue()!);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void EveryCodeHasASection(string constant, string code) =>
        Assert.True(Headings().Contains(code), $"{constant} ({code}) has no '### {code}' section in docs/diagnostics.md");

    [Fact]
    public void EverySectionIsACode()
    {
        var codes = Codes().Select(row => (string)row[1]).ToHashSet(StringComparer.Ordinal);

        Assert.Equal([], Headings().Where(h => !codes.Contains(h)));
    }

    [Fact]
    public void CodesAreUnique()
    {
        var codes = Codes().Select(row => (string)row[1]).ToList();

        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
    }

    private static IReadOnlyList<string> Headings() =>
        [.. GuidePages.ProseLines("diagnostics.md")
            .Select(l => l.Text)
            .Where(l => l.StartsWith("### BG", StringComparison.Ordinal))
            .Select(l => l["### ".Length..].Trim())];
}
