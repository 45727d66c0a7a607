// One claim of a checked text: its sentence's number (a link to the sentence in the text), kind,
// region, what it says with who says so, and every field of the record a journalist weighs:
// actor, extent, place, source, date, the rule that read it and that rule's measured precision.
import { LOW_CONFIDENCE, STATUS_CONFIDENCE_THRESHOLD } from '@/lib/claims/confidence';
import type { Claim } from '@/lib/claims/types';
import { KIND_STYLE } from '@/lib/presentation/kind-style';
import { attributedClaim } from '@/lib/presentation/sentences';
import { oblastByIso } from '@/lib/oblasts';

const EXTENT: Record<string, string> = { all: 'all of it', most: 'most of it', part: 'part of it', none: 'none of it' };

export function CheckedClaim({ claim, sentence, linkable }: { claim: Claim; sentence: number; linkable: boolean }) {
  const style = KIND_STYLE[claim.kind];
  const regionName = claim.region ? (oblastByIso(claim.region)?.name ?? claim.region) : null;
  const { source, speaker, verb } = claim.attribution;
  const confidence = Math.round(claim.confidence * 100);
  const badge = 'inline-flex h-6 min-w-6 items-center justify-center rounded-full bg-slate-900 px-1.5 text-xs font-bold text-white';
  return (
    <li id={`claim-${claim.id}`} tabIndex={-1} data-claim={claim.id} className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-3 shadow-sm" style={{ borderLeft: `6px solid ${style.edge}` }}>
      <div className="flex flex-wrap items-center gap-2 text-xs font-semibold text-slate-700">
        {linkable ? (
          <a href={`#sentence-${sentence}`} className={`${badge} no-underline`} aria-label={`Sentence ${sentence} in the text`}>
            {sentence}
          </a>
        ) : (
          <span className={badge} aria-label={`Sentence ${sentence}`}>
            {sentence}
          </span>
        )}
        <span className="rounded border px-1.5 py-0.5 text-slate-900" style={{ background: style.mark, borderColor: style.edge }}>
          {style.name}
        </span>
        <span>{regionName ?? 'Ukraine as a whole'}</span>
      </div>
      <p className="mt-1.5 font-semibold leading-snug">{attributedClaim(claim, regionName)}</p>
      <dl className="mt-2 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-0.5 text-xs text-slate-700">
        <dt className="font-semibold">Actor</dt>
        <dd>{claim.actor}</dd>
        {claim.kind === 'control' && claim.extent && (
          <>
            <dt className="font-semibold">Extent</dt>
            <dd>
              {EXTENT[claim.extent]}
              {claim.percent !== null ? ` (about ${claim.percent}%)` : ''}
            </dd>
          </>
        )}
        {claim.place && (
          <>
            <dt className="font-semibold">Place</dt>
            <dd>{claim.place.name}</dd>
          </>
        )}
        <dt className="font-semibold">Who says so</dt>
        <dd>
          {speaker && speaker !== source ? `${speaker}, ${source}` : source}
          {verb ? ` (${verb})` : ' (not credited in the text)'}
        </dd>
        <dt className="font-semibold">Date</dt>
        <dd>{claim.date ?? 'not given'}</dd>
        <dt className="font-semibold">Rule</dt>
        <dd className="break-all font-mono">{claim.rule}</dd>
        <dt className="font-semibold">Confidence</dt>
        <dd>
          {claim.confidence < LOW_CONFIDENCE ? (
            <span className="rounded bg-amber-100 px-1 font-semibold text-amber-900">
              {confidence}%, low{claim.confidence < STATUS_CONFIDENCE_THRESHOLD ? ': not used for the map colour' : ''}
            </span>
          ) : (
            `${confidence}%`
          )}
          <span className="text-slate-600"> (the rule’s precision on labelled text)</span>
        </dd>
      </dl>
    </li>
  );
}
