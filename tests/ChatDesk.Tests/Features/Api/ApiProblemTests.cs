using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChatDesk.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ChatDesk.Tests.Features.Api;

/// <summary>Bad input gets RFC 7807 problem details in the reader's language; the OpenAPI document and the
/// reference page describe every route.</summary>
[Collection(AppHostCollection.Name)]
public sealed class ApiProblemTests : IAsyncLifetime
{
    private readonly ApiWorld world = new(new Dictionary<string, string?> { ["EmailValidation:CheckDomain"] = "true" });

    public async Task InitializeAsync()
    {
        world.Domains.Answers["nowhere.example"] = ChatDesk.Features.EmailValidation.DomainCheck.DoesNotExist;
        await world.PresentAsync("agent1");
    }

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task AStartWithBadFieldsIsAProblemNamingEachFieldAsTheFormDoes()
    {
        var response = await world.Client().PostAsJsonAsync("/api/v1/channels/support/chats",
            new { name = "", email = "ada@", question = "Hello" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Some fields are not filled in correctly.", problem.GetProperty("title").GetString());
        var errors = problem.GetProperty("errors");
        Assert.Contains("Name", errors.GetProperty("name")[0].GetString());
        Assert.Equal(0L, world.Database.Count("Sessions"));
    }

    [Fact]
    public async Task TheEmailDomainIsCheckedAsOnTheFormInTheReadersLanguage()
    {
        var response = await world.Client(language: "sv").PostAsJsonAsync("/api/v1/channels/support/chats",
            new { name = "Ada", email = "ada@nowhere.example", question = "Hej" });

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Några fält är inte rätt ifyllda.", problem.GetProperty("title").GetString());
        Assert.Contains("nowhere.example", problem.GetProperty("errors").GetProperty("email")[0].GetString());
    }

    [Fact]
    public async Task AcceptLanguageWinsOverTheChannelsLanguage()
    {
        var response = await world.Client(language: "sv-SE").GetAsync("/api/v1/channels/nosuchchannel/faq/suggestions?q=x");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Det finns ingen chattkanal med det namnet.", problem.GetProperty("title").GetString());
        Assert.Equal("ChannelNotFound", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task ABodyThatIsNotJsonOrAnUnknownRouteIsAProblemNotAnHtmlPage()
    {
        var garbled = await world.Client().PostAsync("/api/v1/channels/support/chats",
            new StringContent("{\"name\": ", System.Text.Encoding.UTF8, "application/json"));
        var unknown = await world.Client().GetAsync("/api/v1/no-such-route");

        Assert.Equal(HttpStatusCode.BadRequest, garbled.StatusCode);
        Assert.Equal("application/problem+json", garbled.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AMessageWithoutAClientIdOrTooLongIsRefusedWithAProblem()
    {
        var chat = await world.QueuedChatAsync();
        var customer = world.Client(chat.Token);
        var noId = await customer.PostAsJsonAsync("/api/v1/chat/messages", new { text = "Hi" });
        var tooLong = await customer.PostAsJsonAsync("/api/v1/chat/messages", new { clientId = Guid.NewGuid(), text = new string('a', 4001) });
        var badRating = await customer.PostAsJsonAsync("/api/v1/chat/rating", new { rating = 9 });

        Assert.Equal(HttpStatusCode.BadRequest, noId.StatusCode);
        Assert.True((await noId.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("clientId", out _));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badRating.StatusCode);
    }

    [Fact]
    public async Task TheOpenApiDocumentListsEveryApiRouteAndTheReferencePageHasItsOwnPolicy()
    {
        var document = await world.Client().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths");
        var routes = world.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1/") == true).ToList();

        Assert.True(routes.Count >= 20, $"only {routes.Count} routes found");
        foreach (var route in routes)
        {
            var path = System.Text.RegularExpressions.Regex.Replace(route.RoutePattern.RawText!, ":[a-z]+}", "}").TrimEnd('/');
            Assert.True(paths.TryGetProperty(path, out var item), $"{path} is not in the OpenAPI document");
            var method = route.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Single().ToLowerInvariant();
            Assert.True(item.TryGetProperty(method, out _), $"{method} {path} is not in the OpenAPI document");
        }
        Assert.DoesNotContain(paths.EnumerateObject(), p => !p.Name.StartsWith("/api/v1/"));

        var page = await world.Client().GetAsync("/api/docs");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("'unsafe-inline'", page.Headers.GetValues("Content-Security-Policy").Single().Split("script-src")[1].Split(';')[0]);
        var other = await world.Client().GetAsync("/api/v1/channels/support/faq/suggestions?q=parcel");
        Assert.DoesNotContain("'unsafe-inline'", other.Headers.GetValues("Content-Security-Policy").Single().Split("script-src")[1].Split(';')[0]);
    }
}
