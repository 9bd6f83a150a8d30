// A confirmation dialog starts on its safe choice (Cancel). MudBlazor's dialog container and focus trap settle the
// focus after the dialog's own first render, so one focus() call can be taken away again; for a short while the
// safe button takes the focus back whenever it is not on something the person can act on inside the dialog.
const interactive = 'button, input, select, textarea, a[href], [tabindex]:not([tabindex="-1"])';

export function focusSafeChoice(button) {
    if (!button) return; // the dialog closed before this call arrived
    const dialog = button.closest('[role="dialog"]') ?? button.parentElement;
    const until = performance.now() + 1500;
    const settle = () => {
        if (!button.isConnected) return;
        const active = document.activeElement;
        if (active !== button && (!active || !dialog.contains(active) || !active.matches(interactive))) button.focus();
        if (performance.now() < until) requestAnimationFrame(settle);
    };
    settle();
}
