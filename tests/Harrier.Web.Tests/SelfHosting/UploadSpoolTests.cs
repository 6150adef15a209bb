using System.Net;
using Harrier.Tests.Web;
using Microsoft.AspNetCore.Hosting;

namespace Harrier.Web.Tests.SelfHosting;

/// <summary>The app started over a data folder where an earlier run, killed mid-upload, left a spool file.</summary>
public sealed class LeftoverUploadHarrierServer : HarrierServer
{
    public string SpoolFolder => Path.Combine(Database.DataDirectory, "tmp");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        Directory.CreateDirectory(SpoolFolder);
        File.WriteAllBytes(Path.Combine(SpoolFolder, "ASPNETCORE_0b1f3c1e-left-by-a-crash.tmp"), new byte[100_000]);
        File.WriteAllText(Path.Combine(SpoolFolder, "not-ours.txt"), "kept");
    }
}

/// <summary>Uploads are spooled to the data folder's tmp/, deleted when the request ends, and swept at start after a crash.</summary>
public sealed class UploadSpoolTests(LeftoverUploadHarrierServer server) : IClassFixture<LeftoverUploadHarrierServer>
{
    [Fact]
    public void Start_LeftoverSpoolFile_IsDeleted()
    {
        Assert.Equal(["not-ours.txt"], Directory.GetFiles(server.SpoolFolder).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Upload_WhileArriving_IsSpooledInTheDataFolder_AndGoneWhenDone()
    {
        using var client = await Api.RunnerAsync(server);
        using var form = Api.Files(("big.gpx", new byte[1_000_000]));
        var body = await form.ReadAsByteArrayAsync();
        var resume = new TaskCompletionSource();
        using var content = new PausingContent(body, pauseAt: 600_000, resume.Task);
        content.Headers.ContentType = form.Headers.ContentType;

        var upload = client.PostAsync("/api/imports", content);
        var spooled = await WaitForSpoolFileAsync(upload);
        resume.SetResult();
        using var response = await upload;

        Assert.NotNull(spooled);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        // The server deletes the spool file when the request ends, which may be just after the client has the response.
        for (var i = 0; i < 600 && Directory.GetFiles(server.SpoolFolder, "ASPNETCORE_*").Length > 0; i++)
        {
            await Task.Delay(100);
        }

        Assert.Empty(Directory.GetFiles(server.SpoolFolder, "ASPNETCORE_*"));
    }

    private async Task<string?> WaitForSpoolFileAsync(Task upload)
    {
        for (var i = 0; i < 300 && !upload.IsCompleted; i++)
        {
            if (Directory.GetFiles(server.SpoolFolder, "ASPNETCORE_*.tmp").FirstOrDefault() is { } file)
            {
                return file;
            }

            await Task.Delay(100);
        }

        return null;
    }

    /// <summary>A request body that stops after <c>pauseAt</c> bytes until told to go on, like a slow connection mid-upload.</summary>
    private sealed class PausingContent(byte[] body, int pauseAt, Task resume) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync(body.AsMemory(0, pauseAt));
            await stream.FlushAsync();
            await resume;
            await stream.WriteAsync(body.AsMemory(pauseAt));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = body.Length;
            return true;
        }
    }
}
