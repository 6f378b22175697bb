import { useCallback, useEffect, useState } from 'react';
import { sendParsed } from '@/utils/platform/messaging/client';
import { messageOf } from '@/utils/platform/messaging/transport';
import type { DigestViewProps } from '@/components/notify/DigestView';

/** Loads every held item (seen ones included, until clean-up), then marks the unseen ones seen. */
export function useDigest(): DigestViewProps {
  const [items, setItems] = useState<DigestViewProps['items']>(null);
  const [breakthroughs, setBreakthroughs] = useState<DigestViewProps['breakthroughs']>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let stale = false;
    void (async () => {
      try {
        const list = await sendParsed('listHeld', { includeSeen: true });
        if (stale) return;
        setItems(list.items);
        setBreakthroughs(list.breakthroughs);
        const unseen = list.items.filter((i) => i.seenAt === undefined).map((i) => i.id);
        if (unseen.length) await sendParsed('markHeldSeen', { ids: unseen });
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

  return { items, breakthroughs, error, onOpen, onAnswer };
}
