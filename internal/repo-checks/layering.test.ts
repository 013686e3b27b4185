import { ESLint } from 'eslint'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..', '..')
const eslint = new ESLint({ cwd: root })

async function lint(file: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) })
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports')
}

describe('lint keeps the layering one-way', () => {
  it.each([
    ['packages/client/src/x.ts', "import { useState } from 'react'"],
    ['packages/core/src/x.ts', "import * as echarts from 'echarts/core'"],
    ['packages/core/src/x.ts', "import { useQuery } from '@tanstack/react-query'"],
    ['packages/simulator/src/x.ts', "import ReactECharts from 'echarts-for-react/lib/core'"],
    ['packages/core/src/x.ts', "import { Chart } from '@lago-analytics/ui'"],
    ['packages/client/src/x.ts', "import { fillBuckets } from '@lago-analytics/core'"],
  ])('%s may not %s', async (file, code) => {
    expect(await lint(file, `${code}\nexport {}\n`)).not.toHaveLength(0)
  })

  it.each([
    [
      'packages/core/src/x.ts',
      "import { currencyExponent } from '@lago-analytics/client/protocol'",
    ],
    ['packages/simulator/src/x.ts', "import { DATASETS } from '@lago-analytics/client'"],
    ['packages/core/src/x.ts', "import { createStore } from 'zustand/vanilla'"],
  ])('%s may %s', async (file, code) => {
    expect(await lint(file, `${code}\nexport {}\n`)).toHaveLength(0)
  })
})
