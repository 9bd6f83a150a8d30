// Staff idle sign-out: tells the circuit (StaffActivity) and the sign-in cookie (POST account/keepalive) that the
// person at the page did something. Only clicks, key presses and wheel turns count; messages the page merely
// receives do not. At most once a minute, which is fine against an idle limit counted in minutes.

const gapMs = 60_000;
let circuit = null;
let last = 0;
let listening = false;

function interacted() {
    const now = Date.now();
    if (now - last < gapMs) return;
    last = now;
    circuit?.invokeMethodAsync('Interacted').catch(() => { });
    fetch(new URL('account/keepalive', document.baseURI), { method: 'POST', credentials: 'same-origin' }).catch(() => { });
}

export function watch(reference) {
    circuit = reference;
    last = Date.now();
    if (listening) return;
    listening = true;
    for (const type of ['pointerdown', 'keydown', 'wheel']) {
        document.addEventListener(type, interacted, { capture: true, passive: true });
    }
}

export function unwatch(reference) {
    if (circuit === reference) circuit = null;
}
