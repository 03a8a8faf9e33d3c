using System.Collections;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Zones.GraphQL.Execution;

/// <summary>
/// Writes an <see cref="ExecutionResult"/> as JSON with <see cref="Utf8JsonWriter"/>, in the member
/// order graphql-js produces: <c>errors</c> (message, locations, path, extensions), then <c>data</c>,
/// then <c>extensions</c>. Numbers are written as JavaScript prints them (<c>1</c>, not <c>1.0</c>).
/// Spec: https://spec.graphql.org/September2025/#sec-Response-Format
/// </summary>
public static class ExecutionResultWriter
{
    /// <summary>Writes the response object.</summary>
    public static void Write(Utf8JsonWriter writer, ExecutionResult result)
    {
        writer.WriteStartObject();
        if (result.Errors.Count > 0)
        {
            writer.WritePropertyName("errors");
            writer.WriteStartArray();
            foreach (var error in result.Errors)
                WriteError(writer, error);
            writer.WriteEndArray();
        }
        if (result.HasData)
        {
            writer.WritePropertyName("data");
            WriteValue(writer, result.Data);
        }
        if (result.Extensions is { } extensions)
        {
            writer.WritePropertyName("extensions");
            WriteValue(writer, extensions);
        }
        writer.WriteEndObject();
    }

    /// <summary>Writes one error as graphql-js <c>GraphQLError.toJSON</c> does.</summary>
    public static void WriteError(Utf8JsonWriter writer, GraphQLError error)
    {
        writer.WriteStartObject();
        writer.WriteString("message", error.Message);
        if (error.Locations is { Count: > 0 } locations)
        {
            writer.WriteStartArray("locations");
            foreach (var location in locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", location.Line);
                writer.WriteNumber("column", location.Column);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        if (error.Path is { } path)
        {
            writer.WritePropertyName("path");
            WriteValue(writer, path);
        }
        if (error.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            WriteValue(writer, extensions);
        }
        writer.WriteEndObject();
    }

    /// <summary>Writes a result value: null, strings, booleans, numbers, maps, lists and JSON nodes.</summary>
    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case int or long or short or byte or sbyte or uint or ushort or ulong or decimal:
                writer.WriteRawValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!);
                break;
            case double or float:
                WriteDouble(writer, Inspect.ToDouble(value));
                break;
            case JsonNode node:
                node.WriteTo(writer);
                break;
            case IJsonWritable writable:
                writable.WriteJson(writer);
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                WriteObject(writer, map);
                break;
            case IDictionary dictionary:
                WriteObject(writer, dictionary.Keys.Cast<object>().Select(k => new KeyValuePair<string, object?>(k.ToString()!, dictionary[k])));
                break;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                    WriteValue(writer, item);
                writer.WriteEndArray();
                break;
            default:
                writer.WriteStringValue(value.ToString());
                break;
        }
    }

    // JSON has no NaN or Infinity; JSON.stringify writes null for them.
    static void WriteDouble(Utf8JsonWriter writer, double value)
    {
        if (double.IsFinite(value))
            writer.WriteRawValue(Inspect.Number(value));
        else
            writer.WriteNullValue();
    }

    static void WriteObject(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, object?>> members)
    {
        writer.WriteStartObject();
        foreach (var (key, item) in members)
        {
            writer.WritePropertyName(key);
            WriteValue(writer, item);
        }
        writer.WriteEndObject();
    }
}
