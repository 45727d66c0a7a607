// The claims a region's status stands on, as of the chosen day: each side's newest control claim,
// the one that sets the colour marked with its date; when the sides disagree (disputed), their
// newest claims side by side, neither merged into the other.
import type { Claim } from '@/lib/claims/types';
import { SIDE_NAMES } from '@/lib/listing/sides';
import { formatDay } from '@/lib/presentation/day';
import type { RegionFeature } from '@/lib/presentation/region-view';
import type { ControlSummary } from '@/lib/regions/status';
import { Section } from '@/components/ui/section';
import { ClaimCard } from './claim-card';

const day = (date: string | null) => (date ? formatDay(date) : 'date not given');

/** The badge each standing claim carries, in this block and in the ledger below. */
export function standingBadges(status: RegionFeature['properties']['status']): Map<string, string> {
  const badges = new Map<string, string>();
  for (const s of status.sides) {
    const setsColour = !status.disputed && status.control?.claimId === s.claimId;
    badges.set(s.claimId, setsColour ? `Sets the colour · ${day(s.date)}` : `${SIDE_NAMES[s.side]}: newest control claim · ${day(s.date)}`);
  }
  return badges;
}

export function StandingClaims({
  region,
  badges,
  activeClaim,
  onHighlight,
}: {
  region: RegionFeature;
  badges: ReadonlyMap<string, string>;
  activeClaim: string | null;
  onHighlight: (claim: Claim | null) => void;
}) {
  const p = region.properties;
  const { status } = p;
  const claimOf = (s: ControlSummary) => p.keyClaims.find((c) => c.id === s.claimId);
  const documentOf = (c: Claim) => p.documents.find((d) => d.id === c.quote.document);
  // The one that sets the colour first, then the other sides' newest (all of them when disputed).
  const shown = status.disputed ? status.sides : status.control ? [status.control, ...status.sides.filter((s) => s.claimId !== status.control!.claimId)] : [];
  const cards = shown.flatMap((s) => {
    const claim = claimOf(s);
    return claim ? [{ s, claim }] : [];
  });
  if (cards.length === 0) return null;
  return (
    <Section
      id="standing-heading"
      level={3}
      title={status.disputed ? 'Disputed: the sides’ newest control claims disagree' : 'What the colour stands on'}
    >
      <div className={`grid gap-2 ${cards.length > 1 ? 'xl:grid-cols-2' : ''}`} data-testid="standing-claims" data-disputed={status.disputed}>
        {cards.map(({ s, claim }) => (
          <ClaimCard
            key={claim.id}
            claim={claim}
            regionName={p.name}
            regionSlug={p.slug}
            document={documentOf(claim)}
            active={claim.id === activeClaim}
            badge={badges.get(s.claimId)}
            onHighlight={onHighlight}
          />
        ))}
      </div>
    </Section>
  );
}
