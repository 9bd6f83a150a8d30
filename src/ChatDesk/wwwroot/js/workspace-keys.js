// Workspace keyboard shortcuts. The browser only reports the key and where it was pressed; WorkspaceKeys (C#)
// decides what it does. The few checks here exist because a key's default (typing "/", Alt+arrows scrolling)
// must be cancelled at once, before the server could answer.

const composerId = 'agent-message';
let current = null;

function inTextField(target) {
    if (!(target instanceof HTMLElement)) return false;
    if (target.isContentEditable) return true;
    if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
    return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'range', 'color'].includes(target.type);
}

function facts(e) {
    const composer = e.target instanceof HTMLElement && e.target.id === composerId;
    return {
        key: e.key, alt: e.altKey, ctrl: e.ctrlKey, meta: e.metaKey,
        inTextField: inTextField(e.target),
        composerEmpty: composer && e.target.value === '',
    };
}

// Mirrors WorkspaceKeys.Decide for the keys whose default must not happen.
function claims(f) {
    if (f.ctrl || f.meta) return false;
    if (f.key === '/' && !f.alt) return !f.inTextField || f.composerEmpty;
    if (f.key === 'Escape') return document.querySelector('[data-side-sheet]') !== null;
    return f.alt && (f.key === 'ArrowUp' || f.key === 'ArrowDown');
}

async function onKeyDown(e) {
    if (e.isComposing || e.defaultPrevented) return;
    const f = facts(e);
    if (!claims(f) || !current) return;
    e.preventDefault();
    let action;
    try { action = await current.invokeMethodAsync('OnKeyAsync', f); }
    catch { return; } // the circuit is gone: the key does nothing
    if (action === 'ClosePanel') focusComposer();
}

export function attach(dotnet) {
    detach();
    current = dotnet;
    document.addEventListener('keydown', onKeyDown);
}

export function detach() {
    document.removeEventListener('keydown', onKeyDown);
    current = null;
}

// After a panel closes the agent goes on typing where they were.
export function focusComposer() {
    const composer = document.getElementById(composerId);
    if (composer) setTimeout(() => composer.focus(), 0);
}
