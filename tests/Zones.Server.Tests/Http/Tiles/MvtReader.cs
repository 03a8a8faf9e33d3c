using System.Text;

namespace Zones.Server.Tests.Http.Tiles;

/// <summary>One decoded MVT feature: id (0 when unset), geometry type (1 point, 2 line, 3 polygon) and attributes.</summary>
public sealed record MvtFeature(ulong Id, int Type, IReadOnlyDictionary<string, object> Properties)
{
    public object? this[string key] => Properties.GetValueOrDefault(key);
}

/// <summary>
/// The little of protobuf a test needs to read a Mapbox Vector Tile
/// (https://github.com/mapbox/vector-tile-spec/blob/master/2.1/vector_tile.proto): layers, features,
/// ids and attributes; geometry commands are left undecoded.
/// </summary>
public static class MvtReader
{
    /// <summary>Layer name → its features, in tile order.</summary>
    public static Dictionary<string, List<MvtFeature>> Read(byte[] tile)
    {
        var layers = new Dictionary<string, List<MvtFeature>>();
        foreach (var (field, _, bytes) in Fields(tile))
            if (field == 3)
            {
                var (name, features) = Layer(bytes!);
                layers[name] = features;
            }
        return layers;
    }

    static (string, List<MvtFeature>) Layer(byte[] layer)
    {
        string name = "";
        List<string> keys = [];
        List<object> values = [];
        List<(ulong Id, int Type, List<uint> Tags)> raw = [];
        foreach (var (field, varint, bytes) in Fields(layer))
            switch (field)
            {
                case 1: name = Encoding.UTF8.GetString(bytes!); break;
                case 2: raw.Add(Feature(bytes!)); break;
                case 3: keys.Add(Encoding.UTF8.GetString(bytes!)); break;
                case 4: values.Add(Value(bytes!)); break;
                case 5: Assert.Equal(4096ul, varint); break;
            }
        var features = raw.Select(f => new MvtFeature(f.Id, f.Type,
            Enumerable.Range(0, f.Tags.Count / 2).ToDictionary(i => keys[(int)f.Tags[2 * i]], i => values[(int)f.Tags[2 * i + 1]]))).ToList();
        return (name, features);
    }

    static (ulong, int, List<uint>) Feature(byte[] feature)
    {
        ulong id = 0;
        var type = 0;
        List<uint> tags = [];
        foreach (var (field, varint, bytes) in Fields(feature))
            switch (field)
            {
                case 1: id = varint; break;
                case 2:
                    for (var pos = 0; pos < bytes!.Length;)
                        tags.Add((uint)Varint(bytes, ref pos));
                    break;
                case 3: type = (int)varint; break;
            }
        return (id, type, tags);
    }

    static object Value(byte[] value)
    {
        var (field, varint, bytes) = Fields(value).Single();
        return field switch
        {
            1 => Encoding.UTF8.GetString(bytes!),
            2 => (double)BitConverter.ToSingle(bytes!),
            3 => BitConverter.ToDouble(bytes!),
            4 or 5 => (long)varint,
            6 => (long)(varint >> 1) ^ -(long)(varint & 1),
            7 => varint != 0,
            _ => throw new InvalidDataException($"MVT value field {field}"),
        };
    }

    /// <summary>Each field: number, its varint (wire type 0), or its bytes (wire types 1, 2, 5).</summary>
    static IEnumerable<(int Field, ulong Varint, byte[]? Bytes)> Fields(byte[] message)
    {
        for (var pos = 0; pos < message.Length;)
        {
            var key = Varint(message, ref pos);
            var field = (int)(key >> 3);
            switch ((int)(key & 7))
            {
                case 0: yield return (field, Varint(message, ref pos), null); break;
                case 1: yield return (field, 0, message[pos..(pos += 8)]); break;
                case 2:
                    var length = (int)Varint(message, ref pos);
                    yield return (field, 0, message[pos..(pos += length)]);
                    break;
                case 5: yield return (field, 0, message[pos..(pos += 4)]); break;
                default: throw new InvalidDataException($"wire type {key & 7} at byte {pos}");
            }
        }
    }

    static ulong Varint(byte[] bytes, ref int pos)
    {
        ulong value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = bytes[pos++];
            value |= (ulong)(b & 0x7f) << shift;
            if (b < 0x80)
                return value;
        }
    }
}
