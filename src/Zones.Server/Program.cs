using Zones.Server;
using Zones.Server.Cli;
using Zones.Server.Data;
using Zones.Server.Http;
using Zones.Server.Http.Auth;
using Zones.Server.Http.Open311;
using Zones.Server.Http.Report;
using Zones.Server.Data.Complaints;
using Zones.Server.Data.Notifications;
using Zones.Server.Data.Editing;
using Zones.Server.Data.Photos;
using Zones.Server.Schema;
using Zones.Server.Data.Transfer;
using Zones.Server.Data.Analysis;
using Zones.Server.Http.Ogc;
using Zones.Server.Http.GraphQL;
using Zones.Server.Data.Tiles;
using Zones.Server.Http.Tiles;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddOptions<ZonesOptions>().Bind(builder.Configuration.GetSection(ZonesOptions.Section))
    .ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddZonesDatabase();   // NpgsqlDataSource, migrator, stores
builder.Services.AddHostedService<DatabaseStartup>();       // reachable? PostGIS? schema current?
builder.Services.AddZonesHealth();
builder.Services.AddZonesAuth();                            // sessions: cookie, bearer token, API key
builder.Services.AddZonesHttpSecurity(builder.Configuration); // trusted proxies, security headers
builder.Services.AddZonesComplaints();                      // intake, workflow, working calendar
builder.Services.AddZonesResidentReports();                 // the resident page's API and its rate limits
builder.Services.AddZonesPhotos();                          // photos on cases: encoder (SkiaSharp), store
builder.Services.AddZonesNotifications();                   // notifications, webhooks, the overdue scheduler
builder.Services.AddZonesEditing();                         // zone edits, ownership, assets and roads
builder.Services.AddZonesGraphQL(builder.Configuration);    // the schema, built and validated once
builder.Services.AddZonesTransfer();                        // GeoJSON / CSV import and export
builder.Services.AddZonesAnalysis();                        // coverage gaps, heat map, indicators, tiles
builder.Services.AddZonesTiles();                           // vector tiles, cached coverage gaps
builder.Services.AddZonesCompression();                     // gzip/Brotli for JSON and tiles
// Logs go to stderr, so CLI output (export > file) stays clean.
builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);

var app = builder.Build();

app.UseZonesHttpSecurity();
app.UseResponseCompression();
app.UseZonesReadRouting();   // reads of GETs and GraphQL queries may go to a standby; writes and what follows them do not
app.UseZonesErrors();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.MapZonesHealth();
app.MapOgcFeatures();
app.MapMapConfig();
app.MapZonesAuth();
app.MapOpen311();
app.MapResidentReports();
app.UseWebSockets();
app.MapZonesGraphQL();
app.MapZonesExport();
app.MapZonesImport();
app.MapZonesPhotos();
app.MapZonesTiles();
app.UseMapClient();

return await Commands.RunAsync(app, args);

/// <summary>The entry point, public for WebApplicationFactory in the tests.</summary>
public partial class Program;
