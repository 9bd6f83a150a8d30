// Starts Blazor by hand (App.razor loads blazor.web.js with autostart="false"), in a file rather than inline so the
// Content-Security-Policy can forbid inline script. Marks the page once Blazor is up (tests and tools wait for
// data-blazor="started") and keeps reconnecting with a back-off capped at 5 s for as long as the page is open.
(function () {
    const reconnectionOptions = { maxRetries: 1000000, retryIntervalMilliseconds: attempt => Math.min(5000, 500 * 2 ** attempt) };
    if (document.getElementById('chat-reconnect')) reconnectionOptions.dialogId = 'chat-reconnect';
    Blazor.start({ circuit: { reconnectionOptions } })
        .then(() => document.documentElement.setAttribute('data-blazor', 'started'));
})();
