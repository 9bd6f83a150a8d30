using System.Collections.Concurrent;
using System.Net;

namespace ChatDesk.EndToEnd.Harness;

/// <summary>A webhook receiver for browser tests: an HttpListener on a free loopback port that answers 200 and
/// keeps every request (headers and body).</summary>
internal sealed class WebhookListener : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly Task loop;

    public WebhookListener()
    {
        Port = FreePort.Tcp();
        listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public int Port { get; }
    public string Url => $"http://127.0.0.1:{Port}/hooks/{Guid.NewGuid():N}";
    public ConcurrentQueue<(WebHeaderCollection Headers, string Body)> Requests { get; } = new();

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await listener.GetContextAsync(); }
            catch (Exception) when (!listener.IsListening) { return; }
            catch (HttpListenerException) { return; }
            using (var reader = new StreamReader(context.Request.InputStream))
                Requests.Enqueue(((WebHeaderCollection)context.Request.Headers, await reader.ReadToEndAsync()));
            context.Response.StatusCode = 200;
            context.Response.Close();
        }
    }

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
        _ = loop;
    }
}
