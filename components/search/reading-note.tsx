import Link from 'next/link';
import type { Reading } from '@/lib/search/data';
import { searchHref, type SearchFilters } from '@/lib/search/schema';

/**
 * Says plainly how the words were read: groups matching every word, groups
 * about what the words name, or groups matching some of them. One message,
 * never a correction beside a relaxation that says something else.
 */
export function ReadingNote({ f, reading, correctedQuery, found }: { f: SearchFilters; reading: Reading; correctedQuery: string | null; found: boolean }) {
  const lines: React.ReactNode[] = [];
  if (found && reading.mode === 'concepts') {
    lines.push(
      reading.everyWord ? (
        <>Groups that match your words come first, then other groups about {reading.about}.</>
      ) : (
        <>No group matches every word. Showing groups about {reading.about}.</>
      ),
    );
  } else if (found && reading.mode === 'some-words') {
    lines.push(
      <>
        No group matches every word. Showing groups that match some of them ({reading.words.map((w, i) => (
          <span key={w}>
            {i ? ', ' : ''}
            <strong>{w}</strong>
          </span>
        ))}
        ), those with the words in their name or topics first.
      </>,
    );
  } else if (found && correctedQuery) {
    lines.push(
      <>
        Also showing results for <strong>{correctedQuery}</strong>.
      </>,
    );
  }
  if (found && reading.access.includes('wheelchair') && !f.access.includes('wheelchair')) {
    lines.push(<Link href={searchHref(f, { access: [...f.access, 'wheelchair'] })}>Show only groups meeting at places with wheelchair access</Link>);
  }
  if (!lines.length) return null;
  return (
    <div role="status" className="mt-2 space-y-1">
      {lines.map((l, i) => (
        <p key={i}>{l}</p>
      ))}
    </div>
  );
}
