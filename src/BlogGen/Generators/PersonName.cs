namespace BlogGen.Generators;

/// <summary>An <c>author</c> value as Jekyll plugins accept it: a name, or a map with <c>name</c>, <c>email</c>, <c>uri</c>/<c>url</c>.</summary>
public sealed record PersonName(string Name, string? Email, string? Uri)
{
    public static PersonName? From(object? value) => value switch
    {
        string name when name.Trim().Length > 0 => new PersonName(name.Trim(), null, null),
        IReadOnlyDictionary<string, object?> map when Text(map, "name") is { } name =>
            new PersonName(name, Text(map, "email"), Text(map, "uri") ?? Text(map, "url")),
        _ => null,
    };

    private static string? Text(IReadOnlyDictionary<string, object?> map, string key) =>
        map.GetValueOrDefault(key) is string text && text.Trim().Length > 0 ? text.Trim() : null;
}
