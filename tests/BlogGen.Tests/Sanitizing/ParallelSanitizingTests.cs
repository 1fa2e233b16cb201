using BlogGen.Sanitizing;

namespace BlogGen.Tests.Sanitizing;

/// <summary>One sanitizer serves every thread of a build, and each call gets only its own removals.</summary>
public sealed class ParallelSanitizingTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)] // the parser is being made on another thread while the first calls come in
    public void Removals_are_attributed_to_the_call_that_caused_them(bool preparedInBackground)
    {
        var sanitizer = new HtmlFragmentSanitizer(SanitizePolicy.Default);
        if (preparedInBackground)
        {
            sanitizer.PrepareInBackground();
        }
        var inputs = Enumerable.Range(0, 2000).Select(Input).ToArray();
        var results = new SanitizeResult[inputs.Length];

        Parallel.For(0, inputs.Length, new ParallelOptions { MaxDegreeOfParallelism = 16 },
            i => results[i] = sanitizer.Sanitize(inputs[i].Html));

        for (var i = 0; i < inputs.Length; i++)
        {
            Assert.Equal(inputs[i].ExpectedHtml, results[i].Html);
            Assert.Equal([inputs[i].ExpectedRemoval], results[i].Removals);
        }
    }

    /// <summary>Several kinds of removal, each made distinct by the call's number.</summary>
    private static (string Html, string ExpectedHtml, string ExpectedRemoval) Input(int n) => (n % 4) switch
    {
        0 => ($"<p data-n{n}=\"x\">post {n}</p>", $"<p>post {n}</p>", $"removed attribute data-n{n} from <p>"),
        1 => ($"<p>post {n}<a href=\"javascript:f({n})\">link</a></p>", $"<p>post {n}<a>link</a></p>", $"removed unsafe URL \"javascript:f({n})\" from <a href>"),
        2 => ($"<p style=\"color: red; z{n}: 1\">post {n}</p>", $"<p style=\"color: red\">post {n}</p>", $"removed CSS property z{n} from <p style>"),
        _ => ($"<p>post {n}</p><x-tag{n}>kept</x-tag{n}>", $"<p>post {n}</p>kept", $"removed <x-tag{n}> tag, kept its content"),
    };
}
