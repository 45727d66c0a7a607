import { OBLASTS } from '@/lib/oblasts';

export default function Home() {
  return (
    <main className="p-6">
      <h1 className="text-2xl font-bold">Who claims what</h1>
      <p>Claims made in news text, not ground truth.</p>
      <ul>
        {OBLASTS.map((o) => (
          <li key={o.slug}>{o.name}</li>
        ))}
      </ul>
    </main>
  );
}
