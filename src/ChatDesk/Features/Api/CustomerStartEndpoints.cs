using ChatDesk.Features.Abuse;
using ChatDesk.Features.Channels;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.CustomerChat;
using ChatDesk.Features.Faq;
using ChatDesk.Features.Tickets;
using ChatDesk.Resources;

namespace ChatDesk.Features.Api;

/// <summary>What a customer's app does before it has a chat: start one, look at FAQ suggestions, leave a request
/// while the channel is closed. Anonymous, limited per client address.</summary>
internal static class CustomerStartEndpoints
{
    // A longer slug is never a channel (the directory's limit), so it is not worth a database read.
    private const int MaxSlugLength = 50;

    public static void MapCustomerStart(RouteGroupBuilder api)
    {
        var channels = api.MapGroup("/channels/{slug}").WithTags("Customer").RequireRateLimiting(ApiRateLimit.CustomerName);
        channels.MapPost("/chats", StartAsync).WithName("StartChat")
            .WithSummary("Starts a chat: the pre-chat form's fields, checked as the form checks them. Returns the chat token once.");
        channels.MapGet("/faq/suggestions", SuggestAsync).WithName("FaqSuggestions")
            .WithSummary("Up to three FAQ articles the channel would suggest for a question.");
        channels.MapPost("/tickets", TicketAsync).WithName("LeaveTicket")
            .WithSummary("Leaves a request (a ticket) while the channel is closed, as the request form does.");
    }

    private static async Task<ChatChannel?> ChannelAsync(string slug, ChannelDirectory directory, CancellationToken ct) =>
        slug.Length > MaxSlugLength ? null : await directory.FindAsync(slug, ct);

    private static async Task<IResult> StartAsync(string slug, StartChatRequest body, HttpRequest request,
        ChannelDirectory directory, ChannelAvailability availability, CustomerForm form, CustomerChatFlow flow, CancellationToken ct)
    {
        if (await ChannelAsync(slug, directory, ct) is not { } channel)
            return ApiProblems.Problem(StatusCodes.Status404NotFound, "ChannelNotFound", ApiProblems.Text(request));
        var language = ApiProblems.Language(request, channel.Language);
        if (!availability.IsOpen(channel))
            return ApiProblems.Problem(StatusCodes.Status409Conflict, "ChannelClosed", ApiText.For(language));
        // A channel without a pre-chat form asks only the question; details sent anyway are not kept.
        var input = channel.PreChat.Enabled
            ? CustomerForm.Input(body.Name, body.Email, body.Company, body.Phone, body.Country, body.Consent, body.Question)
            : CustomerForm.Input(null, null, null, null, null, false, body.Question);
        var required = channel.PreChat.Enabled ? channel.PreChat.RequiredFields : CustomerFields.None;
        var (errors, email) = await form.CheckAsync(input, required, CustomerText.For(language), ct);
        if (errors.Count > 0) return ApiProblems.Invalid(errors, ApiText.For(language));

        var page = $"{request.Scheme}://{request.Host}{request.PathBase}/chat/{channel.Slug}";
        var started = await flow.StartAsync(channel, input, email, CustomerForm.TimeZone(body.TimeZone),
            CustomerChatFlow.SourceUrl(body.SourceUrl, page), ct);
        var session = started.Session;
        return TypedResults.Created("/api/v1/chat", new StartChatResponse(session.Id, session.IssuedToken!,
            MessageItem.Camel(session.Status.ToString()), Items(request, started.Suggestions)));
    }

    private static async Task<IResult> SuggestAsync(string slug, string? q, HttpRequest request, ChannelDirectory directory,
        FaqSearchIndex faq, CancellationToken ct)
    {
        if (await ChannelAsync(slug, directory, ct) is not { } channel)
            return ApiProblems.Problem(StatusCodes.Status404NotFound, "ChannelNotFound", ApiProblems.Text(request));
        var text = CustomerText.For(ApiProblems.Language(request, channel.Language));
        var question = q?.Trim() ?? "";
        if (question.Length == 0) return ApiProblems.Invalid("q", text["QuestionEmpty"], ApiText.For(text.Language));
        if (question.Length > FaqSuggestEndpoint.MaxQuestionLength)
            return ApiProblems.Invalid("q", text.Format("TooLong", text["Question"], FaqSuggestEndpoint.MaxQuestionLength), ApiText.For(text.Language));
        return TypedResults.Ok(Items(request, await faq.SuggestForChannelAsync(channel, question, ct)));
    }

    private static async Task<IResult> TicketAsync(string slug, TicketRequest body, HttpContext http, ChannelDirectory directory,
        ChannelAvailability availability, CustomerForm form, OfflineRequests requests, CancellationToken ct)
    {
        if (await ChannelAsync(slug, directory, ct) is not { } channel)
            return ApiProblems.Problem(StatusCodes.Status404NotFound, "ChannelNotFound", ApiProblems.Text(http.Request));
        var language = ApiProblems.Language(http.Request, channel.Language);
        var api = ApiText.For(language);
        if (!channel.Offline.TicketSubmission) return ApiProblems.Problem(StatusCodes.Status409Conflict, "TicketsOff", api);
        if (availability.IsOpen(channel)) return ApiProblems.Problem(StatusCodes.Status409Conflict, "ChannelOpen", api);
        var input = CustomerForm.Input(body.Name, body.Email, body.Company, body.Phone, body.Country, body.Consent, body.Question);
        var text = CustomerText.For(language);
        var (errors, email) = await form.CheckAsync(input, channel.Offline.RequiredFields, text, ct);
        if (errors.Count > 0) return ApiProblems.Invalid(errors, api);
        // No form was shown and there is no hidden field: the per-client hourly limit and the per-address
        // confirmation limit of the request form still hold.
        var result = await requests.SubmitAsync(new OfflineRequest(channel.Id, input.ToCustomer(email, CustomerForm.TimeZone(body.TimeZone)),
            ChatText.Clean(input.Question), ClientAddress.Of(http), null, null), ct);
        if (result.Ticket is not { } ticket)
            return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests,
                title: text[result.Outcome == OfflineOutcome.TooManyFromClient ? "TicketTooMany" : "TicketFailed"],
                extensions: new Dictionary<string, object?> { ["code"] = result.Outcome.ToString() });
        return TypedResults.Ok(new TicketResponse(ticket.Number, result.Outcome == OfflineOutcome.Registered));
    }

    private static List<FaqItem> Items(HttpRequest request, IReadOnlyList<FaqSuggestion> suggestions)
    {
        var articles = $"{request.Scheme}://{request.Host}{request.PathBase}/faq/";
        return suggestions.Select(s => new FaqItem(s.ArticleId, s.Title, s.Excerpt, articles + s.ArticleId)).ToList();
    }
}
