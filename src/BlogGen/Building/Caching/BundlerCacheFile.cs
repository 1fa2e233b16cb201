using BlogGen.Content;

namespace BlogGen.Building.Caching;

/// <summary>
/// <c>.bloggen-cache/bundler.bin</c>: where Bundler said a theme gem is, by theme name and a hash of the site's
/// <c>Gemfile</c> and <c>Gemfile.lock</c> (see <see cref="BundlerLookups"/>), so that a <c>bloggen build</c> of a site
/// with a Gemfile does not start Ruby and Bundler (about half a second) when neither file changed. Written only when
/// Bundler was asked.
/// </summary>
internal static class BundlerCacheFile
{
    private const string FileName = "bundler.bin";

    public static string PathIn(string sourceFolder) => Path.Combine(sourceFolder, BuildCacheFile.FolderName, FileName);

    /// <param name="sourceDirectory">The site's folder as the configuration names it: the key Bundler's answers are kept under.</param>
    /// <param name="ignored">Gets why a kept file that exists was not used.</param>
    public static BundlerLookups Load(string sourceFolder, string sourceDirectory, ICollection<string> ignored) =>
        BuildCacheFile.Read(PathIn(sourceFolder), reader =>
        {
            var answers = new (string Name, UInt128 Inputs, string? Path)[reader.ReadInt32()];
            for (var i = 0; i < answers.Length; i++)
            {
                answers[i] = (reader.ReadString(), BuildCacheFile.ReadHash(reader), reader.ReadBoolean() ? reader.ReadString() : null);
            }
            return new BundlerLookups(sourceDirectory, answers);
        }, ignored) ?? new BundlerLookups();

    public static void SaveIfAsked(BundlerLookups lookups, string sourceFolder, string sourceDirectory)
    {
        if (lookups.Runs == 0)
        {
            return;
        }
        var answers = lookups.Answers(sourceDirectory);
        BuildCacheFile.Write(PathIn(sourceFolder), writer =>
        {
            writer.Write(answers.Count);
            foreach (var (name, inputs, path) in answers)
            {
                writer.Write(name);
                BuildCacheFile.WriteHash(writer, inputs);
                writer.Write(path is not null);
                if (path is not null)
                {
                    writer.Write(path);
                }
            }
        });
    }
}
