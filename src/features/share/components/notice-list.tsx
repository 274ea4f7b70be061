import { dismissNotices } from '../../../state/scenario-store.ts';
import type { CodecNotice } from '../../../url/codec.ts';

/** Names each share-link parameter that could not be used, and why; dismissible. */
export default function NoticeList({ notices }: { notices: CodecNotice[] }) {
  return (
    <div className="layout-notices">
      <div className="notice" role="status" aria-live="polite">
        <div>
          <p>
            <strong>
              {notices.length === 1
                ? 'One value in this link could not be used'
                : `${notices.length} values in this link could not be used`}
            </strong>
            ; {notices.length === 1 ? 'it keeps its' : 'they keep their'} default:
          </p>
          <ul>
            {notices.map((n, i) => (
              <li key={`${n.param}-${i}`}>
                {/* "theme: …", not "theme (theme): …", where the parameter is its own name. */}
                <code>{n.param}</code>
                {n.field === n.param ? '' : ` (${n.field})`}: {n.reason}.
              </li>
            ))}
          </ul>
        </div>
        <button type="button" className="btn" onClick={dismissNotices}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
