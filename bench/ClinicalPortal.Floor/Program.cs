using ClinicalPortal.Floor;

// The floor of the submit benchmark (docs/performance.md): one endpoint, POST /api/v1/clients/{id}/assessments,
// doing only what the API's endpoint must do for a submission (validate the API's JWT, check reach, score, store
// the assessment, its audit event and, when a risk flag fired, its outbox message) in one database round trip.
// bench/ClinicalPortal.LoadTest starts it after the API with:
//   ASPNETCORE_URLS=http://127.0.0.1:<port>  Floor__Api=<the API's base address>  ConnectionStrings__Portal=<connection string>
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);

var apiBase = builder.Configuration.GetValue<Uri?>("Floor:Api")
    ?? throw new InvalidOperationException("Floor:Api is not set: the base address of the running API (its JWKS signs the tokens).");
var connectionString = builder.Configuration.GetConnectionString("Portal") is { Length: > 0 } configured
    ? configured
    : throw new InvalidOperationException("ConnectionStrings:Portal is not set.");

// Keys are fetched once, before listening: a request the floor answers is never slowed by key discovery.
var tokens = await AccessTokenCheck.LoadAsync(apiBase, CancellationToken.None);
await using var writer = new SubmissionWriter(connectionString);
var endpoint = new SubmitEndpoint(tokens, writer);

var app = builder.Build();
app.MapPost("/api/v1/clients/{clientId:guid}/assessments", endpoint.HandleAsync);
await app.RunAsync();
