using System.Reflection;
using System.Text.RegularExpressions;

using BlogGen.Building;
using BlogGen.Tests.TestSupport;

using Scriban.Runtime;

namespace BlogGen.Tests.Architecture;

/// <summary>
/// The site model is typed records; Templating turns them into Scriban objects late, when it renders. No type outside
/// Templating holds, takes or gives a Scriban type, and no source file outside Templating uses the Scriban library.
/// </summary>
public sealed partial class ScribanStaysInTemplatingTests
{
    private const string TemplatingNamespace = "BlogGen.Templating";

    private static readonly Assembly[] Checked =
    [
        typeof(SiteBuilder).Assembly,
        typeof(BlogGen.Server.PreviewServer).Assembly,
    ];

    [Fact]
    public void NoTypeOutsideTemplatingHoldsTakesOrGivesAScribanType()
    {
        var problems = Checked.SelectMany(assembly => assembly.GetTypes())
            .Where(type => !InTemplating(type))
            .SelectMany(ScribanUses)
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(problems.Count == 0, "Scriban types outside Templating (give a typed record and let Templating make the object):\n"
            + string.Join("\n", problems));
    }

    [Fact]
    public void NoSourceFileOutsideTemplatingUsesScriban()
    {
        var templating = RepositoryFiles.PathOf("src", "BlogGen", "Templating");
        var problems = Directory.EnumerateFiles(RepositoryFiles.PathOf("src"), "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.StartsWith(templating + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !file.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Where(file => ScribanName().IsMatch(StageReferences.CodeOnly(File.ReadAllText(file))))
            .Select(file => Path.GetRelativePath(RepositoryFiles.Root, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(problems.Count == 0, "Source files outside src/BlogGen/Templating using Scriban:\n" + string.Join("\n", problems));
    }

    public static TheoryData<Type, bool> Types => new()
    {
        { typeof(PlainRecord), false },
        { typeof(HoldsAScriptObject), true },
        { typeof(GivesAScriptArray), true },
        { typeof(TakesAListOfScriptObjects), true },
        { typeof(IsAScriptObject), true },
        { typeof(HoldsAFuncGivingAScriptObject), true },
    };

    /// <summary>The checker itself: each kind of use is seen, and a plain record is not taken for one.</summary>
    [Theory]
    [MemberData(nameof(Types))]
    public void TheCheckerSeesEveryKindOfUse(Type type, bool usesScriban) => Assert.Equal(usesScriban, ScribanUses(type).Any());

    [Theory]
    [InlineData("using Scriban.Runtime;", true)]
    [InlineData("var page = new Scriban.Runtime.ScriptObject();", true)]
    [InlineData("// Scriban.Runtime is not used here", false)]
    [InlineData("var name = \"Scriban.Runtime\";", false)]
    [InlineData("TemplateSyntax.Scriban", false)]
    public void TheSourceCheckSeesCodeNotProse(string line, bool usesScriban) =>
        Assert.Equal(usesScriban, ScribanName().IsMatch(StageReferences.CodeOnly(line)));

    private static bool InTemplating(Type type) =>
        type.Namespace is { } name && (name == TemplatingNamespace || name.StartsWith(TemplatingNamespace + ".", StringComparison.Ordinal));

    private static IEnumerable<string> ScribanUses(Type type)
    {
        const BindingFlags declared = BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        if (type.BaseType is { } baseType && Mentions(baseType))
        {
            yield return $"{type.FullName}: derives from {baseType.Name}";
        }
        foreach (var field in type.GetFields(declared).Where(field => Mentions(field.FieldType)))
        {
            yield return $"{type.FullName}.{field.Name}: holds a {field.FieldType.Name}";
        }
        foreach (var method in type.GetMethods(declared))
        {
            if (Mentions(method.ReturnType))
            {
                yield return $"{type.FullName}.{method.Name}: gives a {method.ReturnType.Name}";
            }
            foreach (var parameter in method.GetParameters().Where(parameter => Mentions(parameter.ParameterType)))
            {
                yield return $"{type.FullName}.{method.Name}: takes a {parameter.ParameterType.Name}";
            }
        }
    }

    /// <summary>A Scriban type, or one built from it (a list of them, a delegate giving one, an array).</summary>
    private static bool Mentions(Type type) =>
        type.Assembly == typeof(ScriptObject).Assembly
        || type.HasElementType && Mentions(type.GetElementType()!)
        || type.IsGenericType && type.GetGenericArguments().Any(Mentions);

    [GeneratedRegex(@"\bScriban\s*\.")]
    private static partial Regex ScribanName();

    private sealed record PlainRecord(string Title, IReadOnlyList<string> Tags);

    private sealed class HoldsAScriptObject
    {
        public ScriptObject Page { get; } = [];
    }

    private sealed class GivesAScriptArray
    {
        public static ScriptArray Make() => [];
    }

    private sealed class TakesAListOfScriptObjects
    {
        public static int Count(IReadOnlyList<ScriptObject> pages) => pages.Count;
    }

    private sealed class IsAScriptObject : ScriptObject;

    private sealed class HoldsAFuncGivingAScriptObject(Func<ScriptObject> make)
    {
        private readonly Func<ScriptObject> _make = make;

        public int Count() => _make().Count;
    }
}
