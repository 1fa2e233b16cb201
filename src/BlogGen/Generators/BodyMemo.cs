using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace BlogGen.Generators;

/// <summary>
/// A value computed from a body's HTML or text, remembered for as long as that string lives. A body reused from the
/// build cache has the same strings build after build, so a rebuild computes the value only for bodies that changed.
/// </summary>
/// <typeparam name="T">Annotated as <see cref="ConditionalWeakTable{TKey, TValue}"/> annotates its values (another of its
/// methods makes one with <c>new T()</c>); without it the native build warns, though this memo never calls that method.</typeparam>
internal sealed class BodyMemo<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] T>(Func<string, T> compute)
    where T : class
{
    private readonly ConditionalWeakTable<string, T> _values = [];

    public T For(string html) => _values.GetValue(html, body => compute(body));
}
