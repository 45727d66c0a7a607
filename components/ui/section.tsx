// A titled section of the side panel: the small-caps heading every list in the panel uses,
// linked to its region for screen readers.
export function Section({
  id,
  title,
  level = 2,
  className,
  children,
}: {
  id: string;
  title: React.ReactNode;
  level?: 2 | 3;
  className?: string;
  children: React.ReactNode;
}) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby={id} className={className}>
      <Heading id={id} className="mb-2 text-xs font-bold uppercase tracking-wide text-slate-600">
        {title}
      </Heading>
      {children}
    </section>
  );
}
