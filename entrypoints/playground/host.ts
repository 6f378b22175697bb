import { playgroundAdapter } from '@/utils/compose/hosts/playground';

/**
 * The playground's stand-in for a chat and a mail app: the chat sends on Enter (Shift+Enter is
 * a new line), the email on Ctrl/Cmd+Enter; both send on their button. Sending moves the text
 * into the log under the composer and clears it, as the real apps do.
 */
export function emulateHosts(doc: Document): void {
  const post = (editor: HTMLElement) => {
    const text = playgroundAdapter.readText(editor).trim();
    if (!text) return;
    const log = editor.closest('[data-fg-frame]')?.querySelector('.log');
    const item = doc.createElement('li');
    item.textContent = text;
    log?.append(item);
    const line = doc.createElement(editor.dataset.fgComposer === 'chat' ? 'p' : 'div');
    line.append(doc.createElement('br'));
    editor.replaceChildren(line);
  };
  doc.addEventListener('keydown', (e) => {
    const editor = playgroundAdapter.composerFor(e.target);
    if (!editor || e.key !== 'Enter') return;
    const chat = editor.dataset.fgComposer === 'chat';
    if (chat && !e.shiftKey) {
      e.preventDefault();
      post(editor);
    } else if (!chat && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      post(editor);
    }
  });
  doc.addEventListener('click', (e) => {
    const button = (e.target as Element | null)?.closest?.('[data-fg-send]');
    const editor = button?.closest('[data-fg-frame]')?.querySelector<HTMLElement>('[data-fg-composer]');
    if (editor) post(editor);
  });
}
