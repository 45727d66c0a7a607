// The four oblasts drawn small, filled by what one text's claims say about each (the status the
// big map would give them from this text alone), hatched where the text has a party claim one
// as its own, striped where its sides disagree. Before a text is checked they are drawn blank.
import { HATCH, isHatched, PALETTE } from '@/lib/presentation/palette';
import type { MiniMap as MiniMapData } from '@/lib/presentation/mini-map';
import type { TextRegion } from '@/lib/check/check-text';

const BLANK = '#eef2f6';
const disputed = PALETTE.disputed?.pattern;

export function MiniMap({ map, regions, caption }: { map: MiniMapData; regions: readonly TextRegion[] | null; caption: string }) {
  const byIso = new Map((regions ?? []).map((r) => [r.iso, r]));
  return (
    <figure className="m-0">
      <svg viewBox={`0 0 ${map.width} ${map.height}`} className="h-auto w-full max-w-[22rem] rounded-md border border-slate-300 bg-[#dbeaf3]" role="img" aria-label={caption}>
        <defs>
          {/* The claimed hatch rises to the right, the disputed stripes fall, as on the map. */}
          <pattern id="check-hatch" patternUnits="userSpaceOnUse" width="7" height="7" patternTransform="rotate(45)">
            <line x1="0" y1="0" x2="0" y2="7" stroke={HATCH.colour} strokeWidth="1.6" strokeOpacity="0.5" />
          </pattern>
          {disputed && (
            <pattern id="check-disputed" patternUnits="userSpaceOnUse" width="7" height="7" patternTransform="rotate(-45)">
              <line x1="0" y1="0" x2="0" y2="7" stroke={disputed.colour} strokeWidth="2" strokeOpacity="0.8" />
            </pattern>
          )}
        </defs>
        {map.shapes.map((s) => {
          const region = byIso.get(s.iso);
          const entry = region ? PALETTE[region.status.key] : null;
          return (
            <g key={s.iso} data-region={s.slug} data-status={region?.status.key ?? 'unchecked'}>
              <path d={s.d} fillRule="evenodd" fill={entry ? entry.fill : BLANK} stroke="#334155" strokeWidth="1.2" strokeLinejoin="round" />
              {entry?.pattern && <path d={s.d} fillRule="evenodd" fill="url(#check-disputed)" stroke="none" />}
              {region && isHatched(region.status) && <path d={s.d} fillRule="evenodd" fill="url(#check-hatch)" stroke="none" />}
            </g>
          );
        })}
        {map.shapes.map((s) => (
          <text
            key={`${s.iso}-label`}
            x={s.label[0]}
            y={s.label[1]}
            textAnchor="middle"
            dominantBaseline="middle"
            fontSize="15"
            fontWeight="700"
            fill="#0f172a"
            stroke="#ffffff"
            strokeWidth="3.5"
            paintOrder="stroke"
            aria-hidden
          >
            {s.name}
          </text>
        ))}
      </svg>
    </figure>
  );
}
