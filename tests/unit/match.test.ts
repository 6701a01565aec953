import { describe, expect, it } from 'vitest';
import { matcher } from '../../core/bundled-library';
import { extractPageText } from '../../core/extract';
import { MAX_SUGGESTIONS } from '../../core/match';
import { tokenize } from '../../core/text';
import { articlePage } from './helpers';

const suggest = (doc: Document) => matcher.match(extractPageText(doc));
const ids = (doc: Document) => suggest(doc).map((s) => s.id);

describe('matching focused hip and groin pages', () => {
  it('ranks the page topic first and explains why', () => {
    const result = suggest(
      articlePage(
        'Hip flexor strain',
        'A hip flexor strain is a tear of the iliopsoas, the muscle that lifts the knee.',
        '## Treating a strained hip flexor',
        'Rest, then stretching and strengthening of the hip flexors.',
      ),
    );
    expect(result[0]?.id).toBe('hip-flexor-strain');
    expect(result[0]?.reasons.join(' ')).toMatch(/hip flexor/i);
    expect(result.length).toBeLessThanOrEqual(MAX_SUGGESTIONS);
  });

  it('tolerates misspellings and variants', () => {
    expect(ids(articlePage('Illiopsoas strain in runners', 'Pain at the front of the hip from the illiopsoas.', 'An illiopsoas strain heals with rehab.'))[0]).toBe('hip-flexor-strain');
    expect(ids(articlePage('Trochanter bursitis', 'Trochanter bursitis causes pain over the outer hip.', 'Trochanter bursitis is common in midlife.'))[0]).toMatch(/trochanteric-bursitis|greater-trochanteric-pain-syndrome/);
    expect(ids(articlePage('Strained groin', 'A strained groin is painful.', 'How a strained groin heals.'))[0]).toBe('groin-strain');
  });

  it('knows clinical synonyms and abbreviations', () => {
    expect(ids(articlePage('FAI: what is it?', 'FAI, or cam and pincer impingement, limits hip rotation.', 'FAI is assessed with imaging.'))[0]).toBe('femoroacetabular-impingement');
    expect(ids(articlePage('GTPS explained', 'GTPS is pain over the greater trochanter.', 'GTPS responds to load management.'))[0]).toBe('greater-trochanteric-pain-syndrome');
    expect(ids(articlePage('Coxa saltans', 'Coxa saltans is a snapping hip.', 'Coxa saltans is often painless.'))[0]).toBe('snapping-hip-syndrome');
    expect(ids(articlePage('Sports hernia', 'A sports hernia, also called Gilmore’s groin, causes groin pain in athletes.', 'Sports hernia rehab takes weeks.'))[0]).toBe('athletic-pubalgia');
    expect(ids(articlePage('SIJ dysfunction', 'SIJ dysfunction causes pain low in the back and buttock.', 'SIJ dysfunction is assessed by a physio.'))[0]).toBe('sacroiliac-joint-pain');
  });
});

describe('staying quiet', () => {
  it('on other senses of hip and groin', () => {
    expect(ids(articlePage('The history of hip hop', 'Hip hop began in the Bronx.', 'Hip-hop artists sell millions of records. Hip hop is everywhere.'))).toEqual([]);
    expect(ids(articlePage('Rose hips in autumn', 'Rose hips are rich in vitamin C. Make rose hip syrup.', 'Rosehip oil for skin.'))).toEqual([]);
    expect(ids(articlePage('Building a hip roof', 'A hip roof slopes on all sides.', 'Hip rafters meet at the ridge.'))).toEqual([]);
    expect(ids(articlePage('Romanesque groin vaults', 'A groin vault is made by two barrel vaults crossing.', 'Groin vaults spread the load.'))).toEqual([]);
    expect(ids(articlePage('Porting CUDA to AMD HIP', 'AMD HIP lets you port kernels.', 'The HIP runtime compiles for ROCm.'))).toEqual([]);
  });

  it('on passing mentions', () => {
    const report = articlePage(
      'United beat City 2-1 in the derby',
      'United came from behind to win the derby on Saturday. The striker scored twice in the second half.',
      'The visitors lost their captain to a groin injury before half time, and the manager said the squad was tired.',
      'The win lifts United to third in the table ahead of the cup tie next week.',
    );
    expect(ids(report)).toEqual([]);
  });

  it('on other body regions full of joint words', () => {
    const knee = articlePage(
      'Knee bursitis and tendon pain',
      'Bursitis is inflammation of a bursa near a joint. Prepatellar bursitis affects the knee.',
      '## Patellar tendinopathy',
      'The patellar tendon joins kneecap to shin. Tendon pain and joint swelling settle with rest. Osteoarthritis of the knee is common.',
    );
    expect(ids(knee)).toEqual([]);
    const shoulder = articlePage(
      'Shoulder impingement and rotator cuff tears',
      'Shoulder bursitis and a labral tear of the shoulder cause pain lifting the arm.',
      'A rotator cuff tear and tendon impingement are treated with physiotherapy.',
    );
    expect(ids(shoulder)).toEqual([]);
  });
});

describe('precision rules', () => {
  it('never stems an abbreviation or a short word into another word', () => {
    expect(tokenize('REDs GTPS SPD hips NSAIDs strained')).toEqual(['reds', 'gtps', 'spd', 'hip', 'nsaids', 'strain']);
    expect(tokenize('STRAINED GROIN MUSCLES')).toEqual(['strain', 'groin', 'muscle']);
    // "REDs" (relative energy deficiency in sport) is not the colour of a hot, swollen hip.
    const septic = articlePage('My hip this week', 'A hot, red, swollen hip and a fever since Monday.', 'The GP sent us straight to hospital; the hip was red and I could not walk on it.');
    expect(ids(septic)).not.toContain('femoral-stress-fracture');
  });

  it('gives a name split across the title and the body no prominence', () => {
    const stadium = articlePage(
      'Broken promises: the stadium that never was',
      'Ten years after the council promised a new stadium, the site is still a car park.',
      'The chairman, recovering from a hip operation, declined to comment. Fans say they have heard it all before.',
    );
    expect(ids(stadium)).toEqual([]);
    expect(ids(articlePage('Bad news for commuters', 'Rail services are cancelled again today.', 'Check back for updates later.'))).toEqual([]);
  });

  it('counts terms of other regions or of any joint only beside a hip, groin or buttock word', () => {
    const neck = articlePage(
      'Pinched nerve clinic: what helps',
      'A pinched nerve in the neck causes pain into the shoulder and arm, with tingling in the fingers.',
      'A slipped disc or a trapped nerve in the spine usually settles within weeks with physiotherapy. A slipped disc rarely needs surgery; your pinched nerve will be assessed by a physio.',
    );
    expect(ids(neck)).toEqual([]);
    const jaw = articlePage('Steroids and your bones', 'Osteonecrosis can follow long courses of steroids.', 'Osteonecrosis of the jaw is linked to some bone drugs.');
    expect(ids(jaw)).toEqual([]);
    const hip = articlePage(
      'Steroids and your bones',
      'Osteonecrosis can follow long courses of steroids.',
      'Osteonecrosis of the hip, where the femoral head loses its blood supply, causes deep groin pain.',
    );
    expect(ids(hip)[0]).toBe('avascular-necrosis-hip');
  });
});
