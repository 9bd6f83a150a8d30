// Attachments: the attach button opens the hidden file input, and a file dropped anywhere on the conversation (the
// composer's surrounding pane) goes into that input, so one code path (Blazor's InputFile) reads every file.

const states = new WeakMap();

export function attach(button, input, dropHint) {
    detach(button);
    const zone = button.closest('[data-attach-zone]') || button.closest('.composer')?.parentElement || button.parentElement;
    const s = { zone, input };
    s.onClick = e => { e.preventDefault(); input.click(); };
    s.onOver = e => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        zone.classList.add('attach-dropping');
        zone.setAttribute('data-drop-hint', dropHint);
    };
    s.onLeave = e => { if (!zone.contains(e.relatedTarget)) zone.classList.remove('attach-dropping'); };
    s.onDrop = e => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        zone.classList.remove('attach-dropping');
        input.files = e.dataTransfer.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
    };
    button.addEventListener('click', s.onClick);
    zone.addEventListener('dragover', s.onOver);
    zone.addEventListener('dragleave', s.onLeave);
    zone.addEventListener('drop', s.onDrop);
    states.set(button, s);
}

export function detach(button) {
    const s = states.get(button);
    if (!s) return;
    button.removeEventListener('click', s.onClick);
    s.zone.removeEventListener('dragover', s.onOver);
    s.zone.removeEventListener('dragleave', s.onLeave);
    s.zone.removeEventListener('drop', s.onDrop);
    s.zone.classList.remove('attach-dropping');
    states.delete(button);
}

function hasFiles(e) {
    return e.dataTransfer && Array.from(e.dataTransfer.types || []).includes('Files');
}
