// The specific errors the clinical review of the library found, kept fixed.
import { describe, expect, it } from 'vitest';
import { blocksText } from '../../compiler/library-compiler';
import type { Article } from '../../core/library';
import { compileFromDisk } from '../../scripts/compile-library';

const byId = new Map(compileFromDisk().map((a) => [a.id, a]));
const article = (id: string) => byId.get(id)!;
const everything = (a: Article) =>
  [a.summary, ...a.symptoms, ...a.causes, ...a.whoGetsIt, ...a.whatHelps, ...a.redFlags.map((f) => f.text), a.seeAProfessional, blocksText(a.body)].join('\n');

describe('errors the clinical review found', () => {
  it('the FAQ follows NICE NG226: osteoarthritis is diagnosed clinically from 45, without an X-ray', () => {
    const faq = everything(article('hip-groin-buttock-faqs'));
    expect(faq).not.toMatch(/X-rays? (help )?confirm/i);
    expect(faq).toMatch(/45 or over[^.]*without an X-ray/);
  });

  it('hip dysplasia: checks at birth and at 6 to 8 weeks, and some cases found later', () => {
    const { summary } = article('hip-dysplasia');
    expect(summary).toMatch(/birth/);
    expect(summary).toMatch(/6 to 8 weeks/);
    expect(summary).toMatch(/later/);
  });

  it('snapping hip has three types, one inside the joint, and outer snapping is not put down to bursitis', () => {
    const snapping = article('snapping-hip-syndrome');
    const text = everything(snapping);
    expect(text).toMatch(/three types/);
    expect(text).toMatch(/intra-articular/i);
    expect(text).not.toMatch(/bursitis/i);
    expect(snapping.related).not.toContain('trochanteric-bursitis');
  });

  it('septic arthritis: the summary says when, rather than telling every reader to go to A&E now', () => {
    const { summary } = article('septic-arthritis-hip');
    expect(summary).not.toMatch(/^[^.]*\bGo to A&E now\b/m);
    expect(summary).toMatch(/\bif\b[^.]*(fever|very unwell)/i);
  });

  it('hip osteoarthritis gives one account of morning stiffness: usually under about 30 minutes', () => {
    const text = everything(article('hip-osteoarthritis'));
    expect(text).not.toMatch(/within minutes|half an hour/);
    expect(text.match(/about 30 minutes/g)?.length).toBeGreaterThanOrEqual(2);
  });

  it('perthes disease no longer asks parents to wait for a limp to last more than a few days', () => {
    expect(everything(article('perthes-disease'))).not.toMatch(/more than a few days/);
  });
});

describe('the clinician\'s view', () => {
  it('gives every article its key examination findings, differentials that are other articles, referral and imaging criteria, and a recovery timeline', () => {
    for (const a of byId.values()) {
      const { examination, differentials, referral, recovery } = a.clinicians;
      expect(examination.length, a.id).toBeGreaterThanOrEqual(2);
      expect(differentials.length, a.id).toBeGreaterThanOrEqual(2);
      expect(differentials.every((d) => byId.has(d) && d !== a.id), a.id).toBe(true);
      expect(referral.length, a.id).toBeGreaterThanOrEqual(2);
      expect(recovery.length, a.id).toBeGreaterThan(10);
    }
  });

  it('gives a recovery timeline in the text of the articles the review found without one', () => {
    for (const id of ['hip-flexor-strain', 'snapping-hip-syndrome', 'pelvic-girdle-pain'])
      expect(blocksText(article(id).body), id).toMatch(/(few|several) (weeks|months)|weeks and months/);
  });
});
