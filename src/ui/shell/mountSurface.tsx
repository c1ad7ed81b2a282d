import { StrictMode, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';

/**
 * Renders a surface into the page its HTML file gives it. The container is created here rather
 * than looked up by id, so the page template stays free of app-specific markup.
 */
export function mountSurface(surface: ReactNode, page: Document = document): Root {
  const container = page.createElement('div');
  page.body.append(container);
  const root = createRoot(container);
  root.render(<StrictMode>{surface}</StrictMode>);
  return root;
}
