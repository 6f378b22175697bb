import { useLayoutEffect, useRef, useState } from 'react';
import { placePanel, type Placement } from '@/utils/compose/placement';
import type { CoachActions, CoachView } from '@/utils/compose/types';
import { CoachPanel } from './CoachPanel';
import { SendGate } from './SendGate';

export interface CoachRootProps {
  view: CoachView;
  actions: CoachActions;
}

/**
 * The panel, placed beside the composer's box (never over it), and the send gate when a send is
 * held. The panel starts as one line and opens on demand, or by itself when a send is held.
 */
export function CoachRoot({ view, actions }: CoachRootProps) {
  const [collapsed, setCollapsed] = useState(true);
  const [place, setPlace] = useState<Placement | null>(null);
  const panel = useRef<HTMLDivElement>(null);
  const { analysis, anchor, gate } = view;
  const [heldFor, setHeldFor] = useState(gate);
  if (gate !== heldFor) {
    setHeldFor(gate);
    if (gate) setCollapsed(false);
  }

  useLayoutEffect(() => {
    const el = panel.current;
    if (!el || !anchor) return;
    const win = el.ownerDocument.defaultView ?? window;
    const next = placePanel(anchor, { width: el.offsetWidth, height: el.offsetHeight }, { width: win.innerWidth, height: win.innerHeight });
    setPlace((prev) => (prev && prev.top === next.top && prev.left === next.left && prev.fits === next.fits ? prev : next));
  }, [anchor, analysis, collapsed]);

  return (
    <>
      {analysis && anchor && (
        <div
          ref={panel}
          className="fg-anchor"
          style={{ top: place?.top ?? -9999, left: place?.left ?? -9999, visibility: place ? 'visible' : 'hidden' }}
        >
          <CoachPanel
            analysis={analysis}
            collapsed={collapsed}
            onToggleCollapsed={() => setCollapsed((c) => !c)}
            onRewrite={actions.rewrite}
            onEscape={actions.focusComposer}
            onDismiss={actions.dismiss}
            pause={actions.pause}
          />
        </div>
      )}
      {gate && <SendGate reason={gate} onSendAnyway={actions.sendAnyway} onEdit={actions.backToDraft} />}
    </>
  );
}
