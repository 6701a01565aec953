// Citable sources: each article rests on at least three real sources that carry what a reference
// manager needs (authors or issuing body, title, year), identifiers only in a form that can be
// right, a review record of its own, and CSL-JSON that the shared CSL schema accepts.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parseSourceCatalogue } from '../../compiler/library-compiler';
import { formatCitation, toCsl } from '../../core/citation';
import { MIN_SOURCES } from '../../core/library';
import { compileFromDisk } from '../../scripts/compile-library';

const root = resolve(__dirname, '..', '..');
const library = compileFromDisk();
const catalogue = parseSourceCatalogue(readFileSync(join(root, 'data', 'sources.yaml'), 'utf8'));

describe('sources', () => {
  it(`gives every article at least ${MIN_SOURCES} sources, each with authors or an issuer, a title and a year`, () => {
    for (const a of library) {
      expect(a.sources.length, a.id).toBeGreaterThanOrEqual(MIN_SOURCES);
      for (const s of a.sources) {
        expect(Boolean(s.authors?.length || s.issuer), `${a.id}: ${s.title}`).toBe(true);
        expect(s.title.length, a.id).toBeGreaterThan(0);
        // A living web page may carry the date it was checked instead of a year of publication.
        expect(Boolean(s.year || (s.type === 'webpage' && s.accessed)), `${a.id}: ${s.title}`).toBe(true);
        if (s.type === 'article') expect(s.container, `${a.id}: ${s.title}`).toBeTruthy();
      }
    }
  });

  it('uses every entry of data/sources.yaml, and never the same identifier for two sources', () => {
    const used = new Set(library.flatMap((a) => a.sources.map((s) => s.id)));
    expect(catalogue.filter((s) => !used.has(s.id)).map((s) => s.id)).toEqual([]);
    for (const key of ['doi', 'pmid'] as const) {
      const values = catalogue.map((s) => s[key]).filter(Boolean);
      expect(new Set(values).size, key).toBe(values.length);
    }
    for (const s of catalogue) {
      if (s.doi) expect(s.doi).toMatch(/^10\.\d{4,9}\/\S+$/);
      expect('url' in s, `${s.id}: no web address`).toBe(false);
    }
  });

  it('credits the NIPE screening handbook to Public Health England and names the consensus statements truthfully', () => {
    const byId = new Map(catalogue.map((s) => [s.id, s]));
    expect(byId.get('phe-nipe')).toMatchObject({ issuer: 'Public Health England' });
    expect(byId.get('nice-ng226')).toMatchObject({ number: 'NG226', year: 2022 });
    expect(byId.get('griffin-2016-warwick')).toMatchObject({ authors: expect.arrayContaining(['Griffin DR']), year: 2016, container: 'British Journal of Sports Medicine' });
    expect(byId.get('weir-2015-doha')).toMatchObject({ authors: expect.arrayContaining(['Weir A']), year: 2015, container: 'British Journal of Sports Medicine' });
  });

  it('formats a reference line with authors, title, journal, year and identifiers', () => {
    const doha = catalogue.find((s) => s.id === 'weir-2015-doha')!;
    expect(formatCitation(doha)).toBe(
      'Weir A, Brukner P, Delahunt E, et al. Doha agreement meeting on terminology and definitions in groin pain in athletes. British Journal of Sports Medicine. 2015;49(12):768–774. doi:10.1136/bjsports-2015-094869. PMID: 26031643.',
    );
    const ng226 = catalogue.find((s) => s.id === 'nice-ng226')!;
    expect(formatCitation(ng226, { identifiers: false })).toBe(
      'National Institute for Health and Care Excellence (NICE). Osteoarthritis in over 16s: diagnosis and management. NG226. 2022.',
    );
  });

  it('turns every source into CSL-JSON that the CSL data schema accepts', () => {
    const schema = JSON.parse(readFileSync(join(root, '..', 'shared', 'spec', 'csl', 'csl-data.json'), 'utf8')) as object;
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    const items = library.flatMap((a) => a.sources.map((s, i) => toCsl(s, `${a.id}-${i + 1}`)));
    const ok = validate(items);
    expect(validate.errors ?? [], 'CSL schema errors').toEqual([]);
    expect(ok).toBe(true);
    const doha = toCsl(catalogue.find((s) => s.id === 'weir-2015-doha')!, 'doha');
    expect(doha).toMatchObject({ type: 'article-journal', DOI: '10.1136/bjsports-2015-094869', issued: { 'date-parts': [[2015]] } });
    expect(doha.author).toEqual([{ family: 'Weir', given: 'A' }, { family: 'Brukner', given: 'P' }, { family: 'Delahunt', given: 'E' }]);
  });
});

describe('review records', () => {
  it('gives every article its own dated review record, with who reviewed it and what the review covered', () => {
    for (const a of library) {
      expect(a.review.date, a.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(a.review.by.length, a.id).toBeGreaterThan(0);
      expect(a.review.covered.length, a.id).toBeGreaterThan(40);
    }
    // Each record says what was checked in that article, not one batch line for all.
    expect(new Set(library.map((a) => a.review.covered)).size).toBeGreaterThan(library.length * 0.8);
  });
});
