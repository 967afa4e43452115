import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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

  it('lists whole paths in sorted order, not folder by folder, and leaves out what is not a file (a link)', () => {
    // Folder by folder, "data/alliance.json" would come before "data.json": the folder "data" sorts before the file "data.json".
    writeFileSync(join(dir, 'data.json'), '{}');
    symlinkSync(join(dir, 'index.html'), join(dir, 'link.html'));
    expect(filesUnder(dir)).toEqual(['assets/index-Ab12.js', 'data.json', 'data/alliance.json', 'index.html']);
  });

  it('tells a file’s name from its bytes in the version: renaming a file changes it, and so does moving a byte across the boundary', () => {
    const twoFiles = (name: string, bytes: string) => filesDigest([name], () => Buffer.from(bytes));
    expect(twoFiles('a.js', 'x')).not.toBe(twoFiles('b.js', 'x'));
    expect(twoFiles('ab', 'c')).not.toBe(twoFiles('a', 'bc'));
    // One file's bytes and the next file's name: two files, "1" = "a" and "2" = "b", against one, "1" = "a2\0b".
    const two = filesDigest(['1', '2'], (path) => Buffer.from(path === '1' ? 'a' : 'b'));
    expect(two).not.toBe(filesDigest(['1'], () => Buffer.from('a2\0b')));
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
