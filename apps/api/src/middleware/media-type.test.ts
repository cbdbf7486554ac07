import { describe, expect, it } from 'vitest';
import { parseMediaType } from './media-type.ts';

describe('parseMediaType', () => {
  it('lower-cases type, subtype and parameter names, and keeps values', () => {
    expect(parseMediaType('Application/LD+JSON; Charset=UTF-8')).toEqual({
      type: 'application',
      subtype: 'ld+json',
      parameters: [['charset', 'UTF-8']],
    });
  });

  it('allows whitespace around ";", empty parameters and trailing whitespace', () => {
    for (const value of [
      'application/json',
      'application/json;',
      'application/json ;',
      'application/json;;',
      'application/json \t; ;\t',
      'application/json ',
    ]) {
      expect(parseMediaType(value), value).toEqual({
        type: 'application',
        subtype: 'json',
        parameters: [],
      });
    }
    expect(parseMediaType('application/json ; a=1;;b=2')?.parameters).toEqual([
      ['a', '1'],
      ['b', '2'],
    ]);
  });

  it('unquotes quoted strings, with their escapes and separators', () => {
    expect(parseMediaType('a/b; x="utf-8"; y="a;b"; z="q\\"uo\\\\te"; e=""')?.parameters).toEqual([
      ['x', 'utf-8'],
      ['y', 'a;b'],
      ['z', 'q"uo\\te'],
      ['e', ''],
    ]);
  });

  it('refuses what the grammar does not allow', () => {
    for (const value of [
      '',
      'json',
      'application/',
      '/json',
      'application /json',
      'application/ json',
      'application/json; charset',
      'application/json; charset=',
      'application/json; charset = utf-8',
      'application/json; x="unclosed',
      'application/json; x="a"b',
      'application/json x',
      'application/json, text/plain',
      'text/plain; a=1 b=2',
      'app(lication)/json',
    ]) {
      expect(parseMediaType(value), value).toBeNull();
    }
  });
});
