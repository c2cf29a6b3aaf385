import type {Source} from '../../src/types.js';

/**
 * An article written to break a report: markup, an attribute break-out,
 * terminal escape sequences, a bidi override, a Markdown link and a
 * spreadsheet formula, around real framing words (المتظاهرين, العصابات
 * الإرهابية) so that they reach the mentions, the matrix and the summary.
 */
export function hostileSource(): Source {
  return {
    id: 'evil',
    file: 'evil.txt',
    outlet: '<b>Outlet</b> [x](javascript:alert(3))',
    language: 'ar',
    title: '"><img src=x onerror=alert(1)> *bold* | cell',
    date: null,
    url: null,
    body: [
      'قال المتحدث إن المتظاهرين <script>alert(1)</script> تفرقوا "><img src=x onerror=alert(2)> \u001b[31mأحمر\u001b[0m \u001b]0;title\u0007 وأكد أن العصابات الإرهابية هاجمت.',
      'وخرج المتظاهرين في مظاهرات سلمية \u202eمعكوس [رابط](javascript:alert(4)) ![صورة](http://example.invalid/x.png) =HYPERLINK("http://example.invalid") | عمود.',
    ].join('\n'),
  };
}
