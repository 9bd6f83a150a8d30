// Attachments. A file picked with the attach button ([data-attach-input]) or dropped on the conversation goes into a
// queue per attach control ([data-attach]) and is handed to Blazor's InputFile ([data-attach-reader]) one pick at a
// time, only after the server has read the one before (done). Blazor reads a file by the reader's current file list,
// so a second pick handed over during an upload would replace that list under the upload and lose the first file.
// A classic script loaded with the page, before Blazor starts: the button opens the picker from the first moment,
// and files picked before the server is ready wait in the queue instead of being dropped.
(function () {
    const controls = new WeakMap();

    function control(root) {
        let c = controls.get(root);
        if (!c) {
            c = { queue: [], busy: false, ready: false, max: 1, zone: null };
            controls.set(root, c);
        }
        return c;
    }

    function enqueue(root, files) {
        const c = control(root);
        // At most `max` files per hand-over: the server takes no more in one go.
        for (let i = 0; i < files.length; i += c.max) c.queue.push(files.slice(i, i + c.max));
        pump(root);
    }

    function pump(root) {
        const c = control(root);
        const reader = root.querySelector('[data-attach-reader]');
        if (!c.ready || c.busy || c.queue.length === 0 || !reader) return;
        const transfer = new DataTransfer();
        c.queue.shift().forEach(file => transfer.items.add(file));
        c.busy = true;
        reader.files = transfer.files;
        reader.dispatchEvent(new Event('change', { bubbles: true }));
    }

    document.addEventListener('click', e => {
        const button = e.target instanceof Element ? e.target.closest('[data-attach-button]') : null;
        if (!button || button.disabled) return;
        e.preventDefault();
        button.closest('[data-attach]')?.querySelector('[data-attach-input]')?.click();
    });

    document.addEventListener('change', e => {
        const input = e.target;
        if (!(input instanceof HTMLInputElement) || !input.matches('[data-attach-input]')) return;
        const root = input.closest('[data-attach]');
        const files = Array.from(input.files || []);
        input.value = ''; // the same file can be picked again
        if (root && files.length > 0) enqueue(root, files);
    }, true);

    function hasFiles(e) {
        return e.dataTransfer && Array.from(e.dataTransfer.types || []).includes('Files');
    }

    // The server's side is wired (its InputFile listens): the queue may flow, and the conversation around the
    // control becomes a drop target.
    function ready(root, dropHint, max) {
        if (!(root instanceof Element)) return; // the control left the page before this call arrived
        const c = control(root);
        detachZone(c);
        c.max = Math.max(1, max || 1);
        const zone = root.closest('[data-attach-zone]') || root.closest('.composer')?.parentElement || root.parentElement;
        c.zone = zone;
        c.onOver = e => {
            if (!hasFiles(e)) return;
            e.preventDefault();
            e.dataTransfer.dropEffect = 'copy';
            zone.classList.add('attach-dropping');
            zone.setAttribute('data-drop-hint', dropHint);
        };
        c.onLeave = e => { if (!zone.contains(e.relatedTarget)) zone.classList.remove('attach-dropping'); };
        c.onDrop = e => {
            if (!hasFiles(e)) return;
            e.preventDefault();
            zone.classList.remove('attach-dropping');
            enqueue(root, Array.from(e.dataTransfer.files));
        };
        zone.addEventListener('dragover', c.onOver);
        zone.addEventListener('dragleave', c.onLeave);
        zone.addEventListener('drop', c.onDrop);
        c.ready = true;
        pump(root);
    }

    // The server has read the last hand-over (attached or refused): the next pick may go.
    function done(root) {
        if (!(root instanceof Element)) return;
        const c = control(root);
        c.busy = false;
        pump(root);
    }

    function detachZone(c) {
        if (!c.zone) return;
        c.zone.removeEventListener('dragover', c.onOver);
        c.zone.removeEventListener('dragleave', c.onLeave);
        c.zone.removeEventListener('drop', c.onDrop);
        c.zone.classList.remove('attach-dropping');
        c.zone = null;
    }

    // The control left the page; the drop listeners sit on the conversation around it, which may outlive it.
    function detach(root) {
        if (!(root instanceof Element)) return;
        const c = controls.get(root);
        if (!c) return;
        detachZone(c);
        controls.delete(root);
    }

    window.chatDeskAttachments = { ready, done, detach };
})();
