// Ablations: every named rule of the gate and the scoring (core/match-gate.ts RULES), switched
// off one at a time on a page written for it. Each case states what the page shows with every
// rule on; the same page must show something else with its rule off, so a rule that stops
// mattering, or is removed, fails here.
import { describe, expect, it } from 'vitest';
import matchIndexJson from '../../data/generated/match-index.json';
import { Matcher } from '../../core/match';
import { RULES, rulesWithout, type Rule } from '../../core/match-gate';
import type { MatchIndex } from '../../core/match-index';
import type { PageText } from '../../core/extract';

const index = matchIndexJson as unknown as MatchIndex;
const filler = (n: number) => Array.from({ length: n }, (_, i) => `The committee met on day ${i} to discuss the budget, the roads and the library opening hours.`).join(' ');
const concert = (n: number) => Array.from({ length: n }, (_, i) => `Concert ${i}: the orchestra played Vivaldi, Handel and Mozart to a full hall in the city.`).join(' ');

interface Case {
  rule: Rule;
  title: string;
  description?: string;
  body: string;
  /** What the page shows with every rule on, best first. */
  shows?: string[];
  /** Or a property of the evidence that holds with every rule on and fails with `rule` off. */
  holds?: (m: Matcher, page: PageText) => boolean;
}

const nameScore = (m: Matcher, page: PageText, id: string) => m.analyse(page).articles.find((a) => a.id === id)?.nameScore ?? 0;

const cases: Case[] = [
  { rule: 'region-density', title: 'Spring training notes', body: `${filler(20)} Two players have a hip flexor strain. The hip flexor strain list grows.`, shows: [] },
  { rule: 'headline-density', title: 'Hip health notes', body: `${filler(24)} My mother has hip osteoarthritis and her hip osteoarthritis is worse in winter.`, shows: ['hip-osteoarthritis'] },
  { rule: 'min-region-words', title: 'Notes', body: 'Coxa saltans flared again. Coxa saltans is back today and my hip clicks.', shows: [] },
  { rule: 'competing-regions', title: 'Clinic notes', body: 'Coxa saltans was seen in two dancers. Coxa saltans, hip clicks, hip pain. Knee pain, knee swelling, knee locking and a sore knee too.', shows: [] },
  { rule: 'animals', title: 'Hip dysplasia in dogs', body: 'Hip dysplasia is common in large dog breeds. Ask your vet about hip scores before buying a puppy from a breeder.', shows: [] },
  { rule: 'headline-elsewhere', title: 'Knee pain or meralgia paraesthetica?', body: 'Numbness on the knee can have many causes.', shows: [] },
  { rule: 'other-senses', title: 'Snapping hip hop beats at the club', body: 'The DJ kept snapping hip hop tracks together all night.', shows: [] },
  { rule: 'region-pairs', title: 'My week', body: 'Lumbago again. The lumbago started in my lower back on Monday and my lower back is still stiff; lower back heat helps.', shows: ['lower-back-pain'] },
  { rule: 'not-lower-back', title: 'Posture at the desk', body: 'Upper back pain from slouching. My upper back pain eases with stretches, and upper back pain at work is common. Lumbago it is not.', shows: [] },
  { rule: 'hernia-types', title: 'Hiatal hernia', body: 'A hiatal hernia is not a hernia in the groin: the stomach slides up into the chest.', shows: [] },
  { rule: 'abbreviation-needs-region', title: 'What is FAI?', body: 'FAI explained for beginners. FAI is common in athletes.', shows: [] },
  { rule: 'needs-region-context', title: 'Steroids and bones', body: `Osteonecrosis affected my shoulder last year, and osteonecrosis can follow steroids. ${filler(2)} My hip is fine and my hip moves well, my hip is strong.`, shows: [] },
  { rule: 'split-names', title: 'Septic arthritis in children', body: 'A child with a hot, swollen hip and a fever needs the hip checked the same day. The hip may need a washout.',
    // "Septic arthritis" in the title and "hip" in the body name the article (its profile alone would show it too).
    holds: (m, p) => m.analyse(p).articles.find((a) => a.id === 'septic-arthritis-hip')?.named === true },
  { rule: 'split-not-prominent', title: 'Bad news for commuters', body: 'Rail services are cancelled again today. Check back for updates later.', shows: [] },
  { rule: 'generic-heading-words', title: 'Dysfunction and recovery', body: 'My sacroiliac area aches, and the sacroiliac joint feels stiff since the pelvis shifted in pregnancy.', shows: [] },
  { rule: 'spelling-correction', title: 'Illiopsoas strain in runners', body: 'Pain at the front of the hip from the illiopsoas. An illiopsoas strain heals with rehab.', shows: ['hip-flexor-strain'] },
  { rule: 'prominent-name', title: 'Meralgia paraesthetica', body: 'A burning, numb patch on the outer thigh.', shows: ['meralgia-paresthetica'] },
  { rule: 'repeated-name', title: 'Family notes', body: `${filler(5)} My mother has hip osteoarthritis and her hip osteoarthritis is worse in winter.`, shows: ['hip-osteoarthritis'] },
  { rule: 'single-mention-profile', title: 'Clinic notes', body: 'A woman with pain on the outside of her hip. Gluteal tendinopathy was diagnosed. Her hip improved.', shows: ['gluteal-tendinopathy'] },
  { rule: 'profile-only', title: 'My hip', body: 'My hip and groin ache deep inside the joint, stiff every morning for half an hour, and putting socks and shoes on is hard. The hip grinds after walking and I limp. The x-ray showed narrowing of the joint space, worn cartilage and bone spurs; I am 68, it is wear and tear arthritis with thinning cartilage and osteophytes, and the surgeon talked about a replacement one day.', shows: ['hip-osteoarthritis'] },
  { rule: 'keywords-only', title: 'Clinic notes', body: 'The Thomas test was positive. Thomas test repeated on the left, Thomas test on the right, and a Thomas test after stretching. The hamstring was tight, the sciatic nerve was fine, the buttock was sore and the knee was normal; the hip was stiff.', shows: ['hip-flexor-strain', 'iliopsoas-tendinopathy', 'deep-gluteal-syndrome'] },
  { rule: 'min-score', title: 'Match report', description: 'Sore groin', body: 'Die Mannschaft gewann das Derby am Samstag.', shows: [] },
  { rule: 'zone-prominence', title: 'Gluteal tendinopathy', body: 'Pain on the side of the hip at night. Some call it trochanteric bursitis; trochanteric bursitis is an older name. The hip hurts lying on it.', shows: ['gluteal-tendinopathy', 'trochanteric-bursitis'] },
  { rule: 'field-weight', title: 'Hip clinic', body: 'The Thomas test was positive, the Thomas test again, a Thomas test on the left and a Thomas test on the right. A hip pointer last season; the hip is sore at the front.',
    // An alias seen once outweighs a keyword seen four times: aliases name the article.
    holds: (m, p) => nameScore(m, p, 'hip-pointer') > nameScore(m, p, 'hip-flexor-strain') },
  { rule: 'specificity', title: 'Hip clinic', body: 'The hip was sore. A Trendelenburg gait was seen, and the Thomas test was positive at the front of the hip.',
    // Seen once each: a keyword of three articles (Trendelenburg gait) and one of two (Thomas test).
    holds: (m, p) => nameScore(m, p, 'hip-flexor-strain') > nameScore(m, p, 'gluteal-tendinopathy') },
  { rule: 'profile', title: 'Hip clinic', body: 'A teenager with a limp and knee pain, an out-turned leg, overweight, aged 13; the hip x-ray shows a slip at the growth plate. Perthes disease was once considered. The hip needs pinning today.', shows: ['slipped-capital-femoral-epiphysis', 'perthes-disease'] },
  { rule: 'overview-factor', title: 'Groin pain', body: 'Groin pain in sport has many causes: the pubic bone, the hip joint, a hernia, the adductors. Groin pain is common in football. One player had a groin strain.', shows: ['groin-pain', 'groin-strain', 'inguinal-hernia'] },
  { rule: 'place-names-yield', title: 'Groin pain', body: 'I kicked a ball and felt a pull on the inside of my thigh. It hurts to bring my legs together, to sprint and to change direction. The physio said a muscle there was torn where it meets the tendon and gave me squeezes with a ball between my knees.', shows: ['groin-strain', 'groin-pain', 'osteitis-pubis', 'adductor-tendinopathy'] },
  { rule: 'relative-bar', title: 'Hip osteoarthritis', body: 'Hip osteoarthritis is wear of the hip joint. Hip osteoarthritis pain is worse after rest, and hip osteoarthritis stiffens the hip. A hip replacement may help later; a hip replacement is a big operation.', shows: ['hip-osteoarthritis'] },
  { rule: 'max-suggestions', title: 'Hip problems in runners', body: 'Gluteal tendinopathy, gluteal tendinopathy. Hip flexor strain, hip flexor strain. Hamstring strain, hamstring strain. Groin strain, groin strain. Hip labral tear, hip labral tear. Piriformis syndrome, piriformis syndrome. Meralgia paraesthetica, meralgia paraesthetica. Each hip problem needs its own hip plan.', shows: ['meralgia-paresthetica', 'piriformis-syndrome', 'hamstring-strain', 'hip-labral-tear', 'gluteal-tendinopathy'] },
];

const pageOf = (c: Case): PageText => ({ title: c.title, description: c.description ?? '', headings: [], body: c.body, truncated: false });
const answer = (m: Matcher, page: PageText) => m.match(page).map((s) => s.id);
const everyRule = new Matcher(index);

describe('every rule of the gate and the scoring matters', () => {
  it('has a case for every named rule, and no case for an unknown one', () => {
    expect(cases.map((c) => c.rule).sort()).toEqual([...RULES].sort());
  });

  it.each(cases.map((c) => [c.rule, c] as const))('%s', (rule, c) => {
    const page = pageOf(c);
    const without = new Matcher(index, { rules: rulesWithout([rule]) });
    if (c.holds) {
      expect(c.holds(everyRule, page), 'with every rule on').toBe(true);
      expect(c.holds(without, page), `with ${rule} off`).toBe(false);
    } else {
      expect(answer(everyRule, page), 'with every rule on').toEqual(c.shows);
      expect(answer(without, page), `with ${rule} off`).not.toEqual(c.shows);
    }
  });
});
