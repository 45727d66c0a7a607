// The selected region's panel: its status sentence, then every claim grouped by kind. Competing
// claims (other actors or sources) stay separate cards side by side, never merged.
import { forwardRef } from 'react';
import type { Claim } from '@/lib/claims/types';
import type { DocumentRef, RegionFeature } from '@/lib/regions/build';
import { KIND_HEADINGS, KIND_ORDER } from '@/lib/regions/describe';
import { PALETTE } from '@/lib/regions/palette';
import { Section } from '@/components/ui/section';
import { ClaimCard } from './claim-card';
import { ShareButton } from './share-button';

export interface ClaimsPanelProps {
  region: RegionFeature;
  activeClaim: string | null;
  onClose: () => void;
  onHighlight: (claim: Claim | null) => void;
  actions?: React.ReactNode;
}

export const ClaimsPanel = forwardRef<HTMLHeadingElement, ClaimsPanelProps>(function ClaimsPanel(
  { region, activeClaim, onClose, onHighlight, actions },
  headingRef,
) {
  const p = region.properties;
  const docs = new Map<string, DocumentRef>(p.documents.map((d) => [d.id, d]));
  const groups = KIND_ORDER.map((kind) => ({ kind, claims: p.claims.filter((c) => c.kind === kind) })).filter((g) => g.claims.length > 0);
  return (
    <section aria-labelledby="panel-heading" className="space-y-4" data-testid="claims-panel">
      <div className="flex items-start justify-between gap-2">
        <div className="flex items-center gap-2">
          <span aria-hidden className="inline-block h-5 w-5 rounded-sm border border-slate-600" style={{ background: PALETTE[p.status.key].fill }} />
          <h2 id="panel-heading" ref={headingRef} tabIndex={-1} className="text-xl font-bold">
            {p.name}
          </h2>
        </div>
        <button
          type="button"
          onClick={onClose}
          className="min-h-11 min-w-11 rounded-md border border-slate-300 bg-white px-3 text-sm font-semibold hover:bg-slate-100"
          aria-label={`Close ${p.name} and show all regions`}
        >
          Close
        </button>
      </div>
      <p className="text-base leading-snug" data-testid="status-sentence">
        {p.status.sentence}
        {p.status.control?.published ? <span className="text-slate-600"> ({p.status.control.published})</span> : null}
      </p>
      <p className="text-xs text-slate-600">{PALETTE[p.status.key].label}. These are claims made in the sources, not verified facts.</p>
      <div className="flex flex-wrap items-center gap-2">
        <ShareButton
          path={`/regions/${p.slug}`}
          withView
          title={`${p.name} — who controls it, according to the sources`}
          label="Share"
          className="min-h-11 rounded-md bg-slate-900 px-4 text-sm font-semibold text-white hover:bg-slate-700"
        />
        {actions}
      </div>
      {groups.length === 0 && <p className="rounded-md bg-slate-100 p-3 text-sm">No claims about {p.name} were found in the source articles.</p>}
      {groups.map(({ kind, claims }) => (
        <Section
          key={kind}
          id={`kind-${kind}`}
          level={3}
          title={
            <>
              {KIND_HEADINGS[kind]} <span className="font-normal">({claims.length})</span>
            </>
          }
        >
          <div className={`grid gap-2 ${claims.length > 1 ? 'xl:grid-cols-2' : ''}`}>
            {claims.map((c) => (
              <ClaimCard
                key={c.id}
                claim={c}
                regionName={p.name}
                regionSlug={p.slug}
                document={docs.get(c.quote.document)}
                active={c.id === activeClaim}
                onHighlight={onHighlight}
              />
            ))}
          </div>
        </Section>
      ))}
    </section>
  );
});
