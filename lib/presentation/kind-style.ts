// How each kind of claim looks where a text is marked up (the /check page): a light background
// behind the sentence, with dark text on it (every pair over 10:1 contrast), a darker edge
// beneath it, and a name. The colours tell kinds apart at a glance; the name and the sentence's
// number carry the same information for anyone who cannot tell the colours apart.
import type { ClaimKind } from '@/lib/claims/types';

export interface KindStyle {
  /** The short name: "Control", "Sovereignty claim". */
  name: string;
  /** Background behind a marked sentence. */
  mark: string;
  /** The edge under a marked sentence and the chip's border. */
  edge: string;
}

export const KIND_STYLE: Record<ClaimKind, KindStyle> = {
  control: { name: 'Control', mark: '#fde68a', edge: '#b45309' },
  advance: { name: 'Advance', mark: '#bae6fd', edge: '#0369a1' },
  'sovereignty-claim': { name: 'Sovereignty claim', mark: '#fecdd3', edge: '#be123c' },
  demand: { name: 'Demand', mark: '#ddd6fe', edge: '#6d28d9' },
  'legal-status': { name: 'Legal status', mark: '#a7f3d0', edge: '#047857' },
  threat: { name: 'Threat', mark: '#fed7aa', edge: '#c2410c' },
};
