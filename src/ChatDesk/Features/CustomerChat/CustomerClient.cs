using ChatDesk.Features.Abuse;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace ChatDesk.Features.CustomerChat;

/// <summary>Per circuit (or prerendering request): the customer's client address as the request form's limit
/// counts it. Read once when the scope starts: inside an interactive circuit there is no HTTP request to ask later,
/// but while the circuit is being created the accessor still has the connection's.</summary>
public sealed class CustomerClient(IHttpContextAccessor accessor)
{
    public string Key { get; } = ClientAddress.Of(accessor.HttpContext);
}

/// <summary>Circuit handlers are made while the circuit is created; taking the <see cref="CustomerClient"/> here
/// makes it read the address at that moment.</summary>
public sealed class CustomerClientCapture(CustomerClient address) : CircuitHandler
{
    public string Key => address.Key;
}
