import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts'
import { HEIGHT, pathDigest, runRenderPage, WIDTH } from './renderHarness.tsx'
import { dayTimes, randomWalk } from './series.ts'

type Point = { t: number; revenue: number }
const day = (t: number) => new Date(t).toISOString().slice(0, 10)

// Recharts configured for speed as its docs advise for large data: no animation, no dots, and a
// numeric time axis (a category axis of N date strings is several times slower at 100k); the
// same furniture as ours (axes, horizontal grid lines, tooltip), fixed 800 × 400.
void runRenderPage<Point[]>({
  name: 'recharts',
  canvas: false,
  makeData(points, seed) {
    const values = randomWalk(points, seed)
    return dayTimes(points).map((t, i) => ({ t, revenue: values[i] as number }))
  },
  render: (data) => (
    <LineChart width={WIDTH} height={HEIGHT} data={data}>
      <CartesianGrid vertical={false} />
      <XAxis
        dataKey="t"
        type="number"
        scale="time"
        domain={['dataMin', 'dataMax']}
        tickFormatter={day}
      />
      <YAxis />
      <Tooltip isAnimationActive={false} labelFormatter={(t) => day(Number(t))} />
      <Line
        type="linear"
        dataKey="revenue"
        stroke="#2563eb"
        dot={false}
        activeDot={false}
        isAnimationActive={false}
      />
    </LineChart>
  ),
  signature: (container) => pathDigest(container.querySelector('path.recharts-line-curve')),
})
