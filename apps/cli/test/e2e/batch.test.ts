/**
 * End to end: the built binary classifies a generated 10,000-line JSONL file with bad lines
 * mixed in; the output is checked line for line against the input.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { classify } from '@marketlens/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, CLI, cliEnv, NODE } from './built-cli.ts';
import { devTexts, generateJsonl, kindOf, type LineKind } from './corpus.ts';

const COUNT = 10_000;
const texts = devTexts();
const orientationOf = new Map(texts.map((text) => [text, classify(text).orientation]));

describe('batch over a generated 10,000-line JSONL file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'marketlens-e2e-'));
  const input = join(dir, 'briefs.jsonl');
  const output = join(dir, 'results.jsonl');

  beforeAll(() => {
    assertBuilt();
    writeFileSync(input, generateJsonl(COUNT, texts));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes one record per line, in order, with the right id, result or fault, and exits 1', () => {
    // A heap far smaller than the output (~60 MB): holding the results would run out of memory.
    const heap = '--max-old-space-size=40';
    const run = spawnSync(NODE, [heap, CLI, 'batch', '--input', input, '--output', output], {
      encoding: 'utf8',
      env: cliEnv(),
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');

    const records = readFileSync(output, 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(records).toHaveLength(COUNT);
    const counts: Record<LineKind, number> = {
      good: 0,
      'good-no-id': 0,
      'invalid-json': 0,
      'missing-text': 0,
      'text-not-string': 0,
      empty: 0,
    };
    const orientations: Record<string, number> = {};
    records.forEach((record, index) => {
      const n = index + 1;
      const kind = kindOf(n);
      counts[kind] += 1;
      const where = `line ${n} (${kind})`;
      if (kind === 'good' || kind === 'good-no-id') {
        expect(record.id, where).toBe(kind === 'good' ? `r${n}` : n);
        expect(record.error, where).toBeUndefined();
        const text = texts[n % texts.length] ?? '';
        expect(record.orientation, where).toBe(orientationOf.get(text));
        orientations[record.orientation] = (orientations[record.orientation] ?? 0) + 1;
      } else {
        expect(record.line, where).toBe(n);
        expect(record.orientation, where).toBeUndefined();
        const error = {
          'invalid-json': /^invalid JSON/,
          'missing-text': /^missing "text"$/,
          'text-not-string': /^"text" must be a string, got an array$/,
          empty: /^empty line/,
        }[kind];
        expect(record.error, where).toMatch(error);
        if (kind === 'missing-text' || kind === 'text-not-string') expect(record.id).toBe(`r${n}`);
      }
    });

    const errors =
      counts['invalid-json'] + counts['missing-text'] + counts['text-not-string'] + counts.empty;
    expect(errors).toBeGreaterThan(200);
    const summary = run.stderr;
    expect(summary).toContain(`${COUNT} records: `);
    for (const orientation of ['customer', 'consumer', 'hybrid', 'undetermined']) {
      expect(summary).toContain(`${orientations[orientation] ?? 0} ${orientation}`);
    }
    expect(summary).toContain(`${errors} errors`);
    expect(summary).toContain(`${input}:83: "text" must be a string`);
    expect(summary).toMatch(/records\/s/);
  });

  it('writes the same records on worker threads (--jobs 2) as in the main thread', () => {
    const part = join(dir, 'part.jsonl');
    writeFileSync(part, generateJsonl(3_000, texts));
    const outputs = ['1', '2'].map((jobs) => {
      const out = join(dir, `jobs-${jobs}.jsonl`);
      const run = spawnSync(NODE, [CLI, 'batch', '-i', part, '-o', out, '--jobs', jobs, '-q'], {
        encoding: 'utf8',
        env: cliEnv(),
      });
      expect(run.status, run.stderr).toBe(1);
      return readFileSync(out, 'utf8');
    });
    expect(outputs[0]?.split('\n')).toHaveLength(3_001);
    expect(outputs[1]).toBe(outputs[0]);
  });

  it('streams stdin to stdout, and exits 0 when every line is good', () => {
    const good = texts
      .slice(0, 50)
      .map((text, i) => JSON.stringify({ id: i, text }))
      .join('\n');
    const run = spawnSync(NODE, [CLI, 'batch', '--input', '-', '--format', 'csv'], {
      input: good,
      encoding: 'utf8',
      env: cliEnv(),
    });
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')[0]).toMatch(/^id,line,orientation,confidence/);
    expect(run.stderr).toMatch(/50 records: .* 0 errors/);
  });
});
