'use client';
// The selected region's panel, as of the chosen day: its status sentence, the claims the status
// stands on (the one that sets the colour marked with its date; both sides' when disputed), the
// localities named, and the ledger of who said what when. Competing claims stay separate cards,
// never merged.
import { useMemo, type Ref } from 'react';
import type { Claim } from '@/lib/claims/types';
import type { ClaimsPageBody } from '@/lib/http/api-types';
import type { Side } from '@/lib/listing/sides';
import { asOfPhrase } from '@/lib/presentation/day';
import { PALETTE } from '@/lib/presentation/palette';
import type { RegionFeature } from '@/lib/presentation/region-view';
import { PlaceList } from '@/components/regions/place-list';
import { StatusSwatch } from '@/components/regions/status-swatch';
import { Section } from '@/components/ui/section';
import { ClaimCard } from './claim-card';
import { Ledger } from './ledger';
import { StandingClaims, standingBadges } from './standing-claims';

export interface ClaimsPanelProps {
  ref?: Ref<HTMLHeadingElement>;
  region: RegionFeature;
  asOf: string | null;
  /** The claim a link points at (?claim=), when it belongs to this region: shown first, ringed. */
  linked: Claim | null;
  linkedDocument?: ClaimsPageBody['documents'][number];
  activeClaim: string | null;
  /** Each ledger group's first page, as the server embedded it. */
  firstPages?: Partial<Record<Side, ClaimsPageBody>>;
  version: string | undefined;
  onClose: () => void;
  onHighlight: (claim: Claim | null) => void;
  /** Opens one of this region's claims (a locality's newest). */
  onOpenClaim: (claim: string) => void;
  actions?: React.ReactNode;
}

export function ClaimsPanel({ ref, region, asOf, linked, linkedDocument, activeClaim, firstPages, version, onClose, onHighlight, onOpenClaim, actions }: ClaimsPanelProps) {
  const p = region.properties;
  const badges = useMemo(() => standingBadges(p.status), [p.status]);
  return (
    <section aria-labelledby="panel-heading" className="space-y-4" data-testid="claims-panel" data-status={p.status.key}>
      <div className="flex items-start justify-between gap-2">
        <div className="flex items-center gap-2">
          <StatusSwatch statusKey={p.status.key} className="h-5 w-5" />
          <h2 id="panel-heading" ref={ref} tabIndex={-1} className="text-xl font-bold">
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
      <div>
        <p className="text-base leading-snug" data-testid="status-sentence">
          {p.status.sentence}
        </p>
        <p className="mt-1 text-xs text-slate-600">
          {PALETTE[p.status.key].label}, {asOfPhrase(asOf)}. These are claims made in the sources, not verified facts.
        </p>
      </div>
      {linked && (
        <Section id="linked-heading" level={3} title="The linked claim">
          <ClaimCard claim={linked} regionName={p.name} regionSlug={p.slug} document={linkedDocument} active={linked.id === activeClaim} badge={badges.get(linked.id)} onHighlight={onHighlight} />
        </Section>
      )}
      {p.counts.total === 0 && (
        <p className="rounded-md bg-slate-100 p-3 text-sm">
          {asOf ? `No claims about ${p.name} dated up to this day were found in the source articles.` : `No claims about ${p.name} were found in the source articles.`}
        </p>
      )}
      {/* The evidence first (on a phone's half-height sheet the first quote shows), then the link
          and images to share, then the ledger. */}
      <StandingClaims region={region} badges={badges} activeClaim={activeClaim} onHighlight={onHighlight} />
      <PlaceList region={region} onOpen={onOpenClaim} />
      {actions}
      {/* On a past day the ledger also lists the claims whose date is not given, last. */}
      {(p.counts.total > 0 || asOf) && (
        <Ledger region={region} asOf={asOf} firstPages={firstPages} version={version} activeClaim={activeClaim} exclude={linked?.id} badges={badges} onHighlight={onHighlight} />
      )}
    </section>
  );
}
