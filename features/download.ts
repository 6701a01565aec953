// A file the user downloads from an extension page: a Blob behind an object URL, clicked through
// an <a download>, so no "downloads" permission is needed and nothing touches the network.
export function downloadText(text: string, fileName: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has the file once the click is handled; the address is freed a moment after.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
