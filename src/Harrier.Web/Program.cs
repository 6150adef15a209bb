using Harrier.Web;

var app = HarrierApp.Build(args);
await app.RunAsync();

/// <summary>The web host's entry point; public so tests can start it with <c>WebApplicationFactory</c>.</summary>
public partial class Program;
