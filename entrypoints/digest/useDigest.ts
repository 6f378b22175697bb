import { useCallback, useEffect, useState } from 'react';
import { sendParsed } from '@/utils/platform/messaging/client';
import { messageOf } from '@/utils/platform/messaging/transport';
import type { DigestViewProps } from '@/components/notify/DigestView';

const SEEN_CHUNK = 200;

/**
 * Loads every held item (seen ones included, until clean-up) page by page, showing each as it
 * arrives, then marks the unseen ones seen in chunks, and the not-held counts as shown.
 */
export function useDigest(): DigestViewProps {
  const [items, setItems] = useState<DigestViewProps['items']>(null);
  const [breakthroughs, setBreakthroughs] = useState<DigestViewProps['breakthroughs']>([]);
  const [notHeld, setNotHeld] = useState<DigestViewProps['notHeld']>({});
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let stale = false;
    void (async () => {
      try {
        const first = await sendParsed('listHeld', { includeSeen: true });
        if (stale) return;
        setBreakthroughs(first.breakthroughs);
        setNotHeld(first.notHeld);
        let all = first.items;
        setItems(all);
        for (let next = first.next; next && !stale; ) {
          const page = await sendParsed('listHeld', { includeSeen: true, before: next });
          all = [...all, ...page.items];
          setItems(all);
          next = page.next;
        }
        const unseen = all.filter((i) => i.seenAt === undefined).map((i) => i.id);
        const shownNotHeld = Object.keys(first.notHeld).length > 0;
        for (let i = 0; i < unseen.length || (i === 0 && shownNotHeld); i += SEEN_CHUNK) {
          await sendParsed('markHeldSeen', { ids: unseen.slice(i, i + SEEN_CHUNK), ...(i === 0 && shownNotHeld ? { notHeld: true } : {}) });
        }
      } catch (e) {
        if (!stale) {
          setItems((prev) => prev ?? []);
          setError(messageOf(e));
        }
      }
    })();
    return () => {
      stale = true;
    };
  }, []);

  const onOpen = useCallback((id: string) => {
    sendParsed('openHeld', { id }).catch((e: unknown) => setError(messageOf(e)));
  }, []);

  const onAnswer = useCallback((eventId: string, urgent: boolean) => {
    sendParsed('answerBreakthrough', { eventId, urgent }).then(
      () => setBreakthroughs((list) => list.map((b) => (b.id === eventId ? { ...b, urgent } : b))),
      (e: unknown) => setError(messageOf(e)),
    );
  }, []);

  return { items, breakthroughs, notHeld, error, onOpen, onAnswer };
}
