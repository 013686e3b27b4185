import { describe, expect, it } from 'vitest'
import { escapeHtml } from './escapeHtml.ts'

describe('escapeHtml', () => {
  it('neutralises markup and attribute breakouts', () => {
    expect(escapeHtml('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;')
    expect(escapeHtml(`"a" & 'b' \``)).toBe('&quot;a&quot; &amp; &#39;b&#39; &#96;')
  })

  it('stringifies non-strings and keeps plain text', () => {
    expect(escapeHtml(null)).toBe('')
    expect(escapeHtml(12)).toBe('12')
    expect(escapeHtml('Acme Corp')).toBe('Acme Corp')
  })
})
