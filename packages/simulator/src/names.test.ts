import { describe, expect, it } from 'vitest'
import { COUNTRIES } from './catalog'
import { customerName, HOSTILE_NAMES } from './names'
import { createRandom } from './random'

describe('names', () => {
  it('makes plausible, deterministic names for every locale', () => {
    for (const country of COUNTRIES) {
      const a = createRandom(3)
      const b = createRandom(3)
      const company = customerName(a, country.locale, 'company', country.companySuffixes)
      expect(customerName(b, country.locale, 'company', country.companySuffixes)).toBe(company)
      expect(company.length).toBeGreaterThan(3)
      const person = customerName(a, country.locale, 'individual', country.companySuffixes)
      expect(person).toMatch(/\S+ \S+/)
    }
  })

  it('has hostile names covering HTML, formulas, SQL, emoji and bidi text', () => {
    const all = HOSTILE_NAMES.join('\n')
    expect(all).toContain('<img src=x onerror=alert(1)>')
    expect(all).toContain('=HYPERLINK(')
    expect(all).toContain('DROP TABLE')
    expect(all).toMatch(/\p{Extended_Pictographic}/u)
    expect(all).toContain('\u202E')
  })
})
