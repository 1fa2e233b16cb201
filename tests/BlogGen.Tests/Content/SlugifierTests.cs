using BlogGen.Content;

namespace BlogGen.Tests.Content;

public class SlugifierTests
{
    // Expectations from Jekyll's documented slugify examples where they exist.
    [Theory]
    [InlineData("日本経済新聞", SlugMode.Default, "日本経済新聞")]
    [InlineData("特朗普：立即启动谈判", SlugMode.Default, "特朗普-立即启动谈判")]
    [InlineData(" 特朗普与普京达成协议，启动终止战争谈判", SlugMode.Default, "特朗普与普京达成协议-启动终止战争谈判")]
    [InlineData("The _config.yml file", SlugMode.Default, "the-config-yml-file")]
    [InlineData("The _config.yml file", SlugMode.None, "the _config.yml file")]
    [InlineData("The _config.yml file", SlugMode.Raw, "the-_config.yml-file")]
    [InlineData("The _cönfig.yml file?", SlugMode.Pretty, "the-_cönfig.yml-file")]
    [InlineData("The _cönfig.yml file?", SlugMode.Ascii, "the-c-nfig-yml-file")]
    [InlineData("The _cönfig.yml file?", SlugMode.Latin, "the-config-yml-file")]
    [InlineData("Ærøskøbing Straße café", SlugMode.Latin, "aeroskobing-strasse-cafe")]
    [InlineData("日本経済新聞 Nikkei", SlugMode.Latin, "nikkei")]
    [InlineData("日本経済新聞 Nikkei", SlugMode.Ascii, "nikkei")]
    [InlineData("Привет, мир", SlugMode.Default, "привет-мир")]
    [InlineData("C# & .NET 10", SlugMode.Default, "c-net-10")]
    [InlineData("C# & .NET 10", SlugMode.Pretty, "c-&-.net-10")]
    [InlineData("--already--hyphenated--", SlugMode.Default, "already-hyphenated")]
    [InlineData("--a--", SlugMode.Raw, "-a-")]
    [InlineData("  spaced   out  ", SlugMode.Raw, "spaced-out")]
    [InlineData("emoji 🎉 party", SlugMode.Default, "emoji-party")]
    [InlineData("𠮷野家", SlugMode.Default, "𠮷野家")]
    [InlineData("", SlugMode.Default, "")]
    [InlineData("!!!", SlugMode.Default, "")]
    public void SlugifiesAsJekyll(string text, SlugMode mode, string expected)
    {
        Assert.Equal(expected, Slugifier.Slugify(text, mode));
    }

    public static TheoryData<string, SlugMode> PathClimbingInput()
    {
        var data = new TheoryData<string, SlugMode>();
        foreach (var mode in Enum.GetValues<SlugMode>())
        {
            foreach (var text in new[] { "../../etc", "a/b", "C:\\x", "..", ".", "/", "\\\\server\\share", "a\0b", "line\nbreak", "../", " .. " })
            {
                data.Add(text, mode);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(PathClimbingInput))]
    public void SlugIsAlwaysOneSafePathSegment(string text, SlugMode mode)
    {
        var slug = Slugifier.Slugify(text, mode);

        Assert.DoesNotContain('/', slug);
        Assert.DoesNotContain('\\', slug);
        Assert.DoesNotContain('\0', slug);
        Assert.DoesNotContain('\n', slug);
        Assert.NotEqual(".", slug);
        Assert.NotEqual("..", slug);
    }

    [Theory]
    [InlineData("../../etc", SlugMode.Default, "etc")]
    [InlineData("../../etc", SlugMode.Pretty, "..-..-etc")]
    [InlineData("../../etc", SlugMode.None, "..-..-etc")]
    [InlineData("a/b", SlugMode.Raw, "a-b")]
    [InlineData("C:\\x", SlugMode.Default, "c-x")]
    [InlineData("C:\\x", SlugMode.None, "c:-x")]
    [InlineData("..", SlugMode.Pretty, "")]
    [InlineData("..", SlugMode.None, "")]
    // Found by SlugifierPropertyTests: segments a file system cannot keep.
    [InlineData(" ", SlugMode.None, "")]
    [InlineData("\u3000", SlugMode.Raw, "")]
    [InlineData("...", SlugMode.Pretty, "")]
    [InlineData(" . ", SlugMode.Raw, "")]
    public void PathSeparatorsBecomeHyphens(string text, SlugMode mode, string expected)
    {
        Assert.Equal(expected, Slugifier.Slugify(text, mode));
    }

    [Theory]
    [InlineData(null, true, SlugMode.Default)]
    [InlineData("", true, SlugMode.Default)]
    [InlineData("default", true, SlugMode.Default)]
    [InlineData("none", true, SlugMode.None)]
    [InlineData("raw", true, SlugMode.Raw)]
    [InlineData("Pretty", true, SlugMode.Pretty)]
    [InlineData("ascii", true, SlugMode.Ascii)]
    [InlineData(" latin ", true, SlugMode.Latin)]
    [InlineData("unicode", false, SlugMode.Default)]
    [InlineData("1", false, SlugMode.Default)]
    [InlineData("none,raw", false, SlugMode.Default)]
    public void ParsesModeNames(string? name, bool known, SlugMode expected)
    {
        Assert.Equal(known, Slugifier.TryParseMode(name, out var mode));
        Assert.Equal(expected, mode);
    }

    /// <summary>Found by SlugifierPropertyTests: normalizing threw on a lone surrogate. A [Fact], since an attribute cannot hold one.</summary>
    [Fact]
    public void LatinSlugsSurviveALoneSurrogate()
    {
        Assert.Equal("", Slugifier.Slugify("\uD800", SlugMode.Latin));
        Assert.Equal("cafe-x", Slugifier.Slugify("caf\u00E9\uD800x", SlugMode.Latin));
    }
}
