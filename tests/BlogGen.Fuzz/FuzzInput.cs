namespace BlogGen.Fuzz;

/// <summary>One mutated post: its bytes and the extension it is saved with (which decides Markdown or HTML).</summary>
public sealed record FuzzInput(byte[] Bytes, string Extension);
