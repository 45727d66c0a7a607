// A byte-order mark is an encoding artefact, not text: quote offsets must not count it.
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
