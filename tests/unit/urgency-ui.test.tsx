// @vitest-environment happy-dom
// The card's "More" and the reader show each warning sign with its level as words, not colour alone.
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { RedFlagList, UrgencyKey } from '../../components/Urgency';
import { SuggestionCard } from '../../components/SuggestionCard';
import { cardsById } from '../../core/cards';
import { URGENCY } from '../../core/urgency';

function mount(node: preact.ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(node, root);
  return root;
}

describe('warning signs on screen', () => {
  it('label every sign of a card with its level in text, most urgent first', () => {
    const card = cardsById.get('groin-strain')!;
    const root = mount(<SuggestionCard card={card} saved={false} onRead={() => {}} onToggleSave={() => {}} onCopy={async () => true} />);
    const items = [...root.querySelectorAll('.details .red-flags li')];
    expect(items).toHaveLength(card.redFlags.length);
    items.forEach((li, i) => {
      const flag = card.redFlags[i]!;
      expect(li.querySelector('.urgency')!.textContent).toBe(`${URGENCY[flag.level].label}:`);
      expect(li.textContent).toContain(flag.text);
    });
    expect(items[0]!.textContent).toMatch(/^Emergency/);
  });

  it('add where to go for a sign that names it, and explain each level used', () => {
    const flags = [
      { text: 'your baby moving less than usual', level: 'emergency' as const, action: 'Call your maternity unit straight away, day or night.' },
      { text: 'a calf that is painful, swollen, warm or red', level: 'same-day' as const },
    ];
    const list = mount(<RedFlagList flags={flags} />);
    expect(list.textContent).toContain('your baby moving less than usual. Call your maternity unit straight away, day or night.');
    const key = mount(<UrgencyKey flags={flags} />);
    expect([...key.querySelectorAll('dd')].map((d) => d.textContent)).toEqual([URGENCY.emergency.action, URGENCY['same-day'].action]);
  });
});
