// Browser helpers for the chat views. Kept small: everything else is server-rendered Blazor.

import { readPending, writePending, addPending, removePending, isPending, newId, readDraft, writeDraft, drawPending, within } from './pending.js';

const composers = new WeakMap();
const firstRetryMs = 1000, lastRetryMs = 10000;
// An answer lost with a dropped connection never comes; after this long the text is sent again (same id).
const answerWithinMs = 15000;

// The browser owns every send (DESIGN.md rule 2). ENTER or the Send button takes the text out of the box and gives
// it an id made here; the text stays pending (id + text in sessionStorage under the composer's key) until the
// server answers, so a reconnect, a rejected circuit or a reload sends it again with the same id, stored once.
export function attachComposer(textarea, button, pendingBox, dotnet, options) {
    // The composer left the page before this call arrived (the agent switched chats at once).
    if (!textarea || !button) return;
    detachComposer(textarea);
    const c = {
        textarea, button, pendingBox, dotnet, key: options.storageKey || null, sending: options.sendingText || 'Sending…',
        noticeBox: options.noticeBox || null, maxLength: options.maxLength || 4000, tooLong: options.tooLongText || '',
        queue: readPending(options.storageKey).map(item => ({ ...item, stored: true })),
        delivering: false, stopped: false, wake: null,
    };
    // ENTER sends, Shift+ENTER makes a new line; an IME composition's ENTER is left alone.
    c.onKey = e => {
        if (e.key !== 'Enter' || e.shiftKey || e.isComposing) return;
        e.preventDefault();
        submit(c);
    };
    c.onClick = e => { e.preventDefault(); submit(c); };
    c.onWake = () => c.wake && c.wake();
    // The notice goes once the text fits again.
    c.onInput = () => {
        if (c.textarea.value.length <= c.maxLength) notice(c, null);
        writeDraft(c.key, c.textarea.value);
    };
    textarea.addEventListener('keydown', c.onKey);
    textarea.addEventListener('input', c.onInput);
    button.addEventListener('click', c.onClick);
    window.addEventListener('online', c.onWake);
    window.addEventListener('chatdesk:reconnected', c.onWake);
    composers.set(textarea, c);
    restoreDraft(c);
    show(c);
    deliver(c);
}

// The composer left the page (the chat ended): what is still pending stays stored for the page to show.
export function detachComposer(textarea) {
    const c = composers.get(textarea);
    if (!c) return;
    c.stopped = true;
    textarea.removeEventListener('keydown', c.onKey);
    textarea.removeEventListener('input', c.onInput);
    c.button.removeEventListener('click', c.onClick);
    window.removeEventListener('online', c.onWake);
    window.removeEventListener('chatdesk:reconnected', c.onWake);
    composers.delete(textarea);
    c.onWake();
}

// The texts still pending under a key, handed over once: the page shows them as undelivered.
export function takePending(key) {
    const texts = readPending(key).map(item => item.text);
    writePending(key, []);
    return texts;
}

function submit(c) {
    const text = c.textarea.value;
    // An empty ENTER while a message is still on its way is not a new message; other empty sends go to the
    // server, which says what is missing (the pre-chat question).
    if (text.trim() === '' && c.queue.length > 0) return;
    // Over the limit: refused here, before it is sent, with the text left in the box to shorten.
    if (text.length > c.maxLength) { notice(c, text.length); return; }
    notice(c, null);
    // Emptied through a normal input event, so the server's copy of the draft follows in order.
    c.textarea.value = '';
    c.textarea.dispatchEvent(new Event('input', { bubbles: true }));
    const item = { id: newId(), text, stored: false };
    if (text.trim() !== '') item.stored = addPending(c.key, item);
    c.queue.push(item);
    show(c);
    deliver(c);
}

async function deliver(c) {
    if (c.delivering) return;
    c.delivering = true;
    let wait = firstRetryMs;
    while (!c.stopped && c.queue.length > 0) {
        const item = c.queue[0];
        if (item.stored && !isPending(c.key, item.id)) { // the page took it meanwhile
            c.queue.shift();
            show(c);
            continue;
        }
        if (item.text.length > c.maxLength) { // stored before this check existed: never send it, give it back
            c.queue.shift();
            removePending(c.key, item.id);
            if (!c.stopped) { giveBack(c.textarea, item.text); notice(c, item.text.length); }
            show(c);
            continue;
        }
        let outcome;
        try {
            outcome = await within(answerWithinMs, c.dotnet.invokeMethodAsync('SubmitAsync', item.text, item.id));
        } catch {
            // Disconnected, reconnecting, a server error or no answer: keep it and try again later.
            await pause(c, wait);
            wait = Math.min(wait * 2, lastRetryMs);
            continue;
        }
        wait = firstRetryMs;
        c.queue.shift();
        removePending(c.key, item.id);
        // Refused or the chat ended: the writer gets the text back (the server shows why).
        if (outcome !== 'Accepted' && !c.stopped) giveBack(c.textarea, item.text);
        show(c);
    }
    c.delivering = false;
}

// An empty box takes back what was typed before a reload; a box the page filled (the pre-chat question) keeps its text.
function restoreDraft(c) {
    const draft = readDraft(c.key);
    if (draft === '' || c.textarea.value !== '') return;
    c.textarea.value = draft;
    c.textarea.dispatchEvent(new Event('input', { bubbles: true })); // the server's copy of the draft follows
}

function giveBack(textarea, text) {
    if (text.trim() === '') return;
    const current = textarea.value;
    textarea.value = current.trim() === '' ? text : current.trimEnd() + '\n' + text;
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
}

// The too-long notice (length) or none (null), drawn here so it shows at once, connected or not.
function notice(c, length) {
    if (!c.noticeBox) return;
    if (length === null) { c.noticeBox.replaceChildren(); return; }
    const p = document.createElement('p');
    p.className = 'field-error composer-too-long';
    p.setAttribute('role', 'alert');
    p.textContent = c.tooLong.replace('{count}', String(length)).replace('{max}', String(c.maxLength));
    c.noticeBox.replaceChildren(p);
}

// Pending texts under the box, drawn here because the server cannot render while the connection is down.
function show(c) {
    drawPending(c.pendingBox, c.queue.map(item => item.text).filter(text => text.trim() !== ''), c.sending);
}

// A back-off pause that ends early when the connection is back.
function pause(c, ms) {
    return new Promise(resolve => {
        const timer = setTimeout(done, ms);
        function done() { clearTimeout(timer); c.wake = null; resolve(); }
        c.wake = done;
    });
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

// Closing the window or leaving the page tells the server at once (a reload comes back within its grace).
const watched = new Set();
export function watchLeaving(tokenKey) {
    if (watched.has(tokenKey)) return;
    watched.add(tokenKey);
    window.addEventListener('pagehide', () => {
        const token = loadToken(tokenKey);
        if (token && navigator.sendBeacon) navigator.sendBeacon('/api/chat/left', new Blob([token], { type: 'text/plain' }));
    });
}
