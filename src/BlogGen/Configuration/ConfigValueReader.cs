using System.Globalization;

using BlogGen.Diagnostics;

namespace BlogGen.Configuration;

/// <summary>Typed access to parsed configuration values; a value of the wrong type is reported and ignored.</summary>
internal sealed class ConfigValueReader(IReadOnlyDictionary<string, object?> values, string path, ICollection<Diagnostic> diagnostics)
{
    public string Path => path;

    public ICollection<Diagnostic> Diagnostics => diagnostics;

    public bool Has(string key) => values.ContainsKey(key);

    public object? Raw(string key) => values.GetValueOrDefault(key);

    public void Report(string key, string message) =>
        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ConfigValueInvalid, path, $"{key}: {message}"));

    public string? String(string key) => values.GetValueOrDefault(key) switch
    {
        null => null,
        string s => s,
        bool b => b ? "true" : "false",
        long or double or DateTimeOffset => Convert.ToString(values[key], CultureInfo.InvariantCulture),
        _ => ReportWrongType<string>(key, "a text value"),
    };

    public int? PositiveInt(string key)
    {
        switch (values.GetValueOrDefault(key))
        {
            case null:
                return null;
            case long n when n is >= 1 and <= int.MaxValue:
                return (int)n;
            case string s when int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) && parsed >= 1:
                return parsed;
            default:
                Report(key, "must be a whole number of 1 or more");
                return null;
        }
    }

    /// <summary>A switch such as Jekyll's <c>future: true</c>: true or false, anything else reported and taken as false.</summary>
    public bool Switch(string key) => values.GetValueOrDefault(key) switch
    {
        null => false,
        bool b => b,
        _ => ReportWrongType<string>(key, "true or false") is not null,
    };

    public IReadOnlyList<string> StringList(string key) => values.GetValueOrDefault(key) switch
    {
        null => [],
        string s => [s],
        IEnumerable<object?> items => [.. items.Where(i => i is not null).Select(i => Convert.ToString(i, CultureInfo.InvariantCulture)!)],
        _ => ReportWrongType<IReadOnlyList<string>>(key, "a list of text values") ?? [],
    };

    public IReadOnlyDictionary<string, object?>? Map(string key) => values.GetValueOrDefault(key) switch
    {
        null => null,
        IReadOnlyDictionary<string, object?> map => map,
        _ => ReportWrongType<IReadOnlyDictionary<string, object?>>(key, "a map of `key: value` lines"),
    };

    private T? ReportWrongType<T>(string key, string expected) where T : class
    {
        Report(key, $"must be {expected}; the value is ignored");
        return null;
    }
}
