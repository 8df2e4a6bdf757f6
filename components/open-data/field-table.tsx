// What each part of a listing is called in the open data, in plain words.
import { ScrollRegion } from '@/components/ui/scroll-region';
const FIELDS: { name: string; hsds: string; csv: string; meaning: string }[] = [
  { name: 'Group name', hsds: 'service.name', csv: 'group', meaning: 'The name the group goes by.' },
  { name: 'Description', hsds: 'service.description', csv: 'summary', meaning: 'A one-line summary, a blank line, then the longer description.' },
  { name: 'Who may come', hsds: 'service.eligibility_description', csv: 'who_may_attend', meaning: 'People living with the concern, their family and friends, or both.' },
  { name: 'Cost', hsds: 'service.cost_options', csv: 'cost, cost_details', meaning: 'Free, a voluntary donation, or a fee, with any details.' },
  { name: 'Languages', hsds: 'service.languages', csv: 'languages', meaning: 'The languages the meetings are held in (ISO codes in HSDS).' },
  { name: 'Topics', hsds: 'service.attributes (taxonomy “Self-help group topics”)', csv: 'topics', meaning: 'The directory’s topics, published as a taxonomy with a page for each.' },
  { name: 'Public contact', hsds: 'service.phones, service.email, service.url', csv: 'phone, email, website', meaning: 'Only what the group agreed to publish. Private contacts are never included.' },
  { name: 'Sponsor', hsds: 'organization', csv: 'sponsor', meaning: 'The agency that hosts the group; a group on its own is its own organization.' },
  { name: 'Meeting', hsds: 'service_at_location', csv: 'meeting', meaning: 'Each meeting of a group, with its place and its schedule.' },
  { name: 'When', hsds: 'schedule: freq, interval, byday, opens_at, closes_at', csv: 'when, time_zone, next_meeting_utc', meaning: 'A weekly or monthly rule (for example byday 2TU: the second Tuesday) with local start and end times.' },
  { name: 'Time zone', hsds: 'schedule.timezone and description', csv: 'time_zone', meaning: 'Times are local. HSDS gives the UTC offset at the next meeting; the description names the zone.' },
  { name: 'How to attend', hsds: 'schedule.attending_type', csv: 'attendance', meaning: 'In person, online, by phone, or in person or online.' },
  { name: 'Where', hsds: 'location, address', csv: 'place, street, town, province, postal_code', meaning: 'The meeting place and its address and coordinates; online and phone meetings have a virtual location.' },
  { name: 'Online link and dial-in', hsds: 'location.url, service_at_location.phones', csv: 'online_link, dial_in', meaning: 'Left out when the group gives them only on request.' },
  { name: 'Accessibility', hsds: 'location.accessibility', csv: 'accessibility', meaning: 'Features of the meeting place, such as wheelchair access.' },
  { name: 'Last checked', hsds: 'service.assured_date', csv: 'last_checked', meaning: 'The date clearinghouse staff last confirmed the listing.' },
  { name: 'Last changed', hsds: 'service.last_modified', csv: 'last_changed', meaning: 'When anything in the listing last changed.' },
];

export function FieldTable() {
  return (
    <ScrollRegion label="Fields in the open data" className="mt-3">
      <table className="min-w-full border-collapse text-left text-sm">
        <caption className="sr-only">Fields in the open data</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-2 pr-4">What</th>
            <th scope="col" className="py-2 pr-4">In HSDS</th>
            <th scope="col" className="py-2 pr-4">In the CSV</th>
            <th scope="col" className="py-2">What it means</th>
          </tr>
        </thead>
        <tbody>
          {FIELDS.map((f) => (
            <tr key={f.name} className="border-b border-slate-200 align-top">
              <th scope="row" className="py-2 pr-4 font-semibold">{f.name}</th>
              <td className="py-2 pr-4"><code>{f.hsds}</code></td>
              <td className="py-2 pr-4"><code>{f.csv}</code></td>
              <td className="py-2">{f.meaning}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
