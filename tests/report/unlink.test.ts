import {describe, expect, it} from 'vitest';
import {withoutAutolinks} from '../../src/report/unlink.js';

describe('withoutAutolinks', () => {
  it('splits URLs, www. names and e-mail addresses in text with an empty span', () => {
    expect(withoutAutolinks('see https://evil.example/x, WWW.evil.example and info@evil.example')).toBe(
      'see https:<span></span>//evil.example/x, W<span></span>WW.evil.example and info@<span></span>evil.example',
    );
  });

  it('leaves tags and their attribute values alone', () => {
    const html = '<abbr title="http://a.example www.b.example">ftp://c.example</abbr>';
    expect(withoutAutolinks(html)).toBe('<abbr title="http://a.example www.b.example">ftp:<span></span>//c.example</abbr>');
  });

  it('leaves ordinary text and Arabic as it is', () => {
    const text = '| 001 | الثورة: «قوات حفظ السلام» | 12:30 |';
    expect(withoutAutolinks(text)).toBe(text);
  });
});
