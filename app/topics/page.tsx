import type { Metadata } from 'next';
import Link from 'next/link';
import { LetterIndex } from '@/components/group/letter-index';
import { listTopicsWithCounts, type TopicWithCount } from '@/lib/listings/topics-data';

export const metadata: Metadata = {
  title: 'Topics A–Z',
  description: 'Every topic self-help groups in the directory meet about, from A to Z, with how many groups each has.',
};

const ALPHABET = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];

/** "Éducation" files under E. */
function initialOf(name: string): string {
  const first = name.normalize('NFD').replace(/\p{M}/gu, '').charAt(0).toUpperCase();
  return ALPHABET.includes(first) ? first : '#';
}

export default async function TopicsPage() {
  const topics = await listTopicsWithCounts();
  const byLetter = new Map<string, TopicWithCount[]>();
  for (const t of topics) {
    const letter = initialOf(t.name);
    byLetter.set(letter, [...(byLetter.get(letter) ?? []), t]);
  }
  const letters = byLetter.has('#') ? [...ALPHABET, '#'] : ALPHABET;

  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">Topics A–Z</h1>
      <p className="mt-2 max-w-2xl">
        Choose a topic to see the groups that meet about it. Not sure which fits? You can also{' '}
        <Link href="/groups/browse">browse every group by name</Link>.
      </p>
      <LetterIndex label="Topics by first letter" letters={letters} available={new Set(byLetter.keys())} hrefFor={(l) => `#letter-${l === '#' ? 'other' : l}`} noun="topics" />
      {letters
        .filter((l) => byLetter.has(l))
        .map((letter) => {
          const id = `letter-${letter === '#' ? 'other' : letter}`;
          return (
            <section key={letter} aria-labelledby={id} className="mt-6">
              <h2 id={id} className="border-b border-slate-200 text-2xl font-semibold" tabIndex={-1}>
                {letter}
              </h2>
              <ul className="mt-2 space-y-3">
                {(byLetter.get(letter) ?? []).map((t) => (
                  <li key={t.slug} data-testid={`topic-${t.slug}`}>
                    <Link href={`/topics/${t.slug}`} className="text-lg font-medium">
                      {t.name}
                    </Link>{' '}
                    <span className="text-slate-700">
                      ({t.groupCount} {t.groupCount === 1 ? 'group' : 'groups'})
                    </span>
                    <p className="text-slate-800">{t.description}</p>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
    </>
  );
}
