using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

using BlogGen.Building;

namespace BlogGen.Tests.Architecture;

/// <summary>
/// Template functions are registered without reflection, so that the tool can be compiled ahead of time (Native AOT):
/// Scriban's <c>Import</c> builds functions from delegates and methods by reflection. The check reads the compiled
/// library's references to other assemblies' members: whatever calls a method refers to it there, however the source
/// spells the call (an extension method, a static call, a method group).
/// </summary>
public sealed class ReflectionFreeFunctionsTests
{
    /// <summary>Scriban's types whose <c>Import</c> methods register by reflection.</summary>
    private static readonly string[] ImportingTypes = ["Scriban.Runtime.ScriptObjectExtensions", "Scriban.Runtime.ScriptObject"];

    [Fact]
    public void TheLibraryNeverCallsScribansImport()
    {
        var calls = ReferencedMethods(typeof(SiteBuilder).Assembly.Location)
            .Where(method => ImportingTypes.Contains(method.Type) && method.Name.StartsWith("Import", StringComparison.Ordinal))
            .Select(method => $"{method.Type}.{method.Name}")
            .Distinct()
            .ToList();
        Assert.True(calls.Count == 0, "The library calls Scriban's reflection-based registration (register a TemplateFunction instead):\n"
            + string.Join("\n", calls));
    }

    /// <summary>The other assemblies' methods the assembly at <paramref name="path"/> refers to, with the full names of their types.</summary>
    private static List<(string Type, string Name)> ReferencedMethods(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        return metadata.MemberReferences.Select(metadata.GetMemberReference)
            .Where(member => member.GetKind() == MemberReferenceKind.Method && member.Parent.Kind == HandleKind.TypeReference)
            .Select(member =>
            {
                var type = metadata.GetTypeReference((TypeReferenceHandle)member.Parent);
                return ($"{metadata.GetString(type.Namespace)}.{metadata.GetString(type.Name)}", metadata.GetString(member.Name));
            })
            .ToList();
    }
}
