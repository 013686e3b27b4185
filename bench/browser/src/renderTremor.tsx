import { AreaChart } from '@tremor/react'
import './tremor.css'
import { HEIGHT, pathDigest, runRenderPage, WIDTH } from './renderHarness.tsx'
import { dayKeys, randomWalk } from './series.ts'

type Point = { day: string; Revenue: number }

// Tremor's AreaChart with its defaults (animation is off by default, legend, tooltip, grid,
// gradient fill), sized 800 × 400 through `style`.
void runRenderPage<Point[]>({
  name: 'tremor',
  canvas: false,
  makeData(points, seed) {
    const values = randomWalk(points, seed)
    return dayKeys(points).map((day, i) => ({ day, Revenue: values[i] as number }))
  },
  render: (data) => (
    <AreaChart
      data={data}
      index="day"
      categories={['Revenue']}
      style={{ width: WIDTH, height: HEIGHT }}
    />
  ),
  signature: (container) => pathDigest(container.querySelector('path.recharts-area-curve')),
})
