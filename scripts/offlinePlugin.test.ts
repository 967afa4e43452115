import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { filesDigest, filesUnder, offlineFileList } from './offlinePlugin';

describe('the offline plugin’s file list and version', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'offline-'));
    mkdirSync(join(dir, 'assets'));
    mkdirSync(join(dir, 'data'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html>');
    writeFileSync(join(dir, 'assets', 'index-Ab12.js'), 'console.log(1)');
    writeFileSync(join(dir, 'data', 'alliance.json'), '{}');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const read = (path: string) => readFileSync(join(dir, path));

  it('lists every file under the output folder, nested ones with forward slashes, sorted', () => {
    expect(filesUnder(dir)).toEqual(['assets/index-Ab12.js', 'data/alliance.json', 'index.html']);
  });

  it('gives a version that changes with any file’s bytes or name, and only then', () => {
    const files = filesUnder(dir);
    const before = filesDigest(files, read);
    expect(before).toMatch(/^[0-9a-f]{16}$/);
    expect(filesDigest(files, read)).toBe(before);
    writeFileSync(join(dir, 'data', 'alliance.json'), '{"a":1}');
    const changed = filesDigest(files, read);
    expect(changed).not.toBe(before);
    writeFileSync(join(dir, 'favicon.svg'), '<svg/>');
    expect(filesDigest(filesUnder(dir), read)).not.toBe(changed);
  });

  it('keeps every file but the worker itself and what a host reads rather than serves; the page as the base path', () => {
    expect(offlineFileList(['_headers', '.htaccess', 'assets/index-Ab12.js', 'assets/.DS_Store', 'data/alliance.json', 'favicon.svg', 'index.html', 'sw.js'])).toEqual([
      'assets/index-Ab12.js',
      'data/alliance.json',
      'favicon.svg',
      '',
    ]);
  });
});
