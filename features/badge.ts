// The toolbar badge: the number of suggestions for each tab's page.
import { toolbarAction } from './extension-urls';

export async function showSuggestionCount(tabId: number, count: number): Promise<void> {
  const action = toolbarAction();
  await action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
  if (count > 0) await action.setBadgeBackgroundColor({ tabId, color: '#0f766e' });
  await action.setTitle({
    tabId,
    title: count > 0 ? `HipLens: ${count} matching article${count === 1 ? '' : 's'}` : 'HipLens: no matching articles on this page',
  });
}
