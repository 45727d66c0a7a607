'use client';
// The selected region's panel: its status sentence with the quote that sets the colour, then its
// claims newest first, filtered by kind or side and loaded a page at a time as the reader scrolls.
// Competing claims (other actors or sources) stay separate cards side by side, never merged.
import { useState, type Ref } from 'react';
import type { Claim, ClaimKind } from '@/lib/claims/types';
import type { ClaimsPageBody } from '@/lib/http/api-types';
import { SIDES, type Side } from '@/lib/listing/sides';
import { PALETTE } from '@/lib/presentation/palette';
import type { RegionFeature } from '@/lib/presentation/region-view';
import { KIND_HEADINGS, KIND_ORDER } from '@/lib/presentation/sentences';
import { inContextHref } from '@/lib/urls/links';
import { Section } from '@/components/ui/section';
import { ClaimCard } from './claim-card';
import { ClaimList } from './claim-list';
import type { ClaimsFilter } from './claims-url';
import { ShareButton } from './share-button';

const SIDE_LABELS: Record<Side, string> = { russia: 'About Russia', ukraine: 'About Ukraine', other: 'About other parties' };

export interface ClaimsPanelProps {
  ref?: Ref<HTMLHeadingElement>;
  region: RegionFeature;
  /** The claim a link points at (?claim=), when it belongs to this region: shown first, ringed. */
  linked: Claim | null;
  linkedDocument?: ClaimsPageBody['documents'][number];
  activeClaim: string | null;
  /** The first page of this region's claims, as the server embedded it. */
  firstPage?: ClaimsPageBody;
  version: string | undefined;
  onClose: () => void;
  onHighlight: (claim: Claim | null) => void;
  actions?: React.ReactNode;
}

export function ClaimsPanel({ ref, region, linked, linkedDocument, activeClaim, firstPage, version, onClose, onHighlight, actions }: ClaimsPanelProps) {
  const p = region.properties;
  const [filter, setFilter] = useState<ClaimsFilter>({});
  const kinds = KIND_ORDER.filter((k) => (p.counts.byKind[k] ?? 0) > 0);
  const sides = SIDES.filter((s) => (p.counts.bySide[s] ?? 0) > 0);
  const control = p.status.control ? p.keyClaims.find((c) => c.id === p.status.control!.claimId) : undefined;
  const unfiltered = !filter.kind && !filter.side && !filter.source;
  const chip = (kind: ClaimKind | undefined, label: string, count: number) => {
    const pressed = filter.kind === kind;
    return (
      <button
        key={kind ?? 'all'}
        type="button"
        aria-pressed={pressed}
        onClick={() => setFilter((f) => ({ ...f, kind }))}
        className={`min-h-11 rounded-full border px-3 text-sm ${pressed ? 'border-slate-900 bg-slate-900 text-white' : 'border-slate-300 bg-white hover:bg-slate-100'}`}
      >
        {label} <span className={pressed ? 'text-slate-200' : 'text-slate-600'}>({count})</span>
      </button>
    );
  };
  return (
    <section aria-labelledby="panel-heading" className="space-y-4" data-testid="claims-panel">
      <div className="flex items-start justify-between gap-2">
        <div className="flex items-center gap-2">
          <span aria-hidden className="inline-block h-5 w-5 rounded-sm border border-slate-600" style={{ background: PALETTE[p.status.key].fill }} />
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
      <p className="text-base leading-snug" data-testid="status-sentence">
        {p.status.sentence}
        {p.status.control?.published ? <span className="text-slate-600"> ({p.status.control.published})</span> : null}
      </p>
      <p className="text-xs text-slate-600">{PALETTE[p.status.key].label}. These are claims made in the sources, not verified facts.</p>
      {control && (
        <a href={inContextHref(control)} className="inline-flex min-h-11 items-center text-sm font-semibold text-blue-800 underline underline-offset-2">
          Read the quote that sets the colour
        </a>
      )}
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
      {linked && (
        <Section id="linked-heading" level={3} title="The linked claim">
          <ClaimCard claim={linked} regionName={p.name} regionSlug={p.slug} document={linkedDocument} active={linked.id === activeClaim} onHighlight={onHighlight} />
        </Section>
      )}
      {p.counts.total === 0 ? (
        <p className="rounded-md bg-slate-100 p-3 text-sm">No claims about {p.name} were found in the source articles.</p>
      ) : (
        <Section
          id="claims-heading"
          level={3}
          title={
            <>
              Claims, newest first <span className="font-normal">({p.counts.total})</span>
            </>
          }
        >
          <div className="mb-3 space-y-2">
            <div role="group" aria-label="Show claims of one kind" className="flex flex-wrap gap-1.5">
              {chip(undefined, 'All', p.counts.total)}
              {kinds.map((k) => chip(k, KIND_HEADINGS[k], p.counts.byKind[k] ?? 0))}
            </div>
            {sides.length > 1 && (
              <label className="flex flex-wrap items-center gap-2 text-sm">
                <span className="font-semibold text-slate-700">About</span>
                <select
                  value={filter.side ?? ''}
                  onChange={(e) => setFilter((f) => ({ ...f, side: (e.target.value || undefined) as Side | undefined }))}
                  className="min-h-11 rounded-md border border-slate-400 bg-white px-2"
                  data-testid="side-filter"
                >
                  <option value="">Every party ({p.counts.total})</option>
                  {sides.map((s) => (
                    <option key={s} value={s}>
                      {SIDE_LABELS[s]} ({p.counts.bySide[s]})
                    </option>
                  ))}
                </select>
              </label>
            )}
          </div>
          <ClaimList
            key={`${p.slug}|${filter.kind ?? ''}|${filter.side ?? ''}`}
            slug={p.slug}
            regionName={p.name}
            regionSlug={p.slug}
            filter={filter}
            firstPage={unfiltered && firstPage?.region.slug === p.slug ? firstPage : undefined}
            version={version}
            activeClaim={activeClaim}
            exclude={linked?.id}
            onHighlight={onHighlight}
            wide
          />
        </Section>
      )}
    </section>
  );
}
