/** Said wherever a summary is shown: the library informs, it does not diagnose. */
export const DISCLAIMER =
  'Information, not a diagnosis. See a doctor or physiotherapist about your own symptoms, and seek urgent care for severe pain, fever, or a leg you cannot stand on.';

export function Disclaimer() {
  return <p class="disclaimer">{DISCLAIMER}</p>;
}

/** The disclaimer in one line, with the rest a click away: the sidebar's room is for the cards. */
export function DisclaimerLine() {
  return (
    <details class="disclaimer-line">
      <summary>Information, not a diagnosis. More…</summary>
      <p>{DISCLAIMER}</p>
    </details>
  );
}
