// The region summary card as satori-compatible JSX (inline styles, flex layout only): the PNG
// at /api/regions/{slug}/summary.png, and reusable for Open Graph images. It lays out
// RegionCardData; every word and colour in it was decided in lib/cards/region-card-data.ts.
import type { CardLegendEntry, CardMap, RegionCardData } from '@/lib/cards/region-card-data';
import type { CardSize } from '@/lib/cards/sizes';
import { CARD_FONT_FAMILY } from '@/lib/cards/fonts';
import { HATCH } from '@/lib/presentation/palette';

export interface Scale {
  pad: number;
  gap: number;
  kicker: number;
  name: number;
  sentence: number;
  quote: number;
  credit: number;
  legend: number;
  footer: number;
  label: number;
}

export const SCALES: Record<CardSize, Scale> = {
  landscape: { pad: 34, gap: 14, kicker: 13, name: 50, sentence: 21, quote: 16, credit: 12, legend: 13, footer: 12, label: 14 },
  square: { pad: 48, gap: 16, kicker: 16, name: 64, sentence: 26, quote: 19, credit: 14, legend: 16, footer: 14, label: 16 },
  story: { pad: 60, gap: 24, kicker: 22, name: 96, sentence: 36, quote: 26, credit: 19, legend: 22, footer: 19, label: 26 },
};

const INK = '#0f172a';
const MUTED = '#475569';
const SEA = '#cfe3ef';

function Kicker({ s }: { s: Scale }) {
  return (
    <div style={{ display: 'flex', fontSize: s.kicker, fontWeight: 700, letterSpacing: 1.5, color: '#9f1239', textTransform: 'uppercase' }}>
      Claims in news text · not verified facts
    </div>
  );
}

function Title({ data, s }: { data: RegionCardData; s: Scale }) {
  return (
    <div style={{ display: 'flex', flexDirection: 'column' }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: s.gap * 0.8 }}>
        <div style={{ display: 'flex', width: s.name * 0.55, height: s.name * 0.55, background: data.fill, border: `2px solid ${INK}`, borderRadius: 4 }} />
        <div style={{ display: 'flex', fontSize: s.name, fontWeight: 700, lineHeight: 1.05, color: INK }}>{data.name}</div>
      </div>
      <div style={{ display: 'flex', fontSize: s.kicker * 1.15, color: MUTED, marginTop: 4 }}>Oblast of Ukraine · what the sources say about who controls it</div>
    </div>
  );
}

function Sentence({ data, s }: { data: RegionCardData; s: Scale }) {
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
      <div style={{ display: 'flex', fontSize: s.kicker, fontWeight: 700, color: MUTED }}>{data.asOfLabel}</div>
      <div style={{ display: 'flex', fontSize: s.sentence, lineHeight: 1.3, color: INK }}>{data.sentence}</div>
    </div>
  );
}

export function MapFigure({ map, s }: { map: CardMap; s: Scale }) {
  return (
    <div style={{ display: 'flex', position: 'relative', width: map.width, height: map.height, background: SEA, border: '1px solid #94a3b8' }}>
      <svg width={map.width} height={map.height} viewBox={`0 0 ${map.width} ${map.height}`} style={{ position: 'absolute', left: 0, top: 0 }}>
        {map.context.map((c, i) => (
          <path key={`c${i}`} d={c.d} fillRule="evenodd" fill={c.kind === 'country' ? '#eeeae2' : '#fbfaf7'} stroke={c.kind === 'country' ? '#8c8576' : '#b9b3a6'} strokeWidth={c.kind === 'country' ? 1.2 : 0.8} />
        ))}
        {map.shapes.map((r) => (
          <path key={r.slug} d={r.d} fillRule="evenodd" fill={r.fill} fillOpacity={r.selected ? 1 : 0.8} stroke="none" />
        ))}
        {map.shapes.map((r) =>
          r.stripes ? <path key={`${r.slug}-stripes`} d={r.stripes.d} fill="none" stroke={r.stripes.colour} strokeWidth={2.4} strokeOpacity={0.7} /> : null,
        )}
        {map.shapes.map((r) =>
          r.hatch ? <path key={`${r.slug}-hatch`} d={r.hatch} fill="none" stroke={HATCH.colour} strokeWidth={2.4} strokeOpacity={r.selected ? 0.6 : 0.45} /> : null,
        )}
        {map.shapes.map((r) => (
          <path key={`${r.slug}-line`} d={r.d} fill="none" stroke={r.selected ? INK : '#374151'} strokeWidth={r.selected ? 4 : 1.2} strokeLinejoin="round" />
        ))}
        {map.places.map((p) => (
          <circle key={p.name} cx={p.at[0]} cy={p.at[1]} r={s.label * 0.38} fill={p.fill} stroke={p.stroke} strokeWidth={2} />
        ))}
      </svg>
      {map.shapes.map((r) => (
        <Label key={r.slug} text={r.name} at={r.label} size={r.selected ? s.label * 1.25 : s.label} bold />
      ))}
      {map.places.map((p) => (
        <Label key={p.name} text={p.name} at={p.at} size={s.label * 0.9} side={p.side} />
      ))}
    </div>
  );
}

/**
 * A name centred on a point, or beside a dot on one side (the box is wide enough for any name).
 * The white halo is a stroked copy underneath: a text-shadow would become an SVG blur filter,
 * which more than doubles the render time.
 */
function Label({ text, at, size, bold, side }: { text: string; at: [number, number]; size: number; bold?: boolean; side?: 'left' | 'right' }) {
  const width = 240;
  const clear = size * 0.8;
  const left = side === 'left' ? at[0] - width - clear : side === 'right' ? at[0] + clear : at[0] - width / 2;
  const box: React.CSSProperties = {
    display: 'flex',
    justifyContent: side === 'left' ? 'flex-end' : side === 'right' ? 'flex-start' : 'center',
    position: 'absolute',
    left,
    top: at[1] - size * 0.7,
    width,
    fontSize: size,
    fontWeight: bold ? 700 : 400,
  };
  return (
    <>
      <div style={{ ...box, color: '#ffffff', WebkitTextStroke: `${Math.max(3, size * 0.22)}px #ffffff` }}>{text}</div>
      <div style={{ ...box, color: INK }}>{text}</div>
    </>
  );
}

export function Swatch({ entry, size }: { entry: CardLegendEntry; size: number }) {
  if (entry.kind === 'place') {
    return (
      <div style={{ display: 'flex', width: size * 1.6, justifyContent: 'center' }}>
        <div style={{ display: 'flex', width: size * 0.75, height: size * 0.75, borderRadius: size, background: entry.fill, border: `2px solid ${entry.stroke ?? '#ffffff'}`, boxShadow: '0 0 0 1px #64748b' }} />
      </div>
    );
  }
  return (
    <div
      style={{
        display: 'flex',
        width: size * 1.6,
        height: size,
        flexShrink: 0,
        borderRadius: 3,
        border: '1px solid #475569',
        ...(entry.kind === 'hatch'
          ? { backgroundColor: '#ffffff', backgroundImage: `repeating-linear-gradient(45deg, ${entry.fill} 0px, ${entry.fill} 2px, #ffffff 2px, #ffffff 6px)` }
          : entry.pattern
            ? { backgroundColor: entry.fill, backgroundImage: `repeating-linear-gradient(-45deg, ${entry.pattern.colour} 0px, ${entry.pattern.colour} 2px, transparent 2px, transparent 6px)` }
            : { backgroundColor: entry.fill }),
      }}
    />
  );
}

export function Legend({ entries, s, width }: { entries: CardLegendEntry[]; s: Scale; width?: number }) {
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: s.legend * 0.4, ...(width ? { width } : {}) }}>
      {entries.map((e) => (
        <div key={e.label} style={{ display: 'flex', alignItems: 'center', gap: s.legend * 0.6, fontSize: s.legend, color: '#1e293b', lineHeight: 1.25 }}>
          <Swatch entry={e} size={s.legend} />
          <div style={{ display: 'flex', flex: 1 }}>{e.label}</div>
        </div>
      ))}
    </div>
  );
}

function Quotes({ data, s }: { data: RegionCardData; s: Scale }) {
  if (data.quotes.length === 0) {
    return <div style={{ display: 'flex', fontSize: s.quote, color: MUTED }}>No quotes about {data.name} were found in the source articles.</div>;
  }
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: s.gap * 0.75 }}>
      <div style={{ display: 'flex', fontSize: s.credit, fontWeight: 700, letterSpacing: 1, color: MUTED, textTransform: 'uppercase' }}>
        Key quotes from the sources
      </div>
      {data.quotes.map((q, i) => (
        <div key={i} style={{ display: 'flex', flexDirection: 'column', borderLeft: `4px solid ${data.fill}`, paddingLeft: s.quote * 0.7, gap: 3 }}>
          {q.role && <div style={{ display: 'flex', fontSize: s.credit, fontWeight: 700, color: INK }}>{q.role}</div>}
          <div style={{ display: 'flex', fontSize: s.quote, lineHeight: 1.32, color: '#1e293b' }}>{`“${q.text}”`}</div>
          <div style={{ display: 'flex', fontSize: s.credit, color: MUTED }}>{q.credit}</div>
        </div>
      ))}
    </div>
  );
}

function Footer({ data, s }: { data: RegionCardData; s: Scale }) {
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 3, borderTop: '1px solid #cbd5e1', paddingTop: s.gap * 0.6, fontSize: s.footer, color: MUTED }}>
      {data.credits.map((c) => (
        <div key={c} style={{ display: 'flex' }}>{c}</div>
      ))}
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: s.gap }}>
        <div style={{ display: 'flex' }}>{`Generated ${data.generated}`}</div>
        <div style={{ display: 'flex', fontWeight: 700, color: '#1e3a8a' }}>{data.url}</div>
      </div>
    </div>
  );
}

const ROOT = (data: RegionCardData, s: Scale): React.CSSProperties => ({
  display: 'flex',
  flexDirection: 'column',
  width: data.width,
  height: data.height,
  padding: s.pad,
  gap: s.gap,
  background: '#ffffff',
  borderTop: `10px solid ${data.fill}`,
  fontFamily: CARD_FONT_FAMILY,
  color: INK,
});

export function RegionCard({ data }: { data: RegionCardData }) {
  const s = SCALES[data.size];
  if (data.size === 'landscape') {
    return (
      <div style={ROOT(data, s)}>
        <div style={{ display: 'flex', flex: 1, gap: s.gap * 1.8, minHeight: 0 }}>
          <div style={{ display: 'flex', flexDirection: 'column', gap: s.gap, width: data.map.width }}>
            <MapFigure map={data.map} s={s} />
            <Legend entries={data.legend} s={s} />
          </div>
          <div style={{ display: 'flex', flexDirection: 'column', flex: 1, gap: s.gap }}>
            <Kicker s={s} />
            <Title data={data} s={s} />
            <Sentence data={data} s={s} />
            <Quotes data={data} s={s} />
          </div>
        </div>
        <Footer data={data} s={s} />
      </div>
    );
  }
  if (data.size === 'square') {
    return (
      <div style={ROOT(data, s)}>
        <Kicker s={s} />
        <Title data={data} s={s} />
        <Sentence data={data} s={s} />
        <div style={{ display: 'flex', gap: s.gap * 1.5 }}>
          <MapFigure map={data.map} s={s} />
          <Legend entries={data.legend} s={s} width={data.width - 2 * s.pad - data.map.width - s.gap * 1.5} />
        </div>
        <div style={{ display: 'flex', flexDirection: 'column', flex: 1 }}>
          <Quotes data={data} s={s} />
        </div>
        <Footer data={data} s={s} />
      </div>
    );
  }
  return (
    <div style={ROOT(data, s)}>
      <Kicker s={s} />
      <Title data={data} s={s} />
      <Sentence data={data} s={s} />
      <MapFigure map={data.map} s={s} />
      <Legend entries={data.legend} s={s} />
      <div style={{ display: 'flex', flexDirection: 'column', flex: 1 }}>
        <Quotes data={data} s={s} />
      </div>
      <Footer data={data} s={s} />
    </div>
  );
}
