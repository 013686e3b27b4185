/**
 * Deterministic, realistic-looking customer names per locale, plus the hostile names used to test
 * escaping downstream (HTML, spreadsheet formulas, SQL, emoji, right-to-left text).
 */
import type { CustomerType, NameLocale } from './catalog'
import type { Random } from './random'

// prettier-ignore
const FIRST: Record<NameLocale, readonly string[]> = {
  en: ['James', 'Olivia', 'Liam', 'Emma', 'Noah', 'Ava', 'Ethan', 'Sophia', 'Mason', 'Harper', 'Lucas', 'Amelia', 'Grace', 'Henry'],
  fr: ['Camille', 'Léa', 'Hugo', 'Louis', 'Chloé', 'Manon', 'Jules', 'Inès', 'Gabriel', 'Zoé', 'Théo', 'Margaux'],
  de: ['Jonas', 'Lena', 'Felix', 'Mia', 'Lukas', 'Hannah', 'Maximilian', 'Sophie', 'Jürgen', 'Anja', 'Leonie', 'Paul'],
  es: ['Lucía', 'Mateo', 'Sofía', 'Hugo', 'Martina', 'Pablo', 'Valeria', 'Álvaro', 'Carmen', 'Javier', 'Nerea'],
  nl: ['Daan', 'Emma', 'Sem', 'Julia', 'Lars', 'Tess', 'Bram', 'Sanne', 'Joris', 'Fleur'],
  pt: ['João', 'Ana', 'Pedro', 'Beatriz', 'Lucas', 'Mariana', 'Gabriel', 'Larissa', 'Thiago', 'Camila'],
  in: ['Aarav', 'Diya', 'Vihaan', 'Ananya', 'Arjun', 'Saanvi', 'Ishaan', 'Priya', 'Rohan', 'Kavya'],
  ja: ['Haruto', 'Yui', 'Ren', 'Misaki', 'Hiroto', 'Aoi', 'Sota', 'Hina', 'Kaito', 'Sakura'],
  ar: ['Fatima', 'Ahmad', 'Noura', 'Yousef', 'Mariam', 'Khaled', 'Dana', 'Faisal', 'Hessa', 'Omar'],
}

// prettier-ignore
const LAST: Record<NameLocale, readonly string[]> = {
  en: ['Smith', 'Johnson', 'Williams', 'Brown', 'Miller', 'Davis', 'Wilson', 'Taylor', 'Clark', 'Walker', 'Young', "O'Brien", 'Hughes', 'Patel'],
  fr: ['Dubois', 'Martin', 'Bernard', 'Moreau', 'Lefèvre', 'Girard', 'Roux', 'Fontaine', 'Lemaître', 'Faure'],
  de: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Becker', 'Hoffmann', 'Schäfer', 'Groß', 'Köhler'],
  es: ['García', 'Fernández', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Ruiz', 'Muñoz', 'Ibáñez'],
  nl: ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Meijer', 'van Dijk'],
  pt: ['Silva', 'Santos', 'Oliveira', 'Souza', 'Costa', 'Pereira', 'Almeida', 'Rodrigues', 'Gonçalves'],
  in: ['Sharma', 'Patel', 'Gupta', 'Iyer', 'Reddy', 'Nair', 'Singh', 'Mehta', 'Banerjee'],
  ja: ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Ito', 'Watanabe', 'Yamamoto', 'Nakamura', 'Kobayashi'],
  ar: ['Al-Sabah', 'Al-Mutairi', 'Al-Ghanim', 'Al-Rashed', 'Al-Enezi', 'Al-Kandari', 'Al-Ajmi', 'Behbehani'],
}

/** Japanese names in Japanese script, family name first. */
const JA_SCRIPT_FAMILY = ['佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '山本', '中村']
const JA_SCRIPT_GIVEN = ['陽翔', '結衣', '蓮', '美咲', '大翔', '葵', '湊', '陽菜']

// prettier-ignore
const COMPANY_ROOTS: readonly string[] = [
  'Northwind', 'Bluefin', 'Brightpath', 'Cobalt', 'Evergreen', 'Ironbark', 'Lumen', 'Meridian',
  'Nimbus', 'Orbital', 'Pinecrest', 'Redwood', 'Silverline', 'Tidewater', 'Vertex', 'Zephyr',
  'Harbor', 'Summit', 'Keystone', 'Copperfield', 'Driftwood', 'Foxglove', 'Granite', 'Halcyon',
  'Juniper', 'Kestrel', 'Larkspur', 'Marlin', 'Oakridge', 'Peregrine', 'Sable', 'Trillium',
  'Willow', 'Yarrow', 'Aurora', 'Beacon', 'Cascade', 'Delta', 'Ember', 'Fjord', 'Glacier', 'Helix',
]

// prettier-ignore
const LOCAL_ROOTS: Partial<Record<NameLocale, readonly string[]>> = {
  fr: ['Lumière', 'Étoile', 'Papillon', 'Côte Bleue', 'Horizon', 'Mistral', 'Bel Air'],
  de: ['Nordlicht', 'Brückner', 'Sonnenberg', 'Weißwald', 'Rheintal', 'Alpenglühen'],
  es: ['Mar Azul', 'Cordillera', 'Olivo', 'Sol Naciente', 'Alborán', 'Peñalara'],
  nl: ['Windmolen', 'Tulp', 'Grachten', 'Dijkstra', 'Noordzee', 'Polder'],
  pt: ['Ipê', 'Jabuti', 'Aurora Tropical', 'Pampa', 'Cerrado', 'Maracujá'],
  in: ['Ganga', 'Lotus', 'Saffron', 'Himalaya', 'Deccan', 'Monsoon'],
  ja: ['Fuji', 'Kaze', 'Tsubasa', 'Hikari', 'Sakura', 'Kumo'],
  ar: ['Al Noor', 'Gulf Star', 'Al Bahar', 'Desert Rose', 'Al Waha', 'Failaka'],
}

// prettier-ignore
const COMPANY_NOUNS: readonly string[] = [
  'Analytics', 'Robotics', 'Logistics', 'Labs', 'Systems', 'Health', 'Energy', 'Foods', 'Media',
  'Studio', 'Software', 'Cloud', 'Payments', 'Mobility', 'Security', 'Biotech', 'Networks',
  'Learning', 'Travel', 'Games', 'Retail', 'Insurance', 'Data', 'Ventures',
]

const JA_SCRIPT_COMPANIES = [
  '株式会社さくらテック',
  '株式会社ひかりデータ',
  '青空ソフト株式会社',
  '株式会社ミライ物流',
]
const AR_SCRIPT_COMPANIES = ['شركة النور للتقنية', 'مجموعة الخليج الرقمية', 'شركة البحر للحلول']

/** Builds a plausible customer name for a locale. */
export function customerName(
  random: Random,
  locale: NameLocale,
  type: CustomerType,
  suffixes: readonly string[],
): string {
  if (type === 'individual') {
    if (locale === 'ja' && random.chance(0.4)) {
      return `${random.pick(JA_SCRIPT_FAMILY)} ${random.pick(JA_SCRIPT_GIVEN)}`
    }
    return `${random.pick(FIRST[locale])} ${random.pick(LAST[locale])}`
  }
  if (locale === 'ja' && random.chance(0.3)) return random.pick(JA_SCRIPT_COMPANIES)
  if (locale === 'ar' && random.chance(0.25)) return random.pick(AR_SCRIPT_COMPANIES)
  const local = LOCAL_ROOTS[locale]
  const root = local && random.chance(0.45) ? random.pick(local) : random.pick(COMPANY_ROOTS)
  const suffix = random.pick(suffixes)
  if (random.chance(0.15)) return `${root} & ${random.pick(LAST[locale])} ${suffix}`
  return `${root} ${random.pick(COMPANY_NOUNS)} ${suffix}`
}

/** Names that break naive HTML, CSV/XLSX, SQL or bidi handling. Used when `hostileNames` is on. */
export const HOSTILE_NAMES: readonly string[] = [
  '<img src=x onerror=alert(1)>',
  '=HYPERLINK("http://x","y")',
  '"; DROP TABLE customers; --',
  '🚀 Rocket Ventures 🦄',
  'شركة الاختبار \u202Eevil.exe\u202C',
  "+SUM(1+1)*cmd|' /C calc'!A0",
  '<script>alert("xss")</script> Ltd',
  '@import url(javascript:alert(1))',
  'Zalgo T\u0337\u0321e\u0338s\u0336t\u0334 GmbH',
  '  Padded\tName\nWith Breaks  ',
  '{{constructor.constructor("alert(1)")()}}',
  '-2+3 Holdings',
]
