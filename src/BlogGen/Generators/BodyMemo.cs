using System.Runtime.CompilerServices;

namespace BlogGen.Generators;

/// <summary>
/// A value computed from a body's HTML or text, remembered for as long as that string lives. A body reused from the
/// build cache has the same strings build after build, so a rebuild computes the value only for bodies that changed.
/// </summary>
internal sealed class BodyMemo<T>(Func<string, T> compute)
    where T : class
{
    private readonly ConditionalWeakTable<string, T> _values = [];

    public T For(string html) => _values.GetValue(html, body => compute(body));
}
