// One way to compare what people type with names: lower-case ASCII words,
// accents stripped, apostrophes dropped, other marks a single space
// ("Café  l’Amitié" → "cafe lamitie"). Used by the gazetteer and suggestions.
export function foldText(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
