import type { Metadata } from 'next';
import Link from 'next/link';
import { FieldTable } from '@/components/open-data/field-table';
import { env } from '@/lib/env';
import { OPEN_DATA_CACHE_CONTROL_SECONDS, OPEN_DATA_LIMIT } from '@/lib/open-data/http';
import { MAX_PER_PAGE } from '@/lib/open-data/query';
import { OPEN_DATA_LICENCE, OPEN_DATA_PATHS } from '@/lib/open-data/links';

export const metadata: Metadata = {
  title: 'Open data',
  description: 'Download the directory’s published listings or read them through its HSDS 3.0 API, Meeting Guide feed and calendar feeds.',
};

const LINK = 'inline-flex min-h-6 items-center font-semibold';

// Who reuses the listings (211 lines, hospitals, meeting-finder apps) and how:
// the licence, the downloads, the API, the feeds and what each field means.
export default function OpenDataPage() {
  const site = env().SITE_URL;
  const api = new URL(OPEN_DATA_PATHS.hsdsApi, site).toString();
  return (
    <article className="max-w-3xl">
      <h1 className="text-3xl font-bold text-brand-900">Open data</h1>
      <p className="mt-2 text-lg">
        Every published listing in this directory is open data, so 211 lines, hospitals and meeting-finder apps can use the
        same, checked information instead of retyping it. It is in the Human Services Data Specification (HSDS 3.0) of Open
        Referral, the format resource directories exchange.
      </p>
      <p className="mt-2">
        Only published listings are included. Private contacts that groups share only with clearinghouse staff, and online
        links or dial-in numbers a group gives only on request, are never included.
      </p>

      <section aria-labelledby="licence" className="mt-8">
        <h2 id="licence" className="text-2xl font-semibold">Licence</h2>
        <p className="mt-2">
          The listings are offered under the{' '}
          <a href={OPEN_DATA_LICENCE.url} className={LINK}>{OPEN_DATA_LICENCE.title}</a> licence: you may copy, change and
          republish them, also commercially, if you credit “{env().SITE_NAME}” and link to this page. The licence is the
          clearinghouse’s choice; it has been proposed and the clearinghouse confirms it before the data is announced.
        </p>
      </section>

      <section aria-labelledby="downloads" className="mt-8">
        <h2 id="downloads" className="text-2xl font-semibold">Downloads</h2>
        <ul className="mt-2 list-disc space-y-2 pl-6">
          <li>
            <a href={OPEN_DATA_PATHS.hsdsJson} className={LINK}>The whole directory as HSDS JSON</a>: one document, a list of
            fully nested services (each group with its meetings, places, schedules and topics).
          </li>
          <li>
            <a href={OPEN_DATA_PATHS.hsdsZip} className={LINK}>The HSDS tabular form (zip)</a>: one CSV file per HSDS table and a
            <code> datapackage.json</code> describing the columns.
          </li>
          <li>
            <a href={OPEN_DATA_PATHS.listingsCsv} className={LINK}>Listings for spreadsheets (CSV)</a>: one line per meeting, in
            plain words. Cells that a spreadsheet could run as a formula start with an apostrophe, which spreadsheets hide.
          </li>
        </ul>
      </section>

      <section aria-labelledby="api" className="mt-8">
        <h2 id="api" className="text-2xl font-semibold">HSDS API</h2>
        <p className="mt-2">
          A read-only API at <code className="[overflow-wrap:anywhere]">{api}</code> follows the HSDS 3.0 OpenAPI description:{' '}
          <code>services</code>, <code>services/&#123;id&#125;</code>, <code>service_at_locations</code>,{' '}
          <code>organizations</code>, <code>taxonomies</code> and <code>taxonomy_terms</code>, each with their{' '}
          <code>&#123;id&#125;</code>.
        </p>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          <li>Pages: <code>page</code> and <code>per_page</code> (50 by default, {MAX_PER_PAGE} at most), in the specification’s page envelope.</li>
          <li>Filters: <code>search</code>, <code>taxonomy_term_id</code>, <code>taxonomy_id</code>, <code>organization_id</code>, <code>modified_after</code>; <code>full=true</code> for fully nested records.</li>
          <li>Distance: <code>postcode</code> (the first three characters of a Canadian postal code) and <code>proximity</code> in metres, on <code>service_at_locations</code> and <code>services</code>.</li>
          <li>Ids are UUIDs that stay the same as long as the listing exists.</li>
          <li>
            Any website may call it (CORS is open for GET). Answers carry an <code>ETag</code>: send it back in{' '}
            <code>If-None-Match</code> and an unchanged answer is a short “304 Not Modified”. Caches may keep answers for{' '}
            {OPEN_DATA_CACHE_CONTROL_SECONDS / 60} minutes.
          </li>
          <li>
            Rate limit: {OPEN_DATA_LIMIT.points} requests a minute from one address, for the API, downloads and feeds together.
            Past it the answer is “429 Too Many Requests” with a <code>Retry-After</code> header in seconds.
          </li>
        </ul>
      </section>

      <section aria-labelledby="meeting-guide" className="mt-8">
        <h2 id="meeting-guide" className="text-2xl font-semibold">Meeting Guide feed</h2>
        <p className="mt-2">
          <a href={OPEN_DATA_PATHS.meetingGuide} className={LINK}>The Meeting Guide feed</a> lists meetings in the JSON format of
          the Meeting Guide app and other meeting finders (Code for Recovery’s specification), with their standard type codes
          (for example O for open, C for closed, EN for English, X for wheelchair access).
        </p>
        <p className="mt-2">
          That format describes weekly meetings only, so meetings held every other week, or on a set weekday of the month (such
          as the second Tuesday), are left out of this feed. They are in the HSDS data and the calendars. Meetings by
          arrangement are listed without a day and time.
        </p>
      </section>

      <section aria-labelledby="calendars" className="mt-8">
        <h2 id="calendars" className="text-2xl font-semibold">Calendars</h2>
        <p className="mt-2">
          Each group page and each <Link href="/topics" className={LINK}>topic page</Link> has a calendar to subscribe to
          (a <code>webcal://</code> link and an <code>.ics</code> address). Meetings keep their own time zone, so they stay at
          the right hour when the clocks change, and the calendar follows the listing when it changes.
        </p>
      </section>

      <section aria-labelledby="fields" className="mt-8">
        <h2 id="fields" className="text-2xl font-semibold">What the fields mean</h2>
        <FieldTable />
      </section>
    </article>
  );
}
