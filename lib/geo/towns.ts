// Real Ontario towns the seed data (prisma/seed) spreads its fictional groups
// over. Coordinates are the gazetteer's (lib/geo/gazetteer-data.json, from
// GeoNames), written out as literals; postal prefixes are FSAs the gazetteer
// places in that town; streets are real, well-known streets near its centre.
// lib/geo/gazetteer.test.ts checks all three against the data.

export type SeedTownSpec = {
  name: string;
  region: 'ON';
  lat: number;
  lng: number;
  postalPrefixes: string[];
  streets: string[];
};

export const SEED_TOWNS: SeedTownSpec[] = [
  {
    name: 'Toronto', region: 'ON', lat: 43.7001, lng: -79.4163,
    postalPrefixes: ['M4P', 'M4S', 'M5P', 'M4V'],
    streets: ['Yonge Street', 'Eglinton Avenue West', 'Mount Pleasant Road', 'Davisville Avenue', 'St. Clair Avenue West', 'Avenue Road', 'Bayview Avenue', 'Bathurst Street'],
  },
  {
    name: 'Ottawa', region: 'ON', lat: 45.4112, lng: -75.6981,
    postalPrefixes: ['K1P', 'K1R', 'K2P', 'K1S'],
    streets: ['Bank Street', 'Elgin Street', 'Somerset Street West', 'Bronson Avenue', 'Gladstone Avenue', 'Laurier Avenue West', 'Lyon Street North'],
  },
  {
    name: 'Hamilton', region: 'ON', lat: 43.2501, lng: -79.8496,
    postalPrefixes: ['L8P', 'L8N', 'L8R', 'L8M'],
    streets: ['King Street East', 'Main Street East', 'James Street South', 'John Street South', 'Barton Street East', 'Cannon Street East', 'Wellington Street North'],
  },
  {
    name: 'London', region: 'ON', lat: 42.9834, lng: -81.233,
    postalPrefixes: ['N6A', 'N6B', 'N6C', 'N5W'],
    streets: ['Dundas Street', 'Richmond Street', 'Wellington Street', 'Oxford Street East', 'King Street', 'Adelaide Street North', 'Queens Avenue'],
  },
  {
    name: 'Kitchener', region: 'ON', lat: 43.4254, lng: -80.5112,
    postalPrefixes: ['N2G', 'N2M', 'N2N', 'N2E'],
    streets: ['King Street West', 'Queen Street South', 'Victoria Street South', 'Weber Street West', 'Highland Road West', 'Fischer-Hallman Road', 'Belmont Avenue West'],
  },
  {
    name: 'Waterloo', region: 'ON', lat: 43.4668, lng: -80.5164,
    postalPrefixes: ['N2J', 'N2L', 'N2T'],
    streets: ['King Street North', 'Erb Street West', 'University Avenue West', 'Albert Street', 'Columbia Street West', 'Weber Street North', 'Regina Street North'],
  },
  {
    name: 'Guelph', region: 'ON', lat: 43.5459, lng: -80.256,
    postalPrefixes: ['N1H', 'N1E', 'N1G', 'N1L'],
    streets: ['Wyndham Street North', 'Gordon Street', 'Woolwich Street', 'Macdonell Street', 'Quebec Street', 'Speedvale Avenue East', 'Stone Road West'],
  },
  {
    name: 'Kingston', region: 'ON', lat: 44.2298, lng: -76.481,
    postalPrefixes: ['K7L', 'K7K', 'K7M', 'K7P'],
    streets: ['Princess Street', 'King Street East', 'Brock Street', 'Division Street', 'Johnson Street', 'Bath Road', 'Ontario Street'],
  },
  {
    name: 'Windsor', region: 'ON', lat: 42.3001, lng: -83.0165,
    postalPrefixes: ['N9A', 'N8X', 'N8W', 'N9B'],
    streets: ['Ouellette Avenue', 'Wyandotte Street East', 'Tecumseh Road East', 'Howard Avenue', 'University Avenue West', 'Erie Street East', 'Walker Road'],
  },
  {
    name: 'Greater Sudbury', region: 'ON', lat: 46.49, lng: -80.99,
    postalPrefixes: ['P3E', 'P3B', 'P3C', 'P3A'],
    streets: ['Elm Street', 'Durham Street', 'Paris Street', 'Regent Street', 'Lasalle Boulevard', 'Notre Dame Avenue', 'Kingsway', 'Barrydowne Road'],
  },
  {
    name: 'Barrie', region: 'ON', lat: 44.4001, lng: -79.6663,
    postalPrefixes: ['L4M', 'L4N'],
    streets: ['Dunlop Street East', 'Bayfield Street', 'Duckworth Street', 'Essa Road', 'Anne Street North', 'Yonge Street', 'Mapleview Drive East'],
  },
  {
    name: 'Peterborough', region: 'ON', lat: 44.3001, lng: -78.3162,
    postalPrefixes: ['K9H', 'K9J', 'K9K', 'K9L'],
    streets: ['George Street North', 'Water Street', 'Charlotte Street', 'Hunter Street West', 'Lansdowne Street West', 'Parkhill Road West', 'Chemong Road'],
  },
  {
    name: 'Oshawa', region: 'ON', lat: 43.9001, lng: -78.8496,
    postalPrefixes: ['L1G', 'L1H', 'L1J', 'L1K'],
    streets: ['Simcoe Street North', 'King Street East', 'Ritson Road North', 'Bond Street West', 'Taunton Road East', 'Harmony Road North', 'Stevenson Road North'],
  },
  {
    name: 'St. Catharines', region: 'ON', lat: 43.1713, lng: -79.2427,
    postalPrefixes: ['L2R', 'L2M', 'L2N', 'L2P'],
    streets: ['St. Paul Street', 'Ontario Street', 'Welland Avenue', 'Geneva Street', 'Lake Street', 'Glendale Avenue', 'Scott Street'],
  },
  {
    name: 'Thunder Bay', region: 'ON', lat: 48.382, lng: -89.2502,
    postalPrefixes: ['P7E', 'P7C', 'P7B', 'P7A'],
    streets: ['Red River Road', 'Memorial Avenue', 'Arthur Street West', 'May Street North', 'Victoria Avenue East', 'Algoma Street South', 'Simpson Street'],
  },
  {
    name: 'Brampton', region: 'ON', lat: 43.6834, lng: -79.7663,
    postalPrefixes: ['L6V', 'L6W', 'L6X', 'L6Y'],
    streets: ['Main Street North', 'Queen Street East', 'Steeles Avenue West', 'Bovaird Drive West', 'Kennedy Road South', 'McLaughlin Road', 'Williams Parkway'],
  },
  {
    name: 'Mississauga', region: 'ON', lat: 43.5789, lng: -79.6583,
    postalPrefixes: ['L5B', 'L5C', 'L5R', 'L5V'],
    streets: ['Hurontario Street', 'Burnhamthorpe Road West', 'Dundas Street West', 'Mavis Road', 'Eglinton Avenue West', 'Erin Mills Parkway', 'Confederation Parkway'],
  },
  {
    name: 'Belleville', region: 'ON', lat: 44.1668, lng: -77.3828,
    postalPrefixes: ['K8N', 'K8P', 'K8R'],
    streets: ['Front Street', 'Dundas Street East', 'Bridge Street East', 'Victoria Avenue', 'North Front Street', 'Sidney Street'],
  },
  {
    name: 'North Bay', region: 'ON', lat: 46.3168, lng: -79.4663,
    postalPrefixes: ['P1B', 'P1A', 'P1C'],
    streets: ['Main Street West', 'Fisher Street', 'Algonquin Avenue', 'McIntyre Street West', 'Cassells Street', 'Lakeshore Drive', 'Oak Street West'],
  },
  {
    name: 'Sault Ste. Marie', region: 'ON', lat: 46.5168, lng: -84.3333,
    postalPrefixes: ['P6A', 'P6B', 'P6C'],
    streets: ['Queen Street East', 'Great Northern Road', 'Trunk Road', 'Wellington Street West', 'Bay Street', 'McNabb Street', 'Pim Street'],
  },
];
