// Copying plain text from the sidebar panel or the reader. The async clipboard needs a focused
// document; where it is refused, a hidden textarea and the older copy command do the job.
export async function copyText(text: string): Promise<boolean> {
  // In a frame the page has not delegated the clipboard to, the async API is refused (and the
  // browser says so on the console): go straight to the older way there.
  const policy = (document as Document & { featurePolicy?: { allowsFeature(feature: string): boolean } }).featurePolicy;
  const allowed = !policy || policy.allowsFeature('clipboard-write');
  try {
    if (!allowed) throw new Error('clipboard-write is not allowed in this frame');
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.cssText = 'position:fixed;opacity:0;pointer-events:none;';
    document.body.appendChild(area);
    area.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
    }
  }
}
