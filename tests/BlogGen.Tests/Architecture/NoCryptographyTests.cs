using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

using BlogGen.Building;

namespace BlogGen.Tests.Architecture;

/// <summary>
/// A build and the preview server use no type of System.Security.Cryptography: on Linux those load OpenSSL (libssl and
/// libcrypto) when first used, which costs a small site's build a noticeable part of its start-up, and fails where
/// OpenSSL is missing. Hashing uses System.IO.Hashing; a random key uses <see cref="Random"/>. The check reads each
/// compiled library's type references, so it sees any use however the source spells it.
/// </summary>
public sealed class NoCryptographyTests
{
    public static TheoryData<string> Libraries => [typeof(SiteBuilder).Assembly.Location, typeof(BlogGen.Server.PreviewServer).Assembly.Location];

    [Theory]
    [MemberData(nameof(Libraries))]
    public void TheLibraryRefersToNoCryptographyType(string library)
    {
        using var stream = File.OpenRead(library);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var used = metadata.TypeReferences.Select(metadata.GetTypeReference)
            .Where(type => metadata.GetString(type.Namespace).StartsWith("System.Security.Cryptography", StringComparison.Ordinal))
            .Select(type => $"{metadata.GetString(type.Namespace)}.{metadata.GetString(type.Name)}")
            .Distinct(StringComparer.Ordinal)
            .ToList();

        Assert.True(used.Count == 0, $"{Path.GetFileName(library)} uses cryptography types (use System.IO.Hashing or Random):\n" + string.Join("\n", used));
    }
}
