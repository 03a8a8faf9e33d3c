using System.Globalization;
using Zones.Server.Data.Complaints;

namespace Zones.Server.Http.Open311;

/// <summary>Where a posted request is: its lat/long, or else its address_string looked up in the township's own names.</summary>
/// <param name="Matched">The name an address_string was placed by (e.g. 道路“人民路”), or null for lat/long.</param>
sealed record Open311Place(double Lon, double Lat, string? Address, string? Matched = null);

/// <summary>
/// The location of <c>POST /requests</c>. GeoReport v2 wants lat/long, address_string or address_id:
/// lat/long (WGS84) win; an address_string alone is located by <see cref="Gazetteer"/> in the
/// jurisdiction's townships (else the api_key's own), and one it cannot place is a 400 that says what
/// to send instead. address_id names nothing here (we keep no address register).
/// </summary>
static class Open311Location
{
    public static async Task<(Open311Place? Place, string? Error)> ResolveAsync(IFormCollection form, IReadOnlyList<string> townships,
                                                                                Gazetteer gazetteer, CancellationToken ct)
    {
        string? T(string name) => Open311Endpoint.Text(form[name]);
        var address = T("address_string");
        if (T("lat") is not null || T("long") is not null)
        {
            if (T("lat") is null || T("long") is null)
                return (null, "lat 和 long 须同时提供。lat and long are required together (WGS84 decimal degrees).");
            if (!double.TryParse(T("lat"), NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
                || !double.TryParse(T("long"), NumberStyles.Float, CultureInfo.InvariantCulture, out var lon))
                return (null, $"lat/long 须为十进制度数（收到 {T("lat")}, {T("long")}）。lat and long must be decimal degrees.");
            return (new Open311Place(lon, lat, address), null);
        }
        if (address is null)
            return (null, T("address_id") is { } id
                ? $"不支持 address_id（{id}）：请提供 lat/long，或填写道路、地点、门店名称的 address_string。" +
                  "address_id is not supported here: send lat and long, or an address_string naming a road, place or shop."
                : "须提供位置：lat 和 long，或 address_string（道路、地点、门店名称）。" +
                  "A location is required: lat and long (WGS84), or an address_string naming a road, place or shop.");
        if (await gazetteer.LocateAsync(townships, address, ct) is not { } hit)
            return (null, $"找不到地址“{address}”：本辖区没有这样的道路、地点、门店或片区名称。请提供 lat 和 long，" +
                          "或在地址中写明道路名（如“人民路”）、村委会、学校、门店的名称。" +
                          $"The address_string '{address}' could not be found among the township's roads, places, shops and zones: " +
                          "send lat and long (WGS84), or an address naming a road, a place or a shop.");
        return (new Open311Place(hit.Lon, hit.Lat, address, $"{Gazetteer.Chinese(hit.Kind)}“{hit.Name}”"), null);
    }
}
