namespace BlogGen.Generators;

/// <summary>Reports, once per build, problems in the settings the post enrichers read (<c>comments:</c>, <c>related_posts_limit</c>).</summary>
public sealed class PostFeatureSettingsCheck : ISiteGenerator
{
    public GeneratorResult Generate(SiteSnapshot site)
    {
        var (_, commentProblems) = CommentsSettings.Read(site.Config);
        var (_, limitProblem) = RelatedPostsLimit.Read(site.Config);
        return new GeneratorResult([], [], [], [.. commentProblems, .. limitProblem is null ? [] : new[] { limitProblem }]);
    }
}
