using System.Globalization;
using System.Text;

using BlogGen.Generators;
using BlogGen.Generators.Search;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Generators.Search;

/// <summary>
/// What one query downloads from the index of a 10,000-post blog: the script, the manifest, the shards the script's
/// rule picks (SearchTerms, SearchShards) and ten post files, counted as the largest ten of the site so the bound
/// holds whichever posts rank first. The site is generated (words drawn from an English and a Chinese vocabulary,
/// common words far more often than rare ones, as in real text), made once for all rows. docs/search.md reports the
/// same sums measured on the benchmark corpus.
/// </summary>
public sealed class SearchQueryBudgetTests(SearchQueryBudgetTests.LargeSite site) : IClassFixture<SearchQueryBudgetTests.LargeSite>
{
    private const int Budget = 300 * 1024;

    [Theory]
    [InlineData("cache")]
    [InlineData("incremental rebuild")]
    [InlineData("the")]
    [InlineData("compiler memory allocation")]
    [InlineData("普京")]
    [InlineData("普京强调正在")]
    [InlineData("数据中心 半导体")]
    [InlineData("人工智能芯片出口管制措施将于下个季度开始实施")]
    public void OneQueryDownloadsAtMost300KilobytesScriptIncluded(string query)
    {
        var shards = query.Split(' ', StringSplitOptions.RemoveEmptyEntries).SelectMany(SearchTerms.Parts)
            .Select(part => site.Files.ShardPathOf(part.Text)).Distinct()
            .Sum(path => site.Files.Files.TryGetValue(path, out var bytes) ? bytes.Length : 0);

        var total = site.Script + site.Files.Files[SearchIndex.ManifestPath].Length + shards + site.LargestTenPosts;

        Assert.InRange(total, 1, Budget);
    }

    [Fact]
    public void TheSiteIsLargeEnoughToMeanSomething()
    {
        Assert.Equal(LargeSite.Posts, site.Files.Files.Keys.Count(path => path.StartsWith("search/posts/", StringComparison.Ordinal)));
        Assert.Equal(4096, site.Files.ShardCount);
        Assert.InRange(site.Files.ShardPaths.Count(), site.Files.ShardCount / 2, site.Files.ShardCount);
        Assert.InRange(site.Files.Files.Values.Sum(bytes => (long)bytes.Length), 20L << 20, long.MaxValue);
    }

    public sealed class LargeSite
    {
        public const int Posts = 10_000;

        private static readonly string[] English =
            ("the a of to in for on with is are was be it this that build cache compiler incremental rebuild render template layout " +
            "page post site blog static generator markdown html output file folder config theme feed sitemap index archive tag " +
            "date time parse token tree memory allocation garbage collector heap thread parallel async task queue lock benchmark " +
            "latency throughput median run cold warm change watch server deploy publish release version upgrade fast slow " +
            "simple small large write read open copy move delete create update list find search sort filter code source class " +
            "method function type record value key array loop error exception test measure profile trace").Split(' ');

        private static readonly string[] Chinese =
            ("美国 中国 日本 俄罗斯 乌克兰 总统 首相 政府 经济 市场 企业 半导体 芯片 人工智能 数据中心 出口 管制 措施 季度 " +
            "实施 开始 将于 下个 谈判 协议 合作 制裁 战争 安全 选举 政策 预算 银行 投资 消费 增长 价格 利率 关税 贸易 " +
            "特朗普 普京 强调 正在 表示 指出 认为 宣布 计划 决定 推进 加强 扩大 削减 提高 降低 的 了 在 和 与 对 将 也 都 " +
            "问题 情况 趋势 影响 风险 机会 挑战 压力 前景 目标 方向 框架 能源 石油 电力 气候 环境 排放 医疗 教育 就业").Split(' ');

        public LargeSite()
        {
            // One post read and converted by the build's code, copied with other words: converting 10,000 bodies
            // would test Markdown, not the index, and take a minute.
            var one = new SiteModelBuilder().Post("post", "2000-01-01", body: "x").Build();
            var model = one.Posts[0];
            var random = new Random(42);
            var posts = new List<RenderedDocument>(Posts);
            for (var i = Posts - 1; i >= 0; i--)
            {
                var chinese = random.NextDouble() < 0.6;
                var slug = string.Create(CultureInfo.InvariantCulture, $"post-{i}");
                var document = model.Document with
                {
                    Title = Words(random, chinese, 6),
                    Tags = [string.Create(CultureInfo.InvariantCulture, $"t{random.Next(200)}")],
                    Url = $"/{slug}/",
                    Date = model.Document.Date!.Value.AddHours(8 * i),
                };
                posts.Add(model with { Document = document, Text = Words(random, chinese, chinese ? 900 : 500) });
            }
            var generated = new SearchGenerator().Generate(one with { Posts = posts });
            Files = new SearchIndexFiles(generated);
            Script = (int)new FileInfo(RepositoryFiles.PathOf("themes", "default", "assets", "js", "search.js")).Length;
            LargestTenPosts = Files.Files.Where(file => file.Key.StartsWith("search/posts/", StringComparison.Ordinal))
                .Select(file => file.Value.Length).OrderDescending().Take(10).Sum();
        }

        public SearchIndexFiles Files { get; }

        public int Script { get; }

        public int LargestTenPosts { get; }

        /// <summary>Words with a Zipf-like frequency: the n-th word of the vocabulary about 1/n as often as the first.</summary>
        private static string Words(Random random, bool chinese, int count)
        {
            var vocabulary = chinese ? Chinese : English;
            var text = new StringBuilder();
            for (var w = 0; w < count; w++)
            {
                var word = vocabulary[(int)Math.Floor(Math.Pow(vocabulary.Length + 1, random.NextDouble())) - 1];
                text.Append(word).Append(chinese ? (w % 12 == 11 ? "，" : "") : " ");
            }
            return text.ToString();
        }
    }
}
