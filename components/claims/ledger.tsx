'use client';
// The ledger: a region's claims up to the chosen day, newest first, grouped by the side that makes
// them (Russian side, Ukrainian side, other sources), each group paged from the claims route.
// Filters: the side that says so, the kind, the side the claim is about and the source credited.
// Undated claims come last in each group, marked "date not given".
import { useState } from 'react';
import useSWR from 'swr';
import type { Claim, ClaimKind } from '@/lib/claims/types';
import type { ClaimsPageBody } from '@/lib/http/api-types';
import { SIDE_NAMES, SIDES, type Side } from '@/lib/listing/sides';
import { asOfPhrase } from '@/lib/presentation/day';
import type { RegionFeature } from '@/lib/presentation/region-view';
import { KIND_HEADINGS, KIND_ORDER } from '@/lib/presentation/sentences';
import { fetchJson } from '@/components/app/fetch-json';
import { Section } from '@/components/ui/section';
import { ClaimList } from './claim-list';
import { claimsUrl, GROUP_PAGE_SIZE, PANEL_PAGE_SIZE, type ClaimsFilter } from './claims-url';

const ABOUT_LABELS: Record<Side, string> = { russia: 'About Russia', ukraine: 'About Ukraine', other: 'About other parties' };

export interface LedgerProps {
  region: RegionFeature;
  asOf: string | null;
  /** Each group's first page as the server embedded it (for this region and day, unfiltered). */
  firstPages?: Partial<Record<Side, ClaimsPageBody>>;
  version: string | undefined;
  activeClaim: string | null;
  /** A claim shown above the ledger (the linked claim), left out of it. */
  exclude?: string | null;
  badges: ReadonlyMap<string, string>;
  onHighlight: (claim: Claim | null) => void;
}

type Filter = Omit<ClaimsFilter, 'asOf'>;

export function Ledger({ region, asOf, firstPages, version, activeClaim, exclude, badges, onHighlight }: LedgerProps) {
  const p = region.properties;
  const [filter, setFilter] = useState<Filter>({});
  // How many claims there are up to this day, and who is credited most: one claim's page says.
  const { data: overview } = useSWR<ClaimsPageBody>(claimsUrl(p.slug, { asOf }, null, 1), fetchJson, { revalidateOnFocus: false, keepPreviousData: true });
  const kinds = KIND_ORDER.filter((k) => (p.counts.byKind[k] ?? 0) > 0);
  const abouts = SIDES.filter((s) => (p.counts.bySide[s] ?? 0) > 0);
  const sources = overview?.sources ?? [];
  const unfiltered = !filter.kind && !filter.side && !filter.source;

  const pressed = (on: boolean) =>
    `min-h-11 rounded-full border px-3 text-sm ${on ? 'border-slate-900 bg-slate-900 text-white' : 'border-slate-300 bg-white hover:bg-slate-100'}`;
  const list = (by: Side | undefined, grouped: boolean) => (
    <ClaimList
      key={`${p.slug}|${by ?? ''}|${filter.kind ?? ''}|${filter.side ?? ''}|${filter.source ?? ''}`}
      slug={p.slug}
      regionName={p.name}
      regionSlug={p.slug}
      filter={{ ...filter, by, asOf }}
      firstPage={grouped && unfiltered && by ? embedded(firstPages?.[by], p.slug, asOf) : undefined}
      version={version}
      activeClaim={activeClaim}
      exclude={exclude}
      onHighlight={onHighlight}
      limit={grouped ? GROUP_PAGE_SIZE : PANEL_PAGE_SIZE}
      autoLoad={!grouped}
      badges={badges}
      title={grouped && by ? SIDE_NAMES[by] : undefined}
      empty={by ? `No claims from the ${SIDE_NAMES[by].toLowerCase()} match${asOf ? ' up to this date' : ''}.` : 'No claims match.'}
      wide={!grouped}
    />
  );

  return (
    <Section
      id="claims-heading"
      level={3}
      title={
        <>
          Who said what, {asOfPhrase(asOf).replace(/^as reported /, '')}, newest first {overview && <span className="font-normal">({overview.total})</span>}
        </>
      }
    >
      <div className="mb-3 space-y-2" data-testid="ledger-filters">
        <div role="group" aria-label="Said by" className="flex flex-wrap gap-1.5">
          <button type="button" aria-pressed={!filter.by} onClick={() => setFilter((f) => ({ ...f, by: undefined }))} className={pressed(!filter.by)}>
            Every side
          </button>
          {SIDES.map((s) => (
            <button key={s} type="button" aria-pressed={filter.by === s} onClick={() => setFilter((f) => ({ ...f, by: s }))} className={pressed(filter.by === s)}>
              {SIDE_NAMES[s]}
            </button>
          ))}
        </div>
        <div role="group" aria-label="Show claims of one kind" className="flex flex-wrap gap-1.5">
          <button type="button" aria-pressed={!filter.kind} onClick={() => setFilter((f) => ({ ...f, kind: undefined }))} className={pressed(!filter.kind)}>
            Every kind
          </button>
          {kinds.map((k: ClaimKind) => (
            <button key={k} type="button" aria-pressed={filter.kind === k} onClick={() => setFilter((f) => ({ ...f, kind: k }))} className={pressed(filter.kind === k)}>
              {KIND_HEADINGS[k]}
            </button>
          ))}
        </div>
        <div className="flex flex-wrap gap-2">
          {abouts.length > 1 && (
            <label className="flex min-w-0 flex-col text-xs font-semibold text-slate-700">
              About
              <select
                value={filter.side ?? ''}
                onChange={(e) => setFilter((f) => ({ ...f, side: (e.target.value || undefined) as Side | undefined }))}
                className="min-h-11 rounded-md border border-slate-400 bg-white px-2 text-sm font-normal text-slate-900"
                data-testid="side-filter"
              >
                <option value="">Every party</option>
                {abouts.map((s) => (
                  <option key={s} value={s}>
                    {ABOUT_LABELS[s]}
                  </option>
                ))}
              </select>
            </label>
          )}
          {sources.length > 0 && (
            <label className="flex min-w-0 flex-col text-xs font-semibold text-slate-700">
              Source
              <select
                value={filter.source ?? ''}
                onChange={(e) => setFilter((f) => ({ ...f, source: e.target.value || undefined }))}
                className="min-h-11 max-w-[16rem] rounded-md border border-slate-400 bg-white px-2 text-sm font-normal text-slate-900"
                data-testid="source-filter"
              >
                <option value="">Every source</option>
                {filter.source && !sources.some((s) => s.source === filter.source) && <option value={filter.source}>{filter.source}</option>}
                {sources.map((s) => (
                  <option key={s.source} value={s.source}>
                    {s.source} ({s.claims})
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
      </div>
      {filter.by ? list(filter.by, false) : <div className="space-y-4">{SIDES.map((s) => <div key={s}>{list(s, true)}</div>)}</div>}
    </Section>
  );
}

/** An embedded page, when it is this region's at this day (the reader may have moved the date since). */
function embedded(page: ClaimsPageBody | undefined, slug: string, asOf: string | null): ClaimsPageBody | undefined {
  return page && page.region.slug === slug && page.asOf === asOf ? page : undefined;
}
