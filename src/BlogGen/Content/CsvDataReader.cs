using System.Globalization;
using System.Text;

using BlogGen.Diagnostics;

namespace BlogGen.Content;

/// <summary>
/// Reads CSV (RFC 4180) and TSV data files as Jekyll does: the header row names the columns, every other row
/// becomes a map. Values are text; an empty unquoted field is null and <c>""</c> is an empty string.
/// </summary>
internal static class CsvDataReader
{
    public static ParsedDataFile Read(string text, string path, char separator)
    {
        var records = new List<Record>();
        var position = 0;
        var line = 1;
        while (position < text.Length)
        {
            var record = ReadRecord(text, separator, ref position, ref line, out var error);
            if (error is not null)
            {
                return Failure(path, error.Value.Line, error.Value.Message);
            }
            if (record.Fields is not [null])
            {
                records.Add(record);
            }
        }
        if (records.Count == 0)
        {
            return new ParsedDataFile(new List<object?>(), []);
        }

        var header = records[0];
        for (var index = 0; index < header.Fields.Count; index++)
        {
            var name = header.Fields[index];
            if (string.IsNullOrEmpty(name))
            {
                return Failure(path, header.Line, string.Create(CultureInfo.InvariantCulture, $"column {index + 1} of the header row has no name: give every column a name"));
            }
            if (header.Fields.IndexOf(name) != index)
            {
                return Failure(path, header.Line, $"the column '{name}' is named twice in the header row: give each column its own name");
            }
        }

        var rows = new List<object?>(records.Count - 1);
        foreach (var record in records.Skip(1))
        {
            if (record.Fields.Count > header.Fields.Count)
            {
                return Failure(
                    path,
                    record.Line,
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"this row has {record.Fields.Count} fields but the header has {header.Fields.Count}: put fields that contain {Describe(separator)} in double quotes"));
            }
            var row = new Dictionary<string, object?>(header.Fields.Count, StringComparer.Ordinal);
            for (var index = 0; index < header.Fields.Count; index++)
            {
                row.Add(header.Fields[index]!, index < record.Fields.Count ? record.Fields[index] : null);
            }
            rows.Add(row);
        }
        return new ParsedDataFile(rows, []);
    }

    private static Record ReadRecord(string text, char separator, ref int position, ref int line, out (int Line, string Message)? error)
    {
        error = null;
        var record = new Record([], line);
        while (true)
        {
            string? field;
            if (position < text.Length && text[position] == '"')
            {
                var quoteLine = line;
                position++;
                var value = new StringBuilder();
                while (true)
                {
                    if (position >= text.Length)
                    {
                        error = (quoteLine, "a quoted field is never closed: add the closing double quote (write a quote inside a field as \"\")");
                        return record;
                    }
                    var character = text[position];
                    if (character == '"')
                    {
                        if (position + 1 < text.Length && text[position + 1] == '"')
                        {
                            value.Append('"');
                            position += 2;
                            continue;
                        }
                        position++;
                        break;
                    }
                    if (character == '\n')
                    {
                        line++;
                    }
                    value.Append(character);
                    position++;
                }
                if (position < text.Length && text[position] != separator && text[position] is not ('\r' or '\n'))
                {
                    error = (line, "text follows the closing quote of a field: put the whole field in quotes, writing a quote inside it as \"\"");
                    return record;
                }
                field = value.ToString();
            }
            else
            {
                var start = position;
                while (position < text.Length && text[position] != separator && text[position] is not ('\r' or '\n'))
                {
                    position++;
                }
                var raw = text.AsSpan(start, position - start);
                if (raw.Contains('"'))
                {
                    error = (line, "a double quote inside a field that does not start with one: put the whole field in quotes, writing the quote as \"\"");
                    return record;
                }
                field = raw.IsEmpty ? null : raw.ToString();
            }
            record.Fields.Add(field);

            if (position < text.Length && text[position] == separator)
            {
                position++;
                continue;
            }
            if (position < text.Length && text[position] == '\r')
            {
                position++;
            }
            if (position < text.Length && text[position] == '\n')
            {
                position++;
            }
            line++;
            return record;
        }
    }

    private static string Describe(char separator) => separator == '\t' ? "a tab" : $"'{separator}'";

    private static ParsedDataFile Failure(string path, int line, string message) =>
        new(null, [Diagnostic.Error(DiagnosticCodes.DataFileInvalid, path, message, line)]);

    private sealed record Record(List<string?> Fields, int Line);
}
