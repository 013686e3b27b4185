import { expect, it } from 'vitest'
import { cx } from './cx.ts'

it('merges class names and skips falsy values', () => {
  expect(cx('a', false, null, undefined, '', 'b')).toBe('a b')
  expect(cx()).toBe('')
})
