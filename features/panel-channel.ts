// The panel's end of its channel to the page script (see sidebar-view.ts): the page script posts
// one end of a MessageChannel with a token; the panel takes it only if the token is the one the
// background gave the panel for its tab. Listening starts as the panel's script runs, before its
// frame's load event, when the page script posts.
import type { PanelTokenAnswer } from '../core/messages';
import { ask } from './messaging';

export function listenForPage(): Promise<MessagePort> {
  return new Promise((resolve) => {
    let token: string | undefined;
    const early: MessageEvent[] = [];
    const take = (event: MessageEvent) => {
      const data = event.data as { hiplens?: unknown } | null;
      if (!token || !data || data.hiplens !== token || !event.ports[0]) return;
      token = undefined; // once: a second offer, whoever makes it, is not taken
      window.removeEventListener('message', onMessage);
      resolve(event.ports[0]);
    };
    const onMessage = (event: MessageEvent) => (token === undefined ? early.push(event) : take(event));
    window.addEventListener('message', onMessage);
    void ask<PanelTokenAnswer>({ type: 'claim-panel-token' }).then((answer) => {
      token = answer?.token || undefined;
      early.splice(0).forEach(take);
    });
  });
}
