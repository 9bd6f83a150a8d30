// Browser helpers for the chat views. Kept tiny: everything else is server-rendered Blazor.

// ENTER sends, Shift+ENTER makes a new line; an IME composition's ENTER is left alone.
export function attachComposer(textarea, dotnet) {
    textarea.addEventListener('keydown', e => {
        if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
            e.preventDefault();
            dotnet.invokeMethodAsync('SubmitFromKeyboard', textarea.value);
        }
    });
}

export function clear(textarea) { textarea.value = ''; }

export function scrollToEnd(element) {
    if (element) element.scrollTop = element.scrollHeight;
}

export function timeZone() {
    try { return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'; } catch { return 'UTC'; }
}

// The customer's session token lives in this browser only, one per channel, so a reload resumes the chat.
export function loadToken(key) { try { return localStorage.getItem(key); } catch { return null; } }
export function saveToken(key, value) { try { localStorage.setItem(key, value); } catch { } }
export function removeToken(key) { try { localStorage.removeItem(key); } catch { } }
