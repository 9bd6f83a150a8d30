// Browser helpers for the chat views. Kept tiny: everything else is server-rendered Blazor.

// ENTER sends, Shift+ENTER makes a new line; an IME composition's ENTER is left alone.
// Each message gets its id here, in the browser: if the connection is down the send is retried with the
// same id until the server has it, and the server stores a given id once (DESIGN.md rule 2).
export function attachComposer(textarea, dotnet) {
    const queue = [];
    let delivering = false;

    async function deliver() {
        if (delivering) return;
        delivering = true;
        while (queue.length > 0) {
            try {
                await dotnet.invokeMethodAsync('SubmitFromKeyboard', queue[0].text, queue[0].id);
                queue.shift();
            } catch {
                await new Promise(resolve => setTimeout(resolve, 1000));
            }
        }
        delivering = false;
    }

    textarea.addEventListener('keydown', e => {
        if (e.key !== 'Enter' || e.shiftKey || e.isComposing) return;
        e.preventDefault();
        const text = textarea.value;
        // An empty ENTER while a message is still on its way (say, offline) is not a new message.
        if (text.trim() === '' && queue.length > 0) return;
        // The box empties at once, through a normal input event so the server's copy of the draft follows in order;
        // the server puts the text back if it refuses it.
        textarea.value = '';
        textarea.dispatchEvent(new Event('input', { bubbles: true }));
        queue.push({ text, id: newId() });
        deliver();
    });
}

function newId() {
    if (crypto.randomUUID) return crypto.randomUUID();
    const b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40; b[8] = (b[8] & 0x3f) | 0x80;
    const h = [...b].map(x => x.toString(16).padStart(2, '0')).join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

// Keeps the newest message in view: scrolls the nearest scrolling container of the message log.
export function scrollToEnd(element) {
    const box = element && (element.closest('.message-scroll') || element);
    if (box) box.scrollTop = box.scrollHeight;
}

export function timeZone() {
    try { return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'; } catch { return 'UTC'; }
}

// The customer's session token lives in this browser only, one per channel, so a reload resumes the chat.
export function loadToken(key) { try { return localStorage.getItem(key); } catch { return null; } }
export function saveToken(key, value) { try { localStorage.setItem(key, value); } catch { } }
export function removeToken(key) { try { localStorage.removeItem(key); } catch { } }
