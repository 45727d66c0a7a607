// The checked text as the reader pasted it, one paragraph a line, with each sentence a claim
// quotes marked in its kind's colour and numbered; the number links to the sentence's claims.
// The text is only ever React text: markup in it is shown, never run.
import type { Claim } from '@/lib/claims/types';
import { KIND_STYLE } from '@/lib/presentation/kind-style';
import { markText, type QuotedSentence } from '@/lib/presentation/marked-text';
import { KIND_ORDER } from '@/lib/presentation/sentences';

export function MarkedText({ text, sentences }: { text: string; sentences: readonly QuotedSentence<Claim>[] }) {
  const paragraphs = markText(text, sentences);
  return (
    <div className="space-y-3 break-words text-[0.97rem] leading-relaxed sm:text-[1.02rem]" data-testid="marked-text">
      {paragraphs.map((p) => (
        <p key={p.start}>
          {p.runs.map((run, i) => {
            if (run.span === null) return <span key={i}>{run.text}</span>;
            const s = sentences[run.span];
            const kinds = KIND_ORDER.filter((k) => s.claims.some((c) => c.kind === k));
            const style = KIND_STYLE[kinds[0]];
            const label = `Sentence ${s.n}: ${s.claims.length} claim${s.claims.length > 1 ? 's' : ''} (${kinds.map((k) => KIND_STYLE[k].name.toLowerCase()).join(', ')})`;
            return (
              <mark
                key={i}
                id={run.first ? `sentence-${s.n}` : undefined}
                tabIndex={run.first ? -1 : undefined}
                data-sentence={s.n}
                data-kind={kinds[0]}
                className="scroll-mt-4 rounded-sm px-0.5 text-slate-900"
                style={{ background: style.mark, boxShadow: `inset 0 -2px 0 ${style.edge}` }}
              >
                {run.first && (
                  <a
                    href={`#claim-${s.claims[0].id}`}
                    aria-label={`${label}; go to its claims`}
                    className="mr-1 inline-flex h-5 min-w-5 -translate-y-px items-center justify-center rounded-full bg-slate-900 px-1 align-middle text-[0.7rem] font-bold leading-none text-white no-underline"
                  >
                    {s.n}
                  </a>
                )}
                {run.text}
              </mark>
            );
          })}
        </p>
      ))}
    </div>
  );
}

/** The kinds a text's marks use, each with its colour and name. */
export function KindKey({ kinds }: { kinds: readonly Claim['kind'][] }) {
  if (!kinds.length) return null;
  return (
    <ul className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-700" aria-label="Colours of the marked sentences">
      {KIND_ORDER.filter((k) => kinds.includes(k)).map((k) => (
        <li key={k} className="inline-flex items-center gap-1.5">
          <span aria-hidden className="inline-block h-3.5 w-5 rounded-sm" style={{ background: KIND_STYLE[k].mark, boxShadow: `inset 0 -2px 0 ${KIND_STYLE[k].edge}` }} />
          {KIND_STYLE[k].name}
        </li>
      ))}
    </ul>
  );
}
