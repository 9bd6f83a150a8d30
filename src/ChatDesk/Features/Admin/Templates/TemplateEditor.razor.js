// Puts a placeholder at the caret of the body (replacing any selection), leaves the caret after it and focus in
// the box. Blazor learns the new text from an ordinary input event, so the server's copy is the browser's and
// nothing typed meanwhile is overwritten by a value computed on the server.
export function insertAtCaret(id, text) {
    const box = document.getElementById(id);
    if (!(box instanceof HTMLTextAreaElement) || box.disabled || box.readOnly) return false;
    box.focus();
    box.setRangeText(text, box.selectionStart, box.selectionEnd, 'end');
    box.dispatchEvent(new Event('input', { bubbles: true }));
    return true;
}
