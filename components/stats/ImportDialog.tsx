import { useId, useState } from 'react';
import type { ImportPreview } from '../../utils/stats/import-preview';
import { ConfirmDialog } from './ConfirmDialog';

export interface ImportChoice {
  replaceSettings: boolean;
  includeUpcoming: boolean;
}

export interface ImportDialogProps {
  name: string;
  preview: ImportPreview;
  onConfirm: (choice: ImportChoice) => void;
  onCancel: () => void;
}

/**
 * What a chosen file would bring in, before anything is written. The file's settings and its
 * upcoming blocks are shown and come in only when their box is ticked (both start unticked).
 */
export function ImportDialog({ name, preview, onConfirm, onCancel }: ImportDialogProps) {
  const [replaceSettings, setReplaceSettings] = useState(false);
  const [includeUpcoming, setIncludeUpcoming] = useState(false);
  const id = useId();
  const p = preview;
  return (
    <ConfirmDialog
      title={`Import ${name}?`}
      confirmLabel="Import"
      confirmTestId="import-confirm"
      onCancel={onCancel}
      onConfirm={() => onConfirm({ replaceSettings, includeUpcoming })}
    >
      <p>
        The file holds {p.events} events, {p.blocks} focus blocks, {p.schedules} schedules and daily totals for {p.days} days. Anything already
        here is kept as is.
      </p>
      {p.upcoming > 0 && (
        <p>
          <input id={`${id}-upcoming`} type="checkbox" checked={includeUpcoming} onChange={(e) => setIncludeUpcoming(e.target.checked)} data-testid="import-upcoming" />{' '}
          <label htmlFor={`${id}-upcoming`}>
            Also bring in {p.upcoming} upcoming focus blocks or repeating schedules (they would start focus on this browser; ones that overlap your
            own plans are left out)
          </label>
        </p>
      )}
      {p.settingsChanges.length > 0 ? (
        <>
          <p id={`${id}-changes`}>Its settings differ from yours:</p>
          <ul aria-labelledby={`${id}-changes`} data-testid="import-settings-changes">
            {p.settingsChanges.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <p>
            <input id={`${id}-settings`} type="checkbox" checked={replaceSettings} onChange={(e) => setReplaceSettings(e.target.checked)} data-testid="import-settings" />{' '}
            <label htmlFor={`${id}-settings`}>Replace my settings with the file's</label>
          </p>
        </>
      ) : (
        <p>Its settings are the same as yours.</p>
      )}
    </ConfirmDialog>
  );
}
