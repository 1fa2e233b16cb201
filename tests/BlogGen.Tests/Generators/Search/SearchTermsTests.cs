using BlogGen.Generators.Search;

namespace BlogGen.Tests.Generators.Search;

/// <summary>How text becomes index tokens and a query term the tokens it looks up; search.js follows the same rules.</summary>
public sealed class SearchTermsTests
{
    [Theory]
    // text, its tokens in reading order separated by spaces
    [InlineData("Hello, World!", "hello world")]
    [InlineData("Tomatoes want warm soil.", "tomatoes want warm soil")]
    [InlineData("covid-19 and C# 10", "covid 19 and c 10")]
    [InlineData("ＮＡＴＯ １２３", "nato 123")]
    [InlineData("ΟΔΟΣ", "οδοσ")]
    [InlineData("café naïve", "café naïve")]
    [InlineData("普京通电话", "普 京 普京 通 京通 电 通电 话 电话")]
    [InlineData("与普京，通话", "与 普 与普 京 普京 通 话 通话")]
    [InlineData("nato秘书长", "nato 秘 书 秘书 长 书长")]
    [InlineData("日本経済新聞のニュース", "日 本 日本 経 本経 済 経済 新 済新 聞 新聞 の 聞の ニ のニ ュ ニュ ー ュー ス ース")]
    [InlineData("abcdefghijklmnopqrstuvwxyz0123456789 end", "abcdefghijklmnopqrstuvwxyz012345 end")]
    [InlineData("— … « »", "")]
    public void TextIsIndexedAsWordsAndCjkCharactersAndPairs(string text, string tokens)
    {
        var found = new List<string>();

        SearchTerms.Index(SearchTerms.Normalize(text), token => found.Add(token.ToString()));

        Assert.Equal(tokens, string.Join(' ', found));
    }

    [Theory]
    // query term, its parts separated by spaces, a prefix part ending in '*'
    [InlineData("Tomatoes", "tomatoes*")]
    [InlineData("tom", "tom*")]
    [InlineData("to", "to")]
    [InlineData("ＷＡＲＭ", "warm*")]
    [InlineData("普京通电话", "普京 京通 通电 电话")]
    [InlineData("普京通电", "普京 京通 通电")]
    [InlineData("一二三四五六七八九十一二三四五六七八", "一二 二三 三四 四五 五六 六七 七八 八九")]
    [InlineData("甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉", "甲乙 乙丙 丙丁 丁戊 戊己 己庚 庚辛 辛壬")]
    [InlineData("普京", "普京")]
    [InlineData("茶", "茶")]
    [InlineData("nato秘书长", "nato* 秘书 书长")]
    [InlineData("秘书长nato秘书", "秘书 书长 nato*")]
    [InlineData("a普b", "a 普 b")]
    [InlineData("covid-19", "covid* 19")]
    [InlineData("普京普京", "普京 京普")]
    [InlineData("与普京，通话", "与普 普京 通话")]
    [InlineData("&", "")]
    public void AQueryTermLooksUpItsWordsByPrefixAndItsCjkRunsByPairs(string term, string parts)
    {
        var found = SearchTerms.Parts(term);

        Assert.Equal(parts, string.Join(' ', found.Select(part => part.Prefix ? part.Text + "*" : part.Text)));
    }

    [Theory]
    // token, its shard among 4,096: the script computes the same (FNV-1a of the UTF-8 key, modulo the shard count)
    [InlineData("tom", 0xaeb)]
    [InlineData("tomatoes", 0xaeb)]
    [InlineData("tomb", 0xaeb)]
    [InlineData("to", 0x824)]
    [InlineData("nato", 0xacc)]
    [InlineData("普", 0x16a)]
    [InlineData("普京", 0x174)]
    public void AWordIsFiledByItsFirstThreeCharactersAndACjkTokenByItself(string token, int shard)
    {
        Assert.Equal(shard, SearchShards.Of(token, 4096));
        Assert.Equal($"search/shards/{shard:x3}.json", SearchShards.PathOf(shard, 4096));
        Assert.Equal(shard % 64, SearchShards.Of(token, 64));
    }

    [Theory]
    // posts, shards: about one shard for every two and a half posts, a power of two, at most 16,384
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(3, 2)]
    [InlineData(10, 4)]
    [InlineData(11, 8)]
    [InlineData(100, 64)]
    [InlineData(1000, 512)]
    [InlineData(10_000, 4096)]
    [InlineData(40_960, 16_384)]
    [InlineData(1_000_000, 16_384)]
    public void TheShardCountGrowsWithTheSite(int posts, int shards)
    {
        Assert.Equal(shards, SearchShards.CountFor(posts));
    }

    [Theory]
    // shard, shard count, its file: as many hexadecimal digits as the highest shard has
    [InlineData(0, 1, "search/shards/0.json")]
    [InlineData(3, 4, "search/shards/3.json")]
    [InlineData(10, 16, "search/shards/a.json")]
    [InlineData(10, 64, "search/shards/0a.json")]
    [InlineData(4095, 4096, "search/shards/fff.json")]
    [InlineData(10, 16_384, "search/shards/000a.json")]
    public void AShardFileIsNamedInHexadecimal(int shard, int count, string path)
    {
        Assert.Equal(path, SearchShards.PathOf(shard, count));
    }
}
