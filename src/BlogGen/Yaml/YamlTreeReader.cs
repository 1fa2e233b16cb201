using System.Globalization;

using BlogGen.Diagnostics;

using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace BlogGen.Yaml;

/// <summary>
/// Builds plain .NET values from one YAML document, event by event: typed scalars, lists, ordinal maps,
/// expanded aliases and merge keys. Limits on size and depth keep alias bombs and absurd nesting harmless.
/// One instance reads one text; it is not shared between threads.
/// </summary>
internal sealed class YamlTreeReader
{
    public const int MaxDepth = 64;

    private readonly string _yaml;
    private readonly string _path;
    private readonly int _lineOffset;
    private readonly TimeZoneInfo _timeZone;
    private readonly int _maxNodes;
    private readonly Parser _parser;
    private readonly Dictionary<string, Anchored> _anchors = new(StringComparer.Ordinal);
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly Stack<ParsingEvent> _openFlowCollections = new();
    private int _nodes;

    private YamlTreeReader(string yaml, string path, int lineOffset, TimeZoneInfo timeZone, int maxNodes)
    {
        _yaml = yaml;
        _path = path;
        _lineOffset = lineOffset;
        _timeZone = timeZone;
        _maxNodes = maxNodes;
        _parser = new Parser(new StringReader(yaml));
    }

    /// <summary>Reads the single document in <paramref name="yaml"/>. Values are null when any error was found.</summary>
    public static YamlTree Read(string yaml, string path, int lineOffset, TimeZoneInfo timeZone, int maxNodes) =>
        new YamlTreeReader(yaml, path, lineOffset, timeZone, maxNodes).ReadStream();

    private YamlTree ReadStream()
    {
        try
        {
            _parser.MoveNext();
            Expect<StreamStart>();
            if (_parser.Current is StreamEnd)
            {
                return new YamlTree(null, RootLine: 0, _diagnostics);
            }
            Expect<DocumentStart>();
            var rootStart = _parser.Current!.Start;
            var root = ReadNode(0, out _);
            Expect<DocumentEnd>();
            if (_parser.Current is DocumentStart second)
            {
                throw new InvalidYamlContentException(
                    second.Start,
                    "the text holds more than one YAML document (a line '---' starts a new one): keep a single document");
            }
            return new YamlTree(_diagnostics.Count == 0 ? root : null, LineOf(rootStart), _diagnostics);
        }
        catch (InvalidYamlContentException error)
        {
            AddError(error.Start, error.Message);
        }
        catch (YamlException error)
        {
            var (line, column, message) = YamlErrorMessages.Describe(error, _yaml);
            _diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FrontMatterYamlError, _path, message, line + _lineOffset, column));
        }
        catch (InvalidOperationException) when (_openFlowCollections.TryPeek(out var open))
        {
            // YamlDotNet's scanner fails this way on some unclosed flow collections ("a: [1, 2" then a new key).
            var (opener, closer) = open is SequenceStart ? ('[', ']') : ('{', '}');
            AddError(open.Start, $"invalid YAML: the '{opener}' opened here is never closed: add the missing '{closer}', or put the value in quotes");
        }
        catch (Exception error) when (error is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet throws these instead of a YamlException on a few malformed inputs, such as a bad tag "!!int[".
            var hint = error.Message.Contains("tag", StringComparison.OrdinalIgnoreCase)
                ? "a value starting with '!' is read as a YAML tag, and this one is not valid: put the value in quotes"
                : "the text cannot be read after this point: check the syntax, and put values with special characters in quotes";
            AddError(_parser.Current?.End ?? Mark.Empty, "invalid YAML: " + hint);
        }
        return new YamlTree(null, RootLine: 0, _diagnostics);
    }

    private object? ReadNode(int depth, out int height)
    {
        var node = _parser.Current!;
        switch (node)
        {
            case AnchorAlias alias:
                _parser.MoveNext();
                return Expand(alias, depth, out height);
            case Scalar scalar:
                _parser.MoveNext();
                Count(1, scalar.Start);
                if (!YamlScalarResolver.TryResolve(scalar, _timeZone, out var value, out var error))
                {
                    throw new InvalidYamlContentException(scalar.Start, "invalid YAML: " + error);
                }
                height = 0;
                Remember(scalar.Anchor, value, 1, height, scalar.Value);
                return value;
            case SequenceStart sequence:
                return ReadSequence(sequence, depth, out height);
            case MappingStart mapping:
                return ReadMapping(mapping, depth, out height);
            default:
                throw new InvalidYamlContentException(node.Start, "invalid YAML: a value is expected here");
        }
    }

    private List<object?> ReadSequence(SequenceStart start, int depth, out int height)
    {
        var before = _nodes;
        EnterCollection(start, depth);
        var items = new List<object?>();
        height = 1;
        while (_parser.Current is not SequenceEnd)
        {
            items.Add(ReadNode(depth + 1, out var itemHeight));
            height = Math.Max(height, itemHeight + 1);
        }
        LeaveCollection(start);
        Remember(start.Anchor, items, _nodes - before, height, keyText: null);
        return items;
    }

    private Dictionary<string, object?> ReadMapping(MappingStart start, int depth, out int height)
    {
        var before = _nodes;
        EnterCollection(start, depth);
        var entries = new Dictionary<string, object?>(StringComparer.Ordinal);
        var keyMarks = new Dictionary<string, Mark>(StringComparer.Ordinal);
        List<MappingPart>? parts = null;
        height = 1;
        while (_parser.Current is not MappingEnd)
        {
            if (_parser.Current is Scalar { Value: "<<", Style: ScalarStyle.Plain, Tag.IsEmpty: true } mergeKey)
            {
                _parser.MoveNext();
                var sources = MergeSources(ReadNode(depth + 1, out var mergedHeight), mergeKey.Start);
                height = Math.Max(height, mergedHeight);
                parts ??= [.. entries.Keys.Select(static key => new MappingPart(key, null))];
                parts.Add(new MappingPart(null, sources));
                continue;
            }

            var keyStart = _parser.Current!.Start;
            var key = ReadKey();
            var value = ReadNode(depth + 1, out var valueHeight);
            height = Math.Max(height, valueHeight + 1);
            if (keyMarks.TryGetValue(key, out var first))
            {
                _diagnostics.Add(Diagnostic.Error(
                    DiagnosticCodes.FrontMatterDuplicateKey,
                    _path,
                    string.Create(CultureInfo.InvariantCulture, $"the key '{key}' appears twice (first on line {LineOf(first)}): remove one of them"),
                    LineOf(keyStart),
                    ColumnOf(keyStart)));
                continue;
            }
            keyMarks.Add(key, keyStart);
            entries.Add(key, value);
            parts?.Add(new MappingPart(key, null));
        }
        LeaveCollection(start);
        var result = parts is null ? entries : Merge(entries, parts);
        Remember(start.Anchor, result, _nodes - before, height, keyText: null);
        return result;
    }

    /// <summary>
    /// Keys written in the map win over merged ones wherever they appear; among merged maps the first wins.
    /// Merged keys take the place of their <c>&lt;&lt;</c> line in the key order.
    /// </summary>
    private static Dictionary<string, object?> Merge(Dictionary<string, object?> entries, List<MappingPart> parts)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            if (part.Key is not null)
            {
                result[part.Key] = entries[part.Key];
                continue;
            }
            foreach (var source in part.MergedMaps!)
            {
                foreach (var (key, value) in source)
                {
                    if (!entries.ContainsKey(key))
                    {
                        result.TryAdd(key, value);
                    }
                }
            }
        }
        return result;
    }

    private static List<Dictionary<string, object?>> MergeSources(object? value, Mark mergeKey) => value switch
    {
        Dictionary<string, object?> map => [map],
        List<object?> list when list.All(static item => item is Dictionary<string, object?>) =>
            [.. list.Cast<Dictionary<string, object?>>()],
        _ => throw new InvalidYamlContentException(
            mergeKey,
            "invalid YAML: '<<' merges maps into this one: its value must be a map or a list of maps, such as '<<: *defaults'"),
    };

    private string ReadKey()
    {
        var node = _parser.Current!;
        switch (node)
        {
            case Scalar scalar:
                _parser.MoveNext();
                Count(1, scalar.Start);
                // Keys stay as written: "2025: x" has the key "2025", never the number.
                Remember(scalar.Anchor, scalar.Value, 1, 0, scalar.Value);
                return scalar.Value;
            case AnchorAlias alias when _anchors.TryGetValue(alias.Value.Value, out var anchored) && anchored.KeyText is not null:
                _parser.MoveNext();
                return anchored.KeyText;
            default:
                throw new InvalidYamlContentException(
                    node.Start,
                    "invalid YAML: a key must be plain text, not a list or a map: write 'key: value'");
        }
    }

    private object? Expand(AnchorAlias alias, int depth, out int height)
    {
        var name = alias.Value.Value;
        if (!_anchors.TryGetValue(name, out var anchored))
        {
            throw new InvalidYamlContentException(
                alias.Start,
                $"invalid YAML: '*{name}' refers to no anchor: define '&{name}' on a value above it, or put the text in quotes");
        }
        Count(anchored.Size, alias.Start);
        height = anchored.Height;
        if (depth + height > MaxDepth)
        {
            throw TooDeep(alias.Start);
        }
        return DeepCopy(anchored.Value);
    }

    private static object? DeepCopy(object? value) => value switch
    {
        List<object?> list => list.Select(DeepCopy).ToList(),
        Dictionary<string, object?> map => map.ToDictionary(static entry => entry.Key, static entry => DeepCopy(entry.Value), StringComparer.Ordinal),
        _ => value,
    };

    private void EnterCollection(NodeEvent start, int depth)
    {
        _parser.MoveNext();
        if (depth + 1 > MaxDepth)
        {
            throw TooDeep(start.Start);
        }
        Count(1, start.Start);
        if (start is SequenceStart { Style: SequenceStyle.Flow } or MappingStart { Style: MappingStyle.Flow })
        {
            _openFlowCollections.Push(start);
        }
    }

    private void LeaveCollection(NodeEvent start)
    {
        _parser.MoveNext();
        if (_openFlowCollections.TryPeek(out var open) && ReferenceEquals(open, start))
        {
            _openFlowCollections.Pop();
        }
    }

    private void Remember(AnchorName anchor, object? value, int size, int height, string? keyText)
    {
        if (!anchor.IsEmpty)
        {
            _anchors[anchor.Value] = new Anchored(value, size, height, keyText);
        }
    }

    private void Count(int nodes, Mark at)
    {
        _nodes += nodes;
        if (_nodes > _maxNodes)
        {
            throw new InvalidYamlContentException(
                at,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"invalid YAML: it holds more than {_maxNodes:N0} values once its aliases (*name) are expanded: make it smaller or use fewer aliases"));
        }
    }

    private static InvalidYamlContentException TooDeep(Mark at) =>
        new(at, $"invalid YAML: lists and maps are nested more than {MaxDepth} levels deep: flatten the structure");

    private void Expect<T>()
        where T : ParsingEvent
    {
        if (_parser.Current is not T)
        {
            throw new InvalidYamlContentException(_parser.Current?.Start ?? Mark.Empty, "invalid YAML: unexpected content here");
        }
        _parser.MoveNext();
    }

    private void AddError(Mark at, string message) =>
        _diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FrontMatterYamlError, _path, message, LineOf(at), ColumnOf(at)));

    // A string cannot hold more than int.MaxValue lines, so the narrowing is safe.
    private int LineOf(Mark mark) => (int)mark.Line + _lineOffset;

    private static int ColumnOf(Mark mark) => (int)mark.Column;

    private sealed record Anchored(object? Value, int Size, int Height, string? KeyText);

    /// <summary>A key written in the map, or the maps a <c>&lt;&lt;</c> line merges in.</summary>
    private sealed record MappingPart(string? Key, List<Dictionary<string, object?>>? MergedMaps);

    private sealed class InvalidYamlContentException(Mark start, string message) : Exception(message)
    {
        public Mark Start { get; } = start;
    }
}
