import { Disclaimer } from './Disclaimer';

export function Options() {
  return (
    <main class="page options" aria-labelledby="options-title">
      <h1 id="options-title">HipLens settings</h1>
      <p>HipLens works entirely in your browser: no page text, search or saved article ever leaves it.</p>
      <Disclaimer />
    </main>
  );
}
