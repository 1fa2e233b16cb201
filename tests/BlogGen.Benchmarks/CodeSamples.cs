namespace BlogGen.Benchmarks;

/// <summary>Forty lines each of C# and Python of the kind blog posts show: classes, async code, strings, comments.</summary>
internal static class CodeSamples
{
    public const string CSharp = """
        using System.Text.Json;

        namespace Blog.Samples;

        /// <summary>Counts the words of every post under a folder.</summary>
        public sealed class WordCounter(string root, int limit = 100)
        {
            private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

            public async Task<IReadOnlyDictionary<string, int>> CountAsync(CancellationToken ct = default)
            {
                foreach (var path in Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories).Take(limit))
                {
                    var text = await File.ReadAllTextAsync(path, ct);
                    _counts[Path.GetFileName(path)] = Count(text);
                }
                return _counts;
            }

            private static int Count(string text)
            {
                var words = 0;
                var inWord = false;
                foreach (var c in text)
                {
                    if (char.IsWhiteSpace(c)) { inWord = false; }
                    else if (!inWord) { inWord = true; words++; }
                }
                return words;
            }

            public string ToJson() => JsonSerializer.Serialize(_counts, new JsonSerializerOptions { WriteIndented = true });
            public override string ToString() => $"{_counts.Count} posts, {_counts.Values.Sum():N0} words (limit {limit})";
        }

        public static class Program
        {
            public static async Task Main(string[] args) =>
                Console.WriteLine(await new WordCounter(args.FirstOrDefault() ?? ".").CountAsync() is { Count: > 0 } c ? c.Count : 0);
        }
        """;

    public const string Python = """"
        import json
        import pathlib
        import re
        import time
        from dataclasses import dataclass, field


        @dataclass
        class Post:
            """A post read from a Markdown file with front matter."""
            path: pathlib.Path
            title: str = ""
            tags: list[str] = field(default_factory=list)
            words: int = 0

        FRONT_MATTER = re.compile(r"^---\n(.*?)\n---\n", re.S)

        def read_post(path: pathlib.Path) -> Post:
            text = path.read_text(encoding="utf-8")
            post = Post(path)
            match = FRONT_MATTER.match(text)
            if match:
                for line in match.group(1).splitlines():
                    key, _, value = line.partition(":")
                    if key == "title":
                        post.title = value.strip().strip('"')
                    elif key == "tags":
                        post.tags = [t.strip() for t in value.strip(" []").split(",") if t.strip()]
            post.words = len(text[match.end() if match else 0:].split())
            return post

        def main(root: str = ".", limit: int = 100) -> None:
            t0 = time.perf_counter()
            posts = [read_post(p) for p in sorted(pathlib.Path(root).rglob("*.md"))[:limit]]
            summary = {"posts": len(posts), "words": sum(p.words for p in posts)}
            print(json.dumps(summary, ensure_ascii=False), f"{time.perf_counter() - t0:.3f}s")


        if __name__ == "__main__":
            main()
        """";
}
