import { escapeHtml, escapeMultilineText, sanitizeRenderedHtml } from '../../src/domain/html';

describe('HTML safety', () => {
  it('escapes every character that could open markup or leave an attribute', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('keeps line breaks of multi-line text visible', () => {
    expect(escapeMultilineText('first line\r\nsecond <line>')).toBe(
      'first line<br>second &lt;line&gt;',
    );
  });

  it.each([
    ['a script', '<p>hi</p><script>alert(1)</script>', '<p>hi</p>'],
    ['an event handler', '<p onclick="alert(1)">hi</p>', '<p>hi</p>'],
    ['a javascript: link', '<a href="javascript:alert(1)">x</a>', '<a>x</a>'],
    ['an http: link', '<a href="http://example.com">x</a>', '<a>x</a>'],
    ['an svg', '<svg onload="alert(1)"><circle /></svg>ok', 'ok'],
    ['an iframe', '<iframe src="https://evil.example"></iframe>ok', 'ok'],
    ['a style block', '<style>body{}</style>ok', 'ok'],
    ['an expression() style', '<div style="width: expression(alert(1))">x</div>ok', 'ok'],
    [
      'a url() style',
      '<p style="background-color: url(javascript:alert(1))">x</p>ok',
      '<p>x</p>ok',
    ],
  ])('removes %s', (_case, html, expected) => {
    expect(sanitizeRenderedHtml(html)).toBe(expected);
  });

  it('keeps the tables, inline styles, https links and Teams mentions the renderers emit', () => {
    const html =
      '<table style="border-collapse:collapse;width:100%"><tr><td style="padding:4px 8px;color:#242424;font-family:\'Segoe UI\', sans-serif">' +
      '<a href="https://teams.microsoft.com/l/meetup-join/1">Join</a> <at id="0">Dana Kim</at></td></tr></table>';
    expect(sanitizeRenderedHtml(html)).toBe(
      '<table style="border-collapse:collapse;width:100%"><tr><td style="padding:4px 8px;color:#242424;font-family:\'Segoe UI\', sans-serif">' +
        '<a href="https://teams.microsoft.com/l/meetup-join/1">Join</a> <at id="0">Dana Kim</at></td></tr></table>',
    );
  });

  it('drops style properties outside the allow-list but keeps the element', () => {
    expect(sanitizeRenderedHtml('<p style="position:fixed;color:#000">x</p>')).toBe(
      '<p style="color:#000">x</p>',
    );
  });
});
