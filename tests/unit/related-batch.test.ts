// The batch contract the shared scorer relies on: a page that cannot be answered is an error
// naming the page, never "[]" (which the scorer would count as staying quiet).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerBatch, type Answer } from '../../scripts/related-batch';

const run = async (lines: string[], answer: Answer) => {
  const out: string[] = [];
  const err: string[] = [];
  const status = await answerBatch(lines, answer, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { status, out, err };
};
const page = (id: string, html = '<p>text</p>') => JSON.stringify({ id, url: 'https://example.org/', html });

describe('related --jsonl', () => {
  it('answers every page in order', async () => {
    const { status, out } = await run([page('a'), '', page('b')], (html) => (html.includes('hip') ? [{ id: 'x', score: 1 }] : []));
    expect(status).toBe(0);
    expect(out.map((l) => JSON.parse(l))).toEqual([{ id: 'a', suggestions: [] }, { id: 'b', suggestions: [] }]);
  });

  it('stops with a non-zero status naming the page when matching throws', async () => {
    const { status, out, err } = await run([page('fine'), page('broken', '<p>boom</p>'), page('after')], (html) => {
      if (html.includes('boom')) throw new Error('matcher exploded');
      return [];
    });
    expect(status).toBe(1);
    expect(out).toHaveLength(1);
    expect(err.join('\n')).toMatch(/page broken at line 2 failed: Error: matcher exploded/);
  });

  it('names the line of input that is not a page', async () => {
    const { status, err } = await run([page('a'), '{not json', page('c')], () => []);
    expect(status).toBe(1);
    expect(err.join('\n')).toContain('(line 2) at line 2 failed');
  });

  it('exits non-zero from the command line too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'related-'));
    const file = join(dir, 'in.jsonl');
    writeFileSync(file, `${page('ok')}\n{"id": "no-html"}\n`);
    const root = resolve(__dirname, '..', '..');
    const cli = spawnSync('npx', ['tsx', 'scripts/related.ts', '--jsonl', file], { cwd: root, encoding: 'utf8' });
    expect(cli.status).toBe(1);
    expect(cli.stdout.trim().split('\n')).toHaveLength(1);
    expect(cli.stderr).toContain('page no-html at line 2 failed');
  });
});
