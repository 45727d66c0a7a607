// The home page's Open Graph card (1200×630): the four regions on the map beside what the sources
// say about each. Satori-compatible JSX, like the region card it borrows its map from.
import type { OverviewCardData } from '@/lib/cards/overview-card-data';
import { CARD_FONT_FAMILY } from '@/lib/cards/fonts';
import { Legend, MapFigure, SCALES } from './region-card';

const INK = '#0f172a';

export function OverviewCard({ data }: { data: OverviewCardData }) {
  const s = SCALES.landscape;
  return (
    <div style={{ display: 'flex', gap: s.gap * 1.8, width: data.width, height: data.height, padding: s.pad, background: '#ffffff', fontFamily: CARD_FONT_FAMILY, color: INK }}>
      <div style={{ display: 'flex', flexDirection: 'column', gap: s.gap, width: data.map.width }}>
        <MapFigure map={data.map} s={s} />
        <Legend entries={data.legend} s={s} />
        {data.credits.map((c) => (
          <div key={c} style={{ display: 'flex', fontSize: s.footer, color: '#475569' }}>
            {c}
          </div>
        ))}
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', flex: 1, gap: s.gap }}>
        <div style={{ display: 'flex', fontSize: s.kicker, fontWeight: 700, letterSpacing: 1.5, color: '#9f1239', textTransform: 'uppercase' }}>
          Claims in news text · not verified facts
        </div>
        <div style={{ display: 'flex', fontSize: 40, fontWeight: 700, lineHeight: 1.1 }}>Who claims what</div>
        {data.rows.map((r) => (
          <div key={r.name} style={{ display: 'flex', gap: 12, alignItems: 'flex-start' }}>
            <div style={{ display: 'flex', width: 22, height: 22, marginTop: 3, background: r.fill, border: '1px solid #475569', borderRadius: 3 }} />
            <div style={{ display: 'flex', flexDirection: 'column', flex: 1 }}>
              <div style={{ display: 'flex', fontSize: 19, fontWeight: 700 }}>{r.name}</div>
              <div style={{ display: 'flex', fontSize: 15, lineHeight: 1.3, color: '#334155' }}>{r.sentence}</div>
            </div>
          </div>
        ))}
        <div style={{ display: 'flex', marginTop: 'auto', fontSize: s.footer, color: '#1e3a8a', fontWeight: 700 }}>{data.url}</div>
      </div>
    </div>
  );
}
