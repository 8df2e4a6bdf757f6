// Search engines read a group's JSON-LD from a <script>; listing text written
// by the public must never be able to end that script early.
import { describe, expect, it } from 'vitest';
import { groupJsonLd, serializeJsonLd } from '../../components/group/group-json-ld';
import type { GroupDetail } from '../../lib/listings/group-detail';
import { buildGroup, buildMeeting } from '../../prisma/seed/factories';

function detail(overrides: Partial<GroupDetail> = {}): GroupDetail {
  const { topicSlugs: _t, meetings, status: _s, privateContactName: _a, privateContactPhone: _b, privateContactEmail: _c, ...g } = buildGroup();
  return {
    ...g,
    id: 'cm0jsonldgroup',
    organization: null,
    topics: [{ slug: 'bereavement', name: 'Bereavement' }],
    meetings: meetings.map((m, position) => ({ ...m, id: `m${position}`, position, addressLine2: null })),
    ...overrides,
  };
}

describe('a group page’s structured data', () => {
  it('cannot be closed by a group name containing </script>', () => {
    const group = detail({ name: '</script><script>alert(1)</script> & <!-- friends' });
    const text = serializeJsonLd(groupJsonLd(group, 'https://groups.example.org/groups/x'));
    expect(text).not.toMatch(/[<>&]/);
    expect(JSON.parse(text)).toMatchObject({ '@type': 'Organization', name: group.name });
  });

  it('describes the group with its phone, page address and first meeting place, and no unsafe website', () => {
    const group = detail({ website: 'javascript:alert(1)', meetings: [{ ...buildMeeting({ attendance: 'ONLINE', addressLine1: null }), id: 'a', position: 0, addressLine2: null }, { ...buildMeeting(), id: 'b', position: 1, addressLine2: null }] });
    const data = groupJsonLd(group, 'https://groups.example.org/groups/x');
    expect(data).toMatchObject({
      url: 'https://groups.example.org/groups/x',
      telephone: group.phone,
      address: { '@type': 'PostalAddress', streetAddress: '100 Queen Street West', addressLocality: 'Toronto', addressRegion: 'ON', postalCode: 'M5H 2N2', addressCountry: 'CA' },
    });
    expect(data).not.toHaveProperty('sameAs');
  });
});
