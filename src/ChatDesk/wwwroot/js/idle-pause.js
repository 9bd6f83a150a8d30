// A customer page that sits at an untouched pre-chat form pauses its Blazor circuit after Chat:IdlePauseSeconds
// without a pointer, key or touch (the server keeps nothing for it meanwhile: .NET hands a paused circuit's state to
// the browser), and resumes it at the first sign of the customer. Only the pre-chat step pauses (the page marks it
// with data-pausable): a queued or live chat, a closed notice that follows agents' presence, anything typed, stay live.
// A resumed page renders afresh from the database, as a reload would; what the customer typed or focused meanwhile is
// carried over to the new form.
(() => {
    const seconds = Number(document.currentScript?.dataset.idleSeconds || 0);
    if (!(seconds > 0)) return;
    let last = Date.now();
    let paused = false;
    let busy = false;

    const started = () => document.documentElement.getAttribute('data-blazor') === 'started';
    const fields = () => [...document.querySelectorAll('input[id]:not([type=hidden]), textarea[id]')];
    const untouched = () => fields().every(field => field.value.trim() === '');
    const pausable = () => started() && !!document.querySelector('[data-pausable]') && untouched();
    const mark = state => document.documentElement.setAttribute('data-circuit', state);

    async function wake() {
        last = Date.now();
        if (!paused || busy) return;
        busy = true;
        paused = false;
        mark('resuming');
        const before = fields().map(field => ({ id: field.id, node: field }));
        try {
            if (!await Blazor.resumeCircuit()) { location.reload(); return; }
            mark('live');
            carryOver(before, document.activeElement?.id);
        } catch {
            location.reload();
        } finally {
            busy = false;
        }
    }

    // The old fields stay on screen until the resumed circuit's render replaces them (two renders: the page first
    // reads the browser's storage). Then the new ones get what was typed into the old ones, and the focus.
    function carryOver(before, focusedId, tries = 40) {
        const replaced = before.filter(f => document.getElementById(f.id) && document.getElementById(f.id) !== f.node);
        if (replaced.length === 0 && tries > 0) { setTimeout(() => carryOver(before, focusedId, tries - 1), 50); return; }
        for (const { id, node } of replaced) {
            const field = document.getElementById(id);
            if (node.value === '' || field.value !== '') continue;
            field.value = node.value;
            field.dispatchEvent(new Event('input', { bubbles: true }));
            field.dispatchEvent(new Event('change', { bubbles: true }));
        }
        const focused = focusedId && document.getElementById(focusedId);
        if (focused && focused !== document.activeElement) focused.focus();
    }

    for (const type of ['pointerdown', 'pointermove', 'keydown', 'focusin', 'touchstart', 'wheel'])
        document.addEventListener(type, wake, { capture: true, passive: true });

    const timer = setInterval(async () => {
        if (paused || busy || Date.now() - last < seconds * 1000 || !pausable()) return;
        busy = true;
        try {
            if (await Blazor.pauseCircuit()) {
                paused = true;
                mark('paused');
                return;
            }
            // Refused (the server could not keep the page's state): this page stays live from now on. Blazor has
            // closed the connection either way, so take the circuit up again where it was.
            clearInterval(timer);
            if (!await Blazor.reconnect()) location.reload();
        } catch {
            location.reload();
        } finally {
            busy = false;
        }
    }, 1000);
})();
