// Ontario counties, regional municipalities, districts and a few well-known
// areas, so "Muskoka" or "Durham Region" in "Where?" gives a centre and a
// radius instead of "not found". Hand-written: the centres are approximate
// (2–3 decimals, usually the main town near the middle, or the seat when that
// is central), and the radius is the smallest of 10/25/50/100 km that covers
// most of the area. The large northern districts get 100 km, which covers
// where most of their people live, not every corner.
//
// Names are matched by gazetteer.ts, which folds case and accents and also
// accepts "X County", "County of X", "Region of X", "Regional Municipality of
// X", "District of X", "X area" and the like without listing them here. A town
// of the same name wins ("Peterborough" is the city, "Peterborough County" the
// county), so an alias equal to a town name is only reached with a qualifier.

export type RegionRadiusKm = 10 | 25 | 50 | 100;

export type Region = {
  /** What the page shows: "Durham Region", "Muskoka". */
  name: string;
  /** Other names people type; the name itself need not be repeated. */
  aliases: string[];
  province: string;
  lat: number;
  lng: number;
  radiusKm: RegionRadiusKm;
};

const on = (name: string, aliases: string[], lat: number, lng: number, radiusKm: RegionRadiusKm): Region => ({
  name,
  aliases,
  province: 'ON',
  lat,
  lng,
  radiusKm,
});

export const REGIONS: readonly Region[] = [
  // Greater Toronto and Hamilton, Niagara
  on('Greater Toronto Area', ['GTA', 'Greater Toronto', 'GTHA', 'Greater Toronto and Hamilton Area'], 43.7, -79.42, 50),
  on('Golden Horseshoe', ['Greater Golden Horseshoe'], 43.55, -79.65, 100),
  on('Durham Region', ['Durham', 'Region of Durham', 'Regional Municipality of Durham'], 44.05, -78.95, 50),
  on('York Region', ['York', 'Region of York', 'Regional Municipality of York'], 44.0, -79.45, 50),
  on('Peel Region', ['Peel', 'Region of Peel', 'Regional Municipality of Peel'], 43.73, -79.76, 50),
  on('Halton Region', ['Halton', 'Region of Halton', 'Regional Municipality of Halton'], 43.52, -79.88, 25),
  on('Hamilton-Wentworth', ['Wentworth', 'Wentworth County', 'Regional Municipality of Hamilton-Wentworth'], 43.25, -79.87, 25),
  on('Niagara Region', ['Niagara', 'Region of Niagara', 'Regional Municipality of Niagara', 'Niagara Peninsula'], 43.1, -79.24, 50),

  // Southwestern Ontario
  on('Waterloo Region', ['Region of Waterloo', 'Regional Municipality of Waterloo', 'Kitchener-Waterloo', 'KW'], 43.45, -80.49, 25),
  on('Wellington County', ['Wellington', 'County of Wellington'], 43.71, -80.38, 50),
  on('Dufferin County', ['Dufferin', 'County of Dufferin'], 44.05, -80.15, 50),
  on('Brant County', ['Brant', 'County of Brant'], 43.14, -80.26, 25),
  on('Haldimand County', ['Haldimand'], 42.95, -79.85, 50),
  on('Norfolk County', ['Norfolk'], 42.84, -80.3, 50),
  on('Oxford County', ['Oxford', 'County of Oxford'], 43.13, -80.75, 50),
  on('Elgin County', ['Elgin', 'County of Elgin'], 42.78, -81.19, 50),
  on('Middlesex County', ['Middlesex', 'County of Middlesex'], 42.98, -81.25, 50),
  on('Perth County', ['Perth', 'County of Perth'], 43.45, -81.0, 50),
  on('Huron County', ['Huron', 'County of Huron'], 43.62, -81.54, 50),
  on('Lambton County', ['Lambton', 'County of Lambton', 'Sarnia-Lambton'], 42.88, -82.14, 50),
  on('Chatham-Kent', ['Chatham Kent', 'Municipality of Chatham-Kent', 'Kent', 'Kent County'], 42.4, -82.19, 50),
  on('Essex County', ['Essex', 'County of Essex', 'Windsor-Essex'], 42.17, -82.82, 50),
  on('Grey County', ['Grey', 'County of Grey'], 44.4, -80.7, 50),
  on('Bruce County', ['Bruce', 'County of Bruce'], 44.55, -81.25, 100),
  on('Grey-Bruce', ['Grey Bruce', 'Grey and Bruce', 'Bruce-Grey', 'Bruce Grey'], 44.57, -80.94, 100),

  // Central Ontario
  on('Simcoe County', ['Simcoe', 'County of Simcoe'], 44.39, -79.69, 50),
  on('Muskoka', ['District of Muskoka', 'District Municipality of Muskoka', 'Muskoka District', 'Muskoka Region'], 45.04, -79.31, 50),
  on('Haliburton County', ['Haliburton', 'County of Haliburton', 'Haliburton Highlands'], 45.05, -78.51, 50),
  on('Kawartha Lakes', ['City of Kawartha Lakes', 'Kawarthas', 'The Kawarthas', 'Kawartha'], 44.36, -78.74, 50),
  on('Peterborough County', ['County of Peterborough'], 44.45, -78.2, 50),
  on('Northumberland County', ['Northumberland', 'County of Northumberland'], 44.05, -78.0, 50),

  // Eastern Ontario
  on('Bay of Quinte', ['Quinte', 'Quinte Region'], 44.16, -77.38, 50),
  on('Prince Edward County', ['County of Prince Edward', 'PEC'], 44.0, -77.14, 25),
  on('Hastings County', ['Hastings', 'County of Hastings'], 44.51, -77.47, 100),
  on('Lennox and Addington', ['Lennox & Addington', 'Lennox', 'Addington', 'County of Lennox and Addington'], 44.55, -77.05, 50),
  on('Frontenac County', ['Frontenac', 'County of Frontenac'], 44.6, -76.6, 50),
  on('Leeds and Grenville', ['Leeds & Grenville', 'Leeds', 'Grenville', 'United Counties of Leeds and Grenville'], 44.59, -75.68, 50),
  on('Lanark County', ['Lanark', 'County of Lanark'], 45.0, -76.3, 50),
  on('Renfrew County', ['County of Renfrew'], 45.6, -77.0, 100),
  on('Ottawa Valley', ['The Ottawa Valley'], 45.47, -76.68, 100),
  on('Prescott and Russell', ['Prescott-Russell', 'Prescott & Russell', 'United Counties of Prescott and Russell'], 45.45, -75.0, 50),
  on(
    'Stormont, Dundas and Glengarry',
    ['SDG', 'Stormont Dundas Glengarry', 'Stormont', 'Glengarry', 'United Counties of Stormont, Dundas and Glengarry'],
    45.1,
    -74.9,
    50,
  ),

  // Northern Ontario
  on('Parry Sound District', ['District of Parry Sound'], 45.5, -79.7, 100),
  on('Nipissing District', ['Nipissing', 'District of Nipissing'], 46.31, -79.46, 100),
  on('Sudbury District', ['District of Sudbury'], 47.0, -81.5, 100),
  on('Manitoulin', ['Manitoulin Island', 'Manitoulin District', 'District of Manitoulin'], 45.78, -82.2, 50),
  on('Algoma District', ['Algoma', 'District of Algoma'], 46.9, -83.8, 100),
  on('Cochrane District', ['Cochrane', 'District of Cochrane'], 48.9, -81.6, 100),
  on('Timiskaming District', ['Timiskaming', 'Temiskaming', 'District of Timiskaming'], 47.8, -79.9, 100),
  on('Kenora District', ['District of Kenora'], 49.78, -92.84, 100),
  on('Rainy River District', ['Rainy River', 'District of Rainy River'], 48.61, -93.4, 100),
  on('Thunder Bay District', ['District of Thunder Bay'], 48.38, -89.25, 100),
];
