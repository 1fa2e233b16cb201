using System.Globalization;

using Scriban;
using Scriban.Parsing;

namespace BlogGen.Templating;

/// <summary>Prints dates as Jekyll does (<c>2025-02-13 07:55:52 +0800</c>) instead of in .NET's default form.</summary>
internal sealed class BlogTemplateContext : TemplateContext
{
    public override string ObjectToString(object? value, bool nested = false) =>
        value is DateTimeOffset date ? JekyllDate(date) : base.ObjectToString(value, nested) ?? "";

    public static string JekyllDate(DateTimeOffset date) =>
        date.ToString("yyyy-MM-dd HH:mm:ss ", CultureInfo.InvariantCulture) + Strftime.Offset(date.Offset, colon: false);
}

/// <inheritdoc cref="BlogTemplateContext"/>
internal sealed class BlogLiquidTemplateContext : LiquidTemplateContext
{
    public override string ObjectToString(object? value, bool nested = false) =>
        value is DateTimeOffset date ? BlogTemplateContext.JekyllDate(date) : base.ObjectToString(value, nested) ?? "";
}
