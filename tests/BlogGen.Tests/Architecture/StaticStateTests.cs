using System.CodeDom.Compiler;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.RegularExpressions;

using BlogGen.Building;

using Scriban.Runtime;

namespace BlogGen.Tests.Architecture;

/// <summary>
/// No mutable state is shared through static fields: what lives from one build to the next belongs to the build
/// session, so two builds in one process (a test and its clean reference, two sites in one server) share nothing.
/// A static field may hold a constant or a value nobody can change.
/// </summary>
public sealed class StaticStateTests
{
    private static readonly Assembly[] Checked =
    [
        typeof(SiteBuilder).Assembly,
        typeof(BlogGen.Server.PreviewServer).Assembly,
    ];

    [Fact]
    public void NoStaticFieldHoldsMutableState()
    {
        var problems = Checked.SelectMany(assembly => assembly.GetTypes())
            .Where(type => !IsGenerated(type))
            .SelectMany(type => type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Select(field => Problem(field) is { } problem ? $"{field.DeclaringType!.FullName}.{field.Name}: {problem}" : null)
            .OfType<string>()
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(problems.Count == 0, "Static fields with mutable state (move the state into the build session, or make the value immutable):\n"
            + string.Join("\n", problems));
    }

    public static TheoryData<string, object?, bool> Values => new()
    {
        { "string", "text", true },
        { "frozen set of strings", FrozenSet.ToFrozenSet(["a"]), true },
        { "immutable array of strings", ImmutableArray.Create("a"), true },
        { "regex", new Regex("a"), true },
        { "delegate", new Func<int>(() => 1), true },
        { "delegate closing over a list", ClosureOver([]), false },
        { "record of immutable values", new Pair("a", 1), true },
        { "array", new[] { 1 }, false },
        { "empty array", Array.Empty<int>(), true },
        { "collection expression behind IReadOnlyList", ReadOnlyNames(), true },
        { "list", new List<int>(), false },
        { "dictionary behind a read-only interface", (IReadOnlyDictionary<string, int>)new Dictionary<string, int>(), false },
        { "class with a settable field", new Settable(), false },
        { "record holding a list", new Holder([1]), false },
        { "frozen set of lists", FrozenSet.ToFrozenSet([new List<int>()]), false },
        { "json options not yet frozen", new JsonSerializerOptions(), false },
        { "json options frozen", Frozen(new JsonSerializerOptions()), true },
        { "script object still writable", new ScriptObject(), false },
        { "lazy value", new Lazy<int>(() => 1), false },
    };

    /// <summary>The rule itself, on values of each kind: a checker that passes everything would pass the fact above.</summary>
    [Theory]
    [MemberData(nameof(Values))]
    public void TellsImmutableValuesFromMutableOnes(string kind, object? value, bool immutable)
    {
        Assert.True(IsImmutable(value?.GetType() ?? typeof(object), value, new HashSet<object>(ReferenceEqualityComparer.Instance)) == immutable, kind);
    }

    [Fact]
    public void ThreadStaticFieldsAreMutableState()
    {
        var field = typeof(ThreadLocalHolder).GetField("t_value", BindingFlags.Static | BindingFlags.NonPublic)!;
        Assert.Equal("thread-static", Problem(field));
    }

    private static IReadOnlyList<string> ReadOnlyNames() => ["a", "b"];

    private static Func<int> ClosureOver(List<int> items) => () => items.Count;

    private static JsonSerializerOptions Frozen(JsonSerializerOptions options)
    {
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private static string? Problem(FieldInfo field)
    {
        if (field.IsLiteral)
        {
            return null;
        }
        if (field.IsDefined(typeof(ThreadStaticAttribute)))
        {
            return "thread-static";
        }
        if (!field.IsInitOnly)
        {
            return "not readonly";
        }
        if (field.DeclaringType!.ContainsGenericParameters)
        {
            return MutablePart(field.FieldType, null, new HashSet<object>(ReferenceEqualityComparer.Instance));
        }
        var value = field.GetValue(null);
        return MutablePart(value?.GetType() ?? field.FieldType, value, new HashSet<object>(ReferenceEqualityComparer.Instance));
    }

    /// <summary>Whether nobody holding <paramref name="value"/> (of <paramref name="type"/>) can change what it holds.</summary>
    private static bool IsImmutable(Type type, object? value, HashSet<object> seen) => MutablePart(type, value, seen) is null;

    /// <summary>What in <paramref name="value"/> (of <paramref name="type"/>) can be changed, or null when nothing can.</summary>
    private static string? MutablePart(Type type, object? value, HashSet<object> seen)
    {
        if (value is Delegate { Target: { } target })
        {
            // A delegate is as changeable as what it closes over.
            return MutablePart(target.GetType(), target, seen);
        }
        if (type.IsPrimitive || type.IsEnum || type.IsPointer || KnownImmutable.Contains(type)
            || typeof(Delegate).IsAssignableFrom(type) || typeof(Regex).IsAssignableFrom(type) || typeof(Type).IsAssignableFrom(type))
        {
            return null;
        }
        if (value is Array { Length: 0 })
        {
            // Nothing in it to change: what `[]` gives for a read-only list.
            return null;
        }
        switch (value)
        {
            case JsonSerializerOptions options:
                return options.IsReadOnly ? null : "JsonSerializerOptions not made read-only";
            case ScriptObject script:
                // Templates cannot assign into a read-only object, nor into the read-only objects it holds.
                return !script.IsReadOnly ? "ScriptObject not read-only"
                    : script.Values.OfType<ScriptObject>().Select(inner => MutablePart(inner.GetType(), inner, seen)).FirstOrDefault(part => part is not null);
        }
        var isReadOnlyWrapper = type.Name.StartsWith("<>z__ReadOnly", StringComparison.Ordinal);
        // The read-only wrapper the compiler makes for a collection expression typed IReadOnlyList holds the only
        // reference to its items; frozen and immutable collections cannot change: what they hold still can.
        if (isReadOnlyWrapper || ImmutableGeneric(type) is not null)
        {
            if (value is System.Collections.IEnumerable items)
            {
                foreach (var item in items)
                {
                    if (item is not null && MutablePart(item.GetType(), item, seen) is { } part)
                    {
                        return $"an item: {part}";
                    }
                }
                return null;
            }
            var arguments = (ImmutableGeneric(type) ?? type).GetGenericArguments();
            return arguments.Select(argument => MutablePart(argument, null, seen)).FirstOrDefault(part => part is not null);
        }
        if (type.IsArray || value is System.Collections.IList { IsReadOnly: false })
        {
            return $"{type.Name} can be changed";
        }
        if (type.IsInterface || type.IsAbstract && value is null || type == typeof(object))
        {
            // Only a value tells what is behind an interface; without one, assume the worst.
            return $"a {type.Name} of unknown kind";
        }
        if (!seen.Add(value ?? type))
        {
            return null;
        }
        for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            foreach (var field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                // A field of a struct held in a readonly field cannot be assigned through it.
                if (!type.IsValueType && !field.IsInitOnly)
                {
                    return $"{type.Name}.{field.Name} is not readonly";
                }
                var fieldValue = value is null ? null : field.GetValue(value);
                if (value is not null && fieldValue is null)
                {
                    // Null, and nothing can assign it.
                    continue;
                }
                if (MutablePart(fieldValue?.GetType() ?? field.FieldType, fieldValue, seen) is { } part)
                {
                    return $"{type.Name}.{field.Name}: {part}";
                }
            }
        }
        return null;
    }

    /// <summary>The immutable collection <paramref name="type"/> is or derives from (frozen sets are subclasses made to fit their items).</summary>
    private static Type? ImmutableGeneric(Type type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.IsGenericType && ImmutableGenerics.Contains(current.GetGenericTypeDefinition()))
            {
                return current;
            }
        }
        return null;
    }

    /// <summary>Compiler-made types (closures, lambda caches) and source-generated ones (regexes, JSON contexts) are not ours to fix.</summary>
    private static bool IsGenerated(Type type) =>
        type.IsDefined(typeof(CompilerGeneratedAttribute)) || type.IsDefined(typeof(GeneratedCodeAttribute))
        || type.Name.StartsWith('<') || type.DeclaringType is { } outer && IsGenerated(outer);

    /// <summary>Types whose instances cannot change once made (some keep private caches, but never a different value).</summary>
    private static readonly FrozenSet<Type> KnownImmutable = new[]
    {
        typeof(string), typeof(decimal), typeof(DateTime), typeof(DateTimeOffset), typeof(TimeSpan), typeof(Guid),
        typeof(UInt128), typeof(Int128), typeof(Uri), typeof(TimeZoneInfo), typeof(System.Globalization.CultureInfo),
        typeof(Version),
    }.ToFrozenSet();

    private static readonly FrozenSet<Type> ImmutableGenerics = new[]
    {
        typeof(ImmutableArray<>), typeof(ImmutableList<>), typeof(ImmutableHashSet<>), typeof(ImmutableDictionary<,>),
        typeof(ImmutableSortedDictionary<,>), typeof(ImmutableSortedSet<>), typeof(FrozenSet<>), typeof(FrozenDictionary<,>),
        typeof(System.Buffers.SearchValues<>), typeof(Nullable<>),
    }.ToFrozenSet();

    private sealed record Pair(string Name, int Count);

    private sealed record Holder(List<int> Items);

    private sealed class Settable
    {
        private int _value;

        public void Set(int value) => _value = value;
    }

    private static class ThreadLocalHolder
    {
        [ThreadStatic]
        private static int t_value;

        public static int Next() => ++t_value;
    }
}
