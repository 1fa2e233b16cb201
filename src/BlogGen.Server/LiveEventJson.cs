using System.Text.Json.Serialization;

namespace BlogGen.Server;

/// <summary>The data of a <c>hello</c>, <c>reload</c> or <c>css</c> event: the id of the site now served.</summary>
internal sealed record BuildEvent(string Build);

/// <summary>One error of a failed build, as the page's error overlay shows it.</summary>
internal sealed record BuildError(string Path, int Line, int Column, string Location, string Code, string Message);

/// <summary>
/// The JSON of the events pages follow (<see cref="LiveEvents"/>), written by code generated when compiling: the
/// native executable has no reflection-based serializer. Property names in camel case, as <c>livereload.js</c> reads them.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(BuildEvent))]
[JsonSerializable(typeof(List<BuildError>))]
internal sealed partial class LiveEventJson : JsonSerializerContext;
