// The texts a composer has not yet had confirmed, in sessionStorage under the composer's key (id + text), so a
// reload or a reconnect sends them again with the same id; and the ids the browser makes for them.

export function readPending(key) {
    if (!key) return [];
    try {
        const list = JSON.parse(sessionStorage.getItem(key) || '[]');
        return Array.isArray(list) ? list.filter(i => i && typeof i.id === 'string' && typeof i.text === 'string') : [];
    } catch { return []; }
}

export function writePending(key, list) {
    if (!key) return false;
    try {
        if (list.length > 0) sessionStorage.setItem(key, JSON.stringify(list.map(i => ({ id: i.id, text: i.text }))));
        else sessionStorage.removeItem(key);
        return true;
    } catch { return false; }
}

export function addPending(key, item) { return writePending(key, [...readPending(key).filter(i => i.id !== item.id), item]); }
export function removePending(key, id) { if (key) writePending(key, readPending(key).filter(i => i.id !== id)); }
export function isPending(key, id) { return readPending(key).some(i => i.id === id); }

// What is typed but not sent, under the same key: a reload (or a dropped circuit's new page) gives it back.
export function readDraft(key) {
    if (!key) return '';
    try { return sessionStorage.getItem(key + ':draft') || ''; } catch { return ''; }
}

export function writeDraft(key, text) {
    if (!key) return;
    try {
        if (text.trim() === '') sessionStorage.removeItem(key + ':draft');
        else sessionStorage.setItem(key + ':draft', text);
    } catch { } // storage full or blocked: the draft is only kept in the box
}

export function newId() {
    if (crypto.randomUUID) return crypto.randomUUID();
    const b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40; b[8] = (b[8] & 0x3f) | 0x80;
    const h = [...b].map(x => x.toString(16).padStart(2, '0')).join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

// The pending texts under the box, drawn here because the server cannot render while the connection is down.
export function drawPending(box, texts, sendingText) {
    if (texts.length === 0) { box.replaceChildren(); return; }
    const list = document.createElement('ul');
    list.className = 'pending-list';
    for (const t of texts) {
        const entry = document.createElement('li');
        entry.className = 'pending-message';
        const text = document.createElement('span');
        text.className = 'pending-text';
        text.textContent = t;
        const state = document.createElement('span');
        state.className = 'pending-state';
        state.textContent = sendingText;
        entry.append(text, ' ', state);
        list.append(entry);
    }
    box.replaceChildren(list);
}

// A promise that fails after `ms` without an answer.
export function within(ms, promise) {
    let timer;
    const timeout = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error('no answer')), ms); });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
