import { useId, useRef, useState, type ChangeEvent } from 'react';
import { ConfirmDialog } from './ConfirmDialog';
import { ImportDialog, type ImportChoice } from './ImportDialog';
import type { ImportPreview } from '../../utils/stats/import-preview';

export type { ImportChoice };

/** A file read and checked, waiting for the user to confirm what it brings in. */
export interface PendingImport {
  name: string;
  preview: ImportPreview;
}

export interface DataMessage {
  /** `progress`: work under way (the message says what). */
  kind: 'ok' | 'error' | 'progress';
  text: string;
}

export interface DataSectionProps {
  busy: boolean;
  message: DataMessage | null;
  onExportJson: () => void;
  onExportCsv: () => void;
  onImport: (file: File) => void;
  pendingImport: PendingImport | null;
  onConfirmImport: (choice: ImportChoice) => void;
  onCancelImport: () => void;
  onRebuild: () => void;
  onDeleteAll: () => void;
}

/** Take your data with you: export, import, delete everything. */
export function DataSection({ busy, message, onExportJson, onExportCsv, onImport, pendingImport, onConfirmImport, onCancelImport, onRebuild, onDeleteAll }: DataSectionProps) {
  const [confirming, setConfirming] = useState(false);
  const inputId = useId();
  const fileRef = useRef<HTMLInputElement>(null);

  function onFile(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    if (file) onImport(file);
    // The same file can be chosen again (importing twice changes nothing, but it may be retried).
    if (fileRef.current) fileRef.current.value = '';
  }

  return (
    <section className="fg-card" aria-labelledby="fg-data-title">
      <h2 id="fg-data-title">Your data</h2>
      <p className="fg-note">
        Everything Focusgate records stays in this browser. Take it with you as a file, bring it back, or delete it. Exports hold your settings,
        focus blocks, schedules, events and daily totals — never the content of held notifications or of your messages.
      </p>
      <div className="fg-actions">
        <button type="button" onClick={onExportJson} disabled={busy} data-testid="export-json">
          Export everything (JSON)
        </button>
        <button type="button" onClick={onExportCsv} disabled={busy} data-testid="export-csv">
          Export events (CSV)
        </button>
        <label className="fg-file" htmlFor={inputId}>
          Import a Focusgate export (JSON)
          <input ref={fileRef} id={inputId} type="file" accept="application/json,.json" onChange={onFile} disabled={busy} data-testid="import-json" />
        </label>
        <button type="button" onClick={onRebuild} disabled={busy} data-testid="rebuild-rollups" aria-describedby={`${inputId}-rebuild`}>
          Recount totals
        </button>
        <button type="button" className="fg-danger" onClick={() => setConfirming(true)} disabled={busy} data-testid="delete-all">
          Delete all my data
        </button>
      </div>
      <p className="fg-note" id={`${inputId}-rebuild`}>
        Recount totals: recomputes the daily totals from the recorded events. Days older than your retention period keep the totals they have, as
        their events were deleted.
      </p>
      <p className={message?.kind === 'error' ? 'fg-error' : message?.kind === 'ok' ? 'fg-ok' : 'fg-muted'} role="status" data-testid="data-message">
        {message?.text}
      </p>
      {pendingImport && <ImportDialog name={pendingImport.name} preview={pendingImport.preview} onConfirm={onConfirmImport} onCancel={onCancelImport} />}
      {confirming && (
        <ConfirmDialog
          title="Delete all your Focusgate data?"
          confirmLabel="Delete everything"
          confirmTestId="delete-all-confirm"
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            onDeleteAll();
          }}
        >
          <p>
            This removes every focus block, schedule, recorded event, held notification and daily total from this browser. Your settings stay. It
            cannot be undone: export first if you may want the data back.
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}
