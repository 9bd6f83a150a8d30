// Agent alerts: a short sound and a browser notification, only while the workspace tab is in the background
// (in front, the agent already sees the change). Switchable off in this browser.

const key = 'chatdesk:alerts';

export function permission() {
    return 'Notification' in window ? Notification.permission : 'unsupported';
}

export async function requestPermission() {
    if (!('Notification' in window)) return 'unsupported';
    return await Notification.requestPermission();
}

export function enabled() {
    try { return localStorage.getItem(key) !== 'off'; } catch { return true; }
}

export function setEnabled(on) {
    try { localStorage.setItem(key, on ? 'on' : 'off'); } catch { }
}

export function alert(title, body, tag) {
    if (!enabled() || !document.hidden) return false;
    beep();
    if ('Notification' in window && Notification.permission === 'granted') {
        try { new Notification(title, { body, tag }); } catch { }
    }
    return true;
}

function beep() {
    try {
        const context = new (window.AudioContext || window.webkitAudioContext)();
        const tone = context.createOscillator();
        const volume = context.createGain();
        tone.frequency.value = 880;
        volume.gain.value = 0.08;
        tone.connect(volume).connect(context.destination);
        tone.start();
        tone.stop(context.currentTime + 0.15);
        tone.onended = () => context.close();
    } catch { }
}
