using ChatDesk.Features.Webhooks;

namespace ChatDesk.Tests.Features.Webhooks;

public sealed class WebhookUrlTests
{
    [Theory]
    [InlineData("https://crm.example.com/hooks/chat", null)]
    [InlineData("http://crm.example.com:8080/x", null)]
    [InlineData("", "Error_UrlRequired")]
    [InlineData("ftp://crm.example.com/x", "Error_UrlScheme")]
    [InlineData("crm.example.com/x", "Error_UrlScheme")]
    [InlineData("https://user:pw@crm.example.com/x", "Error_UrlUserInfo")]
    [InlineData("http://127.0.0.1:9000/x", "Error_UrlPrivate")]
    [InlineData("http://localhost/x", "Error_UrlPrivate")]
    [InlineData("http://10.1.2.3/x", "Error_UrlPrivate")]
    [InlineData("http://192.168.0.10/x", "Error_UrlPrivate")]
    [InlineData("http://172.20.0.1/x", "Error_UrlPrivate")]
    [InlineData("http://169.254.169.254/latest/meta-data", "Error_UrlPrivate")]
    [InlineData("http://[::1]/x", "Error_UrlPrivate")]
    [InlineData("http://[fd00::1]/x", "Error_UrlPrivate")]
    [InlineData("http://[::ffff:127.0.0.1]/x", "Error_UrlPrivate")]
    public void InProductionOnlyPublicHttpTargetsAreAccepted(string url, string? problem) =>
        Assert.Equal(problem, WebhookUrl.Problem(url, allowPrivate: false));

    [Fact]
    public void PrivateTargetsAreAcceptedWhenAllowed() =>
        Assert.Null(WebhookUrl.Problem("http://127.0.0.1:9000/x", allowPrivate: true));
}
