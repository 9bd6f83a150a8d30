using ChatDesk.Features.Webhooks;

namespace ChatDesk.Tests.Features.Webhooks;

public sealed class WebhookSignatureTests
{
    private static readonly DateTimeOffset At = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);

    [Fact]
    public void TheSignatureIsHmacSha256OfTimestampDotBodyInLowerCaseHex()
    {
        // Computed independently: python3 -c "import hmac,hashlib; print(hmac.new(b'whsec_test', b'1700000000.{\"a\":1}', hashlib.sha256).hexdigest())"
        Assert.Equal("sha256=38877139021993b830af32feea6e18a8da83eb2f6e49ee50bd9e4cf4ca4d3789",
            WebhookSignature.Sign("whsec_test", 1_700_000_000, "{\"a\":1}"));
    }

    [Fact]
    public void AReceiverAcceptsTheSignedBodyAndRefusesAChangedBodyAnotherSecretOrAnOldTimestamp()
    {
        var signature = WebhookSignature.Sign("whsec_test", 1_700_000_000, "{\"a\":1}");
        var tolerance = TimeSpan.FromMinutes(5);
        Assert.True(WebhookSignature.Verify("whsec_test", "1700000000", "{\"a\":1}", signature, At.AddMinutes(1), tolerance));
        Assert.False(WebhookSignature.Verify("whsec_test", "1700000000", "{\"a\":2}", signature, At, tolerance));
        Assert.False(WebhookSignature.Verify("whsec_other", "1700000000", "{\"a\":1}", signature, At, tolerance));
        Assert.False(WebhookSignature.Verify("whsec_test", "1700000000", "{\"a\":1}", signature, At.AddMinutes(6), tolerance));
        Assert.False(WebhookSignature.Verify("whsec_test", "1700000001", "{\"a\":1}", signature, At, tolerance));
    }

    [Fact]
    public void EverySecretIsNewAndLongEnough()
    {
        var one = WebhookSignature.NewSecret();
        Assert.StartsWith("whsec_", one);
        Assert.Equal(6 + 64, one.Length);
        Assert.NotEqual(one, WebhookSignature.NewSecret());
    }
}
