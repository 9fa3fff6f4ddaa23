export interface NoticeProps {
  kind: 'info' | 'error' | 'progress';
  text: string;
  details?: string[];
  action?: { label: string; run: () => void };
  onClose?: () => void;
  closeLabel?: string;
}

/** A status line; errors are announced at once (role=alert), the rest politely. */
export function Notice({ kind, text, details, action, onClose, closeLabel = '×' }: NoticeProps) {
  return (
    <div class={`notice notice-${kind}`} role={kind === 'error' ? 'alert' : 'status'} data-testid="notice">
      <span>{text}</span>
      {details?.length ? (
        <ul data-testid="notice-details">
          {details.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      ) : null}
      {action && (
        <button type="button" onClick={action.run} data-testid="notice-action">
          {action.label}
        </button>
      )}
      {onClose && kind !== 'progress' && (
        <button type="button" class="notice-close" aria-label={closeLabel} onClick={onClose}>
          ×
        </button>
      )}
    </div>
  );
}
