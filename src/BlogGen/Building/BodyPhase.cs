using System.Collections.Frozen;

using BlogGen.Content;
using BlogGen.Diagnostics;
using BlogGen.Templating;

namespace BlogGen.Building;

/// <summary>
/// Phase 1 of a build: every body through its Liquid into safe HTML, in Jekyll's order, so that layouts in phase 2 can
/// show any post's content and excerpt. Liquid in a body sees pages as read, without what this phase and the
/// enrichers add. As in Jekyll, posts and collection items come first, and a page's Liquid (a list of posts with
/// excerpts) then sees theirs. Jekyll renders an excerpt when something reads it, so a post whose body lists posts
/// with their excerpts (its own among them) shows them too: here a post's body that reads excerpts or content renders
/// again, seeing this build's, until the excerpts it makes settle.
/// </summary>
internal sealed class BodyPhase(PageRenderer renderer, BodyConverter converter, TemplateObjects objects, string? explainSanitizing, IBuildProgress? progress)
{
    public int Removals { get; private set; }

    /// <summary>Whether a body showed the build time, so that its page changes with it.</summary>
    public bool ShowedBuildTime { get; private set; }

    public SanitizingExplanation? Explanation { get; private set; }

    /// <summary>Every document's converted body, at the document's place; diagnostics and sanitizer reports go to the bags given.</summary>
    public ConvertedBody[] Run(IReadOnlyList<Document> documents, DiagnosticBag diagnostics, DiagnosticBag sanitizerReports)
    {
        var bodies = new ConvertedBody[documents.Count];
        var found = new IReadOnlyList<Diagnostic>[documents.Count];
        var reads = new RenderDependencies[documents.Count];
        var firstWave = Enumerable.Range(0, documents.Count).Where(i => documents[i].Kind != DocumentKind.Page).ToArray();
        Convert(firstWave, null);
        objects.ShowBodies([.. firstWave.Select(i => (documents[i], bodies[i].Html, bodies[i].ExcerptHtml))]);
        var shown = firstWave.Select(i => documents[i].Source.RelativePath).ToFrozenSet(StringComparer.Ordinal);

        // Each pass shows what the pass before made, and renders again only the posts that read a post whose content or
        // excerpt it changed: a chain of posts reading each other's excerpts (a series showing its previous part) settles
        // in as many passes as it is long, at most one per reader. What still changes after that reads itself, round a
        // loop of posts (Jekyll stops on it with "stack level too deep").
        bool ReadsBodyOf(int i, IReadOnlySet<string> paths) => reads[i].PageReads.Any(read => read.Member is "excerpt" or "content" && paths.Contains(read.Identity));
        var readers = firstWave.Where(i => ReadsBodyOf(i, shown)).ToArray();
        var toRender = readers;
        var changes = new Dictionary<string, (bool Content, bool Excerpt)>(StringComparer.Ordinal);
        for (var pass = 1; toRender.Length > 0; pass++)
        {
            if (pass > readers.Length + 1)
            {
                var byPath = readers.ToDictionary(i => documents[i].Source.RelativePath, i => i, StringComparer.Ordinal);
                var looping = toRender.Where(i => ReadsItself(i, byPath)).ToArray();
                diagnostics.AddRange(looping.Select(i => Diagnostic.Error(DiagnosticCodes.ExcerptReadsItself, documents[i].Source.RelativePath,
                    "this post shows excerpts or content of posts that, in a loop, show its own, so it never ends (Jekyll stops on it with \"stack level too deep\"): " +
                    "set `excerpt_separator` so that the excerpt ends before the Liquid, or give the post an `excerpt:` in its front matter",
                    documents[i].BodyStartLine)));
                break;
            }
            var before = toRender.Select(i => (bodies[i].Html, bodies[i].ExcerptHtml)).ToArray();
            Convert(toRender, shown);
            objects.ShowBodies([.. toRender.Select(i => (documents[i], bodies[i].Html, bodies[i].ExcerptHtml))]);
            changes.Clear();
            for (var n = 0; n < toRender.Length; n++)
            {
                var i = toRender[n];
                var change = (!string.Equals(bodies[i].Html, before[n].Html, StringComparison.Ordinal),
                    !string.Equals(bodies[i].ExcerptHtml, before[n].ExcerptHtml, StringComparison.Ordinal));
                if (change != (false, false))
                {
                    changes[documents[i].Source.RelativePath] = change;
                }
            }
            var changed = changes.Keys.ToFrozenSet(StringComparer.Ordinal);
            toRender = changed.Count == 0 ? [] : [.. readers.Where(i => ReadsBodyOf(i, changed))];
        }

        // Whether a post's reads of what changed in the last pass lead back to it: a loop that never settles.
        bool ReadsItself(int start, Dictionary<string, int> byPath)
        {
            var seen = new HashSet<int>();
            var next = new Stack<int>([start]);
            while (next.TryPop(out var i))
            {
                foreach (var read in reads[i].PageReads)
                {
                    var readChanged = changes.TryGetValue(read.Identity, out var change)
                        && (read.Member == "content" ? change.Content : read.Member == "excerpt" && change.Excerpt);
                    if (!readChanged || !byPath.TryGetValue(read.Identity, out var target))
                    {
                        continue;
                    }
                    if (target == start)
                    {
                        return true;
                    }
                    if (seen.Add(target))
                    {
                        next.Push(target);
                    }
                }
            }
            return false;
        }

        var pages = Enumerable.Range(0, documents.Count).Where(i => documents[i].Kind == DocumentKind.Page).ToArray();
        Convert(pages, shown);

        foreach (var i in Enumerable.Range(0, documents.Count))
        {
            diagnostics.AddRange(found[i]);
            if (bodies[i].SanitizerReport is { } report)
            {
                sanitizerReports.Add(report);
                Removals += bodies[i].Removals;
            }
            ShowedBuildTime |= reads[i]?.ReadBuildTime == true;
        }
        return bodies;

        // Stylesheets compile together in one run of Sass once their Liquid ran (see SassCompiler.CompileAll), which
        // goes on while the other bodies convert.
        void Convert(int[] indices, IReadOnlySet<string>? shownBodies)
        {
            var stylesheets = indices.Where(i => documents[i].Format == DocumentFormat.Sass).ToArray();
            var compiling = stylesheets.Length == 0 ? Task.CompletedTask : Task.Run(() => ConvertStylesheets(stylesheets, shownBodies));
            try
            {
                Parallel.ForEach(indices.Where(i => documents[i].Format != DocumentFormat.Sass), i =>
                {
                    var liquidDiagnostics = new List<Diagnostic>();
                    Done(i, liquidDiagnostics, SiteBuilder.ConvertOrShowAsWritten(documents[i], () => converter.Convert(documents[i], RenderBody(i, shownBodies, liquidDiagnostics))));
                });
            }
            finally
            {
                // Never left running past this phase, whatever happened to the other bodies.
                compiling.GetAwaiter().GetResult();
            }
        }

        void ConvertStylesheets(int[] stylesheets, IReadOnlySet<string>? shownBodies)
        {
            var liquidDiagnostics = stylesheets.Select(_ => new List<Diagnostic>()).ToArray();
            var texts = new string?[stylesheets.Length];
            for (var n = 0; n < stylesheets.Length; n++)
            {
                var i = stylesheets[n];
                try
                {
                    texts[n] = RenderBody(i, shownBodies, liquidDiagnostics[n]);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    Done(i, liquidDiagnostics[n], SiteBuilder.ShownAsWritten(documents[i], e));
                }
            }
            var rendered = Enumerable.Range(0, stylesheets.Length).Where(n => texts[n] is not null).ToArray();
            IReadOnlyList<ConvertedBody> compiled;
            try
            {
                compiled = converter.CompileStylesheets([.. rendered.Select(n => (documents[stylesheets[n]], texts[n]!))]);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                compiled = [.. rendered.Select(n => SiteBuilder.ShownAsWritten(documents[stylesheets[n]], e))];
            }
            for (var k = 0; k < rendered.Length; k++)
            {
                Done(stylesheets[rendered[k]], liquidDiagnostics[rendered[k]], compiled[k]);
            }
        }

        // The body after its Liquid, or as written when it has none.
        string RenderBody(int i, IReadOnlySet<string>? shownBodies, List<Diagnostic> liquidDiagnostics)
        {
            var document = documents[i];
            reads[i] = new RenderDependencies();
            var body = document.RenderWithLiquid ? renderer.RenderContent(document, reads[i], shownBodies) : new RenderResult(document.Body, []);
            liquidDiagnostics.AddRange(body.Diagnostics);
            if (explainSanitizing is { } explained && SiteBuilder.PathsEqual(explained, document.Source.FullPath))
            {
                Explanation = new SanitizingExplanation(document.Source.RelativePath, converter.ExplainSanitizing(document, body.Output!));
            }
            return body.Output!;
        }

        void Done(int i, List<Diagnostic> liquidDiagnostics, ConvertedBody converted)
        {
            bodies[i] = converted;
            // A body rendered again replaces what its last render found; progress counts each document once.
            var first = found[i] is null;
            found[i] = [.. liquidDiagnostics, .. converted.Diagnostics];
            if (first)
            {
                progress?.Advance();
            }
        }
    }
}
