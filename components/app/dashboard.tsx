// The dashboard page's frame, on the server: the header and the legend hold no state and are
// rendered here; the client part (the panel and the map island) gets the legend as a slot.
import { Legend } from '@/components/regions/legend';
import { AppHeader } from './app-header';
import { ClaimsApp, type ClaimsAppProps } from './claims-app';

export function Dashboard(props: Omit<ClaimsAppProps, 'legend'>) {
  return (
    <div className="flex h-dvh flex-col overflow-hidden">
      <AppHeader />
      <ClaimsApp {...props} legend={<Legend />} />
    </div>
  );
}
