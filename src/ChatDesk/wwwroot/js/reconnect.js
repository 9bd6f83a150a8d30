// The customer page's own reconnect banner, rendered in the channel's language by App.razor. Blazor's reconnection
// handler reports through components-reconnect-state-changed; this only shows and hides the text, and when the
// circuit is gone for good it reloads: the page resumes the chat by its stored token and resends pending messages.
(() => {
    const banner = document.getElementById('chat-reconnect');
    if (!banner) return;
    const text = banner.querySelector('.reconnect-text');
    const reconnected = () => window.dispatchEvent(new Event('chatdesk:reconnected'));

    banner.addEventListener('components-reconnect-state-changed', event => {
        switch (event.detail.state) {
            case 'show':
            case 'retrying':
                text.hidden = false;
                break;
            case 'paused':
                // The page paused itself while idle (js/idle-pause.js) and resumes itself: nothing to tell (Blazor
                // reports the pause as a 'show' first, in the same task, so hiding here paints nothing).
                if (!event.detail.remote) { text.hidden = true; break; }
                text.hidden = false;
                resume();
                break;
            case 'hide':
                text.hidden = true;
                reconnected();
                break;
            case 'failed':
                keepTrying();
                break;
            case 'rejected':
            case 'resume-failed':
                location.reload();
                break;
        }
    });

    async function resume() {
        try { if (!await Blazor.resumeCircuit()) location.reload(); } catch { keepTrying(); }
    }

    // Out of retries (a very long outage): go on trying every few seconds rather than ever giving up.
    async function keepTrying() {
        for (;;) {
            await new Promise(resolve => setTimeout(resolve, 5000));
            try {
                if (await Blazor.reconnect()) { text.hidden = true; reconnected(); return; }
                location.reload();
                return;
            } catch {
                // still unreachable
            }
        }
    }
})();
