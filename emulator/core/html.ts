/**
 * Reading HTML bodies back as text (escaping goes through the app's `src/domain/html.ts`): the
 * entities Exchange writes, decoded, `&amp;` last so `&amp;lt;` stays `&lt;`.
 */
export function decodeEntities(text: string): string {
  return text
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}
