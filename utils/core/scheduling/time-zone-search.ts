/**
 * The time zones a typed text names, best first: a zone whose city starts
 * with it ("Par" → Europe/Paris, then America/Paramaribo: the shorter city
 * first), then one whose name holds it anywhere. Case and spaces against
 * underscores do not matter ("new york" finds America/New_York).
 */
export function searchTimeZones(zones: readonly string[], typed: string, limit = 8): string[] {
  const query = typed.trim().toLowerCase().replace(/\s+/g, '_');
  if (!query) return [];
  const cityOf = (zone: string) => zone.slice(zone.lastIndexOf('/') + 1).toLowerCase();
  const rank = (zone: string) => {
    const city = cityOf(zone);
    if (zone.toLowerCase() === query || city === query) return 0;
    if (city.startsWith(query)) return 1;
    if (zone.toLowerCase().includes(query)) return 2;
    return 3;
  };
  return zones
    .map((zone) => ({ zone, rank: rank(zone) }))
    .filter(({ rank }) => rank < 3)
    .sort((a, b) => a.rank - b.rank || cityOf(a.zone).length - cityOf(b.zone).length || a.zone.localeCompare(b.zone))
    .slice(0, limit)
    .map(({ zone }) => zone);
}
