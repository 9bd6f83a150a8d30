// Saves a file the server streamed to the browser (the FAQ export) under the given name.
export async function download(fileName, streamReference) {
    const blob = new Blob([await streamReference.arrayBuffer()], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    // Revoked later: some browsers still read the URL after click() returns.
    setTimeout(() => URL.revokeObjectURL(url), 10000);
}
