import { lazy, Suspense } from 'react';
import { useScenarioStore } from '../../../state/scenario-store.ts';

// Only a link with bad values has notices: their markup loads then, not with every page.
const NoticeList = lazy(() => import('./notice-list.tsx'));

/** Names each share-link parameter that could not be used, and why; dismissible. */
export function NoticeBar() {
  const notices = useScenarioStore((s) => s.notices);
  if (notices.length === 0) return null;
  return (
    <Suspense fallback={null}>
      <NoticeList notices={notices} />
    </Suspense>
  );
}
