import { DATASET_NAMES } from '@lago-analytics/client'
import { describe, expect, it } from 'vitest'
import { DATASET_FIELDS } from '../internal/datasetFields.ts'
import { DATASET_HEADERS } from './datasetHeaders.ts'
import { DATASET_COLUMNS } from './toTable.ts'

describe('DATASET_HEADERS', () => {
  it('covers every client dataset, as DATASET_FIELDS does', () => {
    expect(Object.keys(DATASET_HEADERS).sort()).toEqual([...DATASET_NAMES].sort())
    expect(Object.keys(DATASET_FIELDS).sort()).toEqual([...DATASET_NAMES].sort())
  })

  it.each(DATASET_NAMES)('%s: a non-empty header for every field and for nothing else', (name) => {
    const headers = DATASET_HEADERS[name] as Readonly<Record<string, string>>
    expect(Object.keys(headers).sort()).toEqual(Object.keys(DATASET_FIELDS[name]).sort())
    for (const header of Object.values(headers)) expect(header.trim()).not.toBe('')
  })

  it.each(DATASET_NAMES)('%s: DATASET_COLUMNS pairs the two tables in field order', (name) => {
    const headers = DATASET_HEADERS[name] as Readonly<Record<string, string>>
    expect(DATASET_COLUMNS[name]).toEqual(
      Object.entries(DATASET_FIELDS[name]).map(([key, type]) => ({
        key,
        header: headers[key],
        type,
      })),
    )
  })
})
