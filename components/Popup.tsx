import { cards } from '../core/bundled-library';
import { Disclaimer } from './Disclaimer';

export function Popup() {
  return (
    <main class="page popup" aria-labelledby="popup-title">
      <h1 id="popup-title">HipLens</h1>
      <p>
        HipLens reads the page you are on, on your device, and suggests articles from its library of {cards.length} hip and groin
        articles when the page is about a hip or groin topic. Click the toolbar button on a page to show or hide the sidebar.
      </p>
      <Disclaimer />
    </main>
  );
}
