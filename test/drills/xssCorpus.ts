/**
 * The XSS corpus of the drills: script tags, event handlers, `javascript:`/`data:` URLs, SVG,
 * iframe, MathML, CSS `url()`, entity- and URL-encoded and nested payloads. Shared by the Graph
 * boundary drill (what is stored and sent) and the browser drill (what runs in the page).
 */
export const XSS_CORPUS: readonly string[] = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">open</a>',
  '<a href=" JaVaScRiPt:alert(1)">spaced</a>',
  '<svg onload=alert(1)><circle r=1 /></svg>',
  '<svg><script>alert(1)</script></svg>',
  '<iframe src="https://evil.example"></iframe>',
  '<body onload=alert(1)>',
  '<div onmouseover="alert(1)">hover</div>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '&#60;script&#62;alert(1)&#60;/script&#62;',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '"><script>alert(1)</script>',
  "'><img src=x onerror=alert(1)>",
  '<p style="background-image:url(javascript:alert(1))">x</p>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<at id="0">Everyone</at><a href="data:text/html,<script>alert(1)</script>">x</a>',
];
